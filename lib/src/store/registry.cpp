#include "pymes/store/registry.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <functional>
#include <thread>

#include "pymes/core/agreement.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/files.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/store/schema_migrations.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"

namespace pymes {

namespace fs = std::filesystem;

int program_schema_version() { return schema::kMigrations.back().version; }

namespace {

/// What the first 100 bytes of a file say, read without letting SQLite touch the file.
struct Header {
    bool sqlite = false;
    std::uint32_t application_id = 0;
    std::int32_t user_version = 0;
};

/// Refuses what is not a regular file (a FIFO would hang the open, a device never ends): 66.
void require_regular(const std::string& path, const struct stat& st) {
    if (S_ISDIR(st.st_mode))
        throw Error(Exit::no_input, trf("{} is a folder, not a registry file", path));
    if (!S_ISREG(st.st_mode)) {
        throw Error(
            Exit::no_input,
            trf("{} is not a regular file (a pipe, a device or a socket), not a registry", path),
            tr("name the registry file with --registry"));
    }
}

Header read_header(const std::string& path) {
    // O_NONBLOCK: a FIFO put there since the caller looked opens at once, and fstat refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        throw Error(Exit::no_input, trf("cannot read the registry {}", path),
                    tr("check the file's permissions"));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        require_regular(path, st);
    }
    std::array<unsigned char, 100> bytes{};
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += std::size_t(n);
    }
    ::close(fd);
    Header h;
    if (got != 100) return h;
    h.sqlite = std::string_view(reinterpret_cast<const char*>(bytes.data()), 16) ==
               std::string_view("SQLite format 3\0", 16);
    auto word = [&](std::size_t at) {
        return std::uint32_t(bytes[at]) << 24 | std::uint32_t(bytes[at + 1]) << 16 |
               std::uint32_t(bytes[at + 2]) << 8 | std::uint32_t(bytes[at + 3]);
    };
    h.user_version = std::int32_t(word(60));
    h.application_id = word(68);
    return h;
}

void configure(SQLite::Database& db, int busy_timeout_ms) {
    db.setBusyTimeout(busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = FULL");
}

int user_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

/// Applies migration `m` inside the caller's transaction and bumps user_version with it (init).
void apply(SQLite::Database& db, const schema::Migration& m) {
    db.exec(std::string(m.sql));
    db.exec(fmt::format("PRAGMA user_version = {}", m.version));
}

void seed(SQLite::Database& db, bool empty, const std::string& actor, const std::string& at) {
    SQLite::Statement agreement(
        db, "INSERT INTO agreement (id, title, signed_on, signed_in) VALUES (1, ?, ?, ?)");
    agreement.bind(1, std::string(kAgreementTitle));
    agreement.bind(2, std::string(kAgreementDate));
    agreement.bind(3, std::string(kAgreementPlace));
    agreement.exec();
    SQLite::Statement history(
        db,
        "INSERT INTO history (at, actor, action, entity, key, changes) VALUES (?, ?, ?, ?, ?, ?)");
    auto record = [&](const char* action, const char* entity, const std::string& key,
                      const Changes& changes) {
        history.bind(1, at);
        history.bind(2, actor);
        history.bind(3, action);
        history.bind(4, entity);
        history.bind(5, key);
        history.bind(6, changes_to_json(changes));
        history.exec();
        history.reset();
    };
    record("init", "registry", "schema",
           {{"schema", std::nullopt, std::to_string(program_schema_version())}});
    record("add", "agreement", "1",
           {{"title", std::nullopt, std::string(kAgreementTitle)},
            {"signed_on", std::nullopt, std::string(kAgreementDate)},
            {"signed_in", std::nullopt, std::string(kAgreementPlace)}});
    if (empty) return;
    // Each signatory is its own founder (migration 0010): it stays one whatever its code becomes.
    SQLite::Statement institution(
        db, "INSERT INTO institution (code, name, founder) VALUES (?1, ?2, ?1)");
    SQLite::Statement event(
        db,
        "INSERT INTO membership_event (institution, kind, date, place, recorded_on) "
        "VALUES (?, 'founding', ?, ?, ?)");
    for (const auto& s : founding_signatories()) {
        const std::string code(s.code), name(s.name);
        institution.bind(1, code);
        institution.bind(2, name);
        institution.exec();
        institution.reset();
        event.bind(1, code);
        event.bind(2, std::string(kAgreementDate));
        event.bind(3, std::string(kAgreementPlace));
        event.bind(4, at.substr(0, 10));
        event.exec();
        event.reset();
        record("add", "institution", code,
               {{"name", std::nullopt, name}, {"founder", std::nullopt, code}});
        record("accede", "institution", code,
               {{"status", "non-party", "party"},
                {"joined_on", std::nullopt, std::string(kAgreementDate)},
                {"joined_via", std::nullopt, "founding"},
                {"joined_place", std::nullopt, std::string(kAgreementPlace)}});
    }
}

/// The bytes of an SQLite database held in memory (sqlite3_serialize): `init` builds the
/// registry, a few pages, in memory.
std::string serialize(SQLite::Database& db) {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db.getHandle(), "main", &size, 0);
    if (!bytes) throw Error(Exit::software, tr("out of memory while copying the registry"));
    std::string out(reinterpret_cast<const char*>(bytes), std::size_t(size));
    sqlite3_free(bytes);
    return out;
}

}  // namespace

