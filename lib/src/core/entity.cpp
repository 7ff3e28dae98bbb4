#include "pymes/core/entity.hpp"

#include <array>
#include <utility>

namespace pymes {

namespace {
constexpr std::array<std::pair<Entity, std::string_view>, 5> kEntityNames{{
    {Entity::institution, "institution"},
    {Entity::membership, "membership"},
    {Entity::activity, "activity"},
    {Entity::meeting, "meeting"},
    {Entity::project, "project"},
}};
}  // namespace

std::string_view entity_name(Entity entity) {
    for (const auto& [e, name] : kEntityNames)
        if (e == entity) return name;
    return {};
}

std::optional<Entity> parse_entity(std::string_view name) {
    for (const auto& [e, n] : kEntityNames)
        if (n == name) return e;
    return std::nullopt;
}

}  // namespace pymes
