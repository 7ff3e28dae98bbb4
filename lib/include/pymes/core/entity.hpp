#pragma once
/// The kinds of thing the registry keeps (SPEC §2), with the names files, commands and the
/// history use: one value each, compared as values, named in one place.

#include <optional>
#include <string_view>

namespace pymes {

enum class Entity { institution, membership, activity, meeting, project };

/// "institution", "membership", "activity", "meeting", "project": the name in a command
/// (`pymes activity import`), the history's entity column, the table of a record.
std::string_view entity_name(Entity entity);

/// The entity named `name`; nullopt for anything else.
std::optional<Entity> parse_entity(std::string_view name);

}  // namespace pymes
