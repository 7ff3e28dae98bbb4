// The annual report's query: what a year held, read from the registry into an AnnualReport
// value by the counting rules written in pymes/annual_report.hpp. Nothing here formats for
// people; annual_model.cpp and the renderers do.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "entities/activity_period.hpp"
#include "entities/record_sql.hpp"
#include "pymes/core/areas.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/money.hpp"
#include "pymes/entities/as_of.hpp"
#include "pymes/report/annual_report.hpp"
#include "report/report_queries.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

using report_query::count;
using report_query::kPartyOn;
using report_query::prepared;

constexpr int kFirstYear = kFirstAnnualYear;

std::vector<std::string> parties_on(Registry& r, const Date& day) {
    std::vector<std::string> codes;
    SQLite::Statement& q = prepared(
        r, std::string("SELECT i.code FROM institution i WHERE ") + kPartyOn + " ORDER BY i.code",
        {day.iso()});
    while (q.executeStep()) codes.push_back(q.getColumn(0).getString());
    q.reset();
    return codes;
}

/// An activity's span [start_on, end_on or start_on] meets the year (`activity list --from --to`);
/// a year is a large share of the table, so SQLite's own choice of plan stands.
constexpr const char* kActivityInYear =
    "FROM activity a "
    "WHERE coalesce(a.end_on, a.start_on) >= ?1 AND a.start_on <= ?2";

bool live(const std::string& status) {
    return status == "proposed" || status == "approved" || status == "active";
}

/// The project's status changes from its history: (day, new status or empty), oldest first.
/// A project's status changes (the day each took effect, the status), in order.
std::vector<std::pair<std::string, std::string>> status_history(Registry& r, std::int64_t id) {
    std::vector<std::pair<std::string, std::string>> out;
    SQLite::Statement& q = statement_of(
        r,
        "SELECT effective_on, status FROM status_change WHERE entity = 'project' AND record = ? "
        "AND removed_on IS NULL ORDER BY effective_on, id");
    q.bind(1, id);
    while (q.executeStep())
        out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    q.reset();
    return out;
}

/// Whether a project whose status changes are `history` (day it took effect, status) was
/// proposed, approved or active at some time in [from, to]: live on the day before, or made live
/// by a change in the period.
bool live_during(const std::vector<std::pair<std::string, std::string>>& history,
                 const std::string& from, const std::string& to) {
    std::optional<std::string> status;
    for (const auto& [day, changed] : history) {
        if (day > to) break;
        if (day >= from && live(changed)) return true;
        if (day >= from && status && live(*status)) return true;
        status = changed;
    }
    return status && live(*status);
}

/// SPEC §10: a project counts in a year when its dates overlap it; one with a start alone from
/// then while it was live (or in the year it started); one with an end alone from its recording
/// to its end; an undated one when it was proposed, approved or active then. Its statuses are
/// the dated changes (status_change).
bool project_counts(Registry& r, const AnnualProject& p, const std::string& from,
                    const std::string& to) {
    if (p.start_on && p.end_on) return *p.start_on <= to && *p.end_on >= from;
    const auto history = status_history(r, p.id);
    if (p.start_on)
        return *p.start_on <= to && (*p.start_on >= from || live_during(history, from, to));
    if (p.end_on) {
        const std::string added = history.empty() ? *p.end_on : history.front().first;
        return added <= to && *p.end_on >= from;
    }
    return live_during(history, from, to);
}

constexpr const char* kProjectStatuses[] = {"proposed", "approved", "active", "completed",
                                            "cancelled"};

int status_rank(const std::string& s) {
    for (int i = 0; i < 5; ++i)
        if (s == kProjectStatuses[i]) return i;
    return 5;
}

