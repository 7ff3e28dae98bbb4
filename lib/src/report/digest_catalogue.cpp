#include "report/digest_catalogue.hpp"

#include <array>

#include "pymes/core/i18n.hpp"

namespace pymes::digest_text {

namespace {

// The words live in the gettext catalogues (po/LANG.po) like every other text; this table maps
// the renderers' keys to their msgids, said in the context "digest" so that a translator sees
// where they appear.
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

std::string_view word(Key key, Language language) {
    return trc_in(language, "digest", key.msgid());
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
