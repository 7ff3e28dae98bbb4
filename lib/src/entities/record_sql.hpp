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

#include "pymes/record.hpp"

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

/// A project's status before its first change in [?, ?) (history times; an addition has none),
/// for a project aliased `r`: the digest's "projects added or changing status" and
/// `project list --changed-from/--changed-to` share it, so the command lists what the digest
/// counts.
inline constexpr const char* kProjectFirstStatusSql =
    "(SELECT json_extract(h2.changes, '$.status[0]') FROM history h2 WHERE h2.entity = 'project' "
    "AND h2.key = CAST(r.id AS TEXT) AND h2.at >= ? AND h2.at < ? AND (h2.action = 'add' OR "
    "json_extract(h2.changes, '$.status') IS NOT NULL) ORDER BY h2.id LIMIT 1)";
/// Added or changing status in [?, ?), and not back where it was (four parameters: the
/// period twice).
inline const std::string kProjectChangedSql =
    std::string(
        "CAST(r.id AS TEXT) IN (SELECT h.key FROM history h WHERE h.entity = 'project' "
        "AND h.at >= ? AND h.at < ? AND (h.action = 'add' OR json_extract(h.changes, "
        "'$.status') IS NOT NULL)) AND ") +
    kProjectFirstStatusSql + " IS NOT r.status";

}  // namespace pymes
