#pragma once
/// The encodings of the CSV files pymes reads and writes (--encoding, config csv.encoding): one
/// enum and one table of their names (issue 30). The command line's check, help and completion,
/// the config's allowed values and the reader's and writer's choice read it; none keeps a copy.

#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "pymes/core/text.hpp"

namespace pymes {

enum class Encoding { utf8, latin1, cp1252 };

/// One encoding: a row of kEncodingTable.
struct EncodingRow {
    Encoding encoding;
    /// What pymes calls it: the value help, completion and `config init` show.
    std::string_view name;
    /// Other spellings accepted for it, in any case, as is the name (`UTF8`, `ISO-8859-1`).
    std::array<std::string_view, 3> aliases;
};

/// Every encoding, in the order of the enum; the first is the default.
inline constexpr EncodingRow kEncodingTable[] = {
    {Encoding::utf8, "utf-8", {"utf8"}},
    {Encoding::latin1, "latin1", {"latin-1", "iso-8859-1", "iso8859-1"}},
    {Encoding::cp1252, "cp1252", {"windows-1252"}},
};

static_assert(
    [] {
        for (std::size_t i = 0; i < std::size(kEncodingTable); ++i)
            if (kEncodingTable[i].encoding != Encoding(i)) return false;
        return true;
    }(),
    "kEncodingTable lists the encodings in the order of the enum");

/// The encoding `name` (a row's name or alias, in any case: text::fold) names; nullopt for
/// another name.
inline std::optional<Encoding> encoding_named(std::string_view name) {
    const std::string folded = text::fold(name);
    for (const auto& row : kEncodingTable) {
        if (folded == row.name) return row.encoding;
        for (auto alias : row.aliases)
            if (!alias.empty() && folded == alias) return row.encoding;
    }
    return std::nullopt;
}

/// The names of every encoding, in the table's order (no alias): what help, completion and the
/// config's allowed values show (format_names() makes them strings).
inline constexpr std::array<std::string_view, std::size(kEncodingTable)> kEncodingNames = [] {
    std::array<std::string_view, std::size(kEncodingTable)> names{};
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = kEncodingTable[i].name;
    return names;
}();

}  // namespace pymes
