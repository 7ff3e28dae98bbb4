#include "pymes/entities/entities.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>

#include "entities/activity_period.hpp"
#include "entities/record_sql.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

bool exists(Registry& registry, const char* sql, const std::string& key) {
    SQLite::Statement& q = statement_of(registry, sql);
    q.bind(1, key);
    return q.executeStep();
}

void institution_exists(Registry& db, const Record& r, std::string_view field) {
    for (const auto& code : split_list(r.get(field))) {
        if (!exists(db, "SELECT 1 FROM institution WHERE code = ?", code)) {
            const UnknownCode unknown = unknown_institution(db, code);
            throw FieldError(std::string(field), unknown.message,
                             !unknown.near.empty() || renamed_code(db, code)
                                 ? unknown.hint
                                 : tr("`pymes institution list` shows every code; `pymes "
                                      "institution add` records a new one"));
        }
    }
}

void meeting_exists(Registry& db, const Record& r) {
    if (auto m = r.get("meeting"); m && !exists(db, "SELECT 1 FROM meeting WHERE id = ?", *m))
        throw FieldError("meeting", trf("there is no meeting {}", *m),
                         tr("`pymes meeting list` shows every id"));
}

void ordered(const Record& r, std::string_view start, std::string_view end) {
    const Value &a = r.get(start), &b = r.get(end);
    if (a && b && *b < *a)
        throw FieldError(std::string(end), trf("{} is before {} {}", *b, start, *a));
}

void check_activity(Registry& db, const Record& r) {
    institution_exists(db, r, "institution");
    ordered(r, "start_on", "end_on");
    // A ref already used is found by the UNIQUE index when the row is written (record.cpp).
}

/// A local time that its zone skips (a daylight-saving gap) names no instant: a calendar would
/// move it by the gap's length, each program its own way. One that occurs twice (the clocks go
/// back) names two, and each program picks its own. Both are refused at input, with the change.
void time_exists(const Record& r, std::string_view time_field, std::string_view day_field) {
    const Value& t = r.get(time_field);
    const Value& day = r.get(day_field);
    const Value& zone = r.get("timezone");
    if (!t || !day || !zone) return;
    const date::time_zone* tz = nullptr;
    try {
        tz = date::locate_zone(*zone);
    } catch (const std::exception&) {
        return;  // an unknown zone is refused by its own field
    }
    const auto d = Date::parse_iso(*day);
    if (!d) return;
    const date::local_seconds local{date::local_days(d->days().time_since_epoch()) +
                                    std::chrono::hours(std::stoi(t->substr(0, 2))) +
                                    std::chrono::minutes(std::stoi(t->substr(3, 2)))};
    const date::local_info info = tz->get_info(local);
    if (info.result == date::local_info::ambiguous) {
        // The clocks go back: the wall times from the new offset's to the old one's come twice.
        const auto from = date::floor<std::chrono::minutes>(info.first.end + info.first.offset);
        const auto to = date::floor<std::chrono::minutes>(info.first.end + info.second.offset);
        throw FieldError(
            std::string(time_field),
            trf("{} {} occurs twice in {}: the clocks go back from {} to {} that day", *day, *t,
                *zone, date::format("%H:%M", from), date::format("%H:%M", to)),
            tr("give a time before or after the daylight-saving change"));
    }
    if (info.result != date::local_info::nonexistent) return;
    // The gap runs from the old offset's wall time at the change to the new offset's.
    const auto before = date::floor<std::chrono::minutes>(info.first.end + info.first.offset);
    const auto after = date::floor<std::chrono::minutes>(info.first.end + info.second.offset);
    throw FieldError(std::string(time_field),
                     trf("{} {} does not exist in {}: the clocks go from {} to {} that day", *day,
                         *t, *zone, date::format("%H:%M", before), date::format("%H:%M", after)),
                     tr("give a time before or after the daylight-saving change"));
}

