#pragma once
/// The five areas of the agreement's joint plan of action, with the Spanish (and Portuguese,
/// English) words coordinators type for them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/language.hpp"

namespace pymes {

/// Canonical area codes, in the agreement's order.
const std::vector<std::string>& area_codes();

/// `capacitación`, `Capacitacion`, `training` -> `training`; nullopt when no area matches.
/// Case- and accent-insensitive.
std::optional<std::string> parse_area(std::string_view text);

/// The area's label in `language`; the code itself for an unknown area.
std::string area_label(std::string_view code, Language language);

/// The one-word names of the areas in `language` that parse_area takes (each label's first word:
/// `capacitación`, `capacitação`, `technology`), the codes aside: completion offers beside the
/// codes those of Spanish and of the language it is generated in.
std::vector<std::string> area_words(Language language);

/// Every word accepted for areas, for error messages and completion.
std::string area_help();

}  // namespace pymes
