#include "pymes/io/transfer.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>

#include "bulk_load.hpp"
#include "entities/institution_write.hpp"
#include "entities/record_sql.hpp"
#include "entities/record_write.hpp"
#include "import_reports.hpp"
#include "io/membership_row.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/money.hpp"
#include "pymes/core/status.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/io/xlsx.hpp"
#include "pymes/store/registry.hpp"
#include "row_reader.hpp"
#include "store/db.hpp"

namespace pymes {

using detail::BulkLoad;
using detail::ParsedRow;
using detail::Reports;
using detail::RowReader;

ImportFailed::ImportFailed(std::vector<std::string> l, std::size_t t, const std::string& source,
                           std::string hint)
    : DataError(trnf("{} problem in {}; nothing was written",
                     "{} problems in {}; nothing was written", t, source),
                hint.empty()
                    ? std::string(tr("fix the lines named above and import the file again"))
                    : std::move(hint)),
      lines(std::move(l)),
      total(t) {}

std::string spreadsheet_unsafe(std::string_view field) {
    // ="007", as export --excel wrote it (a spreadsheet that evaluates it saves 007).
    if (field.size() >= 3 && field.substr(0, 2) == "=\"" && field.back() == '"') {
        const std::string_view inner = field.substr(2, field.size() - 3);
        if (spreadsheet_safe(inner) == field) return std::string(inner);
    }
    if (field.size() >= 2 && field.front() == '\'' &&
        spreadsheet_safe(field.substr(1)) != field.substr(1))
        return std::string(field.substr(1));
    return std::string(field);
}

namespace {

/// "--as: activity 12 belongs to SELA", one sentence per entity (the noun's gender differs).
std::string belongs_to(const EntitySpec& spec, const std::string& as, std::int64_t id,
                       const std::string& owner) {
    if (spec.entity == Entity::activity)
        return trf("the file speaks for {} (--as): activity {} belongs to {}", as, id, owner);
    if (spec.entity == Entity::meeting)
        return trf("the file speaks for {} (--as): meeting {} belongs to {}", as, id, owner);
    return trf("the file speaks for {} (--as): project {} belongs to {}", as, id, owner);
}

/// The spec of an entity whose rows the generic import writes (activities, meetings, projects:
/// matched by id or ref); nullptr for institutions and the membership log, which have their own
/// rows.
const EntitySpec* numbered_spec(Entity entity) {
    const EntitySpec* spec = spec_of(entity);
    return spec->numbered() && entity != Entity::membership ? spec : nullptr;
}

/// Columns an entity's files may hold: its fields, and the derived ones export writes.
std::vector<std::string> known_columns(Entity entity) { return file_columns(*spec_of(entity)); }

/// A column worked out from other tables, that an import reads and sets aside.
bool derived(Entity entity, std::string_view column) {
    const Field* f = spec_of(entity)->column(column);
    return f && f->type == FieldType::standing;
}

}  // namespace

std::vector<std::string> required_import_columns(Entity entity) {
    const EntitySpec& spec = *spec_of(entity);
    // A code the user gives is the whole key: a row may name only it and what it changes.
    if (!spec.numbered()) return {std::string(spec.fields.front().name)};
    std::vector<std::string> out;
    for (const auto& f : spec.fields)
        if (f.required && !registry_fills(f.type)) out.emplace_back(f.name);
    return out;
}

std::vector<std::string> import_columns(Entity entity) { return known_columns(entity); }

namespace {

/// A row may not give a meeting another calendar UID than the one it has: calendars know the
/// meeting by it (a row of another registry's file with the same id is another meeting).
void keep_uids(const EntitySpec& spec, const Record& existing, const Record& incoming) {
    for (std::size_t f = 1; f < spec.fields.size(); ++f) {
        if (spec.fields[f].type != FieldType::uid) continue;
        const Value &was = existing.values[f], &now = incoming.values[f];
        if (was && now && *was != *now)
            throw FieldError(
                std::string(spec.fields[f].name),
                trf("meeting {} is {} in calendars; a calendar UID never changes", existing.id(),
                    *was),
                tr("leave the uid empty to keep it; a row about another meeting goes without "
                   "its id, as a new meeting"));
    }
}

/// A new record: the defaults of `add`, then what the file says.
Record new_record(const EntitySpec& spec, const Record& incoming, const std::string& today) {
    Record added = pymes::new_record(spec, today);
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (incoming.values[i]) added.values[i] = incoming.values[i];
    return added;
}

/// --as: what a file sent by one institution may link, so that it never blocks another's
/// records (issue 28). A project may name as its meeting only one the institution hosts (a
/// project refers to its meeting, which then cannot be removed); partners and attendees only
/// institutions with a membership record (parties now or before), which can never be removed
/// anyway. A link the record holds already stays: the file did not make it.
void check_links_as(Registry& registry, const EntitySpec& spec, const Record& incoming,
                    const std::optional<Record>& existing, const std::string& as) {
    for (std::size_t f = 1; f < spec.fields.size(); ++f) {
        const Field& field = spec.fields[f];
        const Value& value = incoming.values[f];
        if (!value || (existing && existing->values[f] == value)) continue;
        if (field.type == FieldType::meeting) {
            SQLite::Statement& q =
                statement_of(registry, "SELECT coalesce(host, '') FROM meeting WHERE id = ?");
            q.bind(1, *value);
            const std::string host = q.executeStep() ? q.getColumn(0).getString() : as;
            q.reset();
            if (host != as)
                throw FieldError(
                    std::string(field.name),
                    host.empty()
                        ? trf("the file speaks for {} (--as): meeting {} has no host; only an "
                              "import without --as or `project edit` can link a project to it",
                              as, *value)
                        : trf("the file speaks for {} (--as): meeting {} is hosted by {}; only "
                              "an import without --as or `project edit` can link a project to it",
                              as, *value, host));
        } else if (field.type == FieldType::institutions) {
            const auto before =
                existing ? split_list(existing->values[f]) : std::vector<std::string>{};
            for (const auto& code : split_list(value)) {
                if (code == as || std::find(before.begin(), before.end(), code) != before.end())
                    continue;
                SQLite::Statement& q = statement_of(
                    registry, "SELECT 1 FROM membership_event WHERE institution = ? LIMIT 1");
                q.bind(1, code);
                const bool party = q.executeStep();
                q.reset();
                if (!party)
                    throw FieldError(std::string(field.name),
                                     trf("the file speaks for {} (--as): {} has never been a "
                                         "party; only an import without --as or an edit can "
                                         "name it",
                                         as, code));
            }
        }
    }
}

/// `s` as a plain number (a spreadsheet's way of writing one: 7, 1.00E+05, 1,5), if it is one.
std::optional<double> plain_number(std::string_view s) {
    std::string t(text::trim(s));
    if (t.find(',') != std::string::npos && t.find('.') == std::string::npos &&
        t.find(',') == t.rfind(','))
        t[t.find(',')] = '.';
    if (t.empty() || t.find_first_not_of("0123456789.eE+-") != std::string::npos)
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size()) return std::nullopt;
    return v;
}

/// An --excel import that would change text a spreadsheet reads as a value (007, 1E5, 1/2,
/// 2026-01-05) into another form of it (7, 100000, 01/02/26) is refused: that is what a
/// spreadsheet does when it opens and saves a CSV file, not what a person meant. A number made
/// another number (007 to 8) is a person's edit and stands.
void refuse_spreadsheet_conversions(const EntitySpec& spec, const std::vector<std::size_t>& given,
                                    const Record& before, const Record& after) {
    for (std::size_t f : given) {
        const Field& field = spec.fields[f];
        if (field.type != FieldType::text && field.type != FieldType::title &&
            field.type != FieldType::long_text)
            continue;
        const Value &was = before.values[f], &now = after.values[f];
        if (!was || !now || *was == *now || !spreadsheet_reads_as_value(*was) ||
            !spreadsheet_reads_as_value(*now))
            continue;
        const auto a = plain_number(*was), b = plain_number(*now);
        if (a && b && std::abs(*a - *b) > 1e-5 * std::max(std::abs(*a), std::abs(*b))) continue;
        throw FieldError(std::string(field.name),
                         trf("'{}' would become '{}': a spreadsheet read it as a number or a "
                             "date when it opened the file; exchange the file as a workbook "
                             "(--format xlsx), or write '{}' back in this row",
                             *was, *now, *was));
    }
}

/// Imports one row of an activity, meeting or project, given as `incoming` (the values of the
/// file's columns, normalized; `given` names their fields). Ids above `max_id` (the largest in
/// the table when the import began) are new unless this file used them already: they are
/// inserted without a lookup, and looked up only if the insert finds the id taken.
/// A record found by the ref of a row that an earlier row of the same file wrote is the same
/// key used twice: refused with both lines.
RowOutcome import_record(WriteTransaction& tx, const EntitySpec& spec,
                         const std::vector<std::size_t>& given, const Record& incoming,
                         const std::vector<ParsedRow::Unchecked>& unchecked,
                         const std::string& today, std::int64_t max_id, detail::KeyLines& written,
                         std::size_t line, const std::string& as, bool excel) {
    std::optional<Record> existing;
    if (incoming.values[0] && incoming.id() > max_id) {
        // Below: inserted as new, or found taken by an earlier row of this file.
    } else if (incoming.values[0]) {
        existing = find_record(tx.registry(), spec, incoming.id());
    } else if (!spec.ref_lookup.empty() && incoming.get("ref")) {
        SQLite::Statement& q = statement_of(tx.registry(), std::string(spec.ref_lookup));
        q.bind(1, *incoming.get("ref"));
        if (!spec.ref_scope.empty()) {
            const Value& scope = incoming.get(spec.ref_scope);
            if (scope)
                q.bind(2, *scope);
            else
                q.bind(2);
        }
        if (q.executeStep()) {
            const std::int64_t id = q.getColumn(0).getInt64();
            q.reset();
            if (auto earlier = written.line_of(id))
                throw FieldError(
                    "ref", trf("'{}' is also the ref on line {}: a key may appear once in a file",
                               *incoming.get("ref"), *earlier));
            existing = find_record(tx.registry(), spec, id);
        }
    }
    // A value today's rules refuse stands only where the record holds exactly that already.
    for (const auto& u : unchecked)
        if (!existing || existing->values[u.field] != incoming.values[u.field])
            throw FieldError(std::string(spec.fields[u.field].name), u.message);
    // --as: the record the row changes, or the one it adds, must be the institution's own.
    if (!as.empty()) {
        const std::string_view field = spec.owner()->name;
        const Value& owner = existing ? existing->get(field) : incoming.get(field);
        if (!owner || *owner != as)
            throw FieldError(std::string(field),
                             owner ? belongs_to(spec, as, existing ? existing->id() : 0, *owner)
                                   : trf("the file speaks for {} (--as): this row names no "
                                         "institution in '{}'",
                                         as, field));
        check_links_as(tx.registry(), spec, incoming, existing, as);
    }
    if (existing) {
        written.add(existing->id(), line);
        Record after = *existing;
        // A field that `add` fills by default (the status, the day it was recorded) keeps its
        // value when the file leaves it empty, as a new row gets the default: importing the
        // same file twice changes nothing.
        keep_uids(spec, *existing, incoming);
        for (std::size_t f : given)
            if (f != 0 && (incoming.values[f] || !registry_fills(spec.fields[f].type)))
                after.values[f] = incoming.values[f];
        if (excel) refuse_spreadsheet_conversions(spec, given, *existing, after);
        Changes changes = update_record(tx, *existing, after, false);
        if (changes.empty()) return RowOutcome::unchanged;
        tx.record("import", spec.name(), std::to_string(after.id()), changes);
        return RowOutcome::updated;
    }
    Record added = new_record(spec, incoming, today);
    try {
        // A numbered record's history row is written without its fields, which the record
        // holds (WriteTransaction::record_added), as the batched rows' are.
        insert_record(tx, added, !spec.numbered());
        if (spec.numbered()) tx.record_added(spec.name(), {added.id()});
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_PRIMARYKEY || !added.values[0]) throw;
        return import_record(tx, spec, given, incoming, unchecked, today,
                             std::numeric_limits<std::int64_t>::max(), written, line, as, excel);
    }
    written.add(added.id(), line);
    return RowOutcome::added;
}

