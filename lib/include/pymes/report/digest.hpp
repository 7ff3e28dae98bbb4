#pragma once
/// The weekly digest (SPEC §5): what happened in a period, built as a value, then rendered as
/// text (72 columns), Markdown, one self-contained HTML page, or JSON, in es, en or pt.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pymes/core/dates.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

/// The words `digest --week` takes besides YYYY-Www: the last complete week (the default) and
/// the one under way. Its check, help and completion read them.
inline constexpr std::array<std::string_view, 2> kWeekWords = {
    // TRANSLATORS: values typed as they are (digest --week); your words are shown beside them
    // ("last (la pasada)").
    NC_("value", "last"), NC_("value", "this")};

class Registry;

struct DigestOptions {
    Date from, to;                ///< the period, inclusive
    Date as_of;                   ///< the digest is written as of this day
    std::optional<IsoWeek> week;  ///< when the period is one ISO week
    int upcoming_weeks = 4;
    int max_items = 25;
    Language language = Language::es;
    std::string title;  ///< empty: the catalogue's title
};

/// The period a digest covers by default: the last complete ISO week before `as_of`.
IsoWeek last_complete_week(Date as_of);

struct DigestMembership {
    std::string code, name, kind, date;
    std::optional<std::string> place, reference;
    std::optional<std::string> recorded_on;  ///< the day the registry learnt of it
};
struct DigestMeeting {
    std::int64_t id = 0;
    std::string date, status;
    std::optional<std::string> title, end_date, time, timezone, place, country, host;
    std::vector<std::string> attendees;                          ///< codes
    std::vector<std::pair<std::int64_t, std::string>> projects;  ///< selected: id, title
};
struct DigestProject {
    std::int64_t id = 0;
    std::string title, area, lead, status;
    std::optional<std::string> previous_status;  ///< nullopt: added in the period
    std::optional<std::string> end_on, budget, currency;
};
struct DigestActivity {
    std::int64_t id = 0;
    std::string institution, institution_name, area, title, status;
    std::optional<std::string> start_on, end_on;
    bool highlight = false;
};

template <class T>
struct DigestSection {
    std::vector<T> items;   ///< at most max_items
    std::size_t total = 0;  ///< all of them
    std::string command;    ///< the pymes command that lists them all
};

struct AreaCount {
    std::string area;
    std::size_t count = 0;
};

struct Digest {
    DigestOptions options;
    std::string title;
    DigestSection<DigestMembership> membership;  ///< dated in the period
    /// Recorded in the period but dated before it: instruments that arrive late, which no
    /// digest would show by their date.
    DigestSection<DigestMembership> membership_late;
    DigestSection<DigestMeeting> meetings_held, meetings_upcoming;
    DigestSection<DigestProject> projects_changed, projects_ending;
    /// Sorted by area (the agreement's order), institution, highlights first, date. An activity
    /// appears once: under taking place when its dates overlap the period, else under recorded.
    DigestSection<DigestActivity> activities_recorded, activities_taking_place;
    std::vector<AreaCount> recorded_by_area, taking_place_by_area;  ///< complete, every area
    std::int64_t parties = 0, active_projects = 0, activities_this_year = 0;
    /// Nothing happened in the period (the totals do not count).
    bool empty() const;
};

Digest build_digest(Registry& registry, const DigestOptions& options);

DigestFormat parse_digest_format(std::string_view s);
void render_digest(std::ostream& out, const Digest& digest, DigestFormat format);
/// The HTML digest's content (its h1, sections and totals) without the page around it: for a
/// page of the published site.
void render_digest_html_content(std::ostream& out, const Digest& digest);

/// A mail's subject: the title and the week ("...: resumen semanal, 2026-W47"), or the period.
std::string digest_subject(const Digest& digest);

/// A date as people read it: "10 de diciembre de 2026", "10 December 2026".
std::string long_date(const std::string& iso, Language language);

}  // namespace pymes
