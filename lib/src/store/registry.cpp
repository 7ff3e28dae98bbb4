#include "pymes/registry.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <functional>
#include <filesystem>
#include <fstream>

#include "pymes/dates.hpp"
#include "pymes/errors.hpp"
#include "pymes/agreement.hpp"
#include "pymes/schema_migrations.hpp"

namespace pymes {

namespace fs = std::filesystem;

int program_schema_version() { return schema::kMigrations.back().version; }

namespace {

/// What the first 100 bytes of a file say, read without letting SQLite touch the file.
struct Header {
    bool sqlite = false;
    std::uint32_t application_id = 0;
};

Header read_header(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(Exit::no_input, fmt::format("cannot read the registry {}", path),
                    "check the file's permissions");
    }
    std::array<unsigned char, 100> bytes{};
    in.read(reinterpret_cast<char*>(bytes.data()), bytes.size());
    Header h;
    if (in.gcount() != 100) return h;
    h.sqlite = std::string_view(reinterpret_cast<const char*>(bytes.data()), 16) ==
               std::string_view("SQLite format 3\0", 16);
    h.application_id = std::uint32_t(bytes[68]) << 24 | std::uint32_t(bytes[69]) << 16 |
                       std::uint32_t(bytes[70]) << 8 | std::uint32_t(bytes[71]);
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
    SQLite::Statement agreement(db, "INSERT INTO agreement (id, title, signed_on, signed_in) VALUES (1, ?, ?, ?)");
    agreement.bind(1, std::string(kAgreementTitle));
    agreement.bind(2, std::string(kAgreementDate));
    agreement.bind(3, std::string(kAgreementPlace));
    agreement.exec();
    SQLite::Statement history(db, "INSERT INTO history (at, actor, action, entity, key, changes) VALUES (?, ?, ?, ?, ?, ?)");
    auto record = [&](const char* action, const char* entity, const std::string& key, const Changes& changes) {
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
    SQLite::Statement institution(db, "INSERT INTO institution (code, name) VALUES (?, ?)");
    SQLite::Statement event(db,
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
        record("add", "institution", code, {{"name", std::nullopt, name}});
        record("accede", "institution", code,
               {{"status", "non-party", "party"},
                {"joined_on", std::nullopt, std::string(kAgreementDate)},
                {"joined_via", std::nullopt, "founding"},
                {"joined_place", std::nullopt, std::string(kAgreementPlace)}});
    }
}

/// Builds a new SQLite file with `build(temp_path)` beside `target`, then link()s it into place:
/// link refuses an existing name, so nothing is ever overwritten (not even by two processes at
/// once), and a process killed mid-way never leaves a half-made file under the target's name.
/// `what` names the file in errors ("the registry", "the backup").
void build_then_link(const fs::path& target, const std::string& what, const char* suffix,
                     const std::function<void(const std::string&)>& build) {
    std::error_code ec;
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path temp = folder / fmt::format(".{}.{}-{}", target.filename().string(), suffix, ::getpid());
    fs::remove(temp, ec);
    try {
        build(temp.string());
        if (::link(temp.c_str(), target.c_str()) != 0) {
            const int err = errno;
            throw Error(Exit::cant_create, err == EEXIST ? fmt::format("a file already exists at {}", target.string())
                                                         : fmt::format("cannot create {}: {}", target.string(), std::strerror(err)));
        }
        fs::remove(temp, ec);
    } catch (const Error&) {
        fs::remove(temp, ec);
        throw;
    } catch (const SQLite::Exception& e) {
        fs::remove(temp, ec);
        Error error = classify(e);
        if (error.code() == Exit::no_input || error.code() == Exit::cant_create)
            throw Error(Exit::cant_create, fmt::format("cannot create {} at {}", what, target.string()),
                        "check that the folder exists and is writable");
        throw error;
    }
}

}  // namespace

void Registry::create(const std::string& path, bool empty, const std::string& actor, const Clock& clock) {
    const fs::path target(path);
    std::error_code ec;
    if (fs::exists(target, ec) || fs::is_symlink(target, ec)) {
        throw Error(Exit::cant_create, fmt::format("a file already exists at {}", path),
                    "pymes init never overwrites; remove the file yourself or name another with --registry");
    }
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fs::create_directories(folder, ec);
    if (ec) {
        throw Error(Exit::cant_create, fmt::format("cannot create the folder {}: {}", folder.string(), ec.message()));
    }
    build_then_link(target, "the registry", "init", [&](const std::string& temp) {
        SQLite::Database db(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        configure(db, 5000);
        db.exec("PRAGMA journal_mode = DELETE");
        db.exec(fmt::format("PRAGMA application_id = {}", kApplicationId));
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        for (const auto& m : schema::kMigrations) apply(db, m);
        seed(db, empty, actor, clock.now_utc());
        tx.commit();
    });
    // From now on the registry lives in WAL mode: readers never wait for the writer.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    db.exec("PRAGMA journal_mode = WAL");
}

Registry::Registry(std::unique_ptr<SQLite::Database> db, std::string path, std::string actor, Clock clock)
    : db_(std::move(db)), path_(std::move(path)), actor_(std::move(actor)), clock_(std::move(clock)) {}
Registry::Registry(Registry&&) noexcept = default;
Registry& Registry::operator=(Registry&&) noexcept = default;
Registry::~Registry() = default;

Registry Registry::open(const OpenOptions& options) {
    const std::string& path = options.path;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        throw Error(Exit::no_input, fmt::format("there is no registry at {}", path),
                    "create one with `pymes init`, or name another with --registry");
    }
    if (fs::is_directory(path, ec)) {
        throw Error(Exit::no_input, fmt::format("{} is a folder, not a registry file", path));
    }
    const Header header = read_header(path);
    if (!header.sqlite) {
        throw DataError(fmt::format("{} is not a pymes registry (not an SQLite database)", path),
                        "name the registry file with --registry, or create one with `pymes init`");
    }
    if (header.application_id != std::uint32_t(kApplicationId)) {
        throw DataError(fmt::format("{} is an SQLite database, but not a pymes registry", path),
                        "pymes only opens files it created with `pymes init`; the file was left untouched");
    }
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE);
    configure(*db, options.busy_timeout_ms);
    if (db->execAndGet("PRAGMA journal_mode").getString() != "wal") db->exec("PRAGMA journal_mode = WAL");

