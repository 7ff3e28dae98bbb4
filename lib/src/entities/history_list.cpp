// `pymes log`: the history, newest first, with the fields of the records an import added.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

#include "pymes/entities/entities.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/history.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"

namespace pymes {

namespace {

/// Sets `field` of `r` to `value`; a field the entity no longer has is left alone.
void set_field(Record& r, std::string_view field, const Value& value) {
    if (r.spec->field(field)) r.at(field) = value;
}

/// An institution's rename: the history row's id, the code before and the code after.
struct Rename {
    std::int64_t id;
    std::string before, after;
};

/// Every rename, newest first (a few rows: index history_renames).
std::vector<Rename> renames_of(SQLite::Database& db) {
    SQLite::Statement q(db,
                        "SELECT id, json_extract(changes, '$.code[0]'), key FROM history "
                        "WHERE action = 'rename' "
                        "AND entity = 'institution' ORDER BY id DESC");
    std::vector<Rename> out;
    while (q.executeStep())
        out.push_back(
            {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
    return out;
}

/// The fields a numbered record had when an import added it (its history row holds `{}`,
/// WriteTransaction::record_added): the record as it is now, or as its removal found it, with
/// every change recorded after the add undone, newest first, and the institutions renamed
/// since given their codes of then.
Changes added_fields(Registry& registry, const EntitySpec& spec, const HistoryEntry& add,
                     const std::vector<Rename>& renames) {
    // The rows of this key after the add, up to its next add (a record given the same id).
    SQLite::Statement& q = statement_of(
        registry,
        "SELECT action, changes FROM history WHERE entity = ?1 AND key = ?2 AND id > ?3 "
        "AND id < coalesce((SELECT min(id) FROM history WHERE entity = ?1 AND key = ?2 "
        "AND id > ?3 AND action = 'add'), ?4) ORDER BY id DESC");
    q.bind(1, add.entity);
    q.bind(2, add.key);
    q.bind(3, add.id);
    q.bind(4, std::numeric_limits<std::int64_t>::max());
    std::vector<std::pair<std::string, Changes>> later;
    while (q.executeStep())
        later.emplace_back(q.getColumn(0).getString(),
                           changes_from_json(q.getColumn(1).getString()));
    q.reset();
    Record r = blank_record(spec);
    if (!later.empty() && later.front().first == "remove") {
        for (const auto& c : later.front().second) set_field(r, c.field, c.before);
    } else if (auto now = find_record(registry, spec, std::string_view(add.key))) {
        r = *now;
    } else {
        return {};  // neither here nor removed: nothing to tell
    }
    for (const auto& [action, changes] : later)
        if (action != "remove")
            for (const auto& c : changes) set_field(r, c.field, c.before);
    for (const Rename& rename : renames) {
        if (rename.id < add.id) break;
        for (std::size_t i = 1; i < spec.fields.size(); ++i) {
            Value& v = r.values[i];
            if (!v) continue;
            if (spec.fields[i].type == FieldType::institution && *v == rename.after) {
                v = rename.before;
            } else if (spec.fields[i].type == FieldType::institutions) {
                auto items = split_list(v);
                if (std::find(items.begin(), items.end(), rename.after) == items.end()) continue;
                std::replace(items.begin(), items.end(), rename.after, rename.before);
                std::sort(items.begin(), items.end());
                std::string joined;
                for (const auto& item : items) joined += (joined.empty() ? "" : ";") + item;
                v = joined;
            }
        }
    }
    return diff_records(blank_record(spec), r);
}

}  // namespace

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
    q.reset();
    std::optional<std::vector<Rename>> renames;
    for (HistoryEntry& e : out) {
        if (e.action != "add" || !e.changes.empty()) continue;
        auto entity = parse_entity(e.entity);
        const EntitySpec* spec = entity ? spec_of(*entity) : nullptr;
        if (!spec || !spec->numbered()) continue;
        if (!renames) renames = renames_of(db);
        e.changes = added_fields(registry, *spec, e, *renames);
    }
    return out;
}

}  // namespace pymes
