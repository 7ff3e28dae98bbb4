#include "pymes/transfer.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

#include "pymes/dates.hpp"
#include "entities/record_sql.hpp"
#include "pymes/entities.hpp"
#include "pymes/institution.hpp"
#include "pymes/money.hpp"
#include "pymes/registry.hpp"
#include "pymes/text.hpp"

namespace pymes {

const std::vector<std::string>& transfer_entities() {
    static const std::vector<std::string> entities = {"institution", "activity", "meeting", "project"};
    return entities;
}

ImportFailed::ImportFailed(std::vector<std::string> l, std::size_t t, const std::string& source, std::string hint)
    : DataError(fmt::format("{} problem{} in {}; nothing was written", t, t == 1 ? "" : "s", source), std::move(hint)),
      lines(std::move(l)),
      total(t) {}

std::string spreadsheet_unsafe(std::string_view field) {
    if (field.size() >= 2 && field.front() == '\'' && spreadsheet_safe(field.substr(1)) != field.substr(1))
        return std::string(field.substr(1));
    return std::string(field);
}

namespace {

const EntitySpec* spec_of(std::string_view entity) {
    if (entity == "activity") return &activity_spec();
    if (entity == "meeting") return &meeting_spec();
    if (entity == "project") return &project_spec();
    return nullptr;
}

/// Columns an entity's files may hold: its fields, and the derived ones export writes.
std::vector<std::string> known_columns(std::string_view entity) {
    if (entity == "institution") return institution_columns();
    return column_names(*spec_of(entity));
}

bool derived(std::string_view entity, std::string_view column) {
    return entity == "institution" && column == "status";
}

std::vector<std::string> required_columns(std::string_view entity) {
    if (entity == "institution") return {"code"};
    std::vector<std::string> out;
    for (const auto& f : spec_of(entity)->fields)
        if (f.required && f.type != FieldType::status && f.type != FieldType::boolean && f.name != "recorded_on")
            out.emplace_back(f.name);
    return out;
}

class Reports {
public:
    explicit Reports(std::string source) : source_(std::move(source)) {}
    void add(std::size_t line, std::string_view column, std::string_view message) {
        ++total_;
        if (lines_.size() >= kMaxReportedErrors) return;
        lines_.emplace_back(line, column.empty() ? fmt::format("{}:{}: {}", source_, line, message)
                                                 : fmt::format("{}:{}: {}: {}", source_, line, column, message));
    }
    /// Counts `n` more problems without their lines.
    void more(std::size_t n) { total_ += n; }
    bool any() const { return total_ > 0; }
    /// Throws the reports, in the order of their lines (a ref used twice is found at the end).
    [[noreturn]] void fail() {
        std::stable_sort(lines_.begin(), lines_.end(), [](auto& a, auto& b) { return a.first < b.first; });
        std::vector<std::string> out;
        for (auto& l : lines_) out.push_back(std::move(l.second));
        if (total_ > out.size()) out.push_back(fmt::format("{}: ... and {} more", source_, total_ - out.size()));
        throw ImportFailed(std::move(out), total_, source_);
    }

private:
    std::string source_;
    std::vector<std::pair<std::size_t, std::string>> lines_;
    std::size_t total_ = 0;
};

/// The line of each row written while a table's unique indexes are set aside, as runs of
/// consecutive ids on consecutive lines: one run for a file of one line per row in id order.
class IdLines {
public:
    static constexpr std::size_t kMaxRuns = 1 << 16;  // 1.5 MiB; past it, the indexes come back

