#pragma once
// The digest's words in Spanish, English and Portuguese: one table, looked up by key.

#include <string>
#include <string_view>

namespace pymes::digest_text {

/// The text for `key` in `language` (es when the language is unknown); the key itself when
/// the catalogue has no such key, so a missing word shows instead of failing.
std::string_view word(std::string_view key, std::string_view language);

/// The month's name (1..12).
std::string_view month(unsigned m, std::string_view language);

}  // namespace pymes::digest_text
