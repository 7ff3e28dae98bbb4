// Reading records by a Query: the rows as they come (the exporter), records one at a time, or all.
#include <memory>

#include "entities/record_sql.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

Query::Query() : sql_(std::make_shared<const QuerySql>()) {}
Query::Query(QuerySql sql) : sql_(std::make_shared<const QuerySql>(std::move(sql))) {}

Value column_value(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return column.getString();
}

void for_each_row(SQLite::Database& db, const EntitySpec& spec, const Query& query,
                  const std::function<void(SQLite::Statement&)>& visit) {
    const QuerySql& s = query.sql();
    SQLite::Statement q(
        db, select_sql(spec) + " WHERE " + s.where + " ORDER BY " + s.order + " LIMIT ?");
    int n = 0;
    for (const auto& p : s.params) {
        if (p)
            q.bind(++n, *p);
        else
            q.bind(++n);
    }
    q.bind(++n, s.limit);
    while (q.executeStep()) visit(q);
}

void for_each_raw_row(SQLite::Database& db, const EntitySpec& spec, const Query& query,
                      const std::function<void(sqlite3_stmt*)>& visit) {
    const QuerySql& s = query.sql();
    const std::string sql =
        select_sql(spec) + " WHERE " + s.where + " ORDER BY " + s.order + " LIMIT ?";
    auto check = [&](int rc) {
        if (rc != SQLITE_OK) throw SQLite::Exception(db.getHandle(), rc);
    };
    sqlite3_stmt* raw = nullptr;
    check(sqlite3_prepare_v2(db.getHandle(), sql.c_str(), int(sql.size()), &raw, nullptr));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> q(raw, sqlite3_finalize);
    int n = 0;
    for (const auto& p : s.params) {
        ++n;
        if (p)
            check(sqlite3_bind_text(raw, n, p->data(), int(p->size()), SQLITE_TRANSIENT));
        else
            check(sqlite3_bind_null(raw, n));
    }
    check(sqlite3_bind_int(raw, ++n, s.limit));
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) visit(raw);
    if (rc != SQLITE_DONE) throw SQLite::Exception(db.getHandle(), rc);
}

void for_each_record(SQLite::Database& db, const EntitySpec& spec, const Query& query,
                     const std::function<void(const Record&)>& visit) {
    for_each_row(db, spec, query, [&](SQLite::Statement& q) { visit(read_row(spec, q)); });
}

std::vector<Record> query_records(Registry& registry, const EntitySpec& spec, const Query& query) {
    std::vector<Record> out;
    for_each_record(db_of(registry), spec, query, [&](const Record& r) { out.push_back(r); });
    return out;
}

}  // namespace pymes