    void add(std::int64_t id, std::size_t line) {
        if (!runs_.empty()) {
            Run& last = runs_.back();
            if (id == last.id + std::int64_t(last.count) && line == last.line + last.count) {
                ++last.count;
                return;
            }
        }
        runs_.push_back({id, line, 1});
    }
    bool full() const { return runs_.size() >= kMaxRuns; }
    void clear() { runs_ = {}; }
    std::optional<std::size_t> line_of(std::int64_t id) const {
        for (const Run& r : runs_)
            if (id >= r.id && id < r.id + std::int64_t(r.count)) return r.line + std::size_t(id - r.id);
        return std::nullopt;
    }

private:
    struct Run {
        std::int64_t id;
        std::size_t line, count;
    };
    std::vector<Run> runs_;
};

/// Loading many rows into a table that keeps secondary indexes and a full-text index up to
/// date row by row scatters writes over the whole file. Past kBulkRows rows, the table's
/// indexes and full-text triggers are set aside (their SQL read from the schema, so nothing
/// here repeats it) and made again at the end, in the same transaction: an interrupted import
/// leaves them exactly as they were.
///
/// A unique index (a ref) is set aside too, while rows come with their ids: a ref used twice
/// is then found when the index is made again, and reported on the lines of the rows, which
/// `lines` keeps. A row that must be found by its ref brings the unique index back at once.
class BulkLoad {
public:
    static constexpr std::size_t kBulkRows = 20'000;
    /// Page caches, in KiB, measured on a million activities: loading rows and rebuilding the
    /// full-text index gain from a large one (rows spill less to the WAL); index builds lose
    /// (3.0 s at 2 MiB, 4.8 s at 16 MiB) and their sorter grows with it. Peak 49 MiB in all.
    static constexpr int kLoadCache = 32 * 1024, kIndexCache = 2 * 1024;

    BulkLoad(Registry& registry, const EntitySpec& spec, Reports& reports)
        : registry_(registry), spec_(spec), table_(spec.entity), reports_(reports) {}

    void begin() {
        if (active_) return;
        active_ = true;
        SQLite::Statement q(registry_.db(),
                            "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
                            "AND (type = 'index' OR (type = 'trigger' AND name LIKE ? ESCAPE '\\')) ORDER BY type, name");
        q.bind(1, table_);
        q.bind(2, table_ + "\\_fts\\_%");
        std::vector<std::string> drops;
        while (q.executeStep()) {
            std::string sql = q.getColumn(2).getString();
            auto& kind = q.getColumn(0).getString() == "trigger"          ? triggers_
                         : sql.rfind("CREATE UNIQUE INDEX", 0) == 0 ? unique_
                                                                      : indexes_;
            kind.push_back(std::move(sql));
            drops.push_back(fmt::format("DROP {} \"{}\"", q.getColumn(0).getString(), q.getColumn(1).getString()));
        }
        q.reset();
        registry_.reset_statements();  // no cursor may stay open on the table while it changes
        for (const auto& drop : drops) registry_.db().exec(drop);
    }

    /// Before a row is written: brings the unique indexes back if the row must be found by its
    /// ref, or if `lines` is full; else notes the row's line. False when a ref is used twice
    /// (reported; the import cannot go on).
    bool before(const Record& row, std::size_t line) {
        if (unique_.empty() || !row.get("ref")) return true;
        if (row.values[0] && !lines_.full()) {
            lines_.add(row.id(), line);
            return true;
        }
        return restore_unique();
    }

    /// Makes the indexes and the full-text index again. A ref used twice is reported instead.
    void end() {
        if (!active_) return;
        if (!restore_unique() || reports_.any()) return;  // the import fails: the rest would be wasted
        registry_.reset_statements();
        cache(kIndexCache);
        for (const auto& sql : indexes_) registry_.db().exec(sql);
        cache(kLoadCache);
        for (const auto& sql : triggers_) registry_.db().exec(sql);
        // Triggers were set aside only if there is a full-text index to rebuild. Rebuilding
        // with FTS5's automatic merging off and then back to its default (4) is
        // about 30% faster on a million activities, and queries are answered as fast.
        if (!triggers_.empty()) {
            registry_.db().exec(fmt::format("INSERT INTO {0}_fts ({0}_fts, rank) VALUES ('automerge', 0)", table_));
            registry_.db().exec(fmt::format("INSERT INTO {0}_fts ({0}_fts) VALUES ('rebuild')", table_));
            registry_.db().exec(fmt::format("INSERT INTO {0}_fts ({0}_fts, rank) VALUES ('automerge', 4)", table_));
        }
        active_ = false;
    }

private:
    void cache(int kib) { registry_.db().exec(fmt::format("PRAGMA cache_size = -{}", kib)); }

    bool restore_unique() {
        if (unique_.empty()) return true;
        registry_.reset_statements();
        cache(kIndexCache);
        try {
            for (const auto& sql : unique_) registry_.db().exec(sql);
        } catch (const SQLite::Exception& e) {
            if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE) throw;
            report_duplicates();
            return false;
        }
        cache(kLoadCache);
        unique_.clear();
        lines_.clear();
        return true;
    }