/// The projects that count in [from, to], each with its status in effect on `as_of` (the
/// year's last day, or the report's day in the year under way), or, for one recorded later with
/// dates in the year, the status it was first recorded with.
std::vector<AnnualProject> projects_of(Registry& r, const std::string& from, const std::string& to,
                                       const std::string& as_of) {
    std::vector<AnnualProject> all;
    {
        SQLite::Statement& q = prepared(
            r,
            "SELECT id, title, area, lead, coalesce(" +
                status_on_sql("project", "project", "<=", "?1") + ", " +
                "(SELECT f.status FROM status_change f WHERE f.entity = 'project' AND f.record = "
                "project.id AND f.removed_on IS NULL ORDER BY f.effective_on, f.id LIMIT 1)" +
                ") AS status_then, start_on, end_on, budget_minor, currency FROM project "
                "WHERE status_then IS NOT NULL ORDER BY id",
            {as_of});
        while (q.executeStep()) {
            AnnualProject p;
            p.id = q.getColumn(0).getInt64();
            p.title = q.getColumn(1).getString();
            p.area = q.getColumn(2).getString();
            p.lead = q.getColumn(3).getString();
            p.status = q.getColumn(4).getString();
            p.start_on = column_value(q.getColumn(5));
            p.end_on = column_value(q.getColumn(6));
            if (!q.getColumn(7).isNull()) {
                p.budget_minor = q.getColumn(7).getInt64();
                p.budget = format_amount(p.budget_minor);
            }
            p.currency = column_value(q.getColumn(8));
            all.push_back(std::move(p));
        }
        q.reset();
    }
    std::vector<AnnualProject> counted;
    for (auto& p : all)
        if (project_counts(r, p, from, to)) counted.push_back(std::move(p));
    std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) {
        return status_rank(a.status) < status_rank(b.status);
    });
    return counted;
}