void copy_database(SQLite::Database& source, SQLite::Database& target, const ProgressFn& progress) {
    // One read transaction on the source for the whole copy: the backup copies that snapshot
    // and never starts again because another process wrote meanwhile.
    const bool own_read = ::sqlite3_get_autocommit(source.getHandle()) != 0;
    if (own_read) {
        source.exec("BEGIN");
        source.execAndGet("SELECT count(*) FROM sqlite_schema");
    }
    try {
        // The copy is new and whole or thrown away: no journal of it, one sync at the end.
        target.exec("PRAGMA journal_mode = OFF");
        target.exec("PRAGMA synchronous = OFF");
        SQLite::Backup backup(target, source);
        // A few pages at a time: SQLite's page caches are all the memory the copy takes.
        constexpr int kBackupPages = 256;
        for (int rc; (rc = backup.executeStep(kBackupPages)) != SQLITE_DONE;) {
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (!progress) continue;
            Progress p;
            p.unit = Progress::Unit::pages;
            p.total = std::uint64_t(backup.getTotalPageCount());
            p.done = p.total - std::uint64_t(backup.getRemainingPageCount());
            progress(p);
        }
    } catch (...) {
        if (own_read) source.tryExec("ROLLBACK");
        throw;
    }
    if (own_read) source.tryExec("ROLLBACK");
}

namespace {

/// Writes a consistent copy of `source` to `target`, with `mode`, never over anything: SQLite's
/// online backup, page by page, into a temporary file beside `target`, synced and then linked
/// into place (files.hpp). The memory it takes does not grow with the registry.
/// `progress`, when set, is called every few hundred pages copied.
void copy_to(SQLite::Database& source, const std::string& target, mode_t mode,
             const ProgressFn& progress = {}) {
    create_file_with(target, mode, tr("the backup"), [&](const std::string& temp) {
        SQLite::Database copy(temp, SQLite::OPEN_READWRITE);
        copy_database(source, copy, progress);
    });
}

/// The permission bits of the registry file (a backup keeps them); 0600 when unknown.
mode_t mode_of(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0600;
}

/// The registry's URI for a read-only connection that cannot make its -shm (a read-only
/// folder): immutable, which is safe there because nobody can write a WAL in that folder.
std::string immutable_uri(const std::string& path) {
    std::string uri = "file:";
    for (unsigned char c : fs::absolute(path).string()) {
        if (std::isalnum(c) || std::strchr("/-._~", c))
            uri += char(c);
        else
            uri += fmt::format("%{:02X}", c);
    }
    return uri + "?immutable=1";
}

}  // namespace

