#include "pymes/entities/record.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <mutex>

#include "entities/record_sql.hpp"
#include "entities/record_write.hpp"
#include "entities/status_words.hpp"
#include "pymes/core/areas.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/core/money.hpp"
#include "pymes/core/status.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

const Field* EntitySpec::field(std::string_view name) const {
    for (const auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

std::size_t EntitySpec::index(std::string_view name) const {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == name) return i;
    throw Error(Exit::software, trf("internal error: {} has no field {}", this->name(), name));
}

const Field* EntitySpec::column(std::string_view name) const {
    if (const Field* f = field(name)) return f;
    for (const auto& f : derived)
        if (f.name == name) return &f;
    return nullptr;
}

const Field* EntitySpec::owner() const {
    for (const auto& f : fields)
        if (f.type == FieldType::code || f.type == FieldType::institution) return &f;
    return nullptr;
}

bool registry_fills(FieldType type) {
    return type == FieldType::id || type == FieldType::status || type == FieldType::boolean ||
           type == FieldType::recorded || type == FieldType::uid;
}

std::int64_t Record::id() const { return values[0] ? std::stoll(*values[0]) : 0; }

Record blank_record(const EntitySpec& spec) {
    Record r{&spec, std::vector<Value>(spec.fields.size()), std::nullopt};
    return r;
}

Record new_record(const EntitySpec& spec, const std::string& today) {
    Record r = blank_record(spec);
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        switch (spec.fields[i].type) {
            case FieldType::status:
                if (!statuses_of(spec.entity).empty())
                    r.values[i] = std::string(status_name(statuses_of(spec.entity).front()));
                break;
            case FieldType::boolean:
                r.values[i] = "false";
                break;
            case FieldType::recorded:
                r.values[i] = today;
                break;
            default:
                break;
        }
    }
    return r;
}

void apply_patch(Record& record, const Patch& patch) {
    for (const auto& [name, raw] : patch) {
        const Field* f = record.spec->field(name);
        if (!f)
            throw Error(Exit::software,
                        trf("internal error: {} has no field {}", record.spec->name(), name));
        Value& value = record.at(name);
        // As held: kept, whatever rules it was kept under.
        if (value && text::trim(raw) == std::string_view(*value)) continue;
        value = normalize(*record.spec, *f, raw);
    }
}

std::string select_sql(const EntitySpec& spec) {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        const auto& f = spec.fields[i];
        sql += (i ? ", " : "") + std::string(f.select.empty() ? f.name : f.select);
    }
    return sql + " FROM " + std::string(spec.table_name()) + " AS r";
}

Record read_row(const EntitySpec& spec, SQLite::Statement& q) {
    Record r = blank_record(spec);
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        auto col = q.getColumn(int(i));
        if (col.isNull()) continue;
        switch (spec.fields[i].type) {
            case FieldType::boolean:
                r.values[i] = col.getInt() ? "true" : "false";
                break;
            case FieldType::amount:
                r.values[i] = format_amount(col.getInt64());
                break;
            case FieldType::id:
            case FieldType::meeting:
                r.values[i] = std::to_string(col.getInt64());
                break;
            default:
                r.values[i] = col.getString();
        }
    }
    return r;
}

void bind_value(SQLite::Statement& q, int index, const Field& f, const Value& v) {
    if (!v) {
        q.bind(index);
        return;
    }
    switch (f.type) {
        case FieldType::boolean:
            q.bind(index, *v == "true" ? 1 : 0);
            break;
        case FieldType::amount:
            q.bind(index, static_cast<std::int64_t>(*parse_amount(*v)));
            break;
        case FieldType::id:
        case FieldType::meeting:
            q.bind(index, static_cast<std::int64_t>(std::stoll(*v)));
            break;
        default:
            q.bindNoCopy(index, *v);  // the record outlives the statement's execution
    }
}

namespace {

/// Runs an INSERT or UPDATE of `r`; a UNIQUE conflict on `ref` becomes the same FieldError a
/// lookup beforehand would give, without seeking the index twice for every row.
void exec_checked(Registry& registry, SQLite::Statement& q, const Record& r) {
    try {
        q.exec();
    } catch (const SQLite::Exception& e) {
        const EntitySpec& spec = *r.spec;
        if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE || spec.ref_lookup.empty() ||
            !r.get("ref"))
            throw;
        SQLite::Statement& lookup = statement_of(registry, std::string(spec.ref_lookup));
        lookup.bind(1, *r.get("ref"));
        if (!spec.ref_scope.empty()) lookup.bind(2, *r.get(spec.ref_scope));
        if (!lookup.executeStep()) throw;
        const auto other = lookup.getColumn(0).getInt64();
        throw FieldError("ref",
                         trf("'{}' is already the ref of {} {}{}", *r.get("ref"),
                             value_label("entity", spec.name()), other,
                             spec.ref_scope.empty() ? "" : trf(" of {}", *r.get(spec.ref_scope))));
    }
}

