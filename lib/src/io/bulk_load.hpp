#pragma once
/// Loading many rows at once (private to the io layer): indexes set aside and made again.

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "import_reports.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes::detail {

/// Loading many rows into a table that keeps secondary indexes and a full-text index up to
/// date row by row scatters writes over the whole file. Past kBulkRows rows, the table's
/// indexes, full-text triggers and text guards are set aside (their SQL read from the schema, so
/// nothing here repeats it) and made again at the end, in the same transaction: an interrupted
/// import leaves them exactly as they were.
///
/// A unique index (a ref) is set aside too, while rows come with their ids: a ref used twice
/// is then found when the index is made again, and reported on the lines of the rows, which
/// `lines` keeps. A row that must be found by its ref brings the unique index back at once.
class BulkLoad {
  public:
    static constexpr std::size_t kBulkRows = 20'000;
    /// A file at least this large (about 16,000 activities) goes into an empty table with the
    /// indexes set aside from its first row.
    static constexpr std::uint64_t kBulkBytes = 4 << 20;
    /// Page caches, in KiB, measured on a million activities: loading rows and rebuilding the
    /// full-text index gain from a large one (rows spill less to the WAL); index builds lose
    /// (3.0 s at 2 MiB, 4.8 s at 16 MiB) and their sorter grows with it. Peak 49 MiB in all.
    static constexpr int kLoadCache = 32 * 1024, kIndexCache = 2 * 1024;
    /// Threads SQLite's sorter may add while an index is built.
    static constexpr int kSorterThreads = 1;
    /// FTS5's table of pending terms, in bytes: its default, and the size a rebuild uses.
    static constexpr int kDefaultHash = 1024 * 1024, kRebuildHash = 4 * 1024 * 1024;

    /// `written`: the line of every row of the file that came with its id.
    BulkLoad(Registry& registry, const EntitySpec& spec, Reports& reports, const KeyLines& written)
        : registry_(registry),
          spec_(spec),
          table_(spec.name()),
          reports_(reports),
          written_(written) {}

    void begin() {
        if (active_) return;
        active_ = true;
        SQLite::Statement q(
            db_of(registry_),
            "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND (type = 'index' OR (type = 'trigger' AND (name LIKE ? ESCAPE '\\' OR name LIKE ? "
            "ESCAPE '\\'))) ORDER BY type, name");
        q.bind(1, table_);
        q.bind(2, table_ + "\\_fts\\_%");
        // The guards of migration 0009 against control characters: every row here was checked
        // by normalize(), and they cost a GLOB per text column per row (3 s a million rows).
        q.bind(3, table_ + "\\_text\\_%");
        std::vector<std::string> drops;
        while (q.executeStep()) {
            std::string sql = q.getColumn(2).getString();
            const bool unique = sql.rfind("CREATE UNIQUE INDEX", 0) == 0;
            // A unique index is set aside only where a ref is what it keeps unique (the lines
            // of a ref used twice are found again); another (a meeting's calendar uid) stays
            // and refuses a second use at its row.
            if (unique && !spec_.field("ref")) continue;
            auto& kind = q.getColumn(0).getString() == "trigger" ? triggers_
                         : unique                                ? unique_
                                                                 : indexes_;
            kind.push_back(std::move(sql));
            drops.push_back(fmt::format("DROP {} \"{}\"", q.getColumn(0).getString(),
                                        q.getColumn(1).getString()));
        }
        q.reset();
        // Not the history's indexes: an import's rows go to their ends (the same time; the
        // entity's keys in a range of their own), and made again they would cost the whole
        // history: 100,000 projects after a million activities took 12.9 s of CPU with them
        // set aside, 6.6 s without; a million activities into a new registry, 31 s either way.
        // But the history's guard on the actor (0009), which the config checked once: as a
        // trigger program on every row it cost more than the row.
        SQLite::Statement h(db_of(registry_),
                            "SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'history' "
                            "AND type = 'trigger' AND name LIKE 'history\\_text\\_%' ESCAPE '\\' "
                            "AND sql IS NOT NULL ORDER BY name");
        while (h.executeStep()) {
            triggers_.push_back(h.getColumn(1).getString());
            drops.push_back(fmt::format("DROP TRIGGER \"{}\"", h.getColumn(0).getString()));
        }
        h.reset();
        reset_statements(registry_);  // no cursor may stay open on the table while it changes
        for (const auto& drop : drops) db_of(registry_).exec(drop);
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
        if (!restore_unique() || reports_.any())
            return;  // the import fails: the rest would be wasted
        reset_statements(registry_);
        for_indexes(true);
        for (const auto& sql : indexes_) db_of(registry_).exec(sql);
        for_indexes(false);
        for (const auto& sql : triggers_) db_of(registry_).exec(sql);
        // A full-text trigger was set aside only if there is an index to rebuild. Rebuilding
        // with FTS5's automatic merging off and then back to its default (4) is
        // about 30% faster on a million activities, and queries are answered as fast. A
        // larger table of pending terms (kRebuildHash, then back to FTS5's default) writes
        // fewer, larger segments: 0.93 -> 0.75 s for 200,000 activities, for 3 MiB more.
        if (std::any_of(triggers_.begin(), triggers_.end(), [&](const std::string& sql) {
                return sql.find(table_ + "_fts_") != std::string::npos;
            })) {
            fts_option("automerge", 0);
            fts_option("hashsize", kRebuildHash);
            db_of(registry_).exec(
                fmt::format("INSERT INTO {0}_fts ({0}_fts) VALUES ('rebuild')", table_));
            fts_option("hashsize", kDefaultHash);
            fts_option("automerge", 4);
        }
        active_ = false;
    }