void check_meeting(Registry& db, const Record& r) {
    institution_exists(db, r, "host");
    institution_exists(db, r, "attendees");
    ordered(r, "date", "end_date");
    if (const Value& uid = r.get("uid")) {
        SQLite::Statement& q = statement_of(db, "SELECT id FROM meeting WHERE uid = ?");
        q.bind(1, *uid);
        const bool taken = q.executeStep() && q.getColumn(0).getInt64() != r.id();
        const std::int64_t other = taken ? q.getColumn(0).getInt64() : 0;
        q.reset();
        if (taken)
            throw FieldError("uid",
                             trf("'{}' is already the calendar UID of meeting {}", *uid, other),
                             tr("two meetings cannot be one event in calendars; leave the uid "
                                "empty and the registry makes a new one"));
    }
}

void validate_meeting(const Record& r) {
    if (r.get("end_time") && !r.get("time"))
        throw FieldError("end_time", tr("needs a start time"),
                         tr("give --time as well, or leave the end time out"));
    const bool one_day = !r.get("end_date") || r.get("end_date") == r.get("date");
    if (one_day && r.get("end_time") && r.get("time") && *r.get("end_time") <= *r.get("time"))
        throw FieldError(
            "end_time",
            trf("{} is not after the start time {}", *r.get("end_time"), *r.get("time")),
            tr("a meeting that ends on a later day gives --end-date too"));
    time_exists(r, "time", "date");
    time_exists(r, "end_time", one_day ? "date" : "end_date");
}

void check_meeting_remove(Registry& registry, const Record& meeting) {
    const std::int64_t id = meeting.id();
    SQLite::Database& db = db_of(registry);
    SQLite::Statement q(db,
                        "SELECT group_concat(id, ', ') FROM (SELECT id FROM project WHERE meeting "
                        "= ? ORDER BY id)");
    q.bind(1, static_cast<std::int64_t>(id));
    if (q.executeStep() && !q.getColumn(0).isNull()) {
        throw DataError(
            trf("cannot remove meeting {}: the projects it selected refer to it ({})", id,
                q.getColumn(0).getString()),
            tr("detach them first with `pymes project edit ID --meeting ''`, or keep the "
               "meeting"));
    }
}

/// The lead carries a project; it is not also one of its partners.
void project_rules(const Record& r) {
    const Value& lead = r.get("lead");
    if (!lead) return;
    const auto partners = split_list(r.get("partners"));
    if (std::find(partners.begin(), partners.end(), *lead) != partners.end())
        throw FieldError("partners", trf("{} is the lead; it cannot also be a partner", *lead),
                         tr("leave the lead out of the partners"));
}

void check_project(Registry& db, const Record& r) {
    institution_exists(db, r, "lead");
    institution_exists(db, r, "partners");
    meeting_exists(db, r);
    ordered(r, "start_on", "end_on");
    if (r.get("budget") && !r.get("currency"))
        throw FieldError("currency", tr("is required with a budget"),
                         tr("give the ISO 4217 code, such as USD"));
}

using T = FieldType;

/// Adds `AND column IN (?, ?, ...)` for a non-empty list.
void any_of(QuerySql& q, std::string_view column, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string marks;
    for (const auto& v : values) {
        marks += marks.empty() ? "?" : ", ?";
        q.params.push_back(v);
    }
    q.where += fmt::format(" AND {} IN ({})", column, marks);
}

}  // namespace

const EntitySpec& activity_spec() {
    static const EntitySpec spec{
        Entity::activity,
        {{"id", T::id, "r.id", "id"},
         {"ref", T::text, "r.ref", "ref"},
         {"institution", T::institution, "r.institution", "institution", true},
         {"area", T::area, "r.area", "area", true},
         {"title", T::title, "r.title", "title", true},
         {"description", T::long_text, "r.description", "description"},
         {"status", T::status, "r.status", "status", true},
         {"start_on", T::date, "r.start_on", "start_on"},
         {"end_on", T::date, "r.end_on", "end_on"},
         {"highlight", T::boolean, "r.highlight", "highlight", true},
         {"url", T::url, "r.url", "url"},
         {"tags", T::tags, "r.tags", "tags"},
         {"recorded_on", T::recorded, "r.recorded_on", "recorded_on", true}},
        {},
        check_activity,
        nullptr,
        "SELECT id FROM activity WHERE ref = ?1 AND institution = ?2",
        "institution",
        {{"recorded_on", "tags", "highlight", "description", "url"}, {"ref"}}};
    return spec;
}