/// The schema's constraints (foreign keys, CHECKs) decide; when one refuses a write, the
/// entity's check names the field and the value in the words of the rest of the program.
/// Checking first would look up every institution twice per row, once here and once in SQLite.
void explain(Registry& registry, const Record& r, const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_CONSTRAINT && r.spec->check) r.spec->check(registry, r);
}

void write_lists(WriteTransaction& tx, const Record& r, std::int64_t id) {
    for (const auto& list : r.spec->lists) {
        SQLite::Statement& del = statement_of(
            tx.registry(), fmt::format("DELETE FROM {} WHERE {} = ?", list.table, list.key));
        del.bind(1, static_cast<std::int64_t>(id));
        del.exec();
        SQLite::Statement& ins = statement_of(
            tx.registry(),
            fmt::format("INSERT INTO {} ({}, {}) VALUES (?, ?)", list.table, list.key, list.value));
        for (const auto& item : split_list(r.get(list.field))) {
            ins.bind(1, static_cast<std::int64_t>(id));
            ins.bind(2, item);
            ins.exec();
            ins.reset();
        }
    }
}

/// The INSERT of `rows` records of `spec`, made once: an import runs it a million times.
const std::string& insert_sql(const EntitySpec& spec, std::size_t rows = 1) {
    static std::mutex mutex;
    static std::map<std::pair<const EntitySpec*, std::size_t>, std::string> made;
    std::lock_guard lock(mutex);
    auto& sql = made[{&spec, rows}];
    if (sql.empty()) {
        std::string cols, marks;
        for (const auto& f : spec.fields) {
            if (f.column.empty()) continue;
            cols += (cols.empty() ? "" : ", ") + std::string(f.column);
            marks += marks.empty() ? "?" : ", ?";
        }
        sql = fmt::format("INSERT INTO {} ({}) VALUES ({})", spec.name(), cols, marks);
        for (std::size_t i = 1; i < rows; ++i) sql += fmt::format(", ({})", marks);
    }
    return sql;
}

std::string no_such(const EntitySpec& spec, std::string_view key) {
    if (spec.entity == Entity::activity) return trf("there is no activity {}", key);
    if (spec.entity == Entity::meeting) return trf("there is no meeting {}", key);
    if (spec.entity == Entity::project) return trf("there is no project {}", key);
    if (spec.entity == Entity::institution) return trf("there is no institution {}", key);
    return trf("there is no {} {}", spec.name(), key);
}

std::string list_hint(const EntitySpec& spec) {
    return spec.numbered() ? trf("`pymes {} list` shows every id", spec.name())
                           : trf("`pymes {} list` shows every code", spec.name());
}

/// The record `key` names is not there; an institution's code may have been renamed since.
[[noreturn]] void not_found(Registry& registry, const EntitySpec& spec, std::string_view key) {
    if (spec.entity == Entity::institution && renamed_code(registry, key)) {
        const UnknownCode unknown = unknown_institution(registry, key);
        throw NotFound(unknown.message, unknown.hint);
    }
    throw NotFound(no_such(spec, key), list_hint(spec));
}

/// Whether `spec`'s statuses are dated changes (status_change): meetings and projects.
bool dated_statuses(const EntitySpec& spec) {
    return spec.entity == Entity::meeting || spec.entity == Entity::project;
}

