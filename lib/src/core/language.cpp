#include "pymes/core/language.hpp"

namespace pymes {

std::string_view language_code(Language language) {
    for (const auto& row : kLanguageTable)
        if (row.language == language) return row.code;
    return kLanguageTable[0].code;
}

std::optional<Language> parse_language(std::string_view code) {
    for (const auto& row : kLanguageTable)
        if (row.code == code) return row.language;
    return std::nullopt;
}

std::vector<std::string_view> language_codes() {
    std::vector<std::string_view> codes;
    for (const auto& row : kLanguageTable) codes.push_back(row.code);
    return codes;
}

std::vector<std::string_view> data_language_codes() {
    std::vector<std::string_view> codes;
    for (bool catalogue : {true, false})
        for (const auto& row : kLanguageTable)
            if (row.catalogue == catalogue) codes.push_back(row.code);
    return codes;
}

}  // namespace pymes
