#pragma once
/// The fixed lists of output formats and of colour choices, each an enum with one table of names
/// in its order (issue 30). The command line's checks and help (and so completion, which reads
/// the checks), the config's allowed values and the parsers read these tables; none keeps a
/// copy. Export's formats, which carry more than a name, are a table of their own (export.hpp);
/// the encodings of CSV files are encoding.hpp's.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/i18n.hpp"

namespace pymes {

/// A value that is a word of English is marked NC_("value", ...): help and `config init` show
/// it with the reader's word beside it (value_with_word, i18n.hpp).

/// What list, show, add and edit print (-f, config `format`).
enum class Format { table, csv, json };
inline constexpr std::array<std::string_view, 3> kFormatNames = {
    // TRANSLATORS: a value typed as it is; your word is shown beside it ("table (tabla)").
    NC_("value", "table"), "csv", "json"};

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

/// Colour on a terminal (--color, config `color`): as the terminal and NO_COLOR say, or not.
enum class ColorChoice { automatic, always, never };
inline constexpr std::array<std::string_view, 3> kColorNames = {
    // TRANSLATORS: values typed as they are; your words are shown beside them ("always
    // (siempre)"); a word the same as the value ("auto") is not shown again.
    NC_("value", "auto"), NC_("value", "always"), NC_("value", "never")};

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
