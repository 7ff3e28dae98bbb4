#pragma once
/// The fixed lists of output formats, each an enum with one table of names in its order
/// (issue 30). The command line's checks (and so completion, which reads them), the config's
/// allowed values and the parsers read these tables; none keeps a copy. Export's formats, which
/// carry more than a name, are a table of their own (export.hpp).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pymes {

/// What list, show, add and edit print (-f, config `format`).
enum class Format { table, csv, json };
inline constexpr std::array<std::string_view, 3> kFormatNames = {"table", "csv", "json"};

/// The digest's renderers (digest --format, config digest.format).
enum class DigestFormat { text, markdown, html, json };
inline constexpr std::array<std::string_view, 4> kDigestFormatNames = {"text", "markdown", "html",
                                                                       "json"};

/// The annual report's renderers (report --format).
enum class AnnualFormat { text, markdown, html, json };
inline constexpr std::array<std::string_view, 4> kAnnualFormatNames = {"text", "markdown", "html",
                                                                       "json"};

/// The membership notice's renderers (membership notice --format).
enum class NoticeFormat { text, markdown, html };
inline constexpr std::array<std::string_view, 3> kNoticeFormatNames = {"text", "markdown", "html"};

/// A whole mail message of the text and the HTML renderings (digest and notice --format): the
/// command line's, beside the renderers above.
inline constexpr std::string_view kEmailFormat = "email";

/// The value of `Enum` named `name` in `names` (its table); nullopt for another name.
template <class Enum, std::size_t N>
std::optional<Enum> format_named(const std::array<std::string_view, N>& names,
                                 std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return Enum(i);
    return std::nullopt;
}

/// The names of a table, as strings (for a check of the command line).
template <std::size_t N>
std::vector<std::string> format_names(const std::array<std::string_view, N>& names) {
    return {names.begin(), names.end()};
}

}  // namespace pymes
