#include "pymes/core/money.hpp"

#include <fmt/format.h>

#include <limits>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"

namespace pymes {

std::optional<std::int64_t> parse_amount(std::string_view input) {
    std::string_view s = text::trim(input);
    const auto dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view cents = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 15 || cents.size() > 2) return std::nullopt;
    if (dot != std::string_view::npos && cents.empty()) return std::nullopt;
    std::int64_t value = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    std::int64_t minor = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        char c = i < cents.size() ? cents[i] : '0';
        if (c < '0' || c > '9') return std::nullopt;
        minor = minor * 10 + (c - '0');
    }
    return value * 100 + minor;
}

std::string format_amount(std::int64_t minor) {
    return fmt::format("{}.{:02}", minor / 100, minor % 100);
}

std::int64_t add_amount(std::int64_t total, std::int64_t minor, std::string_view currency) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(total, minor, &sum))
        throw DataError(
            trf("the budgets in {} add up to more than {} {}: too large to total", currency,
                format_amount(std::numeric_limits<std::int64_t>::max()), currency),
            tr("`pymes project list` shows every budget; correct the one that is wrong"));
    return sum;
}

}  // namespace pymes
