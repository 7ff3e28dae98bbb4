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

/// `total + minor`, amounts in `currency`; a sum that an amount cannot hold (past
/// 92,233,720,368,547,758.07) is a DataError (65) that says so: never a wrong figure.
std::int64_t add_amount(std::int64_t total, std::int64_t minor, std::string_view currency);

}  // namespace pymes
