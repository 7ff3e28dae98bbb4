#pragma once
// The digest's words in Spanish, English and Portuguese: one table of phrases looked up by key,
// and the names of membership events keyed by what they describe, because the words agree with
// it. A status's words: status_label_in (pymes/status.hpp).

#include <string_view>

#include "pymes/core/language.hpp"
#include "pymes/core/membership_kind.hpp"

namespace pymes::digest_text {

/// The phrase for `key` in `language`; the key itself when the catalogue has no such key, so a
/// missing phrase shows instead of failing.
std::string_view word(std::string_view key, Language language);

/// "adhesión", "accession", "adesão".
std::string_view kind_word(MembershipKind kind, Language language);

/// An event recorded in the period but dated before it, with {0} its date: "registrada esta
/// semana, con fecha {0}" for an accession, "registrado ..." for a withdrawal (the participle
/// agrees with the event); `week`: the period is one ISO week, else "en este período".
std::string_view late_word(MembershipKind kind, bool week, Language language);

/// The month's name (1..12).
std::string_view month(unsigned m, Language language);

}  // namespace pymes::digest_text
