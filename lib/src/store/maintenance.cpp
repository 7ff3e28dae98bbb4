#include "pymes/store/maintenance.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <vector>

#include "pymes/core/dates.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/text.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {
// Table names are fixed here, never taken from input, so formatting them into SQL is safe.
constexpr const char* kTables[] = {"agreement", "institution",     "membership_event",
                                   "activity",  "meeting",         "meeting_attendee",
                                   "project",   "project_partner", "history"};
constexpr const char* kFullText[] = {"activity_fts", "meeting_fts", "project_fts"};
}  // namespace

RegistryStatus registry_status(Registry& registry) {
    auto& db = db_of(registry);
    RegistryStatus s;
    s.path = registry.path();
    s.file_schema = registry.schema_version();
    s.program_schema = program_schema_version();
    for (const char* table : kTables)
        s.counts.emplace_back(
            table, db.execAndGet(fmt::format("SELECT count(*) FROM {}", table)).getInt64());
    std::error_code ec;
    auto size = std::filesystem::file_size(registry.path(), ec);
    s.size_bytes = ec ? -1 : std::int64_t(size);
    s.journal_mode = db.execAndGet("PRAGMA journal_mode").getString();
    return s;
}

namespace {

/// A membership event's kind in words ("accession" in English, "adhesión" in Spanish).
std::string event_word(const std::string& kind) {
    std::string word = value_label("kind", kind);
    return word.empty() ? kind : word;
}

/// Each institution's membership log alternates: a joining event (the founding signature first,
/// if any), then a withdrawal, then an accession, ...; never dated in the future. Annulled events
/// count for nothing.
void check_membership(Registry& registry, std::vector<std::string>& problems) {
    auto& db = db_of(registry);
    SQLite::Statement q(
        db,
        "SELECT institution, kind, date FROM membership_event WHERE annulled_on IS NULL "
        "ORDER BY institution, date, id");
    std::string current, state;
    std::size_t position = 0;
    const std::string today = registry.clock().today().iso();
    while (q.executeStep()) {
        const std::string code = q.getColumn(0).getString(), kind = q.getColumn(1).getString(),
                          date = q.getColumn(2).getString();
        if (code != current) {
            current = code;
            state = "non-party";
            position = 0;
        }
        ++position;
        const auto parsed = parse_membership_kind(kind);
        const bool withdrawal = parsed == MembershipKind::withdrawal;
        if (parsed == MembershipKind::founding && position != 1)
            problems.push_back(trf("{}: a founding signature after other membership events", code));
        if (withdrawal && state != "party")
            problems.push_back(trf("{}: withdrawal on {} while not a party", code, date));
        if (!withdrawal && state == "party")
            problems.push_back(
                trf("{}: {} on {} while already a party", code, event_word(kind), date));
        if (date > today)
            problems.push_back(
                trf("{}: {} dated in the future ({})", code, event_word(kind), date));
        state = withdrawal ? "withdrawn" : "party";
    }
}

/// Founding signatures belong to the founding signatories (migration 0010, SPEC §2): a standing
/// one of any other institution (given before 0010 to an institution that took a renamed
/// founder's code) is named for annulment, and a founding signatory's annulled signature is
/// named too. Counts both in `result`. A registry older than 0010 (checked without migrating)
/// has no `founder`: only its signatures are counted.
void check_founders(SQLite::Database& db, RegistryCheck& result) {
    result.founding_signatures =
        db.execAndGet(
              "SELECT count(*) FROM membership_event WHERE kind = 'founding' AND annulled_on IS "
              "NULL")
            .getInt64();
    if (db.execAndGet("SELECT count(*) FROM pragma_table_info('institution') WHERE name = "
                      "'founder'")
            .getInt() == 0)
        return;
    result.founders =
        db.execAndGet("SELECT count(*) FROM institution WHERE founder IS NOT NULL").getInt64();
    SQLite::Statement q(
        db,
        "SELECT e.institution, e.id, i.founder, e.annulled_on IS NOT NULL FROM membership_event e "
        "JOIN institution i ON i.code = e.institution WHERE e.kind = 'founding' "
        "AND ((e.annulled_on IS NULL AND i.founder IS NULL) "
        "OR (e.annulled_on IS NOT NULL AND i.founder IS NOT NULL)) ORDER BY e.id");
    while (q.executeStep()) {
        const std::string code = q.getColumn(0).getString();
        const std::int64_t id = q.getColumn(1).getInt64();
        if (q.getColumn(3).getInt())
            result.problems.push_back(
                trf("{}: the founding signature of the founding signatory {} (event {}) is "
                    "annulled",
                    code, q.getColumn(2).getString(), id));
        else
            result.problems.push_back(
                trf("{}: a founding signature (event {}), but {} is not a founding signatory", code,
                    id, code));
    }
}

/// What is never damage of the registry: a lock (past the busy timeout it is 75), memory
/// running out, a full disk (the copy of the full-text check), an input/output error or an
/// interruption. The check stops with that error (classify), and never says "damaged".
bool not_damage(const SQLite::Exception& e) {
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
        case SQLITE_NOMEM:
        case SQLITE_FULL:
        case SQLITE_IOERR:
        case SQLITE_INTERRUPT:
        case SQLITE_CANTOPEN:
            return true;
        default:
            return false;
    }
}

/// Runs one check; damage found while reading is one more problem, and the checks go on.
void attempt(std::vector<std::string>& problems, const char* what,
             const std::function<void()>& check) {
    try {
        check();
    } catch (const SQLite::Exception& e) {
        if (not_damage(e)) throw;
        problems.push_back(trf("{}: could not be read to the end ({})", tr(what), e.getErrorStr()));
    }
}