void Registry::create(const std::string& path, bool empty, const std::string& actor,
                      const Clock& clock) {
    const fs::path target(path);
    std::error_code ec;
    if (fs::exists(target, ec) || fs::is_symlink(target, ec)) {
        throw Error(Exit::cant_create, trf("a file already exists at {}", path),
                    tr("pymes init never overwrites; remove the file yourself or name another with "
                       "--registry"));
    }
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fs::create_directories(folder, ec);
    if (ec) {
        throw Error(Exit::cant_create, trf("cannot create the folder {}: {}", folder.string(),
                                           system_error_text(ec.value())));
    }
    // Built in memory, then written as a private file (0600) linked into place: never over
    // anything, never seen half-made.
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    configure(memory, 5000);
    memory.exec(fmt::format("PRAGMA application_id = {}", kApplicationId));
    {
        SQLite::Transaction tx(memory, SQLite::TransactionBehavior::IMMEDIATE);
        for (const auto& m : schema::kMigrations) apply(memory, m);
        seed(memory, empty, actor, clock.now_utc());
        tx.commit();
    }
    try {
        create_file(path, serialize(memory), 0600, tr("the registry"));
    } catch (const Error& e) {
        if (e.code() == Exit::cant_create &&
            std::string_view(e.what()) == trf("a file already exists at {}", path))
            throw Error(Exit::cant_create, e.what(),
                        tr("pymes init never overwrites; remove the file yourself or name another "
                           "with --registry"));
        throw;
    }
    // From now on the registry lives in WAL mode: readers never wait for the writer.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    db.exec("PRAGMA journal_mode = WAL");
}

Registry::Registry(std::unique_ptr<Impl> impl, std::string path, std::string actor, Clock clock)
    : impl_(std::move(impl)),
      path_(std::move(path)),
      actor_(std::move(actor)),
      clock_(std::move(clock)) {}
Registry::Registry(Registry&&) noexcept = default;
Registry& Registry::operator=(Registry&&) noexcept = default;
Registry::~Registry() = default;

Registry Registry::open(const OpenOptions& options) {
    const std::string& path = options.path;
    // Looked at before anything opens it: a FIFO, a device or a socket is refused (66), never
    // opened (opening a FIFO waits for a writer forever).
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) {
            throw Error(Exit::no_input, trf("there is no registry at {}", path),
                        tr("create one with `pymes init`, or name another with --registry"));
        }
        throw Error(Exit::no_input, trf("cannot read the registry {}", path),
                    tr("check the file's permissions"));
    }
    require_regular(path, st);
    const Header header = read_header(path);
    if (!header.sqlite) {
        throw DataError(
            trf("{} is not a pymes registry (not an SQLite database)", path),
            tr("name the registry file with --registry, or create one with `pymes init`"));
    }
    if (header.application_id != std::uint32_t(kApplicationId)) {
        throw DataError(
            trf("{} is an SQLite database, but not a pymes registry", path),
            tr("pymes only opens files it created with `pymes init`; the file was left untouched"));
    }
    // Nothing that writes (not even the journal mode) before the version is known to be one
    // this pymes may write: a refused registry is left exactly as it was.
    auto db = std::make_unique<SQLite::Database>(
        path, options.read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE);
    db->setBusyTimeout(options.busy_timeout_ms);
    int version = 0;
    try {
        version = user_version(*db);
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (options.read_only && (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)) {
            // db check reports what it can of a damaged file; the header still says its version.
            version = header.user_version;
        } else if (options.read_only && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY)) {
            // A WAL registry in a read-only folder: its -shm cannot be made, and nobody can write.
            db = std::make_unique<SQLite::Database>(immutable_uri(path),
                                                    SQLite::OPEN_READONLY | SQLite::OPEN_URI);
            db->setBusyTimeout(options.busy_timeout_ms);
            version = user_version(*db);
        } else {
            throw;
        }
    }
    if (options.read_only) {
        // Connection settings only (they load the schema, which may be damaged: db check says so).
        db->tryExec("PRAGMA foreign_keys = ON");
    } else {
        configure(*db, options.busy_timeout_ms);
    }
    if (version < 1) {
        throw DataError(trf("{} is damaged: its schema version ({}) is not one pymes ever wrote",
                            path, version),
                        tr("restore the latest backup; this pymes will not touch the file"));
    }
    if (version > program_schema_version()) {
        throw DataError(trf("{} was written by a newer pymes (registry schema {}; this pymes "
                            "knows up to {})",
                            path, version, program_schema_version()),
                        tr("install the newer pymes; this one will not touch the file"));
    }
    if (!options.read_only && db->execAndGet("PRAGMA journal_mode").getString() != "wal")
        db->exec("PRAGMA journal_mode = WAL");

    Registry registry(std::make_unique<Impl>(std::move(db)), path, options.actor, options.clock);
    if (version < program_schema_version()) {
        if (options.read_only && options.migrate == MigratePolicy::leave) {
            // db check reads an older registry as it is.
        } else if (options.read_only) {
            throw DataError(trf("{} has registry schema {}; this pymes needs {}, and this user "
                                "cannot write the file to migrate it",
                                path, version, program_schema_version()),
                            tr("ask the registry's owner to run `pymes db migrate`"));
        } else if (options.migrate == MigratePolicy::automatic) {
            registry.migration_backup_ = registry.migrate();
        } else if (options.migrate == MigratePolicy::refuse) {
            throw DataError(trf("{} has registry schema {}; this pymes needs {}", path, version,
                                program_schema_version()),
                            tr("run `pymes db migrate` (auto_migrate is off in the config)"));
        }
    }
    return registry;
}

