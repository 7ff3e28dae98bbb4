// The digest's query: what happened in the period, read from the registry into a Digest value.
// Nothing here formats for people; digest_model.cpp and the renderers do.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>
#include <optional>

#include "entities/activity_period.hpp"
#include "entities/record_sql.hpp"
#include "pymes/core/areas.hpp"
#include "pymes/core/money.hpp"
#include "pymes/entities/as_of.hpp"
#include "pymes/report/digest.hpp"
#include "pymes/store/registry.hpp"
#include "report/digest_catalogue.hpp"
#include "report/report_queries.hpp"
#include "store/db.hpp"

namespace pymes {

namespace w = digest_text;

IsoWeek last_complete_week(Date as_of) {
    return IsoWeek::of(IsoWeek::of(as_of).monday().plus_days(-7));
}

bool Digest::empty() const {
    return membership.total == 0 && membership_late.total == 0 && meetings_held.total == 0 &&
           meetings_upcoming.total == 0 && projects_changed.total == 0 &&
           projects_ending.total == 0 && activities_recorded.total == 0 &&
           activities_taking_place.total == 0;
}

namespace {

using report_query::count;
using report_query::prepared;

constexpr const char* kAreaOrder =
    "CASE a.area WHEN 'information' THEN 1 WHEN 'management' THEN 2 WHEN 'training' THEN 3 "
    "WHEN 'technology-transfer' THEN 4 ELSE 5 END";

/// Activities of the period, from `from` (a FROM clause naming an index that holds what is
/// counted and ranked: without statistics, SQLite would rather scan the area index to group by
/// area than seek the period). Counts by area and the first `max` in the digest's order come from
/// the index alone; only the rows shown are read, with their institution's name.
void activities(Registry& r, const std::string& from, const std::string& where,
                const std::vector<std::string>& params, int max,
                DigestSection<DigestActivity>& section, std::vector<AreaCount>& by_area) {
    std::map<std::string, std::size_t> counts;
    {
        SQLite::Statement& q = prepared(
            r, "SELECT a.area, count(*) FROM " + from + " WHERE " + where + " GROUP BY a.area",
            params);
        while (q.executeStep())
            counts[q.getColumn(0).getString()] = std::size_t(q.getColumn(1).getInt64());
    }
    for (const auto& area : area_codes()) {
        by_area.push_back({area, counts[area]});
        section.total += counts[area];
    }
    std::vector<std::string> with_limit = params;
    with_limit.push_back(std::to_string(max));
    const std::string order = std::string(kAreaOrder) +
                              ", a.institution, a.highlight DESC, coalesce(a.start_on, "
                              "a.recorded_on), a.id";
    SQLite::Statement& q = prepared(
        r,
        "SELECT a.id, a.institution, i.name, a.area, a.title, a.status, a.start_on, a.end_on, "
        "a.highlight FROM (SELECT a.id FROM " +
            from + " WHERE " + where + " ORDER BY " + order + " LIMIT CAST(?" +
            std::to_string(with_limit.size()) +
            " AS INTEGER)) AS shown JOIN activity a ON a.id = shown.id "
            "JOIN institution i ON i.code = a.institution ORDER BY " +
            order,
        with_limit);
    while (q.executeStep()) {
        section.items.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                                 q.getColumn(2).getString(), q.getColumn(3).getString(),
                                 q.getColumn(4).getString(), q.getColumn(5).getString(),
                                 column_value(q.getColumn(6)), column_value(q.getColumn(7)),
                                 q.getColumn(8).getInt() != 0});
    }
}