    /// Each row whose ref an earlier row (or a record already there) has, on its line, as the
    /// row-by-row import would report it.
    void report_duplicates() {
        const std::string scope(spec_.ref_scope);
        const std::string key = scope.empty() ? "ref" : "ref, " + scope;
        const std::string groups =
            fmt::format("SELECT {0}, group_concat(id) AS ids, count(*) AS n FROM {1} WHERE ref IS NOT NULL GROUP BY {0} "
                        "HAVING n > 1 ORDER BY max(id)", key, table_);
        // Lines for the first groups, about the first rows of the file (reports keep 100
        // lines); the rest are counted.
        SQLite::Statement q(registry_.db(), groups + fmt::format(" LIMIT {}", kMaxReportedErrors));
        std::size_t reported = 0;
        while (q.executeStep()) {
            reported += std::size_t(q.getColumn("n").getInt64()) - 1;
            const std::string ref = q.getColumn(0).getString();
            const std::string of = scope.empty() ? "" : " of " + q.getColumn(1).getString();
            std::vector<std::pair<std::size_t, std::int64_t>> rows;  // (line, id); line 0: already there
            std::string_view ids = q.getColumn("ids").getText();
            while (!ids.empty()) {
                const auto comma = ids.find(',');
                const std::int64_t id = std::stoll(std::string(ids.substr(0, comma)));
                rows.emplace_back(lines_.line_of(id).value_or(0), id);
                ids = comma == std::string_view::npos ? std::string_view() : ids.substr(comma + 1);
            }
            std::sort(rows.begin(), rows.end());
            for (std::size_t i = 1; i < rows.size(); ++i)
                if (rows[i].first != 0)
                    reports_.add(rows[i].first, "ref",
                                 fmt::format("'{}' is already the ref of {} {}{}", ref, table_, rows[0].second, of));
        }
        const auto all = std::size_t(
            registry_.db().execAndGet(fmt::format("SELECT coalesce(sum(n - 1), 0) FROM ({})", groups)).getInt64());
        reports_.more(all - reported);
    }

    Registry& registry_;
    const EntitySpec& spec_;
    std::string table_;
    Reports& reports_;
    bool active_ = false;
    std::vector<std::string> unique_, indexes_, triggers_;  // set aside: made again in end()
    IdLines lines_;
};

/// A new record: the defaults of `add`, then what the file says.
Record new_record(const EntitySpec& spec, const Record& incoming, const std::string& today) {
    Record added = blank_record(spec);
    if (!spec.statuses.empty()) added.at("status") = std::string(spec.statuses.front());
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (spec.fields[i].type == FieldType::boolean) added.values[i] = "false";
    if (spec.field("recorded_on")) added.at("recorded_on") = today;
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (incoming.values[i]) added.values[i] = incoming.values[i];
    return added;
}

/// Imports one row of an activity, meeting or project, given as `incoming` (the values of the
/// file's columns, normalized; `given` names their fields). Ids above `max_id` (the largest in
/// the table when the import began) are new unless this file used them already: they are
/// inserted without a lookup, and looked up only if the insert finds the id taken.
RowOutcome import_record(WriteTransaction& tx, const EntitySpec& spec, const std::vector<std::size_t>& given,
                         const Record& incoming, const std::string& today, std::int64_t max_id) {
    std::optional<Record> existing;
    if (incoming.values[0] && incoming.id() > max_id) {
        // Below: inserted as new, or found taken by an earlier row of this file.
    } else if (incoming.values[0]) {
        existing = find_record(tx.registry(), spec, incoming.id());
    } else if (!spec.ref_lookup.empty() && incoming.get("ref")) {
        SQLite::Statement& q = tx.registry().statement(std::string(spec.ref_lookup));
        q.bind(1, *incoming.get("ref"));
        if (!spec.ref_scope.empty()) {
            const Value& scope = incoming.get(spec.ref_scope);
            if (scope) q.bind(2, *scope);
            else q.bind(2);
        }
        if (q.executeStep()) existing = find_record(tx.registry(), spec, q.getColumn(0).getInt64());
    }
    if (existing) {
        Record after = *existing;
        for (std::size_t f : given)
            if (f != 0) after.values[f] = incoming.values[f];
        Changes changes = update_record(tx, *existing, after, false);
        if (changes.empty()) return RowOutcome::unchanged;
        tx.record("import", spec.entity, std::to_string(after.id()), changes);
        return RowOutcome::updated;
    }
    Record added = new_record(spec, incoming, today);
    try {
        insert_record(tx, added, false);
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_PRIMARYKEY || !added.values[0]) throw;
        return import_record(tx, spec, given, incoming, today, std::numeric_limits<std::int64_t>::max());
    }
    return RowOutcome::added;
}