int Registry::schema_version() { return user_version(*impl_->db); }

std::int64_t Registry::total_changes() const {
    return ::sqlite3_total_changes64(impl_->db->getHandle());
}

SQLite::Statement& Registry::Impl::statement(const std::string& sql) {
    auto& s = statements[sql];
    if (!s) {
        s = std::make_unique<SQLite::Statement>(*db, sql);
    } else {
        // tryReset: reset() would throw again the error of the statement's last failed run.
        s->tryReset();
        s->clearBindings();
    }
    return *s;
}

std::vector<MigrationStep> Registry::pending_migrations() {
    std::vector<MigrationStep> steps;
    const int version = schema_version();
    for (const auto& m : schema::kMigrations)
        if (m.version > version) steps.push_back({m.version, std::string(m.name)});
    return steps;
}

void Registry::backup_to(const std::string& target, const ProgressFn& progress) {
    std::error_code ec;
    if (fs::exists(target, ec) || fs::is_symlink(target, ec)) {
        throw Error(Exit::cant_create, trf("a file already exists at {}", target),
                    tr("a backup never overwrites; name a new file"));
    }
    copy_to(*impl_->db, target, mode_of(path_), progress);
}

std::string Registry::migrate() {
    std::vector<Step> steps;
    for (const auto& m : schema::kMigrations) steps.push_back({m.version, m.name, m.sql});
    return migrate(steps);
}

std::string Registry::migrate(const std::vector<Step>& steps) {
    if (steps.empty() || schema_version() >= steps.back().version) return {};
    SQLite::Database& db = *impl_->db;
    // A step may rebuild tables, which foreign keys forbid mid-way; each step is checked with
    // foreign_key_check before it is kept instead (the procedure SQLite documents for ALTER).
    // The pragma is a no-op inside a transaction, so it is set before.
    db.exec("PRAGMA foreign_keys = OFF");
    std::string backup;
    try {
        // One writer migrates: the others queue here on the busy timeout (or exit 75), then
        // find the registry migrated and do nothing, so there is one migration and one backup.
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        const int from = schema_version();
        if (from >= steps.back().version) {
            tx.commit();
            db.exec("PRAGMA foreign_keys = ON");
            return {};
        }
        backup = fmt::format("{}.schema-{}.bak", path_, from);
        for (int n = 2; fs::exists(backup) || fs::is_symlink(backup); ++n)
            backup = fmt::format("{}.schema-{}.{}.bak", path_, from, n);
        {
            // The last committed state, read by a second connection (ours holds the write lock).
            SQLite::Database source(path_, SQLite::OPEN_READONLY);
            source.setBusyTimeout(5000);  // a WAL reader waits only on recovery
            copy_to(source, backup, mode_of(path_));
        }
        const std::string at = clock_.now_utc();
        std::optional<Error> failed;
        for (const auto& m : steps) {
            const int current = schema_version();
            if (m.version <= current) continue;
            // Each step is kept or dropped whole: the steps before a failing one stay.
            db.exec("SAVEPOINT migration_step");
            try {
                db.exec(std::string(m.sql));
                db.exec(fmt::format("PRAGMA user_version = {}", m.version));
                SQLite::Statement check(db, "PRAGMA foreign_key_check");
                if (check.executeStep()) {
                    throw Error(
                        Exit::data,
                        trf("migration {} would leave records referring to missing ones", m.name),
                        trf("nothing was changed by this step; the backup is {}", backup));
                }
                SQLite::Statement h(db,
                                    "INSERT INTO history (at, actor, action, entity, key, changes) "
                                    "VALUES (?, ?, ?, ?, ?, ?)");
                h.bind(1, at);
                h.bind(2, actor_);
                h.bind(3, "migrate");
                h.bind(4, "registry");
                h.bind(5, "schema");
                h.bind(6, changes_to_json(
                              {{"schema", std::to_string(current), std::to_string(m.version)}}));
                h.exec();
                db.exec("RELEASE migration_step");
            } catch (const std::exception& e) {
                db.exec("ROLLBACK TO migration_step");
                db.exec("RELEASE migration_step");
                failed = classify(e);
                break;
            }
        }
        tx.commit();
        if (failed) throw *failed;
    } catch (...) {
        db.exec("PRAGMA foreign_keys = ON");
        throw;
    }
    db.exec("PRAGMA foreign_keys = ON");
    return backup;
}

