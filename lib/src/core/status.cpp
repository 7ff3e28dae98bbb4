#include "pymes/core/status.hpp"

#include <algorithm>
#include <array>

#include "pymes/core/i18n.hpp"

namespace pymes {

namespace {

// In the order of Status.
constexpr std::array<const char*, 10> kStatusNames = {
    "planned", "ongoing",  "done",     "cancelled", "scheduled",
    "held",    "proposed", "approved", "active",    "completed",
};

// TRANSLATORS: statuses agree with their noun: la actividad / a atividade (feminine), la
// reunión / a reunião (feminine), el proyecto / o projeto (masculine).
[[maybe_unused]] constexpr const char* kWords[] = {
    NC_("activity status", "planned"),  NC_("activity status", "ongoing"),
    NC_("activity status", "done"),     NC_("activity status", "cancelled"),
    NC_("meeting status", "scheduled"), NC_("meeting status", "held"),
    NC_("meeting status", "cancelled"), NC_("project status", "proposed"),
    NC_("project status", "approved"),  NC_("project status", "active"),
    NC_("project status", "completed"), NC_("project status", "cancelled"),
};

/// `stored` when it is a status of `entity`.
std::optional<Status> status_of(Entity entity, std::string_view stored) {
    auto s = parse_status(stored);
    const auto& all = statuses_of(entity);
    if (!s || std::find(all.begin(), all.end(), *s) == all.end()) return std::nullopt;
    return s;
}

}  // namespace

const char* status_name(Status status) { return kStatusNames[static_cast<std::size_t>(status)]; }

std::optional<Status> parse_status(std::string_view name) {
    for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        if (name == kStatusNames[i]) return static_cast<Status>(i);
    return std::nullopt;
}

const std::vector<Status>& statuses_of(Entity entity) {
    using S = Status;
    static const std::vector<Status> activity{S::planned, S::ongoing, S::done, S::cancelled};
    static const std::vector<Status> meeting{S::scheduled, S::held, S::cancelled};
    static const std::vector<Status> project{S::proposed, S::approved, S::active, S::completed,
                                             S::cancelled};
    static const std::vector<Status> none;
    switch (entity) {
        case Entity::activity:
            return activity;
        case Entity::meeting:
            return meeting;
        case Entity::project:
            return project;
        case Entity::institution:
        case Entity::membership:
            break;
    }
    return none;
}

std::vector<std::string> status_names(Entity entity) {
    std::vector<std::string> out;
    for (Status s : statuses_of(entity)) out.emplace_back(status_name(s));
    return out;
}

const char* status_context(Entity entity) {
    switch (entity) {
        case Entity::activity:
            return "activity status";
        case Entity::meeting:
            return "meeting status";
        case Entity::project:
            return "project status";
        case Entity::institution:
        case Entity::membership:
            break;
    }
    return nullptr;
}

std::string status_label(Entity entity, std::string_view stored) {
    if (auto s = status_of(entity, stored)) return trc(status_context(entity), status_name(*s));
    return std::string(stored);
}

std::string_view status_label_in(Language language, Entity entity, std::string_view stored) {
    if (auto s = status_of(entity, stored))
        return trc_in(language, status_context(entity), status_name(*s));
    return stored;
}

}  // namespace pymes
