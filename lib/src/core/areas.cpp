#include "pymes/core/areas.hpp"

#include <algorithm>
#include <array>

#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"

namespace pymes {

namespace {

struct AreaWords {
    std::string_view code;
    std::array<std::string_view, kLanguages.size()> labels;  // in the order of kLanguages
    std::vector<std::string_view> aliases;                   // folded
};

const std::vector<AreaWords>& areas() {
    static const std::vector<AreaWords> list = {
        {"information",
         {"información", "information", "informação"},
         {"informacion", "info", "informacao"}},
        {"management",
         {"administración y gestión", "management", "administração e gestão"},
         {"administracion y gestion", "gestion", "admin", "administracion",
          "administracao e gestao", "gestao"}},
        {"training",
         {"capacitación", "training", "capacitação"},
         {"capacitacion", "capacitacao", "formacion"}},
        {"technology-transfer",
         {"transferencia tecnológica", "technology transfer", "transferência tecnológica"},
         {"transferencia tecnologica", "transferencia", "tech", "technology transfer",
          "technology"}},
        {"public-policy",
         {"políticas públicas", "public policy", "políticas públicas"},
         {"politicas publicas", "politicas", "policy", "public policy", "politica publica"}},
    };
    return list;
}

}  // namespace

std::vector<std::string> area_words(Language language) {
    std::vector<std::string> words;
    for (const auto& a : areas()) {
        const std::string_view label = a.labels[std::size_t(language)];
        const std::string word(label.substr(0, label.find(' ')));
        if (word != a.code && parse_area(word) == std::string(a.code) &&
            std::find(words.begin(), words.end(), word) == words.end())
            words.push_back(word);
    }
    return words;
}

const std::vector<std::string>& area_codes() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> c;
        for (const auto& a : areas()) c.emplace_back(a.code);
        return c;
    }();
    return codes;
}

std::optional<std::string> parse_area(std::string_view input) {
    std::string folded = text::fold(text::trim(input));
    // Collapse runs of blanks, so "políticas  públicas" matches too.
    std::string key;
    for (char c : folded) {
        if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
        key += c;
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    for (const auto& a : areas()) {
        if (key == a.code) return std::string(a.code);
        for (auto alias : a.aliases)
            if (key == alias) return std::string(a.code);
        for (auto label : a.labels)
            if (key == text::fold(label)) return std::string(a.code);
    }
    return std::nullopt;
}

// The labels people read, from the catalogues (msgctxt "area"). The words above stay in the
// code because input accepts every language's word whatever the interface language, with or
// without catalogues; a unit test checks that each label reads back as its area.
// TRANSLATORS: an area of the agreement's joint action plan; the word must be one the import
// accepts (the Spanish and Portuguese words of lib/src/core/areas.cpp).
[[maybe_unused]] constexpr const char* kAreaLabels[] = {
    NC_("area", "information"), NC_("area", "management"), NC_("area", "training"),
    NC_("area", "technology transfer"), NC_("area", "public policy")};

std::string area_label(std::string_view code, Language language) {
    for (const auto& a : areas())
        if (a.code == code)
            return trc_in(language, "area",
                          a.labels[index(Language::en)].data());  // a literal: NUL-ended
    return std::string(code);
}

std::string area_help() {
    // Each code with the word coordinators type for it: the interface language's, and the
    // agreement's (Spanish) for English readers.
    const Language l = interface_language() == Language::en ? Language::es : interface_language();
    std::string help;
    for (const auto& a : areas())
        help += (help.empty() ? "" : ", ") + std::string(a.code) + " (" +
                std::string(a.labels[index(l)]) + ")";
    return help;
}

}  // namespace pymes
