#pragma once
/// The statuses of SPEC §2, one value each, and the words for them. A status is said of an
/// entity, and its words agree with the noun: una actividad cancelada, un proyecto cancelado,
/// uma reunião cancelada. Records keep the stored name ("cancelled"); CSV and JSON show it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/entity.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

enum class Status {
    planned,
    ongoing,
    done,
    cancelled,
    scheduled,
    held,
    proposed,
    approved,
    active,
    completed
};

/// The name a registry stores ("planned"), which is also the English word's msgid.
const char* status_name(Status status);

/// The status stored as `name`; nullopt for anything else.
std::optional<Status> parse_status(std::string_view name);

/// An entity's statuses in the order of SPEC §2, the first its default (activity: planned
/// ongoing done cancelled; meeting: scheduled held cancelled; project: proposed approved active
/// completed cancelled); none for institutions (their membership is a log) and membership.
const std::vector<Status>& statuses_of(Entity entity);

/// Their stored names, in that order (drop-down lists, completion).
std::vector<std::string> status_names(Entity entity);

/// The gettext context a status of `entity` is said in ("activity status"); nullptr if none.
const char* status_context(Entity entity);

/// The word for `stored`, a status of `entity`, in the interface language ("cancelada" for an
/// activity, "cancelado" for a project); `stored` itself when it is not one of the entity's.
std::string status_label(Entity entity, std::string_view stored);

/// The same in `language` (the digest's, the annual report's and the site's).
std::string_view status_label_in(Language language, Entity entity, std::string_view stored);

}  // namespace pymes