/// The notice numbers of the events a membership import recorded (ids above `after`): each the
/// next number of the year it was recorded in, in the order of recording (recorded_on, then id)
/// rather than of the file's rows, so that a registry rebuilt from its own export (`init
/// --empty`, then the membership file, which keeps ids and recording days) numbers its notices
/// as the registry it came from did.
void number_imported_notices(WriteTransaction& tx, std::int64_t after) {
    auto& db = db_of(tx);
    SQLite::Statement clear(db,
                            "UPDATE membership_event SET notice_year = NULL, notice_number = NULL "
                            "WHERE id > ? AND kind <> 'founding'");
    clear.bind(1, after);
    clear.exec();
    std::vector<std::int64_t> ids;
    {
        SQLite::Statement q(db,
                            "SELECT id FROM membership_event WHERE id > ? AND kind <> 'founding' "
                            "ORDER BY coalesce(recorded_on, date), id");
        q.bind(1, after);
        while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    }
    SQLite::Statement number(
        db,
        "UPDATE membership_event SET "
        "notice_year = CAST(substr(coalesce(recorded_on, date), 1, 4) AS INTEGER), "
        "notice_number = 1 + coalesce((SELECT max(e.notice_number) FROM membership_event e "
        "WHERE e.notice_year = CAST(substr(coalesce(membership_event.recorded_on, "
        "membership_event.date), 1, 4) AS INTEGER)), 0) WHERE id = ?");
    for (std::int64_t id : ids) {
        number.bind(1, id);
        number.exec();
        number.reset();
    }
}

}  // namespace

