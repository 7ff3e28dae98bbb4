// The registry as of a day (pymes/as_of.hpp): TEMP tables that shadow the main ones, made from
// today's rows less what was learnt after the day, with every change recorded since undone.
//
// SQLite resolves an unqualified table name in the temp schema first, so the digest's, the
// report's and the site's SQL read the shadow without knowing it. What is undone, newest first:
//  * a record added later (its history row `add`): absent; an activity recorded later: absent
//    (also one imported before imports wrote a row per record);
//  * an edit or an import that changed fields: each field back to the value it had;
//  * a removal: the record again, from the values its history row kept;
//  * a rename: the old code again, in every table that names it;
//  * a membership event recorded later: absent; annulled later: standing; corrected later: as it
//    was (the correction's row keeps the old date, place and reference);
//  * a status change recorded later: absent; a removal marked later: not yet.
#include "pymes/entities/as_of.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/record_sql.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/history.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

/// Every table an answer reads, shadowed together so that joins agree.
constexpr const char* kShadowed[] = {"institution",     "membership_event", "activity",
                                     "meeting",         "meeting_attendee", "project",
                                     "project_partner", "status_change"};

/// Whether the registry learnt anything after the end of `day` (history at or after `end`).
bool learnt_after(SQLite::Database& db, const std::string& day, const std::string& end) {
    SQLite::Statement q(
        db,
        "SELECT EXISTS (SELECT 1 FROM main.history WHERE at >= ?2) "
        "OR EXISTS (SELECT 1 FROM main.activity WHERE recorded_on > ?1) "
        "OR EXISTS (SELECT 1 FROM main.membership_event WHERE recorded_on > ?1 OR annulled_on > "
        "?1) "
        "OR EXISTS (SELECT 1 FROM main.status_change WHERE recorded_on > ?1 OR removed_on > ?1)");
    q.bind(1, day);
    q.bind(2, end);
    q.executeStep();
    return q.getColumn(0).getInt() != 0;
}

/// CREATE TEMP TABLE `table` with the main table's columns and primary key (no CHECK, no
/// foreign key: the shadow passes through states the constraints allowed one at a time), then
/// its indexes under the same names (the queries name some: INDEXED BY).
void make_shadow(SQLite::Database& db, const std::string& table) {
    std::vector<std::string> columns, key;
    {
        SQLite::Statement q(
            db, "SELECT name, type, pk FROM pragma_table_info(?1, 'main') ORDER BY cid");
        q.bind(1, table);
        while (q.executeStep()) {
            const std::string name = q.getColumn(0).getString();
            columns.push_back(fmt::format("\"{}\" {}", name, q.getColumn(1).getString()));
            if (q.getColumn(2).getInt() > 0) key.push_back(name);
        }
    }
    std::string sql = fmt::format("CREATE TEMP TABLE \"{}\" (", table);
    for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + columns[i];
    if (key.size() == 1 && key.front() == "id") {
        sql = fmt::format("CREATE TEMP TABLE \"{}\" (", table);
        for (std::size_t i = 0; i < columns.size(); ++i)
            sql += (i ? ", " : "") + (columns[i] == "\"id\" INTEGER"
                                          ? std::string("\"id\" INTEGER PRIMARY KEY")
                                          : columns[i]);
    } else if (!key.empty()) {
        sql += ", PRIMARY KEY (";
        for (std::size_t i = 0; i < key.size(); ++i) sql += (i ? ", \"" : "\"") + key[i] + "\"";
        sql += ")";
    }
    db.exec(sql + ")");
}

void index_shadow(SQLite::Database& db, const std::string& table) {
    std::vector<std::string> indexes;
    SQLite::Statement q(db,
                        "SELECT sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ?1 "
                        "AND sql IS NOT NULL");
    q.bind(1, table);
    while (q.executeStep()) indexes.push_back(q.getColumn(0).getString());
    for (std::string sql : indexes) {
        // "CREATE [UNIQUE] INDEX name ON table (...)": the same index in the temp schema, not
        // unique (a state undone half-way may hold a ref twice).
        for (const char* head : {"CREATE UNIQUE INDEX ", "CREATE INDEX "})
            if (sql.rfind(head, 0) == 0) {
                sql = "CREATE INDEX temp." + sql.substr(std::string(head).size());
                break;
            }
        db.exec(sql);
    }
}

