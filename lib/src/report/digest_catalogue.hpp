#pragma once
// The digest's words in Spanish, English and Portuguese: one table of phrases looked up by key,
// and the names of membership events keyed by what they describe, because the words agree with
// it. A status's words: status_label_in (pymes/status.hpp).

#include <string_view>

#include "pymes/core/i18n.hpp"
#include "pymes/core/language.hpp"
#include "pymes/core/membership_kind.hpp"

namespace pymes::digest_text {

// The words live in the gettext catalogues (po/LANG.po) like every other text; this table maps
// the renderers' keys to their msgids, said in the context "digest" so that a translator sees
// where they appear.
inline constexpr Word kWords[] = {
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

using Key = WordKey<kWords>;

/// The phrase for `key` in `language` (a key the table lacks does not compile: WordKey).
std::string_view word(Key key, Language language);

/// "adhesión", "accession", "adesão".
std::string_view kind_word(MembershipKind kind, Language language);

/// An event recorded in the period but dated before it, with {0} its date: "registrada esta
/// semana, con fecha {0}" for an accession, "registrado ..." for a withdrawal (the participle
/// agrees with the event); `week`: the period is one ISO week, else "en este período".
std::string_view late_word(MembershipKind kind, bool week, Language language);

/// The month's name (1..12).
std::string_view month(unsigned m, Language language);

}  // namespace pymes::digest_text