/// Records that `r` took its status on `r.status_on` (default today), learnt today. A day in the
/// future, or before the record's last status change, is refused: the status in effect today
/// stays the one the record holds.
void record_status_change(WriteTransaction& tx, const Record& r, bool first) {
    if (!dated_statuses(*r.spec) || !r.get("status")) return;
    const std::string today = tx.registry().clock().today().iso();
    const std::string on = r.status_on.value_or(today);
    const std::string noun = r.spec->entity == Entity::project ? "project" : "meeting";
    if (on > today)
        throw DataError(
            trf("status: {} is in the future", on),
            tr("a status is recorded once it has taken effect (--on today or earlier)"));
    if (!first) {
        SQLite::Statement& last = statement_of(
            tx.registry(),
            "SELECT max(effective_on) FROM status_change WHERE entity = ? AND record = ? "
            "AND removed_on IS NULL");
        last.bind(1, noun);
        last.bind(2, r.id());
        last.executeStep();
        const Value before = column_value(last.getColumn(0));
        last.reset();
        if (before && on < *before)
            throw DataError(
                r.spec->entity == Entity::project
                    ? trf("status: {} is before the last status change of project {}, on {}", on,
                          r.id(), *before)
                    : trf("status: {} is before the last status change of meeting {}, on {}", on,
                          r.id(), *before),
                trf("`pymes log --entity {} --key {}` shows its changes", noun, r.id()));
    }
    SQLite::Statement& q = statement_of(
        tx.registry(),
        "INSERT INTO status_change (entity, record, status, effective_on, recorded_on) "
        "VALUES (?, ?, ?, ?, ?)");
    q.bind(1, noun);
    q.bind(2, r.id());
    q.bind(3, *r.get("status"));
    q.bind(4, on);
    q.bind(5, today);
    q.exec();
}

/// `WHERE <key> = ?` of `spec`'s main table (`alias`: as select_sql() names it).
std::string where_key(const EntitySpec& spec, std::string_view alias = "") {
    return fmt::format(" WHERE {}{} = ?", alias, spec.fields.front().column);
}

}  // namespace

std::optional<Record> find_record(Registry& registry, const EntitySpec& spec,
                                  std::string_view key) {
    if (spec.numbered()) {  // only an id names a numbered record: "12abc" names none
        Value id;
        try {
            id = normalize(spec, spec.fields.front(), key);
        } catch (const FieldError&) {
            return std::nullopt;
        }
        if (!id || *id != key) return std::nullopt;
        return find_record(registry, spec, std::stoll(*id));
    }
    SQLite::Statement& q = statement_of(registry, select_sql(spec) + where_key(spec, "r."));
    q.bind(1, std::string(key));
    if (!q.executeStep()) return std::nullopt;
    return read_row(spec, q);
}

std::optional<Record> find_record(Registry& registry, const EntitySpec& spec, std::int64_t id) {
    SQLite::Statement& q = statement_of(registry, select_sql(spec) + where_key(spec, "r."));
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) return std::nullopt;
    return read_row(spec, q);
}

Record get_record(Registry& registry, const EntitySpec& spec, std::string_view key) {
    auto r = find_record(registry, spec, key);
    if (!r) not_found(registry, spec, key);
    return *r;
}

Record get_record(Registry& registry, const EntitySpec& spec, std::int64_t id) {
    return get_record(registry, spec, std::to_string(id));
}

Changes diff_records(const Record& before, const Record& after) {
    Changes changes;
    for (std::size_t i = 1; i < after.values.size(); ++i)
        diff_field(changes, std::string(after.spec->fields[i].name), before.values[i],
                   after.values[i]);
    return changes;
}

std::int64_t insert_record(WriteTransaction& tx, Record& r, bool write_history,
                           std::string_view action) {
    const EntitySpec& spec = *r.spec;
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (spec.fields[i].required && !r.values[i])
            throw FieldError(std::string(spec.fields[i].name), tr("is required"));
    if (spec.validate) spec.validate(r);
    SQLite::Statement& q = statement_of(tx.registry(), insert_sql(spec));
    int n = 0;
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (!spec.fields[i].column.empty()) bind_value(q, ++n, spec.fields[i], r.values[i]);
    std::int64_t id = 0;
    try {
        exec_checked(tx.registry(), q, r);
        if (spec.numbered()) {
            id = db_of(tx).getLastInsertRowid();
            write_lists(tx, r, id);
        }
    } catch (const SQLite::Exception& e) {
        explain(tx.registry(), r, e);
        throw;
    }
    if (spec.numbered()) r.values[0] = std::to_string(id);
    record_status_change(tx, r, true);
    if (write_history)
        tx.record(std::string(action), spec.name(), r.key(), diff_records(blank_record(spec), r));
    // A meeting's calendar UID, when not given, is made by the database (migration 0011) from
    // the id and the registry's identifier: read back for the record printed. The history keeps
    // what was given; the id says the rest.
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        if (spec.fields[i].type != FieldType::uid || r.values[i] || !spec.numbered()) continue;
        SQLite::Statement& made = statement_of(
            tx.registry(),
            fmt::format("SELECT {} FROM {} WHERE id = ?", spec.fields[i].column, spec.name()));
        made.bind(1, id);
        if (made.executeStep()) r.values[i] = column_value(made.getColumn(0));
        made.reset();
    }
    return id;
}