/// The undo's statements, each prepared once and kept while the view is built (a day long ago
/// may have a million rows to undo).
struct Writer {
    SQLite::Database& connection;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> kept;
    SQLite::Statement& operator()(const std::string& sql) {
        auto& q = kept[sql];
        if (!q) q = std::make_unique<SQLite::Statement>(connection, sql);
        q->reset();
        q->clearBindings();
        return *q;
    }
};

void bind_key(SQLite::Statement& q, int index, const EntitySpec& spec, const std::string& key) {
    if (spec.numbered())
        q.bind(index, static_cast<std::int64_t>(std::stoll(key)));
    else
        q.bind(index, key);
}

void write_list(Writer& db, const EntitySpec::List& list, const std::string& key,
                const Value& value) {
    SQLite::Statement& del =
        db(fmt::format("DELETE FROM temp.{} WHERE {} = ?", list.table, list.key));
    del.bind(1, static_cast<std::int64_t>(std::stoll(key)));
    del.exec();
    SQLite::Statement& ins = db(fmt::format("INSERT OR IGNORE INTO temp.{} ({}, {}) VALUES (?, ?)",
                                            list.table, list.key, list.value));
    for (const auto& item : split_list(value)) {
        ins.bind(1, static_cast<std::int64_t>(std::stoll(key)));
        ins.bind(2, item);
        ins.exec();
        ins.reset();
    }
}

const EntitySpec::List* list_of(const EntitySpec& spec, std::string_view field) {
    for (const auto& l : spec.lists)
        if (l.field == field) return &l;
    return nullptr;
}

/// Sets the fields of `changes` back to their old values on the shadow row `key`.
void undo_fields(Writer& db, const EntitySpec& spec, const std::string& key,
                 const Changes& changes) {
    for (const auto& c : changes) {
        const Field* f = spec.field(c.field);
        if (!f || f == &spec.fields.front()) continue;
        if (const auto* list = list_of(spec, c.field)) {
            write_list(db, *list, key, c.before);
            continue;
        }
        if (f->column.empty()) continue;
        SQLite::Statement& q = db(fmt::format("UPDATE temp.{} SET {} = ? WHERE {} = ?", spec.name(),
                                              f->column, spec.fields.front().column));
        bind_value(q, 1, *f, c.before);
        bind_key(q, 2, spec, key);
        q.exec();
    }
}

void undo_add(Writer& db, const EntitySpec& spec, const std::string& key) {
    SQLite::Statement& q = db(
        fmt::format("DELETE FROM temp.{} WHERE {} = ?", spec.name(), spec.fields.front().column));
    bind_key(q, 1, spec, key);
    q.exec();
    for (const auto& list : spec.lists) write_list(db, list, key, std::nullopt);
}

void undo_remove(Writer& db, const EntitySpec& spec, const std::string& key,
                 const Changes& changes) {
    std::string columns = std::string(spec.fields.front().column), marks = "?";
    std::vector<std::pair<const Field*, Value>> values;
    for (const auto& c : changes) {
        const Field* f = spec.field(c.field);
        if (!f || f->column.empty() || f == &spec.fields.front()) continue;
        columns += ", " + std::string(f->column);
        marks += ", ?";
        values.emplace_back(f, c.before);
    }
    SQLite::Statement& q = db(fmt::format("INSERT OR REPLACE INTO temp.{} ({}) VALUES ({})",
                                          spec.name(), columns, marks));
    bind_key(q, 1, spec, key);
    for (std::size_t i = 0; i < values.size(); ++i)
        bind_value(q, int(i + 2), *values[i].first, values[i].second);
    q.exec();
    for (const auto& c : changes)
        if (const auto* list = list_of(spec, c.field)) write_list(db, *list, key, c.before);
}