/// The figures of one year, and (when `report` is given) its details.
AnnualFigures figures_of(Registry& r, int year, const Date& today, AnnualReport* report) {
    AnnualFigures f;
    f.year = year;
    const Date first = Date::from_ymd(year, 1, 1), last = Date::from_ymd(year, 12, 31);
    const Date as_of = std::min(last, today);
    const std::string from = first.iso(), to = last.iso();

    // Membership: the events of the year that stand.
    {
        SQLite::Statement& q = prepared(
            r,
            "SELECT e.id, e.institution, i.name, e.kind, e.date, e.place, e.reference "
            "FROM membership_event e JOIN institution i ON i.code = e.institution "
            "WHERE e.date BETWEEN ?1 AND ?2 AND e.annulled_on IS NULL ORDER BY e.date, e.id",
            {from, to});
        while (q.executeStep()) {
            AnnualMembershipEvent e{q.getColumn(0).getInt64(),   q.getColumn(1).getString(),
                                    q.getColumn(2).getString(),  q.getColumn(3).getString(),
                                    q.getColumn(4).getString(),  column_value(q.getColumn(5)),
                                    column_value(q.getColumn(6))};
            if (e.kind == "withdrawal")
                ++f.withdrawals;
            else if (e.kind == "founding")
                ++f.founding;  // the eleven signatures of 1996-12-10, never accessions
            else
                ++f.accessions;
            if (report) report->membership.push_back(std::move(e));
        }
        q.reset();
    }
    const std::vector<std::string> parties = parties_on(r, as_of);
    f.parties_at_end = std::int64_t(parties.size());

    // Meetings held: dated in the year (their span meets it) with status held.
    const std::string meeting_in_year =
        "FROM meeting m WHERE coalesce(m.end_date, m.date) >= ?1 AND m.date <= ?2" +
        meetings_starting_near("m", "?1");
    f.meetings_held =
        count(r, "SELECT count(*) " + meeting_in_year + " AND m.status = 'held'", {from, to});

    // Projects.
    std::vector<AnnualProject> projects = projects_of(r, from, to, as_of.iso());
    f.projects = std::int64_t(projects.size());
    for (const auto& p : projects)
        if (p.status != "cancelled" && p.currency && p.budget)
            f.budgets[*p.currency] =
                add_amount(f.budgets[*p.currency], p.budget_minor, *p.currency);

    // Activities by institution and area, highlights.
    const auto& areas = area_codes();
    std::map<std::string, std::vector<std::int64_t>> by_institution;
    f.activities_by_area.assign(areas.size(), 0);
    {
        SQLite::Statement& q =
            prepared(r,
                     std::string("SELECT a.institution, a.area, count(*) ") + kActivityInYear +
                         " GROUP BY a.institution, a.area ORDER BY a.institution",
                     {from, to});
        while (q.executeStep()) {
            const std::string area = q.getColumn(1).getString();
            const std::size_t at =
                std::size_t(std::find(areas.begin(), areas.end(), area) - areas.begin());
            if (at >= areas.size()) continue;
            auto& row = by_institution[q.getColumn(0).getString()];
            row.resize(areas.size(), 0);
            const std::int64_t n = q.getColumn(2).getInt64();
            row[at] += n;
            f.activities_by_area[at] += n;
            f.activities += n;
        }
        q.reset();
    }
    f.highlights = count(
        r, std::string("SELECT count(*) ") + kActivityInYear + " AND a.highlight = 1", {from, to});
    std::vector<std::string> silent;
    for (const auto& code : parties)
        if (!by_institution.count(code)) silent.push_back(code);
    f.silent_parties = std::int64_t(silent.size());

    if (!report) return f;
    AnnualReport& a = *report;
    a.from = first;
    a.to = last;
    a.as_of = as_of;
    a.parties_at_start =
        year > kFirstYear ? report_query::parties_count(r, first.plus_days(-1).iso()) : 0;
    a.activities = std::move(by_institution);
    a.silent_parties = std::move(silent);
    a.projects = std::move(projects);
    {
        SQLite::Statement& q = statement_of(r, "SELECT code, name FROM institution");
        while (q.executeStep()) a.names[q.getColumn(0).getString()] = q.getColumn(1).getString();
        q.reset();
    }
    {
        SQLite::Statement& q = prepared(
            r, std::string("SELECT a.status, count(*) ") + kActivityInYear + " GROUP BY a.status",
            {from, to});
        while (q.executeStep())
            a.activities_by_status[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
        q.reset();
    }
    {
        SQLite::Statement& q = prepared(
            r,
            std::string("SELECT a.id, a.institution, a.area, a.title, a.status, a.start_on, "
                        "a.end_on ") +
                kActivityInYear +
                " AND a.highlight = 1 ORDER BY CASE a.area WHEN 'information' THEN 1 WHEN "
                "'management' THEN 2 WHEN 'training' THEN 3 WHEN 'technology-transfer' THEN 4 "
                "ELSE 5 END, a.institution, a.start_on, a.id",
            {from, to});
        while (q.executeStep())
            a.highlights.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                                    q.getColumn(2).getString(), q.getColumn(3).getString(),
                                    q.getColumn(4).getString(), column_value(q.getColumn(5)),
                                    column_value(q.getColumn(6))});
        q.reset();
    }
    {
        SQLite::Statement& q =
            prepared(r,
                     "SELECT m.id, m.date, m.end_date, m.title, m.place, m.country, m.host " +
                         meeting_in_year +
                         " AND m.status = 'held' ORDER BY m.date, coalesce(m.time, ''), "
                         "m.id",
                     {from, to});
        while (q.executeStep()) {
            AnnualMeeting m;
            m.id = q.getColumn(0).getInt64();
            m.date = q.getColumn(1).getString();
            m.end_date = column_value(q.getColumn(2));
            m.title = column_value(q.getColumn(3));
            m.place = column_value(q.getColumn(4));
            m.country = column_value(q.getColumn(5));
            m.host = column_value(q.getColumn(6));
            a.meetings.push_back(std::move(m));
        }
        q.reset();
    }
    for (auto& m : a.meetings) {
        SQLite::Statement& at = statement_of(
            r, "SELECT institution FROM meeting_attendee WHERE meeting = ? ORDER BY institution");
        at.bind(1, m.id);
        while (at.executeStep()) m.attendees.push_back(at.getColumn(0).getString());
        at.reset();
        SQLite::Statement& p =
            statement_of(r, "SELECT id, title FROM project WHERE meeting = ? ORDER BY id");
        p.bind(1, m.id);
        while (p.executeStep())
            m.projects.emplace_back(p.getColumn(0).getInt64(), p.getColumn(1).getString());
        p.reset();
    }
    a.meetings_scheduled =
        count(r, "SELECT count(*) " + meeting_in_year + " AND m.status = 'scheduled'", {from, to});
    a.meetings_cancelled =
        count(r, "SELECT count(*) " + meeting_in_year + " AND m.status = 'cancelled'", {from, to});
    for (int y = kFirstYear; y <= year; ++y)
        a.parties_by_year.emplace_back(
            y, report_query::parties_count(r, std::min(Date::from_ymd(y, 12, 31), today).iso()));
    return f;
}

}  // namespace

AnnualReport build_annual_report(Registry& r, const AnnualOptions& o) {
    if (o.year < kFirstYear)
        throw UsageError(trf("--year {}: the agreement was signed on 1996-12-10", o.year),
                         tr("give a year from 1996 on"));
    if (o.year > o.today.year())
        throw UsageError(
            trf("--year {}: that year has not begun (today is {})", o.year, o.today.iso()),
            trf("give a year from 1996 to {}", o.today.year()));
    // What the registry held at the end of the report's day (SPEC §2): the report read at a
    // meeting is written again, byte for byte, with --as-of that day.
    AsOf view(r, o.today);
    AnnualReport a;
    a.options = o;
    a.figures = figures_of(r, o.year, o.today, &a);
    if (o.year > kFirstYear) a.previous = figures_of(r, o.year - 1, o.today, nullptr);
    return a;
}

}  // namespace pymes