void insert_records(WriteTransaction& tx, const std::vector<Record>& records) {
    if (records.empty()) return;
    const EntitySpec& spec = *records.front().spec;
    if (spec.validate)
        for (const Record& r : records) spec.validate(r);
    // The ids SQLite gives the records without one, as it gives them in one statement: one more
    // than the largest in the table at that moment.
    std::int64_t largest = 0;
    if (spec.numbered()) {
        SQLite::Statement& max = statement_of(
            tx.registry(), fmt::format("SELECT coalesce(max(id), 0) FROM {}", spec.name()));
        max.executeStep();
        largest = max.getColumn(0).getInt64();
        max.reset();
    }
    SQLite::Statement& q = statement_of(tx.registry(), insert_sql(spec, records.size()));
    int n = 0;
    for (const Record& r : records)
        for (std::size_t i = 0; i < spec.fields.size(); ++i)
            if (!spec.fields[i].column.empty()) bind_value(q, ++n, spec.fields[i], r.values[i]);
    q.exec();
    // Each record's history row (SPEC §2: entity, key, fields): a numbered record's is written
    // without its fields, which the record itself holds (WriteTransaction::record_added).
    Record added = blank_record(spec);
    const Record blank = blank_record(spec);
    std::vector<std::int64_t> ids;
    for (const Record& r : records) {
        added.values = r.values;
        if (spec.numbered()) {
            const std::int64_t id = r.values[0] ? r.id() : largest + 1;
            largest = std::max(largest, id);
            added.values[0] = std::to_string(id);
            ids.push_back(id);
        } else {
            tx.record("add", spec.name(), added.key(), diff_records(blank, added));
        }
        record_status_change(tx, added, true);
    }
    tx.record_added(spec.name(), ids);
}

Changes update_record(WriteTransaction& tx, const Record& before, const Record& after,
                      bool write_history, std::string_view action) {
    const EntitySpec& spec = *after.spec;
    Changes changes = diff_records(before, after);
    if (changes.empty()) return changes;
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (spec.fields[i].required && !after.values[i])
            throw FieldError(std::string(spec.fields[i].name),
                             tr("is required and cannot be cleared"));
    if (spec.validate) spec.validate(after);
    // Every field but the key (a new code is a rename: institution_rename.cpp).
    std::string sets;
    for (std::size_t i = 1; i < spec.fields.size(); ++i) {
        if (spec.fields[i].column.empty()) continue;
        sets += (sets.empty() ? "" : ", ") + std::string(spec.fields[i].column) + " = ?";
    }
    SQLite::Statement& q = statement_of(
        tx.registry(), fmt::format("UPDATE {} SET {}{}", spec.name(), sets, where_key(spec)));
    int n = 0;
    for (std::size_t i = 1; i < spec.fields.size(); ++i)
        if (!spec.fields[i].column.empty()) bind_value(q, ++n, spec.fields[i], after.values[i]);
    bind_value(q, ++n, spec.fields.front(), after.values.front());
    try {
        exec_checked(tx.registry(), q, after);
        if (spec.numbered()) write_lists(tx, after, after.id());
    } catch (const SQLite::Exception& e) {
        explain(tx.registry(), after, e);
        throw;
    }
    if (dated_statuses(spec) && before.get("status") != after.get("status"))
        record_status_change(tx, after, false);
    if (write_history) tx.record(std::string(action), spec.name(), after.key(), changes);
    return changes;
}

Record add_record(Registry& registry, const EntitySpec& spec, const Patch& patch,
                  std::optional<std::string> status_on) {
    WriteTransaction tx(registry);
    // The day a record enters the registry is the registry's clock's today (SPEC §2).
    Record r = new_record(spec, registry.clock().today().iso());
    r.status_on = std::move(status_on);
    apply_patch(r, patch);
    insert_record(tx, r);
    tx.commit();
    return r;
}