/// One row as the reading thread hands it over: its fields (spreadsheet quoting undone) and,
/// for activities, meetings and projects, their values normalized, or what is wrong with it.
struct ParsedRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
    std::optional<Record> incoming;
    bool bad = false, stop = false;  ///< stop: a CSV syntax error, past which rows are a guess
    std::string column, message;
};

/// Reading, decoding and checking the rows of a file runs on a thread of its own, a bounded
/// number of batches ahead of the thread that writes them: the import overlaps the two and
/// holds at most kBatches * kBatchRows rows, however long the file.
class RowReader {
public:
    static constexpr std::size_t kBatchRows = 512, kBatches = 8;
    using Batch = std::vector<ParsedRow>;

    RowReader(CsvReader& reader, std::size_t columns, const EntitySpec* spec, std::vector<std::size_t> given)
        : reader_(reader), columns_(columns), spec_(spec), given_(std::move(given)) {
        thread_ = std::thread([this] { run(); });
    }
    ~RowReader() {
        {
            std::lock_guard lock(mutex_);
            cancelled_ = true;
        }
        changed_.notify_all();
        thread_.join();
    }

    /// The next batch; false when the file is read. Rethrows what failed on the reading thread.
    bool next(Batch& batch) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || done_; });
        if (queue_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return false;
        }
        batch = std::move(queue_.front());
        queue_.pop_front();
        changed_.notify_all();
        return true;
    }

private:
    void run() {
        try {
            Batch batch;
            std::vector<std::string> row;
            bool more = true;
            while (more) {
                ParsedRow& r = batch.emplace_back();
                more = read(r, row);
                if (!more && !r.stop) batch.pop_back();
                if (r.stop) more = false;
                if (batch.size() == kBatchRows || (!more && !batch.empty())) {
                    if (!push(std::move(batch))) return;
                    batch = Batch();
                    batch.reserve(kBatchRows);
                }
            }
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
        }
        std::lock_guard lock(mutex_);
        done_ = true;
        changed_.notify_all();
    }

    /// Reads one row into `r`; false at the end of the file or at a syntax error (r.stop).
    bool read(ParsedRow& r, std::vector<std::string>& row) {
        try {
            if (!reader_.next(row)) return false;
        } catch (const CsvError& e) {
            r = ParsedRow{e.line, {}, std::nullopt, true, true, "",
                          e.hint().empty() ? std::string(e.what()) : fmt::format("{} ({})", e.what(), e.hint())};
            return false;
        }
        r.line = reader_.line();
        if (row.size() != columns_) {
            r.bad = true;
            r.message = fmt::format("{} field{}, but the header has {}", row.size(), row.size() == 1 ? "" : "s", columns_);
            return true;
        }
        if (!spec_) {
            r.fields.reserve(row.size());
            for (const auto& f : row) r.fields.push_back(spreadsheet_unsafe(f));
            return true;
        }
        try {
            Record incoming = blank_record(*spec_);
            for (std::size_t c = 0; c < columns_; ++c)
                incoming.values[given_[c]] = normalize(*spec_, spec_->fields[given_[c]], spreadsheet_unsafe(row[c]));
            r.incoming = std::move(incoming);
        } catch (const FieldError& e) {
            r.bad = true;
            r.column = e.field;
            r.message = e.detail;
        }
        return true;
    }

    bool push(Batch batch) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < kBatches || cancelled_; });
        if (cancelled_) return false;
        queue_.push_back(std::move(batch));
        changed_.notify_all();
        return true;
    }

    CsvReader& reader_;
    const std::size_t columns_;
    const EntitySpec* spec_;
    const std::vector<std::size_t> given_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch> queue_;
    bool done_ = false, cancelled_ = false;
    std::exception_ptr error_;
    std::thread thread_;  // last: it starts once everything above is ready
};

}  // namespace