/// The number of activities whose span overlaps [from, to]. SQLite counts a range by walking
/// it, and a year can hold every activity (1M in a dense year: 80 ms of CPU), or almost none
/// with all the rest outside it. So the activities inside and those outside (no start, starting
/// after `to`, ended before `from`) are walked side by side, a row each in turn: whichever ends
/// first gives the count (all activities, counted from the b-tree's pages, less those outside).
std::int64_t overlapping(Registry& r, const Date& from, const Date& to) {
    std::vector<std::string> params = {from.iso(), to.iso()};
    const std::string inside = "SELECT 1 FROM " + activities_starting_near("a", 3, from, params) +
                               " WHERE coalesce(a.end_on, a.start_on) >= ?1 AND a.start_on <= ?2";
    const std::string classes = activities_by_span_class("a");
    const std::string outside = "SELECT 1 FROM " + classes + " AND a.start_on IS NULL " +
                                "UNION ALL SELECT 1 FROM " + classes + " AND a.start_on > ?2 " +
                                "UNION ALL SELECT 1 FROM " + classes +
                                " AND a.start_on < ?1 WHERE coalesce(a.end_on, a.start_on) < ?1";
    const std::int64_t all = count(r, "SELECT count(*) FROM activity", {});
    SQLite::Statement& in = prepared(r, inside, params);
    SQLite::Statement& out = prepared(r, outside, {from.iso(), to.iso()});
    std::int64_t n_in = 0, n_out = 0;
    std::optional<std::int64_t> n;
    while (!n) {
        if (!in.executeStep())
            n = n_in;
        else if (++n_in, !out.executeStep())
            n = all - n_out;
        else
            ++n_out;
    }
    in.reset();
    out.reset();
    return *n;
}

void meetings(Registry& r, const std::string& where, const std::vector<std::string>& params,
              int max, DigestSection<DigestMeeting>& section) {
    section.total = std::size_t(count(r, "SELECT count(*) FROM meeting m WHERE " + where, params));
    std::vector<std::string> with_limit = params;
    with_limit.push_back(std::to_string(max));
    std::vector<DigestMeeting> found;
    {
        SQLite::Statement& q =
            prepared(r,
                     "SELECT m.id, m.date, m.status, m.title, m.end_date, m.time, m.timezone, "
                     "m.place, m.country, m.host "
                     "FROM meeting m WHERE " +
                         where + " ORDER BY m.date, coalesce(m.time, ''), m.id LIMIT CAST(?" +
                         std::to_string(with_limit.size()) + " AS INTEGER)",
                     with_limit);
        while (q.executeStep()) {
            DigestMeeting m;
            m.id = q.getColumn(0).getInt64();
            m.date = q.getColumn(1).getString();
            m.status = q.getColumn(2).getString();
            m.title = column_value(q.getColumn(3));
            m.end_date = column_value(q.getColumn(4));
            m.time = column_value(q.getColumn(5));
            m.timezone = column_value(q.getColumn(6));
            m.place = column_value(q.getColumn(7));
            m.country = column_value(q.getColumn(8));
            m.host = column_value(q.getColumn(9));
            found.push_back(std::move(m));
        }
    }
    for (auto& m : found) {
        SQLite::Statement& a = statement_of(
            r, "SELECT institution FROM meeting_attendee WHERE meeting = ? ORDER BY institution");
        a.bind(1, m.id);
        while (a.executeStep()) m.attendees.push_back(a.getColumn(0).getString());
        SQLite::Statement& p =
            statement_of(r, "SELECT id, title FROM project WHERE meeting = ? ORDER BY id");
        p.bind(1, m.id);
        while (p.executeStep())
            m.projects.emplace_back(p.getColumn(0).getInt64(), p.getColumn(1).getString());
    }
    section.items = std::move(found);
}

/// The events that stand and match `where` (over membership_event e, with ?1 and ?2 bound to
/// `params`), by date then id.
void query_membership(Registry& r, const std::string& where, const std::vector<std::string>& params,
                      int max, DigestSection<DigestMembership>& section) {
    const std::string standing = " AND e.annulled_on IS NULL";
    section.total = std::size_t(
        count(r, "SELECT count(*) FROM membership_event e WHERE " + where + standing, params));
    std::vector<std::string> with_limit = params;
    with_limit.push_back(std::to_string(max));
    SQLite::Statement& q = prepared(
        r,
        "SELECT e.institution, i.name, e.kind, e.date, e.place, e.reference, e.recorded_on "
        "FROM membership_event e JOIN institution i ON i.code = e.institution WHERE " +
            where + standing + " ORDER BY e.date, e.id LIMIT CAST(?" +
            std::to_string(with_limit.size()) + " AS INTEGER)",
        with_limit);
    while (q.executeStep())
        section.items.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                                 q.getColumn(2).getString(), q.getColumn(3).getString(),
                                 column_value(q.getColumn(4)), column_value(q.getColumn(5)),
                                 column_value(q.getColumn(6))});
}