/// An institution's code back from `now` to `before`, everywhere a code is written.
void undo_rename(Writer& db, const std::string& before, const std::string& now) {
    const std::pair<const char*, const char*> places[] = {{"institution", "code"},
                                                          {"membership_event", "institution"},
                                                          {"activity", "institution"},
                                                          {"meeting", "host"},
                                                          {"meeting_attendee", "institution"},
                                                          {"project", "lead"},
                                                          {"project_partner", "institution"}};
    for (const auto& [table, column] : places) {
        SQLite::Statement& q =
            db(fmt::format("UPDATE temp.{0} SET {1} = ?1 WHERE {1} = ?2", table, column));
        q.bind(1, before);
        q.bind(2, now);
        q.exec();
    }
}

/// A correction of a membership event, undone: its date, place and reference as they were.
void undo_correction(Writer& db, const Changes& changes) {
    std::optional<std::string> event;
    for (const auto& c : changes)
        if (c.field == "event") event = c.before ? c.before : c.after;
    if (!event) return;
    for (const auto& c : changes) {
        if (c.field != "date" && c.field != "place" && c.field != "reference") continue;
        SQLite::Statement& q =
            db(fmt::format("UPDATE temp.membership_event SET {} = ? WHERE id = ?", c.field));
        if (c.before)
            q.bind(1, *c.before);
        else
            q.bind(1);
        q.bind(2, static_cast<std::int64_t>(std::stoll(*event)));
        q.exec();
    }
}

bool all_digits(const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void undo(Writer& db, const std::string& action, Entity entity, const std::string& key,
          const Changes& changes) {
    const EntitySpec& spec = *spec_of(entity);
    if (spec.numbered() && !all_digits(key)) return;  // an import's summary row (key: the file)
    if (entity == Entity::institution) {
        if (action == "rename") {
            for (const auto& c : changes)
                if (c.field == "code" && c.before && c.after) undo_rename(db, *c.before, *c.after);
            return;
        }
        if (action == "correct") {
            undo_correction(db, changes);
            return;
        }
        if (action == "accede" || action == "withdraw" || action == "annul") return;
    }
    if (action == "add")
        undo_add(db, spec, key);
    else if (action == "remove")
        undo_remove(db, spec, key, changes);
    else if (action == "edit" || action == "import")
        undo_fields(db, spec, key, changes);
}

}  // namespace

