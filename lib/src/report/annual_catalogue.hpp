#pragma once
// The annual report's phrases, looked up by key in the report's language from the gettext
// catalogues (annual_catalogue.cpp).

#include <string_view>

#include "pymes/core/language.hpp"

namespace pymes::annual_text {

/// The phrase for `key` in `language` (its English msgid when the catalogue has no translation);
/// the key itself when there is no such key, so that a missing phrase shows instead of failing.
std::string_view word(std::string_view key, Language language);

}  // namespace pymes::annual_text
