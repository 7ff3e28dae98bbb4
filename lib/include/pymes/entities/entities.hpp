#pragma once
/// The agreement's plan of action as records: activities that institutions report, the
/// coordination meetings, and the projects those meetings select (SPEC §2).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/dates.hpp"
#include "pymes/entities/record.hpp"

namespace pymes {

const EntitySpec& activity_spec();
const EntitySpec& meeting_spec();
const EntitySpec& project_spec();
/// The membership log's events as an entity (SPEC §4: id, institution, kind, date, place,
/// reference, recorded_on; table membership_event): its files' columns and their types. An
/// event is written only by the log's own rules (membership.hpp; an import's rows by
/// import_membership_row), never as a record.
const EntitySpec& membership_spec();
/// The spec of `entity` (institution_spec() and membership_spec() too): never nullptr.
const EntitySpec* spec_of(Entity entity);

struct ActivityFilter {
    std::vector<std::string> institutions, areas;  ///< any of
    std::optional<std::string> status;
    std::optional<Date> from, to;                    ///< activities whose dates overlap [from, to]
    std::optional<Date> recorded_from, recorded_to;  ///< recorded_on within
    /// Only those whose dates do not overlap [recorded_from, recorded_to] (the digest's
    /// "recorded" section: taking place wins); an undated activity never overlaps.
    bool not_taking_place = false;
    bool highlight_only = false;
    std::optional<std::string> search;
    int limit = -1;
};
Query activity_query(const ActivityFilter& filter);

struct MeetingFilter {
    std::vector<std::string> statuses;  ///< any of
    std::optional<Date> from, to;
    std::optional<std::string> institution;  ///< host or attendee
    std::vector<std::int64_t> ids;
    int limit = -1;
};
Query meeting_query(const MeetingFilter& filter);

struct ProjectFilter {
    std::vector<std::string> statuses;  ///< any of
    std::optional<std::string> area;
    std::optional<Date> ending_from, ending_to;  ///< end_on within
    /// Added or changing status within these days, as the history says, and not changed back
    /// (the digest's "projects added or changing status").
    std::optional<Date> changed_from, changed_to;
    std::optional<std::string> institution;  ///< lead or partner
    std::optional<std::int64_t> meeting;
    int limit = -1;
};
Query project_query(const ProjectFilter& filter);

/// Refuses (DataError, 65) a filter that names an institution the registry does not have,
/// with the closest known code (or the code it was renamed to): an unknown code must not look
/// like an empty list.
void require_institutions(Registry& registry, const std::vector<std::string>& codes,
                          std::string_view option);

/// The code an institution has now and the day it took it, when `code` (any case) is no
/// institution's code but was one before a rename (`institution rename`, followed through
/// later renames to a code the registry has).
struct RenamedCode {
    std::string code;
    std::string on;  ///< YYYY-MM-DD (UTC), the day of the rename
};
std::optional<RenamedCode> renamed_code(Registry& registry, std::string_view code);

/// What to say of a code that no institution has: "CORFO is now CORFO-CL since 2026-05-04" for
/// one renamed since, else "there is no institution X", with the closest code (`near`, empty
/// when none is close or the code was renamed) in the hint.
struct UnknownCode {
    std::string message, hint, near;
};
UnknownCode unknown_institution(Registry& registry, std::string_view code);

/// One search result.
struct SearchHit {
    std::string kind;  ///< activity, meeting or project
    std::int64_t id = 0;
    std::string title;
    std::string date;     ///< start, meeting date; may be empty
    std::string snippet;  ///< the matching words in context
    double rank = 0;      ///< relevance within its kind: 1 for the best match, less for weaker ones
};
/// Full-text search over activities, meetings and projects, best first; accents, case and the
/// marks inside a word (O'Brien: `obrien`) do not matter, and an area's name finds that area's
/// activities and projects; each kind ranked relative to its own best match. `found` (when
/// given) gets how many records match in all. Throws UsageError for text without any word.
/// (entities/search.cpp)
std::vector<SearchHit> search(Registry& registry, const std::string& text, int limit,
                              std::int64_t* found = nullptr);

}  // namespace pymes
