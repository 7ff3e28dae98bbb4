#include "pymes/core/language.hpp"

namespace pymes {

namespace {
constexpr std::array<std::string_view, 3> kCodes = {"es", "en", "pt"};  // in the order of Language
}

std::string_view language_code(Language language) { return kCodes[index(language)]; }

std::optional<Language> parse_language(std::string_view code) {
    for (Language l : kLanguages)
        if (language_code(l) == code) return l;
    return std::nullopt;
}

}  // namespace pymes
