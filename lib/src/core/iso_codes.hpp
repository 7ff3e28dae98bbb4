#pragma once
#include <string_view>

namespace pymes::iso {
/// An assigned ISO 3166-1 alpha-2 code (upper-case).
bool is_country(std::string_view code);
/// An ISO 4217 currency code (upper-case).
bool is_currency(std::string_view code);
}  // namespace pymes::iso
