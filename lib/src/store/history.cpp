#include "pymes/history.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include "pymes/registry.hpp"
#include "store/db.hpp"

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

std::vector<HistoryEntry> list_history(Registry& registry, const HistoryFilter& filter) {
    SQLite::Database& db = db_of(registry);
    // An institution's key follows its renames both ways: `names` is every code it has had,
    // from the rename rows ({"code": [OLD, NEW]}, keyed NEW; index history_renames).
    SQLite::Statement q(
        db,
        "WITH RECURSIVE names (code) AS ("
        "  SELECT upper(?3)"
        "  UNION SELECT json_extract(h.changes, '$.code[0]') FROM history h JOIN names n"
        "    ON h.action = 'rename' AND h.key = n.code"
        "  UNION SELECT h.key FROM history h JOIN names n"
        "    ON h.action = 'rename' AND json_extract(h.changes, '$.code[0]') = n.code) "
        "SELECT id, at, actor, action, entity, key, changes FROM history "
        "WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR entity = ?2) "
        "AND (?3 IS NULL OR key = ?3 COLLATE NOCASE "
        "     OR (entity = 'institution' AND key IN (SELECT code FROM names))) "
        "ORDER BY id DESC LIMIT ?4");
    auto bind_opt = [&](int i, const std::optional<std::string>& v) {
        if (v)
            q.bind(i, *v);
        else
            q.bind(i);
    };
    bind_opt(1, filter.since);
    bind_opt(2, filter.entity);
    bind_opt(3, filter.key);
    q.bind(4, filter.limit ? *filter.limit : -1);
    std::vector<HistoryEntry> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                       q.getColumn(2).getString(), q.getColumn(3).getString(),
                       q.getColumn(4).getString(), q.getColumn(5).getString(),
                       changes_from_json(q.getColumn(6).getString())});
    }
    return out;
}

}  // namespace pymes