  private:
    void fts_option(const char* name, int value) {
        db_of(registry_).exec(fmt::format("INSERT INTO {0}_fts ({0}_fts, rank) VALUES ('{1}', {2})",
                                          table_, name, value));
    }

    /// Index builds: a small page cache, and SQLite's sorter on a second thread (it sorts
    /// and merges halves of the rows at once): three indexes of a million activities
    /// 3.2 -> 2.2 s, for 0.4 s more CPU and 4 MiB. Then back to the rows' settings.
    void for_indexes(bool on) {
        cache(on ? kIndexCache : kLoadCache);
        db_of(registry_).exec(fmt::format("PRAGMA threads = {}", on ? kSorterThreads : 0));
    }

    void cache(int kib) { db_of(registry_).exec(fmt::format("PRAGMA cache_size = -{}", kib)); }

    bool restore_unique() {
        if (unique_.empty()) return true;
        reset_statements(registry_);
        for_indexes(true);
        try {
            for (const auto& sql : unique_) db_of(registry_).exec(sql);
        } catch (const SQLite::Exception& e) {
            for_indexes(false);
            if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE) throw;
            report_duplicates();
            return false;
        }
        for_indexes(false);
        unique_.clear();
        lines_.clear();
        return true;
    }

    /// Each row whose ref an earlier row (or a record already there) has, on its line, as the
    /// row-by-row import would report it.
    void report_duplicates() {
        const std::string scope(spec_.ref_scope);
        const std::string key = scope.empty() ? "ref" : "ref, " + scope;
        const std::string groups = fmt::format(
            "SELECT {0}, group_concat(id) AS ids, count(*) AS n FROM {1} WHERE ref IS NOT NULL "
            "GROUP BY {0} "
            "HAVING n > 1 ORDER BY max(id)",
            key, table_);
        // Lines for the first groups, about the first rows of the file (reports keep 100
        // lines); the rest are counted.
        SQLite::Statement q(db_of(registry_),
                            groups + fmt::format(" LIMIT {}", kMaxReportedErrors));
        std::size_t reported = 0;
        while (q.executeStep()) {
            reported += std::size_t(q.getColumn("n").getInt64()) - 1;
            const std::string ref = q.getColumn(0).getString();
            const std::string of = scope.empty() ? "" : trf(" of {}", q.getColumn(1).getString());
            std::vector<std::pair<std::size_t, std::int64_t>>
                rows;  // (line, id); line 0: already there
            std::string_view ids = q.getColumn("ids").getText();
            while (!ids.empty()) {
                const auto comma = ids.find(',');
                const std::int64_t id = std::stoll(std::string(ids.substr(0, comma)));
                rows.emplace_back(lines_.line_of(id).value_or(written_.line_of(id).value_or(0)),
                                  id);
                ids = comma == std::string_view::npos ? std::string_view() : ids.substr(comma + 1);
            }
            std::sort(rows.begin(), rows.end());
            for (std::size_t i = 1; i < rows.size(); ++i)
                if (rows[i].first != 0 && rows[0].first != 0)
                    reports_.add(
                        rows[i].first, "ref",
                        trf("'{}'{} is also the ref on line {}: a key may appear once in a file",
                            ref, of, rows[0].first));
                else if (rows[i].first != 0)
                    reports_.add(rows[i].first, "ref",
                                 trf("'{}' is already the ref of {} {}{}", ref,
                                     value_label("entity", table_), rows[0].second, of));
        }
        const auto all = std::size_t(
            db_of(registry_)
                .execAndGet(fmt::format("SELECT coalesce(sum(n - 1), 0) FROM ({})", groups))
                .getInt64());
        reports_.more(all - reported);
    }

    Registry& registry_;
    const EntitySpec& spec_;
    std::string table_;
    Reports& reports_;
    const KeyLines& written_;
    bool active_ = false;
    std::vector<std::string> unique_, indexes_, triggers_;  // set aside: made again in end()
    IdLines lines_;
};

}  // namespace pymes::detail
