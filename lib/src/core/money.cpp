#include "pymes/money.hpp"

#include <fmt/format.h>

#include "pymes/text.hpp"

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

}  // namespace pymes