const EntitySpec& meeting_spec() {
    static const EntitySpec spec{
        Entity::meeting,
        {{"id", T::id, "r.id", "id"},
         {"title", T::title, "r.title", "title"},
         {"date", T::date, "r.date", "date", true},
         {"end_date", T::date, "r.end_date", "end_date"},
         {"time", T::time, "r.time", "time"},
         {"end_time", T::time, "r.end_time", "end_time"},
         {"timezone", T::timezone, "r.timezone", "timezone"},
         {"place", T::text, "r.place", "place"},
         {"country", T::country, "r.country", "country"},
         {"host", T::institution, "r.host", "host"},
         {"attendees", T::institutions,
          "(SELECT group_concat(institution, ';') FROM (SELECT institution FROM meeting_attendee "
          "WHERE meeting = r.id ORDER BY institution))",
          ""},
         {"status", T::status, "r.status", "status", true},
         {"agenda", T::long_text, "r.agenda", "agenda"},
         {"minutes", T::long_text, "r.minutes", "minutes"},
         {"uid", T::uid, "r.uid", "uid"}},
        {{"attendees", "meeting_attendee", "meeting", "institution"}},
        check_meeting,
        check_meeting_remove,
        "",
        "",
        {{"uid", "minutes", "agenda", "attendees", "timezone"}, {"country", "time", "end_date"}},
        validate_meeting};
    return spec;
}

const EntitySpec& project_spec() {
    static const EntitySpec spec{
        Entity::project,
        {{"id", T::id, "r.id", "id"},
         {"ref", T::text, "r.ref", "ref"},
         {"title", T::title, "r.title", "title", true},
         {"area", T::area, "r.area", "area", true},
         {"lead", T::institution, "r.lead", "lead", true},
         {"partners", T::institutions,
          "(SELECT group_concat(institution, ';') FROM (SELECT institution FROM project_partner "
          "WHERE project = r.id ORDER BY institution))",
          ""},
         {"meeting", T::meeting, "r.meeting", "meeting"},
         {"status", T::status, "r.status", "status", true},
         {"start_on", T::date, "r.start_on", "start_on"},
         {"end_on", T::date, "r.end_on", "end_on"},
         {"budget", T::amount, "r.budget_minor", "budget_minor"},
         {"currency", T::currency, "r.currency", "currency"},
         {"funding", T::text, "r.funding", "funding"},
         {"description", T::long_text, "r.description", "description"}},
        {{"partners", "project_partner", "project", "institution"}},
        check_project,
        nullptr,
        "SELECT id FROM project WHERE ref = ?1",
        "",
        {{"description", "funding", "partners"}, {"ref", "meeting", "end_on"}},
        project_rules};
    return spec;
}

const EntitySpec& membership_spec() {
    // Annulled events are not part of the log any file carries (SPEC §4): a query of its
    // events adds `r.annulled_on IS NULL`.
    static const EntitySpec spec{
        .entity = Entity::membership,
        .fields = {{"id", T::id, "r.id", "id", true},
                   {"institution", T::institution, "r.institution", "institution", true},
                   {"kind", T::membership_kind, "r.kind", "kind", true},
                   {"date", T::date, "r.date", "date", true},
                   {"place", T::text, "r.place", "place"},
                   {"reference", T::text, "r.reference", "reference"},
                   {"recorded_on", T::recorded, "r.recorded_on", "recorded_on"}},
        .table = "membership_event"};
    return spec;
}

const EntitySpec* spec_of(Entity entity) {
    switch (entity) {
        case Entity::institution:
            return &institution_spec();
        case Entity::activity:
            return &activity_spec();
        case Entity::meeting:
            return &meeting_spec();
        case Entity::project:
            return &project_spec();
        case Entity::membership:
            break;
    }
    return &membership_spec();
}

