#include "pymes/store/history.hpp"

#include <nlohmann/json.hpp>

namespace pymes {

void diff_field(Changes& changes, std::string field, const Value& before, const Value& after) {
    if (before != after) changes.push_back({std::move(field), before, after});
}

const std::vector<std::string>& history_entities() {
    static const std::vector<std::string> entities = {"registry", "agreement", "institution",
                                                      "activity", "meeting",   "project"};
    return entities;
}

std::string changes_to_json(const Changes& changes) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& c : changes) {
        nlohmann::ordered_json pair = nlohmann::ordered_json::array();
        pair.push_back(c.before ? nlohmann::ordered_json(*c.before) : nlohmann::ordered_json());
        pair.push_back(c.after ? nlohmann::ordered_json(*c.after) : nlohmann::ordered_json());
        object[c.field] = std::move(pair);
    }
    return object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Changes changes_from_json(const std::string& json) {
    Changes changes;
    auto object = nlohmann::ordered_json::parse(json, nullptr, false);
    if (!object.is_object()) return changes;
    for (const auto& item : object.items()) {
        const auto& field = item.key();
        const auto& pair = item.value();
        auto value = [&](std::size_t i) -> Value {
            if (!pair.is_array() || pair.size() <= i || pair[i].is_null()) return std::nullopt;
            return pair[i].is_string() ? pair[i].get<std::string>() : pair[i].dump();
        };
        changes.push_back({field, value(0), value(1)});
    }
    return changes;
}

}  // namespace pymes
