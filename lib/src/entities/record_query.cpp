// Reading records by a Query: the rows as they come (the exporter), records one at a time, or all.
#include "entities/record_sql.hpp"
#include "pymes/registry.hpp"
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