/// How many projects were in `status` at the end of `day`: the status of each is its last change
/// that took effect by then. Counted from whichever side of the day holds fewer changes (the two
/// ranges of status_change_by_effective_on walked side by side, as `overlapping` does): those
/// that took effect by then (a week long ago), or those after it, for which the rest of the
/// projects still hold today's status (a recent week: `project_by_status`). A project never
/// changes status before its last change, so today's status is the last change's.
std::int64_t projects_in_status(Registry& r, const std::string& status, const Date& day) {
    const std::string iso = day.iso();
    SQLite::Statement& before = prepared(
        r,
        "SELECT 1 FROM status_change INDEXED BY status_change_by_effective_on WHERE entity = "
        "'project' AND effective_on <= ?1",
        {iso});
    SQLite::Statement& after = prepared(
        r,
        "SELECT 1 FROM status_change INDEXED BY status_change_by_effective_on WHERE entity = "
        "'project' AND effective_on > ?1",
        {iso});
    bool fewer_before = false;
    for (;;) {
        if (!before.executeStep()) {
            fewer_before = true;
            break;
        }
        if (!after.executeStep()) break;
    }
    before.reset();
    after.reset();
    const std::string then = status_on_sql("project", "p", "<=", "?1");
    if (fewer_before)
        return count(r,
                     "SELECT count(*) FROM project p WHERE p.id IN (SELECT record FROM "
                     "status_change WHERE entity = 'project' AND effective_on <= ?1 AND "
                     "removed_on IS NULL) AND " +
                         then + " = ?2",
                     {iso, status});
    const std::string changed_after =
        "(SELECT record FROM status_change WHERE entity = 'project' AND effective_on > ?1 AND "
        "removed_on IS NULL)";
    return count(r,
                 "SELECT count(*) FROM project p WHERE p.status = ?2 AND p.id NOT IN " +
                     changed_after,
                 {iso, status}) +
           count(r,
                 "SELECT count(*) FROM project p WHERE p.id IN " + changed_after + " AND " + then +
                     " = ?2",
                 {iso, status});
}

DigestProject read_project(SQLite::Statement& q) {
    DigestProject p;
    p.id = q.getColumn(0).getInt64();
    p.title = q.getColumn(1).getString();
    p.area = q.getColumn(2).getString();
    p.lead = q.getColumn(3).getString();
    p.status = q.getColumn(4).getString();
    p.end_on = column_value(q.getColumn(5));
    if (!q.getColumn(6).isNull()) p.budget = format_amount(q.getColumn(6).getInt64());
    p.currency = column_value(q.getColumn(7));
    return p;
}

}  // namespace