ImportResult import_csv(Registry& registry, Entity entity, std::istream& in,
                        const ImportOptions& options) {
    CsvReader reader(in, options.delimiter, options.encoding);
    return import_rows(registry, entity, reader, options);
}

ImportResult import_rows(Registry& registry, Entity entity, RowSource& reader,
                         const ImportOptions& options) {
    Reports reports(options.source);
    std::vector<std::string> header;
    try {
        if (!reader.next(header))
            throw DataError(trf("{}: the file is empty", options.source),
                            tr("the first line must name the columns"));
    } catch (const CsvError& e) {
        reports.add(
            e.line, "",
            e.hint().empty() ? std::string(e.what()) : fmt::format("{} ({})", e.what(), e.hint()));
        reports.fail();
    }

    // The header: every column known (or named with the closest known one), none twice, the
    // required ones present. A single column holding ';' is a Spanish-locale spreadsheet's file.
    const auto known = known_columns(entity);
    if (options.delimiter != ';' && header.size() == 1 &&
        header[0].find(';') != std::string::npos) {
        throw ImportFailed(
            {fmt::format("{}:{}: {}", options.source, reader.line(),
                         tr("the header is one column with ';' in it: the file separates "
                            "fields with ';'"))},
            1, options.source,
            tr("add --delimiter ';' (or set delimiter = \";\" under [csv] in the config)"));
    }
    std::vector<std::string> columns;
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::string name = text::fold(text::trim(header[c]));
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string near = text::closest(name, known);
            reports.add(reader.line(), "",
                        near.empty()
                            ? trf("unknown column '{}'", header[c])
                            : trf("unknown column '{}' (did you mean '{}'?)", header[c], near));
        } else if (std::find(columns.begin(), columns.end(), name) != columns.end()) {
            reports.add(reader.line(), "", trf("column '{}' appears twice", name));
        }
        columns.push_back(name);
    }
    for (const auto& required : required_import_columns(entity))
        if (std::find(columns.begin(), columns.end(), required) == columns.end())
            reports.add(reader.line(), "", trf("the required column '{}' is missing", required));
    if (reports.any()) reports.fail();

    const EntitySpec* spec = numbered_spec(entity);
    const std::string today = registry.clock().today().iso();
    ImportResult result;
    WriteTransaction tx(registry);
    // A larger page cache for the one transaction keeps its pages from spilling to the WAL.
    db_of(registry).exec(fmt::format("PRAGMA cache_size = -{}", BulkLoad::kLoadCache));
    detail::KeyLines written;  // records' ids, by line
    std::optional<BulkLoad> bulk;
    if (spec) bulk.emplace(registry, *spec, reports, written);
    const std::int64_t max_id =
        spec ? db_of(registry)
                   .execAndGet(fmt::format("SELECT coalesce(max(id), 0) FROM {}", spec->name()))
                   .getInt64()
             : 0;
    const std::int64_t max_event =
        entity == Entity::membership
            ? db_of(registry)
                  .execAndGet("SELECT coalesce(max(id), 0) FROM membership_event")
                  .getInt64()
            : 0;
    // The row at which the indexes are set aside: at once when the table is empty and the
    // file large (making them again costs only the file's rows; the first kBulkRows rows
    // written one index entry at a time cost 0.4 s of CPU), else past kBulkRows rows.
    const std::size_t bulk_from =
        spec && options.input_bytes >= BulkLoad::kBulkBytes &&
                db_of(registry)
                        .execAndGet(
                            fmt::format("SELECT NOT EXISTS (SELECT 1 FROM {})", spec->name()))
                        .getInt() == 1
            ? 1
            : BulkLoad::kBulkRows;
    std::vector<std::size_t> given;  // the field of each column
    if (spec)
        for (const auto& c : columns) given.push_back(spec->index(c));
    std::vector<std::pair<std::string, std::string>> named;
    std::unordered_map<std::string, std::size_t> codes;  // institutions' codes, by line
    const auto code_column =
        std::find(columns.begin(), columns.end(), entity == Entity::membership ? "id" : "code") -
        columns.begin();
    // The line of the earlier row of this file that holds the ref of `row`, if any.
    auto owner_line = [&](const Record& row) -> std::optional<std::size_t> {
        if (spec->ref_lookup.empty() || !row.get("ref")) return std::nullopt;
        SQLite::Statement& q = statement_of(registry, std::string(spec->ref_lookup));
        q.bind(1, *row.get("ref"));
        if (!spec->ref_scope.empty()) {
            if (const Value& scope = row.get(spec->ref_scope))
                q.bind(2, *scope);
            else
                q.bind(2);
        }
        if (!q.executeStep()) return std::nullopt;
        const std::int64_t id = q.getColumn(0).getInt64();
        return written.line_of(id);
    };
    // A key used twice in the file: reported on the later line, naming the earlier one.
    auto seen_twice = [&](ParsedRow& r) {
        if (!spec) {
            if (code_column == std::ptrdiff_t(columns.size()))
                return false;  // membership rows without ids
            const std::string code = text::upper(text::trim(r.fields[std::size_t(code_column)]));
            if (code.empty()) return false;
            auto [at, added] = codes.emplace(code, r.line);
            if (added) return false;
            reports.add(
                r.line, columns[std::size_t(code_column)],
                trf("{} is also on line {}: a key may appear once in a file", code, at->second));
            return true;
        }
        if (!r.incoming->values[0]) return false;
        const std::int64_t id = r.incoming->id();
        if (auto earlier = written.line_of(id)) {
            reports.add(
                r.line, "id",
                trf("{} is also on line {}: a key may appear once in a file", id, *earlier));
            return true;
        }
        written.add(id, r.line);
        return false;
    };
    // One row: added, updated or unchanged, or reported on its line.
    auto write = [&](ParsedRow& r) {
        try {
            RowOutcome outcome;
            if (!spec) {
                named.clear();
                for (std::size_t c = 0; c < columns.size(); ++c)
                    if (!derived(entity, columns[c]))
                        named.emplace_back(columns[c], std::move(r.fields[c]));
                bool not_applied = false;
                outcome = entity == Entity::membership
                              ? import_membership_row(tx, named)
                              : import_institution_row(tx, named, &not_applied,
                                                       !options.as_institution.empty());
                if (not_applied) ++result.membership_not_applied;
            } else {
                outcome = import_record(tx, *spec, given, *r.incoming, r.unchecked, today, max_id,
                                        written, r.line, options.as_institution,
                                        options.undo_spreadsheet_escaping);
            }
            if (outcome == RowOutcome::added)
                ++result.added;
            else if (outcome == RowOutcome::updated)
                ++result.updated;
            else
                ++result.unchanged;
        } catch (const FieldError& e) {
            if (auto earlier = e.field == "ref" && spec ? owner_line(*r.incoming) : std::nullopt) {
                reports.add(r.line, "ref",
                            trf("'{}' is also the ref on line {}: a key may appear once in a file",
                                *r.incoming->get("ref"), *earlier));
                return;
            }
            reports.add(r.line, e.field, e.with_hint());
        } catch (const Error& e) {
            if (e.code() != Exit::data && e.code() != Exit::not_found) throw;
            reports.add(r.line, "", e.what());
        }
    };
    // New rows that need no lookup (an id above max_id, or neither id nor ref) are written
    // kInsertRows to a statement (or fewer, kInsertBytes of large rows), which halves SQLite's
    // work per row. If SQLite refuses one of them, it wrote none, and they are written again
    // one by one to name the row.
    constexpr std::size_t kInsertRows = 64, kInsertBytes = 256 << 10;
    std::vector<ParsedRow> pending;
    std::size_t pending_bytes = 0;
    std::vector<Record> inserts;
    auto flush = [&] {
        pending_bytes = 0;
        if (pending.empty()) return;
        inserts.clear();
        for (const ParsedRow& r : pending) inserts.push_back(new_record(*spec, *r.incoming, today));
        try {
            insert_records(tx, inserts);
            result.added += pending.size();
        } catch (const SQLite::Exception& e) {
            if (e.getErrorCode() != SQLITE_CONSTRAINT) throw;
            for (ParsedRow& r : pending) write(r);
        }
        pending.clear();
    };
    auto batched = [&](const Record& row) {
        return spec->lists.empty() && options.as_institution.empty() &&
               (row.values[0] ? row.id() > max_id : !row.get("ref"));
    };
    // --as: a row that names another institution where the file's own belongs is refused on
    // its line (import_record checks the record it would change, too).
    const std::string& as = options.as_institution;
    const std::string_view as_column = spec_of(entity)->owner()->name;
    const auto as_at = std::find(columns.begin(), columns.end(), as_column) - columns.begin();
    auto foreign = [&](const ParsedRow& r) {
        if (as.empty() || as_at == std::ptrdiff_t(columns.size())) return false;
        std::string value;
        if (spec) {
            const Value& v = r.incoming->get(as_column);
            if (v) value = *v;
        } else {
            value = text::upper(text::trim(r.fields[std::size_t(as_at)]));
        }
        if (value == as) return false;
        reports.add(r.line, as_column,
                    value.empty()
                        ? trf("the file speaks for {} (--as): this row names no institution", as)
                        : trf("the file speaks for {} (--as): this row is about {}", as, value));
        return true;
    };
    RowReader rows(reader, columns.size(), spec, given, options.undo_spreadsheet_escaping,
                   options.default_timezone);
    RowReader::Batch batch;
    bool stopped = false;
    while (!stopped && rows.next(batch)) {
        for (ParsedRow& r : batch) {
            if (r.stop) {
                reports.add(r.line, "", r.message);
                stopped = true;
                break;
            }
            ++result.rows;
            if (bulk && result.rows == bulk_from) {
                flush();
                bulk->begin();
            }
            if (r.bad) {
                reports.add(r.line, r.column, r.message);
            } else if (foreign(r)) {
                continue;
            } else if (seen_twice(r)) {
                continue;
            } else if (!spec) {
                write(r);
            } else if (batched(*r.incoming) && !r.unchecked.empty()) {
                // A new record: nothing holds the value that today's rules refuse.
                const auto& u = r.unchecked.front();
                reports.add(r.line, std::string(spec->fields[u.field].name), u.message);
            } else if (batched(*r.incoming)) {
                if (!bulk->before(*r.incoming, r.line)) reports.fail();
                pending_bytes += r.bytes;
                pending.push_back(std::move(r));
                if (pending.size() == kInsertRows || pending_bytes >= kInsertBytes) flush();
            } else {
                flush();
                if (!bulk->before(*r.incoming, r.line)) reports.fail();
                write(r);
            }
        }
        if (options.progress) {
            Progress p;
            p.rows = result.rows;
            p.unit = options.input_bytes ? Progress::Unit::bytes : Progress::Unit::rows;
            p.done = options.input_bytes ? rows.bytes_read() : result.rows;
            p.total = options.input_bytes;
            options.progress(p);
        }
    }
    if (spec) flush();
    if (bulk) bulk->end();
    if (reports.any()) reports.fail();
    if (entity == Entity::membership) number_imported_notices(tx, max_event);
    // Each membership event is in the history already, under its institution's code.
    if (result.added + result.updated > 0 && entity != Entity::membership) {
        Changes summary = {{"rows", std::nullopt, std::to_string(result.rows)},
                           {"added", std::nullopt, std::to_string(result.added)},
                           {"updated", std::nullopt, std::to_string(result.updated)}};
        if (!as.empty()) summary.push_back({"as", std::nullopt, as});
        tx.record("import", entity_name(entity), options.source, summary);
    }
    if (!options.dry_run) tx.commit();
    return result;
}

// Here, not beside the workbook reader: the program asks it before it loads the workbook module.
bool looks_like_zip(std::string_view first_bytes) {
    return first_bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

}  // namespace pymes
