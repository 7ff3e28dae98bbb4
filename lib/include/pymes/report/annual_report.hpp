#pragma once
/// The annual report to the coordination meeting (SPEC §10): what a year held, built as a value
/// (annual_query.cpp), then rendered as text, Markdown, one self-contained HTML page with inline
/// SVG charts, or JSON, in es, en or pt.
///
/// Counting rules (what counts in year Y, from Y-01-01 to Y-12-31):
/// - an activity when its dates overlap the year, whatever its status (as `activity list --from
///   --to` counts it: an activity with no start date counts in no year);
/// - a project when its dates overlap the year; one dated only by its start runs on while its
///   status is proposed, approved or active, else it is taken as that one day; one dated only by
///   its end runs from the day it was recorded; an undated one counts when the history shows it
///   proposed, approved or active at some time in the year;
/// - a meeting held when it is dated in the year and its status is `held`;
/// - membership events dated in the year that stand (not annulled);
/// - the parties are those on the year's last day (today for the year under way); the silent
///   parties are those of them with no activity counted in the year;
/// - budgets are totalled per currency over the year's projects, cancelled ones left out (the
///   per-status totals show them).

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pymes/core/dates.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

class Registry;

/// The first year there is a report of: the agreement was signed on 1996-12-10.
inline constexpr int kFirstAnnualYear = 1996;

struct AnnualOptions {
    int year = 0;
    /// The day the report is written (the registry's today, or --as-of): it says what the
    /// registry held at the end of that day, and the year under way is counted to it.
    Date today;
    Language language = Language::es;
};

struct AnnualMembershipEvent {
    std::int64_t id = 0;
    std::string code, name, kind, date;
    std::optional<std::string> place, reference;
};

struct AnnualMeeting {
    std::int64_t id = 0;
    std::string date;
    std::optional<std::string> end_date, title, place, country, host;
    std::vector<std::string> attendees;                          ///< codes
    std::vector<std::pair<std::int64_t, std::string>> projects;  ///< selected: id, title
};

struct AnnualProject {
    std::int64_t id = 0;
    std::string title, area, lead, status;
    std::optional<std::string> start_on, end_on, budget, currency;
    std::int64_t budget_minor = 0;
};

struct AnnualActivity {
    std::int64_t id = 0;
    std::string institution, area, title, status;
    std::optional<std::string> start_on, end_on;
};

/// An amount per currency: currency code -> minor units, in the order of the codes.
using CurrencyTotals = std::map<std::string, std::int64_t>;

/// The figures compared with the previous year.
struct AnnualFigures {
    int year = 0;
    std::int64_t parties_at_end = 0, accessions = 0, withdrawals = 0, meetings_held = 0,
                 projects = 0, activities = 0, highlights = 0, silent_parties = 0;
    /// The founding signatures of 1996-12-10: their own kind, never accessions (SPEC §2).
    std::int64_t founding = 0;
    std::vector<std::int64_t> activities_by_area;  ///< in the order of area_codes()
    CurrencyTotals budgets;                        ///< cancelled projects left out
};

struct AnnualReport {
    AnnualOptions options;
    Date from, to;  ///< the year's first and last days
    Date as_of;     ///< the year's last day, or today for the year under way
    std::int64_t parties_at_start = 0;
    std::vector<AnnualMembershipEvent> membership;
    std::vector<AnnualMeeting> meetings;  ///< held
    std::int64_t meetings_scheduled = 0, meetings_cancelled = 0;
    std::vector<AnnualProject> projects;  ///< by status (the agreement's order), then id
    std::vector<AnnualActivity> highlights;
    /// Activities per institution (code order) per area (area_codes() order).
    std::map<std::string, std::vector<std::int64_t>> activities;
    std::map<std::string, std::int64_t> activities_by_status;
    std::vector<std::string> silent_parties;                    ///< codes, in code order
    std::map<std::string, std::string> names;                   ///< every institution's, by code
    std::vector<std::pair<int, std::int64_t>> parties_by_year;  ///< 1996..year, at each year's end
    AnnualFigures figures;
    std::optional<AnnualFigures> previous;  ///< none for 1996
};

/// The report of `options.year`. Throws UsageError for a year before 1996 or after today's.
AnnualReport build_annual_report(Registry& registry, const AnnualOptions& options);

AnnualFormat parse_annual_format(std::string_view s);
void render_annual_report(std::ostream& out, const AnnualReport& report, AnnualFormat format);

}  // namespace pymes