Digest build_digest(Registry& r, const DigestOptions& o) {
    // What the registry held at the end of the digest's day (SPEC §2): the same bytes whenever
    // it is written again with --as-of that day.
    AsOf view(r, o.as_of);
    Digest d;
    d.options = o;
    d.title = o.title.empty() ? std::string(w::word("title", o.language)) : o.title;
    const std::string from = o.from.iso(), to = o.to.iso();
    const std::string ahead = o.to.plus_days(7 * o.upcoming_weeks).iso(),
                      after = o.to.plus_days(1).iso();
    const int max = o.max_items;

    // Accessions and withdrawals dated in the period, then those recorded in it but dated
    // before it: an instrument that arrives late is in no digest by its date.
    query_membership(r, "e.date BETWEEN ?1 AND ?2", {from, to}, max, d.membership);
    const std::string known = o.as_of.iso();
    d.membership.command =
        fmt::format("pymes membership list --from {} --to {} --as-of {}", from, to, known);
    // Founding signatures are not instruments: `init` records the eleven on its day, and they
    // are no news.
    query_membership(r, "e.recorded_on BETWEEN ?1 AND ?2 AND e.date < ?1 AND e.kind <> 'founding'",
                     {from, to}, max, d.membership_late);
    d.membership_late.command = fmt::format(
        "pymes membership list --recorded-from {} --recorded-to {} --to {} --as-of {} --kind "
        "accession --kind withdrawal",
        from, to, o.from.plus_days(-1).iso(), known);

    // Meetings in the period, and those coming.
    // A meeting is in a period when its days overlap it, as `meeting list --from --to` has it.
    const std::string overlaps =
        "coalesce(m.end_date, m.date) >= ?1 AND m.date <= ?2" + meetings_starting_near("m", "?1");
    meetings(r, overlaps + " AND m.status IN ('scheduled', 'held')", {from, to}, max,
             d.meetings_held);
    d.meetings_held.command = fmt::format(
        "pymes meeting list --status scheduled --status held --from {} --to {}", from, to);
    meetings(r, overlaps + " AND m.status = 'scheduled'", {after, ahead}, max, d.meetings_upcoming);
    d.meetings_upcoming.command =
        fmt::format("pymes meeting list --status scheduled --from {} --to {}", after, ahead);

    // Projects added or changing status in the period: a status change that took effect in it
    // (the same predicate as `project list --changed-from/--changed-to`), shown with the status
    // in effect at the period's end and the one before it.
    {
        const std::string now = status_on_sql("project", "r", "<=");
        SQLite::Statement& q =
            prepared(r,
                     "SELECT r.id, r.title, r.area, r.lead, " + now +
                         ", r.end_on, r.budget_minor, r.currency, " + kProjectFirstStatusSql +
                         " FROM project r WHERE " + kProjectChangedSql + " ORDER BY r.id",
                     {to, from, from, to, from, to});
        while (q.executeStep()) {
            DigestProject p = read_project(q);
            p.previous_status = column_value(q.getColumn(8));  // null: added in the period
            ++d.projects_changed.total;
            if (int(d.projects_changed.items.size()) < max)
                d.projects_changed.items.push_back(std::move(p));
        }
        d.projects_changed.command =
            fmt::format("pymes project list --changed-from {} --changed-to {}", from, to);
    }
    // Projects ending soon: approved or active at the period's end.
    {
        const std::string status = status_on_sql("project", "p", "<=", "?3");
        const std::string where =
            status + " IN ('approved', 'active') AND p.end_on BETWEEN ?1 AND ?2";
        d.projects_ending.total = std::size_t(
            count(r, "SELECT count(*) FROM project p WHERE " + where, {from, ahead, to}));
        SQLite::Statement& q =
            prepared(r,
                     "SELECT p.id, p.title, p.area, p.lead, " + status +
                         ", p.end_on, p.budget_minor, p.currency "
                         "FROM project p WHERE " +
                         where + " ORDER BY p.end_on, p.id LIMIT CAST(?4 AS INTEGER)",
                     {from, ahead, to, std::to_string(max)});
        while (q.executeStep()) d.projects_ending.items.push_back(read_project(q));
        d.projects_ending.command = fmt::format(
            "pymes project list --status approved --status active --ending-from {} --ending-to {}",
            from, ahead);
    }

    // Activities recorded in the period, and taking place in it.
    // An activity appears once: taking place wins over recorded (an undated one never takes
    // place, so it is listed as recorded).
    const std::string taking_place = "coalesce(a.end_on, a.start_on) >= ?1 AND a.start_on <= ?2";
    activities(r, "activity a INDEXED BY activity_by_recorded_on",
               "a.recorded_on BETWEEN ?1 AND ?2 AND NOT coalesce(" + taking_place + ", 0)",
               {from, to}, max, d.activities_recorded, d.recorded_by_area);
    d.activities_recorded.command = fmt::format(
        "pymes activity list --recorded-from {} --recorded-to {} --not-taking-place", from, to);
    {
        std::vector<std::string> params = {from, to};
        const std::string near = activities_starting_near("a", 3, o.from, params);
        activities(r, near, taking_place, params, max, d.activities_taking_place,
                   d.taking_place_by_area);
    }
    d.activities_taking_place.command =
        fmt::format("pymes activity list --from {} --to {}", from, to);

    // Totals: parties on the last day of the period, active projects, activities of its year.
    d.parties = report_query::parties_count(r, to);
    d.active_projects = projects_in_status(r, "active", o.to);
    d.activities_this_year =
        overlapping(r, Date::from_ymd(o.to.year(), 1, 1), Date::from_ymd(o.to.year(), 12, 31));
    return d;
}

}  // namespace pymes
