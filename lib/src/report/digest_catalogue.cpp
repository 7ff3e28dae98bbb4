#include "report/digest_catalogue.hpp"

#include <array>

#include "pymes/i18n.hpp"

namespace pymes::digest_text {

namespace {

// The words live in the gettext catalogues (po/LANG.po) like every other text; this table maps
// the renderers' keys to their msgids, said in the context "digest" so that a translator sees
// where they appear. Statuses are said of an entity (msgctxt "activity status", "project
// status"...), so their translations agree with the noun: una actividad cancelada, un proyecto
// cancelado, uma reunião cancelada.
struct Entry {
    std::string_view key;
    const char* msgid;
};

constexpr Entry kCatalogue[] = {
    {"title", NC_("digest", "Pymes Cooperation Framework Agreement: weekly digest")},
    {"week", NC_("digest", "Week {0}: {1} to {2}")},
    {"range", NC_("digest", "From {1} to {2}")},
    {"day", NC_("digest", "On {1}")},
    {"as_of", NC_("digest", "As of {0}.")},
    {"empty", NC_("digest", "Nothing new in this period.")},
    {"membership", NC_("digest", "Accessions and withdrawals")},
    {"meetings_held", NC_("digest", "Meetings in the period")},
    {"meetings_upcoming", NC_("digest", "Coming meetings")},
    {"projects_changed", NC_("digest", "Projects added or changing status")},
    {"projects_ending", NC_("digest", "Projects ending soon")},
    {"activities_recorded", NC_("digest", "Activities recorded")},
    {"activities_taking_place", NC_("digest", "Activities taking place")},
    {"totals", NC_("digest", "Totals")},
    {"parties", NC_("digest", "Parties to the agreement")},
    {"active_projects", NC_("digest", "Active projects")},
    {"activities_year", NC_("digest", "Activities in {0}")},
    {"more", NC_("digest", "and {0} more, listed by:")},
    {"by_area", NC_("digest", "By area")},
    {"attending", NC_("digest", "Attending")},
    {"selected", NC_("digest", "Projects selected")},
    {"host", NC_("digest", "host")},
    {"added", NC_("digest", "added")},
    {"ends", NC_("digest", "ends on {0}")},
    {"on", NC_("digest", "on {0}")},
    {"meeting", NC_("digest", "Coordination meeting")},
};

struct StatusEntry {
    Entity entity;
    Status status;
    const char* name;  // as stored, and the English msgid
};

// TRANSLATORS: the status of an activity (feminine in es and pt: la actividad, a atividade),
// of a meeting (la reunión, a reunião: feminine) and of a project (el proyecto, o projeto:
// masculine).
constexpr StatusEntry kStatuses[] = {
    {Entity::activity, Status::planned, NC_("activity status", "planned")},
    {Entity::activity, Status::ongoing, NC_("activity status", "ongoing")},
    {Entity::activity, Status::done, NC_("activity status", "done")},
    {Entity::activity, Status::cancelled, NC_("activity status", "cancelled")},
    {Entity::meeting, Status::scheduled, NC_("meeting status", "scheduled")},
    {Entity::meeting, Status::held, NC_("meeting status", "held")},
    {Entity::meeting, Status::cancelled, NC_("meeting status", "cancelled")},
    {Entity::project, Status::proposed, NC_("project status", "proposed")},
    {Entity::project, Status::approved, NC_("project status", "approved")},
    {Entity::project, Status::active, NC_("project status", "active")},
    {Entity::project, Status::completed, NC_("project status", "completed")},
    {Entity::project, Status::cancelled, NC_("project status", "cancelled")},
};

const char* status_context(Entity entity) {
    switch (entity) {
        case Entity::activity:
            return "activity status";
        case Entity::meeting:
            return "meeting status";
        case Entity::project:
            return "project status";
    }
    return "";
}

constexpr const char* kKinds[] = {
    // in the order of MembershipKind
    NC_("membership event", "founding signature"),
    NC_("membership event", "accession"),
    NC_("membership event", "withdrawal"),
};

// Recorded late, in a week and in another period, in the order of MembershipKind. The English
// is the same for every kind; the context names the event, because the Spanish participle
// agrees with it (la adhesión, la firma: registrada; el retiro: registrado).
constexpr const char* kLateContexts[] = {
    "founding signature recorded late",
    "accession recorded late",
    "withdrawal recorded late",
};
// For the extractor: each context with both texts.
[[maybe_unused]] constexpr const char* kLateTexts[] = {
    NC_("founding signature recorded late", "recorded this week, dated {0}"),
    NC_("founding signature recorded late", "recorded in this period, dated {0}"),
    NC_("accession recorded late", "recorded this week, dated {0}"),
    NC_("accession recorded late", "recorded in this period, dated {0}"),
    NC_("withdrawal recorded late", "recorded this week, dated {0}"),
    NC_("withdrawal recorded late", "recorded in this period, dated {0}"),
};

constexpr const char* kMonths[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"),   NC_("month", "May"),      NC_("month", "June"),
    NC_("month", "July"),    NC_("month", "August"),   NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

}  // namespace

std::optional<Status> parse_status(std::string_view name) {
    for (const auto& e : kStatuses)
        if (e.name == name) return e.status;
    return std::nullopt;
}

std::string_view word(std::string_view key, Language language) {
    for (const auto& e : kCatalogue)
        if (e.key == key) return trc_in(language, "digest", e.msgid);
    return key;
}

std::optional<std::string_view> status_word(Entity entity, Status status, Language language) {
    for (const auto& e : kStatuses)
        if (e.entity == entity && e.status == status)
            return std::string_view(trc_in(language, status_context(entity), e.name));
    return std::nullopt;
}

std::string_view status_word(Entity entity, std::string_view stored, Language language) {
    if (auto status = parse_status(stored))
        if (auto text = status_word(entity, *status, language)) return *text;
    return stored;
}

std::string_view kind_word(MembershipKind kind, Language language) {
    return trc_in(language, "membership event", kKinds[static_cast<std::size_t>(kind)]);
}

std::string_view late_word(MembershipKind kind, bool week, Language language) {
    return trc_in(language, kLateContexts[static_cast<std::size_t>(kind)],
                  week ? "recorded this week, dated {0}" : "recorded in this period, dated {0}");
}

std::string_view month(unsigned m, Language language) {
    return trc_in(language, "month", kMonths[(m - 1) % 12]);
}

}  // namespace pymes::digest_text