    Registry registry(std::move(db), path, options.actor, options.clock);
    const int version = registry.schema_version();
    if (version > program_schema_version()) {
        throw DataError(fmt::format("{} was written by a newer pymes (registry schema {}; this pymes "
                                    "knows up to {})", path, version, program_schema_version()),
                        "install the newer pymes; this one will not touch the file");
    }
    if (version < program_schema_version()) {
        if (options.migrate == MigratePolicy::automatic) {
            registry.migration_backup_ = registry.migrate();
        } else if (options.migrate == MigratePolicy::refuse) {
            throw DataError(fmt::format("{} has registry schema {}; this pymes needs {}", path, version,
                                        program_schema_version()),
                            "run `pymes db migrate` (auto_migrate is off in the config)");
        }
    }
    return registry;
}

int Registry::schema_version() { return user_version(*db_); }

void Registry::reset_statements() {
    for (auto& [sql, s] : statements_) s->tryReset();
}

SQLite::Statement& Registry::statement(const std::string& sql) {
    auto& s = statements_[sql];
    if (!s) {
        s = std::make_unique<SQLite::Statement>(*db_, sql);
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

void Registry::backup_to(const std::string& target) {
    std::error_code ec;
    if (fs::exists(target, ec)) {
        throw Error(Exit::cant_create, fmt::format("a file already exists at {}", target),
                    "a backup never overwrites; name a new file");
    }
    build_then_link(target, "the backup", "part", [&](const std::string& temp) {
        SQLite::Database copy(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(copy, *db_);
        backup.executeStep(-1);
    });
}

std::string Registry::migrate() {
    std::vector<Step> steps;
    for (const auto& m : schema::kMigrations) steps.push_back({m.version, m.name, m.sql});
    return migrate(steps);
}

std::string Registry::migrate(const std::vector<Step>& steps) {
    const int from = schema_version();
    if (steps.empty() || from >= steps.back().version) return {};
    std::string backup = fmt::format("{}.schema-{}.bak", path_, from);
    for (int n = 2; fs::exists(backup); ++n) backup = fmt::format("{}.schema-{}.{}.bak", path_, from, n);
    backup_to(backup);
    // A step may rebuild tables, which foreign keys forbid mid-way; each step is checked with
    // foreign_key_check before its commit instead (the procedure SQLite documents for ALTER).
    db_->exec("PRAGMA foreign_keys = OFF");
    try {
        for (const auto& m : steps) {
            WriteTransaction tx(*this);
            const int current = schema_version();  // another process may have migrated meanwhile
            if (m.version <= current) continue;
            db_->exec(std::string(m.sql));
            db_->exec(fmt::format("PRAGMA user_version = {}", m.version));
            SQLite::Statement check(*db_, "PRAGMA foreign_key_check");
            if (check.executeStep()) {
                throw Error(Exit::data, fmt::format("migration {} would leave records referring to missing ones", m.name),
                            fmt::format("nothing was changed by this step; the backup is {}", backup));
            }
            tx.record("migrate", "registry", "schema", {{"schema", std::to_string(current), std::to_string(m.version)}});
            tx.commit();
        }
    } catch (...) {
        db_->exec("PRAGMA foreign_keys = ON");
        throw;
    }
    db_->exec("PRAGMA foreign_keys = ON");
    return backup;
}

WriteTransaction::WriteTransaction(Registry& registry)
    : registry_(registry),
      transaction_(registry.db(), SQLite::TransactionBehavior::IMMEDIATE),
      at_(registry.clock().now_utc()) {}

void WriteTransaction::record(std::string_view action, std::string_view entity, std::string_view key,
                              const Changes& changes) {
    if (changes.empty() && action == "edit") return;
    SQLite::Statement& q =
        registry_.statement("INSERT INTO history (at, actor, action, entity, key, changes) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, at_);
    q.bind(2, registry_.actor());
    q.bind(3, std::string(action));
    q.bind(4, std::string(entity));
    q.bind(5, std::string(key));
    q.bind(6, changes_to_json(changes));
    q.exec();
}

void WriteTransaction::commit() { transaction_.commit(); }

}  // namespace pymes
