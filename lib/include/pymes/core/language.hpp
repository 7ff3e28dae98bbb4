#pragma once
/// The languages pymes writes for people (SPEC §5): Spanish, English, Portuguese. One enum and
/// one table of codes, so that no code compares "es"/"en"/"pt" strings.

#include <array>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

namespace pymes {

enum class Language { es, en, pt };

/// One language pymes speaks: a row of kLanguageTable.
struct LanguageRow {
    Language language;
    /// ISO 639-1: the value of --language and of the config's keys, the first part of a locale
    /// (pt_BR.UTF-8), the catalogue's folder (share/locale/CODE), HTML's and IATI's xml:lang.
    std::string_view code;
    /// Its texts come from the catalogue po/CODE.po; false for English, the msgids' language.
    bool catalogue;
};

/// Every language, in the order of the enum, which is the order of the catalogues' columns
/// (areas.cpp's labels). A new language is a value above, a row here, its column of area words,
/// po/CODE.po, and for the man pages man/po4a.cfg's [po4a_langs] with man/po/CODE.po and .add.
inline constexpr LanguageRow kLanguageTable[] = {
    {Language::es, "es", true},
    {Language::en, "en", false},
    {Language::pt, "pt", true},
};

static_assert(
    [] {
        for (std::size_t i = 0; i < std::size(kLanguageTable); ++i)
            if (kLanguageTable[i].language != Language(i)) return false;
        return true;
    }(),
    "kLanguageTable lists the languages in the order of the enum");

/// Every language, in the order of the catalogues' columns.
inline constexpr std::array<Language, std::size(kLanguageTable)> kLanguages = [] {
    std::array<Language, std::size(kLanguageTable)> all{};
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = kLanguageTable[i].language;
    return all;
}();

/// "es", "en", "pt".
std::string_view language_code(Language language);

/// "es" -> Language::es; nullopt for anything else (codes are lower case, as in the config).
std::optional<Language> parse_language(std::string_view code);

/// The codes of every language, in the table's order: what --language and `language` take.
std::vector<std::string_view> language_codes();
/// The same, those with a catalogue first: the languages a registry's own texts are most
/// likely written in (the parties'), for `publish.data_language`.
std::vector<std::string_view> data_language_codes();

/// The column of `language` in a table of texts written in the order of kLanguages.
constexpr std::size_t index(Language language) { return static_cast<std::size_t>(language); }

}  // namespace pymes