Record edit_record(Registry& registry, const EntitySpec& spec, std::int64_t id, const Patch& patch,
                   const std::vector<ListEdit>& lists, std::optional<std::string> status_on) {
    WriteTransaction tx(registry);
    Record before = get_record(tx.registry(), spec, id);
    Record after = before;
    after.status_on = std::move(status_on);
    apply_patch(after, patch);
    for (const auto& edit : lists) {
        const Field& f = *spec.field(edit.field);
        auto items = split_list(after.get(edit.field));
        for (const auto& raw : edit.add) {
            auto code = normalize(spec, f, raw);
            if (code) items.push_back(*code);
        }
        for (const auto& raw : edit.remove) {
            auto code = normalize(spec, f, raw);
            auto it = code ? std::find(items.begin(), items.end(), *code) : items.end();
            if (it == items.end())
                throw FieldError(edit.remove_name.empty() ? edit.field : edit.remove_name,
                                 trf("{} is not among them", code ? *code : raw));
            items.erase(it);
        }
        after.at(edit.field) = normalize(spec, f, join_list(items));
    }
    try {
        if (!update_record(tx, before, after).empty()) tx.commit();
    } catch (const FieldError& e) {
        // The items already there exist: a refusal of the list is about one just added.
        for (const auto& edit : lists)
            if (e.field == edit.field && !edit.add.empty() && !edit.add_name.empty())
                throw FieldError(edit.add_name, e.detail, e.hint());
        throw;
    }
    return after;
}

void remove_record(Registry& registry, const EntitySpec& spec, std::string_view key) {
    WriteTransaction tx(registry);
    auto before = find_record(tx.registry(), spec, key);
    if (!before) not_found(tx.registry(), spec, key);
    if (spec.check_remove) spec.check_remove(tx.registry(), *before);
    SQLite::Statement q(db_of(tx), fmt::format("DELETE FROM {}{}", spec.name(), where_key(spec)));
    bind_value(q, 1, spec.fields.front(), before->values.front());
    q.exec();
    if (dated_statuses(spec)) {
        // Its changes stay for the answers about the days before; marked, so that a record
        // given the same id later does not inherit them.
        SQLite::Statement removed(db_of(tx),
                                  "UPDATE status_change SET removed_on = ? WHERE entity = ? "
                                  "AND record = ? AND removed_on IS NULL");
        removed.bind(1, tx.registry().clock().today().iso());
        removed.bind(2, std::string(spec.name()));
        removed.bind(3, before->id());
        removed.exec();
    }
    tx.record("remove", spec.name(), before->key(), diff_records(*before, blank_record(spec)));
    tx.commit();
}

void remove_record(Registry& registry, const EntitySpec& spec, std::int64_t id) {
    remove_record(registry, spec, std::to_string(id));
}

std::vector<std::string> column_names(const EntitySpec& spec) {
    std::vector<std::string> names;
    for (const auto& f : spec.fields) names.emplace_back(f.name);
    return names;
}

std::vector<std::string> file_columns(const EntitySpec& spec) {
    std::vector<std::string> names = column_names(spec);
    for (const auto& f : spec.derived) names.emplace_back(f.name);
    return names;
}

Cell field_cell(const EntitySpec& spec, const Field& f, const Value& v,
                std::string_view language_code) {
    if (!v)
        return f.type == FieldType::institutions || f.type == FieldType::tags ? Cell::of_list({})
                                                                              : Cell::null();
    switch (f.type) {
        case FieldType::id:
        case FieldType::meeting:
            return Cell::of_int(std::stoll(*v));
        case FieldType::boolean:  // labelled by its kind where people read it
            return Cell::of_bool(*v == "true");
        case FieldType::amount:
            return Cell::of_decimal(*v);
        case FieldType::institutions:
        case FieldType::tags:
            return Cell::of_list(split_list(v));
        case FieldType::area: {
            Cell c = Cell::of(*v);
            // "": Spanish
            c.label = area_label(*v, parse_language(language_code).value_or(Language::es));
            return c;
        }
        case FieldType::status: {
            Cell c = Cell::of(*v);
            c.label = status_label(spec.entity, *v);
            return c;
        }
        case FieldType::membership_kind: {
            Cell c = Cell::of(*v);
            c.label = value_label("kind", *v);
            return c;
        }
        case FieldType::standing: {
            Cell c = Cell::of(*v);
            c.label = value_label("status", *v);
            return c;
        }
        default:
            return Cell::of(*v);
    }
}

Row record_row(const Record& r, std::string_view language_code) {
    Row row;
    row.reserve(r.values.size());
    for (std::size_t i = 0; i < r.values.size(); ++i)
        row.push_back(field_cell(*r.spec, r.spec->fields[i], r.values[i], language_code));
    return row;
}

Table records_table(const EntitySpec& spec, const std::vector<Record>& records,
                    std::string_view language) {
    Table t{column_names(spec), {}, column_fits(spec)};
    t.rows.reserve(records.size());
    for (const auto& r : records) t.rows.push_back(record_row(r, language));
    return t;
}

}  // namespace pymes
