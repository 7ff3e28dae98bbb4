#pragma once
// The SQL side of records, for the library alone (no public header names a SQLite type): the
// WHERE clause a filter builds, reading a nullable column, and walking the rows of a query.

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <functional>
#include <string>
#include <vector>

#include "pymes/entities/record.hpp"

namespace pymes {

/// A WHERE clause with its bound parameters, built by each entity's list filters.
struct QuerySql {
    std::string where = "1";
    std::vector<Value> params;
    std::string order = "id";
    int limit = -1;
};

/// Items as a list value ({A, B} -> "A;B"): split_list's inverse.
std::string join_list(const std::vector<std::string>& items);

/// "SELECT <every field's expression> FROM <entity> AS r", the fields in their order.
std::string select_sql(const EntitySpec& spec);
/// The record in the current row of a statement made from select_sql().
Record read_row(const EntitySpec& spec, SQLite::Statement& q);

/// Binds a record's text value as `f`'s column holds it (a boolean as 0/1, an amount in minor
/// units, an id as an integer; nothing as NULL).
void bind_value(SQLite::Statement& q, int index, const Field& f, const Value& v);

/// A column as a Value: NULL is nothing, anything else its text.
Value column_value(const SQLite::Column& column);

/// The rows themselves, columns in field order, for a caller that writes them as they come
/// (the exporter: no Record is built for each of a million rows).
void for_each_row(SQLite::Database& db, const EntitySpec& spec, const Query& query,
                  const std::function<void(SQLite::Statement&)>& visit);
/// The same, the statement as SQLite's own: for the exporter's loop, which reads a million rows'
/// columns with sqlite3_column_text/bytes alone (each SQLiteCpp Column copies a shared pointer,
/// and isNull() is one more call, each taking the connection's mutex).
void for_each_raw_row(SQLite::Database& db, const EntitySpec& spec, const Query& query,
                      const std::function<void(sqlite3_stmt*)>& visit);
/// The same, one record at a time: memory does not grow with the number of records.
void for_each_record(SQLite::Database& db, const EntitySpec& spec, const Query& query,
                     const std::function<void(const Record&)>& visit);

/// The status of the meeting or project aliased `alias` in effect on a day (the last change
/// that took effect by then; none: it did not exist yet), `cmp` the comparison with the bound day
/// ("<=": on the day, "<": before it). Statuses are dated changes (status_change, migration 0008);
/// inside an AsOf view only those recorded by its day are there.
inline std::string status_on_sql(std::string_view entity, std::string_view alias,
                                 std::string_view cmp = "<=", std::string_view day = "?") {
    return std::string("(SELECT s.status FROM status_change s WHERE s.entity = '") +
           std::string(entity) + "' AND s.record = " + std::string(alias) +
           ".id AND s.removed_on IS NULL AND s.effective_on " + std::string(cmp) + " " +
           std::string(day) + " ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)";
}

/// A project's status before the period (one parameter: its first day): null when it came
/// into being in the period. For a project aliased `r`: the digest's "projects added or
/// changing status" and `project list --changed-from/--changed-to` share it, so the command
/// lists what the digest counts.
inline const std::string kProjectFirstStatusSql = status_on_sql("project", "r", "<");
/// A status change took effect in the period, and the status at its end is not the one before
/// it (four parameters: the period's first and last days, twice).
inline const std::string kProjectChangedSql =
    "r.id IN (SELECT c.record FROM status_change c WHERE c.entity = 'project' "
    "AND c.effective_on BETWEEN ? AND ? AND c.removed_on IS NULL) AND " +
    status_on_sql("project", "r", "<") + " IS NOT " + status_on_sql("project", "r", "<=");

}  // namespace pymes