ImportResult import_csv(Registry& registry, std::string_view entity, std::istream& in, const ImportOptions& options) {
    if (std::find(transfer_entities().begin(), transfer_entities().end(), entity) == transfer_entities().end())
        throw UsageError(fmt::format("cannot import {}", entity));
    CsvReader reader(in, options.delimiter, options.encoding);
    Reports reports(options.source);
    std::vector<std::string> header;
    try {
        if (!reader.next(header))
            throw DataError(fmt::format("{}: the file is empty", options.source), "the first line must name the columns");
    } catch (const CsvError& e) {
        reports.add(e.line, "", e.hint().empty() ? std::string(e.what()) : fmt::format("{} ({})", e.what(), e.hint()));
        reports.fail();
    }

    // The header: every column known (or named with the closest known one), none twice, the
    // required ones present. A single column holding ';' is a Spanish-locale spreadsheet's file.
    const auto known = known_columns(entity);
    if (options.delimiter != ';' && header.size() == 1 && header[0].find(';') != std::string::npos) {
        throw ImportFailed({fmt::format("{}:{}: the header is one column with ';' in it: the file separates fields with ';'",
                                        options.source, reader.line())},
                           1, options.source, "add --delimiter ';' (or set delimiter = \";\" under [csv] in the config)");
    }
    std::vector<std::string> columns;
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::string name = text::fold(text::trim(header[c]));
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string near = text::closest(name, known);
            reports.add(reader.line(), "", near.empty() ? fmt::format("unknown column '{}'", header[c])
                                                        : fmt::format("unknown column '{}' (did you mean '{}'?)", header[c], near));
        } else if (std::find(columns.begin(), columns.end(), name) != columns.end()) {
            reports.add(reader.line(), "", fmt::format("column '{}' appears twice", name));
        }
        columns.push_back(name);
    }
    for (const auto& required : required_columns(entity))
        if (std::find(columns.begin(), columns.end(), required) == columns.end())
            reports.add(reader.line(), "", fmt::format("the required column '{}' is missing", required));
    if (reports.any()) reports.fail();

    const EntitySpec* spec = spec_of(entity);
    const std::string today = registry.clock().today().iso();
    ImportResult result;
    WriteTransaction tx(registry);
    // A larger page cache for the one transaction keeps its pages from spilling to the WAL.
    registry.db().exec(fmt::format("PRAGMA cache_size = -{}", BulkLoad::kLoadCache));
    std::optional<BulkLoad> bulk;
    if (spec) bulk.emplace(registry, *spec, reports);
    const std::int64_t max_id =
        spec ? registry.db().execAndGet(fmt::format("SELECT coalesce(max(id), 0) FROM {}", entity)).getInt64() : 0;
    std::vector<std::size_t> given;  // the field of each column
    if (spec)
        for (const auto& c : columns) given.push_back(spec->index(c));
    std::vector<std::pair<std::string, std::string>> named;
    // One row: added, updated or unchanged, or reported on its line.
    auto write = [&](ParsedRow& r) {
        try {
            RowOutcome outcome;
            if (!spec) {
                named.clear();
                for (std::size_t c = 0; c < columns.size(); ++c)
                    if (!derived(entity, columns[c])) named.emplace_back(columns[c], std::move(r.fields[c]));
                outcome = import_institution_row(tx, named);
            } else {
                outcome = import_record(tx, *spec, given, *r.incoming, today, max_id);
            }
            if (outcome == RowOutcome::added) ++result.added;
            else if (outcome == RowOutcome::updated) ++result.updated;
            else ++result.unchanged;
        } catch (const FieldError& e) {
            reports.add(r.line, e.field, e.detail);
        } catch (const Error& e) {
            if (e.code() != Exit::data && e.code() != Exit::not_found) throw;
            reports.add(r.line, "", e.what());
        }
    };
    // New rows that need no lookup (an id above max_id, or neither id nor ref) are written
    // kInsertRows to a statement, which halves SQLite's work per row. If SQLite refuses one
    // of them, it wrote none, and they are written again one by one to name the row.
    constexpr std::size_t kInsertRows = 64;
    std::vector<ParsedRow> pending;
    std::vector<Record> inserts;
    auto flush = [&] {
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
        return spec->lists.empty() && (row.values[0] ? row.id() > max_id : !row.get("ref"));
    };
    RowReader rows(reader, columns.size(), spec, given);
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
            if (bulk && result.rows == BulkLoad::kBulkRows) {
                flush();
                bulk->begin();
            }
            if (r.bad) {
                reports.add(r.line, r.column, r.message);
            } else if (!spec) {
                write(r);
            } else if (batched(*r.incoming)) {
                if (!bulk->before(*r.incoming, r.line)) reports.fail();
                pending.push_back(std::move(r));
                if (pending.size() == kInsertRows) flush();
            } else {
                flush();
                if (!bulk->before(*r.incoming, r.line)) reports.fail();
                write(r);
            }
        }
    }
    if (spec) flush();
    if (bulk) bulk->end();
    if (reports.any()) reports.fail();
    if (result.added + result.updated > 0) {
        tx.record("import", entity, options.source,
                  {{"rows", std::nullopt, std::to_string(result.rows)},
                   {"added", std::nullopt, std::to_string(result.added)},
                   {"updated", std::nullopt, std::to_string(result.updated)}});
    }
    if (!options.dry_run) tx.commit();
    return result;
}

