#pragma once
/// GNU gettext catalogues (.mo files, as msgfmt writes them), read by pymes itself for tr() and
/// the like (pymes/i18n.hpp).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pymes::detail {

/// A compiled GNU gettext catalogue (.mo, as msgfmt writes it; the format is in the gettext
/// manual, "The Format of GNU MO Files"), read whole and looked up in place. Read here rather
/// than through Boost.Locale, whose library loads ICU (three libraries and 30 MiB of data) at
/// every start of the program although its gettext reader needs none of it (SPEC §9, issue 30).
class Catalogue {
  public:
    /// The catalogue at `path`; nullopt for a file that is not one (English rather than no
    /// program).
    static std::optional<Catalogue> read(const std::filesystem::path& path);

    /// The translation of `key` (msgctxt "\x04" msgid, or the msgid), form `form` of its plural
    /// forms; nullptr when the catalogue lacks it.
    const char* get(std::string_view key, std::size_t form = 0) const;
    /// The plural form for `n`: the header's `plural=` expression evaluated.
    std::size_t plural_form(unsigned long n) const;

  private:
    std::string bytes_;
    std::vector<std::uint32_t> order_;  ///< entries by their original string
    std::uint32_t count_ = 0, originals_ = 0, translations_ = 0;
    bool swapped_ = false;
    std::string plural_ = "n != 1";  ///< Germanic languages' rule, gettext's default
    unsigned long nplurals_ = 2;

    std::uint32_t word(std::size_t at) const;
    /// Entry `i` of the table at `table`: its string (up to the first NUL) and all its bytes.
    std::string_view string(std::uint32_t table, std::uint32_t i, bool whole = false) const;
};

/// The value for `n` of the C expression of a Plural-Forms header (GNU gettext's grammar: ?:,
/// ||, &&, ==, !=, <, >, <=, >=, +, -, *, /, %, !, parentheses, n and decimal numbers); 0, the
/// first form, for a malformed expression or a division by zero.
unsigned long plural_value(std::string_view expression, unsigned long n);

}  // namespace pymes::detail
