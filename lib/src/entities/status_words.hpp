#pragma once
// Statuses as people type and read them, beside the codes record.cpp stores.

#include <optional>
#include <string>
#include <string_view>

#include "pymes/core/entity.hpp"

namespace pymes {

/// The status code for a Spanish or Portuguese word (folded), whatever the interface language.
std::optional<std::string> status_from_word(Entity entity, const std::string& folded);

/// "'x' is not a status of an activity": one sentence per entity, for the article and gender.
std::string not_a_status(Entity entity, std::string_view value);

}  // namespace pymes