AsOf::AsOf(Registry& registry, Date day) : registry_(registry) {
    SQLite::Database& db = db_of(registry);
    // Before the registry existed it said nothing, and there is nothing to reproduce: a day
    // before its first (the day of `init`) is answered with what it held at the end of that first
    // day, so that what it knows of a day never shrinks as the day moves on, and the status table
    // of 2010 in a registry begun in 2026 is the one recorded when it began.
    {
        SQLite::Statement first(db,
                                "SELECT substr(coalesce((SELECT at FROM main.history WHERE "
                                "action = 'init' ORDER BY id LIMIT 1), min(at)), 1, 10) "
                                "FROM main.history");
        if (first.executeStep() && !first.getColumn(0).isNull())
            if (auto begun = Date::parse_iso(first.getColumn(0).getString()); begun && *begun > day)
                day = *begun;
    }
    const std::string iso = day.iso();
    const std::string end = registry.clock().end_of_day_utc(day);
    // Today's view is the tables themselves (SPEC §2: without --as-of, today's corrected view),
    // and inside another view (the site's weekly pages inside `publish --as-of`) that one is read.
    if (day >= registry.clock().today() || shadowed(registry) || !learnt_after(db, iso, end))
        return;
    reset_statements(registry);
    forget_statements(registry);
    shadowing_ = true;
    try {
        for (const char* table : kShadowed) make_shadow(db, table);
        // Activities, meetings and projects added after the day (their ids never change): not
        // copied, and their history from that addition on not undone. (Institutions are copied
        // whole: a code added then renamed is undone row by row.)
        db.exec(
            "CREATE TEMP TABLE asof_added (entity TEXT, key TEXT, first INTEGER, "
            "PRIMARY KEY (entity, key))");
        {
            SQLite::Statement q(db,
                                "INSERT INTO temp.asof_added SELECT entity, key, min(id) "
                                "FROM main.history WHERE at >= ?1 AND action = 'add' AND entity "
                                "IN ('activity', 'meeting', 'project') GROUP BY entity, key");
            q.bind(1, end);
            q.exec();
        }
        auto copy = [&](const std::string& table, const std::string& where) {
            SQLite::Statement q(
                db,
                fmt::format("INSERT INTO temp.{0} SELECT * FROM main.{0} AS r{1}", table, where));
            if (where.find("?1") != std::string::npos) q.bind(1, iso);
            q.exec();
        };
        auto kept = [](const char* entity, const char* id) {
            return fmt::format(
                "NOT EXISTS (SELECT 1 FROM temp.asof_added x WHERE x.entity = "
                "'{}' AND x.key = CAST(r.{} AS TEXT))",
                entity, id);
        };
        copy("institution", "");
        copy("membership_event", " WHERE r.recorded_on IS NULL OR r.recorded_on <= ?1");
        copy("activity", " WHERE r.recorded_on <= ?1 AND " + kept("activity", "id"));
        copy("meeting", " WHERE " + kept("meeting", "id"));
        copy("meeting_attendee", " WHERE " + kept("meeting", "meeting"));
        copy("project", " WHERE " + kept("project", "id"));
        copy("project_partner", " WHERE " + kept("project", "project"));
        copy("status_change", " WHERE r.recorded_on <= ?1");
        {
            SQLite::Statement q(db,
                                "UPDATE temp.membership_event SET annulled_on = NULL "
                                "WHERE annulled_on > ?1");
            q.bind(1, iso);
            q.exec();
        }
        {
            SQLite::Statement q(
                db, "UPDATE temp.status_change SET removed_on = NULL WHERE removed_on > ?1");
            q.bind(1, iso);
            q.exec();
        }
        // Newest first, read as it comes: memory does not grow with what is undone.
        Writer writer{db, {}};
        SQLite::Statement q(db,
                            "SELECT h.action, h.entity, h.key, h.changes FROM main.history h "
                            "LEFT JOIN temp.asof_added x ON x.entity = h.entity AND x.key = h.key "
                            "WHERE h.at >= ?1 AND h.entity IN ('institution', 'activity', "
                            "'meeting', 'project') AND (x.first IS NULL OR h.id < x.first) "
                            "ORDER BY h.id DESC");
        q.bind(1, end);
        while (q.executeStep()) {
            auto entity = parse_entity(q.getColumn(1).getString());
            if (!entity) continue;
            undo(writer, q.getColumn(0).getString(), *entity, q.getColumn(2).getString(),
                 changes_from_json(q.getColumn(3).getString()));
        }
        q.reset();
        writer.kept.clear();
        db.exec("DROP TABLE temp.asof_added");
        for (const char* table : kShadowed) index_shadow(db, table);
        shadowed(registry) = true;
    } catch (...) {
        for (const char* table : kShadowed)
            db.tryExec(fmt::format("DROP TABLE IF EXISTS temp.{}", table));
        db.tryExec("DROP TABLE IF EXISTS temp.asof_added");
        forget_statements(registry);
        throw;
    }
}

AsOf::~AsOf() {
    if (!shadowing_) return;
    reset_statements(registry_);
    forget_statements(registry_);
    shadowed(registry_) = false;
    SQLite::Database& db = db_of(registry_);
    for (const char* table : kShadowed)
        db.tryExec(fmt::format("DROP TABLE IF EXISTS temp.{}", table));
}

}  // namespace pymes