Query activity_query(const ActivityFilter& f) {
    QuerySql q;
    any_of(q, "r.institution", f.institutions);
    any_of(q, "r.area", f.areas);
    if (f.status) {
        q.where += " AND r.status = ?";
        q.params.push_back(*f.status);
    }
    // Overlap: the span [start_on, end_on or start_on] meets [from, to]. With a start, the ids
    // come from activity_by_period, one bounded range per class of span (a month of a dense
    // year: 85,000 activities, not every one that ends later), filtered there by area and
    // institution too, so that only the rows listed are read.
    if (f.from) {
        std::vector<std::string> starts;
        q.where += " AND r.id IN (SELECT a.id FROM " +
                   activities_starting_near("a", int(q.params.size()) + 1, *f.from, starts) +
                   " WHERE coalesce(a.end_on, a.start_on) >= ?";
        q.params.insert(q.params.end(), starts.begin(), starts.end());
        q.params.push_back(f.from->iso());
        if (f.to) {
            q.where += " AND a.start_on <= ?";
            q.params.push_back(f.to->iso());
        }
        any_of(q, "a.area", f.areas);
        any_of(q, "a.institution", f.institutions);
        q.where += ")";
    } else if (f.to) {
        q.where += " AND r.start_on <= ?";
        q.params.push_back(f.to->iso());
    }
    if (f.recorded_from) {
        q.where += " AND r.recorded_on >= ?";
        q.params.push_back(f.recorded_from->iso());
    }
    if (f.recorded_to) {
        q.where += " AND r.recorded_on <= ?";
        q.params.push_back(f.recorded_to->iso());
    }
    if (f.not_taking_place) {
        q.where += " AND NOT coalesce(coalesce(r.end_on, r.start_on) >= ? AND r.start_on <= ?, 0)";
        q.params.push_back(f.recorded_from ? f.recorded_from->iso() : "0000-01-01");
        q.params.push_back(f.recorded_to ? f.recorded_to->iso() : "9999-12-31");
    }
    if (f.highlight_only) q.where += " AND r.highlight = 1";
    if (f.search) {
        q.where += " AND r.id IN (SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?)";
        q.params.push_back(fts_query(*f.search, true));
    }
    q.order = "r.id";
    q.limit = f.limit;
    return Query(std::move(q));
}

Query meeting_query(const MeetingFilter& f) {
    QuerySql q;
    any_of(q, "r.status", f.statuses);
    if (f.from) {
        q.where += " AND coalesce(r.end_date, r.date) >= ?" + meetings_starting_near("r", "?");
        q.params.push_back(f.from->iso());
        q.params.push_back(f.from->iso());
    }
    if (f.to) {
        q.where += " AND r.date <= ?";
        q.params.push_back(f.to->iso());
    }
    if (f.institution) {
        q.where +=
            " AND (r.host = ? OR r.id IN (SELECT meeting FROM meeting_attendee WHERE institution = "
            "?))";
        q.params.push_back(*f.institution);
        q.params.push_back(*f.institution);
    }
    if (!f.ids.empty()) {
        std::vector<std::string> ids;
        for (auto id : f.ids) ids.push_back(std::to_string(id));
        any_of(q, "r.id", ids);
    }
    q.order = "r.date, coalesce(r.time, ''), r.id";
    q.limit = f.limit;
    return Query(std::move(q));
}

Query project_query(const ProjectFilter& f) {
    QuerySql q;
    any_of(q, "r.status", f.statuses);
    if (f.ending_from) {
        q.where += " AND r.end_on >= ?";
        q.params.push_back(f.ending_from->iso());
    }
    if (f.ending_to) {
        q.where += " AND r.end_on <= ?";
        q.params.push_back(f.ending_to->iso());
    }
    if (f.changed_from || f.changed_to) {
        const std::string from = f.changed_from ? f.changed_from->iso() : "0000-01-01";
        const std::string to = f.changed_to ? f.changed_to->iso() : "9999-12-31";
        q.where += " AND " + kProjectChangedSql;
        for (int i = 0; i < 2; ++i) {
            q.params.push_back(from);
            q.params.push_back(to);
        }
    }
    if (f.area) {
        q.where += " AND r.area = ?";
        q.params.push_back(*f.area);
    }
    if (f.institution) {
        q.where +=
            " AND (r.lead = ? OR r.id IN (SELECT project FROM project_partner WHERE institution = "
            "?))";
        q.params.push_back(*f.institution);
        q.params.push_back(*f.institution);
    }
    if (f.meeting) {
        q.where += " AND r.meeting = ?";
        q.params.push_back(std::to_string(*f.meeting));
    }
    q.order = "r.id";
    q.limit = f.limit;
    return Query(std::move(q));
}

}  // namespace pymes
