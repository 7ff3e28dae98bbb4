#pragma once
// The annual report's phrases in es, en and pt, looked up by key (annual_catalogue.cpp).

#include <string_view>

#include "pymes/language.hpp"

namespace pymes::annual_text {

/// The phrase for `key` in `language`; the key itself when there is none, so that a missing
/// phrase shows instead of failing.
std::string_view word(std::string_view key, Language language);

}  // namespace pymes::annual_text
