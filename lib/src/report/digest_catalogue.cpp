#include "report/digest_catalogue.hpp"

#include <array>

#include "pymes/core/i18n.hpp"

namespace pymes::digest_text {

namespace {

// The words live in the gettext catalogues (po/LANG.po) like every other text; this table maps
// the renderers' keys to their msgids, said in the context "digest" so that a translator sees
// where they appear.
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

std::string_view word(std::string_view key, Language language) {
    for (const auto& e : kCatalogue)
        if (e.key == key) return trc_in(language, "digest", e.msgid);
    return key;
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