WriteTransaction::WriteTransaction(Registry& registry)
    : registry_(registry), at_(registry.clock().now_utc()) {
    // No statement may still hold a read of the registry when the write lock is asked for: a
    // read snapshot would be upgraded, and SQLite refuses that at once (SQLITE_BUSY) instead of
    // waiting for the busy timeout. Reset, every kept statement lets its snapshot go.
    reset_statements(registry_);
    db_of(registry_).exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
    if (committed_) return;
    try {
        db_of(registry_).exec("ROLLBACK");
    } catch (...) {
        // A rollback that fails leaves nothing to undo (SQLite rolled back already).
    }
}

void WriteTransaction::record(std::string_view action, std::string_view entity,
                              std::string_view key, const Changes& changes) {
    if (changes.empty() && action == "edit") return;
    write_added();  // the rows stay in the order of the changes
    SQLite::Statement& q = statement_of(
        registry_,
        "INSERT INTO history (at, actor, action, entity, key, changes) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, at_);
    q.bind(2, registry_.actor());
    q.bind(3, std::string(action));
    q.bind(4, std::string(entity));
    q.bind(5, std::string(key));
    q.bind(6, changes_to_json(changes));
    q.exec();
}

void WriteTransaction::record_added(std::string_view entity, const std::vector<std::int64_t>& ids) {
    if (entity != added_entity_) write_added();
    added_entity_ = std::string(entity);
    for (std::int64_t id : ids) {
        added_.push_back(id);
        if (added_.size() == kAddedRows) write_added();
    }
}

void WriteTransaction::write_added() {
    if (added_.empty()) return;
    // Many rows to a statement: SQLite builds the lists of the table's CHECK (action IN ...,
    // entity IN ...) as temporary tables once per statement, 86,000 instructions, more than a
    // row costs; and an INSERT ... SELECT from json_each copies the rows into one.
    std::string sql = "INSERT INTO history (at, actor, action, entity, key, changes) VALUES ";
    for (std::size_t i = 0; i < added_.size(); ++i)
        sql += fmt::format("{}(?1, ?2, 'add', ?3, ?{}, '{{}}')", i ? ", " : "", i + 4);
    SQLite::Statement& q = statement_of(registry_, sql);
    q.bind(1, at_);
    q.bind(2, registry_.actor());
    q.bind(3, added_entity_);
    for (std::size_t i = 0; i < added_.size(); ++i)
        q.bind(static_cast<int>(i + 4), std::to_string(added_[i]));
    added_.clear();
    q.exec();
    q.reset();
}

void WriteTransaction::commit() {
    write_added();
    db_of(registry_).exec("COMMIT");
    committed_ = true;
}

}  // namespace pymes