/// FTS5 checks its index with an INSERT, which is a write. It runs on a copy of the snapshot
/// being checked, so the registry itself is only read (a writer at work, a read-only file or
/// folder: the check is the same). The copy is SQLite's temporary database (the empty file
/// name): a file in the temporary folder that SQLite removes, with a bounded page cache, so the
/// memory does not grow with the registry (the disk there needs the registry's size).
void check_full_text(SQLite::Database& db, std::vector<std::string>& problems) {
    SQLite::Database copy("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    copy_database(db, copy);
    for (const char* fts : kFullText) {
        try {
            copy.exec(fmt::format("INSERT INTO {0} ({0}) VALUES ('integrity-check')", fts));
        } catch (const SQLite::Exception& e) {
            if (not_damage(e)) throw;
            const int code = e.getErrorCode() & 0xff;
            problems.push_back(code == SQLITE_CORRUPT
                                   ? trf("the full-text index {} does not match its table", fts)
                                   : trf("the full-text index {} could not be checked ({})", fts,
                                         e.getErrorStr()));
        }
    }
}

/// The text columns of each table, as migration 0009 guards them (SPEC §2 "Text"): one-line
/// fields hold no control character, long ones only line breaks and tabs.
struct TextColumns {
    const char* table;
    const char* key;
    std::vector<const char*> one, several;
};

const std::vector<TextColumns>& text_columns() {
    static const std::vector<TextColumns> columns = {
        {"agreement", "id", {"title", "signed_in"}, {}},
        {"institution",
         "code",
         {"code", "name", "scope", "kind", "website", "email", "contact"},
         {"notes"}},
        {"membership_event", "id", {"institution", "place", "reference"}, {}},
        {"meeting", "id", {"title", "timezone", "place", "host"}, {"agenda", "minutes"}},
        {"activity", "id", {"ref", "institution", "title", "url", "tags"}, {"description"}},
        {"project", "id", {"ref", "title", "lead", "funding"}, {"description"}},
        {"meeting_attendee", "meeting", {"institution"}, {}},
        {"project_partner", "project", {"institution"}, {}},
        {"history", "id", {"actor"}, {}},
    };
    return columns;
}

/// Values with a control character that the registry took before migration 0009 (or from a
/// writer that bypassed pymes): each is named, with its table, key and column.
void check_text(SQLite::Database& db, std::vector<std::string>& problems) {
    // U+0001-U+001F, U+007F-U+009F; in long fields without TAB and LF. Bound, never pasted.
    const std::string one = "*[\x01-\x1F\x7F-\xC2\x9F]*";
    const std::string several = "*[\x01-\x08\x0B-\x1F\x7F-\xC2\x9F]*";
    for (const auto& t : text_columns()) {
        for (const bool lines : {false, true}) {
            for (const char* column : lines ? t.several : t.one) {
                // Names come from the table above, never from input.
                SQLite::Statement q(
                    db, fmt::format("SELECT {} FROM {} WHERE {} GLOB ?", t.key, t.table, column));
                q.bind(1, lines ? several : one);
                while (q.executeStep())
                    problems.push_back(trf("{} {}: {} holds a control character", t.table,
                                           text::visible(q.getColumn(0).getString()), column));
            }
        }
    }
}

}  // namespace

RegistryCheck check_registry(Registry& registry) {
    auto& db = db_of(registry);
    RegistryCheck result;
    std::vector<std::string>& problems = result.problems;
    // One read transaction: every check sees the same committed state, whatever is being
    // written meanwhile. Nothing here writes.
    db.exec("BEGIN");
    try {
        attempt(problems, N_("integrity"), [&] {
            SQLite::Statement q(db, "PRAGMA integrity_check");
            while (q.executeStep()) {
                std::string line = q.getColumn(0).getString();
                if (line != "ok") problems.push_back(trf("integrity: {}", line));
            }
        });
        attempt(problems, N_("references"), [&] {
            SQLite::Statement q(db, "PRAGMA foreign_key_check");
            while (q.executeStep()) {
                problems.push_back(trf("{} row {} refers to a missing {}",
                                       q.getColumn(0).getString(), q.getColumn(1).getString(),
                                       q.getColumn(2).getString()));
            }
        });
        attempt(problems, N_("full-text indexes"), [&] { check_full_text(db, problems); });
        attempt(problems, N_("agreement"), [&] {
            if (db.execAndGet("SELECT count(*) FROM agreement").getInt64() != 1)
                problems.push_back(tr("the agreement record is missing"));
        });
        attempt(problems, N_("membership log"), [&] { check_membership(registry, problems); });
        attempt(problems, N_("text"), [&] { check_text(db, problems); });
        attempt(problems, N_("founding signatories"), [&] { check_founders(db, result); });
    } catch (...) {
        db.tryExec("ROLLBACK");
        throw;
    }
    db.tryExec("ROLLBACK");
    return result;
}

}  // namespace pymes

namespace pymes {

std::string registry_identifier(Registry& registry) {
    SQLite::Statement q(db_of(registry), "SELECT uuid FROM registry_identity WHERE id = 1");
    if (!q.executeStep())
        throw DataError(tr("the registry has no identifier"),
                        tr("`pymes db check` examines the file; restore it from a backup"));
    return q.getColumn(0).getString();
}

}  // namespace pymes