namespace {

class Output {
public:
    explicit Output(std::ostream& out) : out_(out) { buffer_.reserve(kFlush + 4096); }
    ~Output() { flush(); }
    std::string& text() { return buffer_; }
    void maybe_flush() {
        if (buffer_.size() >= kFlush) flush();
    }
    void flush() {
        out_.write(buffer_.data(), std::streamsize(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t kFlush = 1 << 18;
    std::ostream& out_;
    std::string buffer_;
};

void csv_field(std::string& out, std::string_view field, char delimiter) {
    if (field.find_first_of(std::string_view{"\"\r\n"}) == std::string_view::npos && field.find(delimiter) == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void csv_header(std::string& out, const std::vector<std::string>& columns, const CsvStyle& style) {
    if (style.bom) out += "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c) out += style.delimiter;
        csv_field(out, columns[c], style.delimiter);
    }
    out += style.crlf ? "\r\n" : "\n";
}

}  // namespace

void export_records(std::ostream& out, Registry& registry, const EntitySpec& spec, const Query& query,
                    const ExportStyle& style) {
    const auto columns = column_names(spec);
    if (style.format == Format::json) {
        std::size_t n = 0;
        for_each_record(registry.db(), spec, query, [&](const Record& r) {
            out << (n++ ? ",\n" : "[\n");
            write_json_object(out, columns, record_row(r, ""));
        });
        out << (n ? "\n]\n" : "[]\n");
        return;
    }
    Output o(out);
    csv_header(o.text(), columns, style.csv);
    // Straight from the statement's columns: the stored forms are the CSV forms, but for
    // booleans (stored 0/1) and amounts (stored in cents).
    const std::size_t n = spec.fields.size();
    for_each_row(registry.db(), spec, query, [&](SQLite::Statement& q) {
        std::string& out = o.text();
        for (std::size_t i = 0; i < n; ++i) {
            if (i) out += style.csv.delimiter;
            SQLite::Column c = q.getColumn(int(i));
            if (c.isNull()) continue;
            const FieldType t = spec.fields[i].type;
            if (t == FieldType::boolean) {
                out += c.getInt() ? "true" : "false";
            } else if (t == FieldType::amount) {
                out += format_amount(c.getInt64());
            } else {
                const std::string_view value(c.getText(), std::size_t(c.getBytes()));
                if (style.csv.spreadsheet_safe && (t == FieldType::text || t == FieldType::long_text || t == FieldType::tags))
                    csv_field(out, spreadsheet_safe(value), style.csv.delimiter);
                else
                    csv_field(out, value, style.csv.delimiter);
            }
        }
        out += style.csv.crlf ? "\r\n" : "\n";
        o.maybe_flush();
    });
}

void export_institutions(std::ostream& out, const std::vector<InstitutionStatus>& institutions, const ExportStyle& style) {
    Table t = institution_table(institutions);
    if (style.format == Format::json) render_json(out, t);
    else render_csv(out, t, style.csv);
}

}  // namespace pymes
