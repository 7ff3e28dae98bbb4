#pragma once
/// The languages pymes writes for people (SPEC §5): Spanish, English, Portuguese. One enum and
/// one table of codes, so that no code compares "es"/"en"/"pt" strings.

#include <array>
#include <optional>
#include <string_view>

namespace pymes {

enum class Language { es, en, pt };

/// Every language, in the order of the catalogues' columns.
inline constexpr std::array<Language, 3> kLanguages = {Language::es, Language::en, Language::pt};

/// "es", "en", "pt".
std::string_view language_code(Language language);

/// "es" -> Language::es; nullopt for anything else (codes are lower case, as in the config).
std::optional<Language> parse_language(std::string_view code);

/// The column of `language` in a table of texts written in the order of kLanguages.
constexpr std::size_t index(Language language) { return static_cast<std::size_t>(language); }

}  // namespace pymes
