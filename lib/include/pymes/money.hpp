#pragma once
/// Budgets: exact decimals with at most two places, kept as integer minor units (never a float).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pymes {

/// `25000`, `25000.5`, `25000.50` -> 2500000; nullopt for anything else (`1.005`, `-3`,
/// `1,5`, `1e3`) or an amount too large to hold.
std::optional<std::int64_t> parse_amount(std::string_view text);

/// 2500000 -> `25000.00`.
std::string format_amount(std::int64_t minor);

}  // namespace pymes
