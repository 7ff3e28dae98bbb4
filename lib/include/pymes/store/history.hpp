#pragma once
/// The history of every change (SPEC §2): action, entity, key and each changed field with its
/// old and new value. Values are NULL-safe: a change from or to nothing counts.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pymes {

class Registry;

using Value = std::optional<std::string>;

struct FieldChange {
    std::string field;
    Value before;
    Value after;
};
using Changes = std::vector<FieldChange>;

/// Appends `field` to `changes` when `before` and `after` differ (NULL-safe).
void diff_field(Changes& changes, std::string field, const Value& before, const Value& after);

/// A row of the history, as `pymes log` shows it.
struct HistoryEntry {
    std::int64_t id = 0;
    std::string at;
    std::string actor;
    std::string action;
    std::string entity;
    std::string key;
    Changes changes;
};

struct HistoryFilter {
    std::optional<std::string> since;  ///< YYYY-MM-DD, inclusive, UTC
    std::optional<std::string> entity;
    std::optional<std::string> key;
    std::optional<int> limit;
};

/// Newest first.
std::vector<HistoryEntry> list_history(Registry& registry, const HistoryFilter& filter);

/// The entities the history knows.
const std::vector<std::string>& history_entities();

/// `changes` as the JSON object stored in the history table.
std::string changes_to_json(const Changes& changes);
Changes changes_from_json(const std::string& json);

}  // namespace pymes
