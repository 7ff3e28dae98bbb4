#pragma once
/// The registry: one SQLite file, stamped with PRAGMA application_id and versioned by
/// PRAGMA user_version through the migrations compiled in from schema/.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/clock.hpp"
#include "pymes/core/progress.hpp"
#include "pymes/store/history.hpp"

namespace pymes {

/// 'PYME' in ASCII: what PRAGMA application_id says in every registry.
inline constexpr int kApplicationId = 0x50594D45;

/// The schema version this program writes: the number of its last migration.
int program_schema_version();

class Registry;
/// The registry's identifier: a random UUID made at `init` (or by the migration that brought
/// it to an older registry), kept by migrations and backups. Calendar UIDs and published
/// identifiers are built from it so that two registries never collide.
std::string registry_identifier(Registry& registry);

enum class MigratePolicy {
    automatic,  ///< migrate an older registry on open, after writing a backup beside it
    refuse,     ///< refuse an older registry and say to run `pymes db migrate`
    leave,      ///< open it as it is (for `db status` and `db migrate`)
};

struct OpenOptions {
    std::string path;
    int busy_timeout_ms = 5000;
    MigratePolicy migrate = MigratePolicy::automatic;
    std::string actor;            ///< who writes: config `user`, else $USER
    Clock clock = Clock::real();  ///< what "today" and "now" are for this registry's writes
    /// Open for reading only (`db check`): nothing is written, not even the journal mode, an
    /// older registry is left as it is, and a read-only file or folder can be read.
    bool read_only = false;
};

/// One pending migration step.
struct MigrationStep {
    int version;
    std::string name;
};

struct RegistryAccess;  // the library's way to the connection: lib/src/store/db.hpp

class Registry {
  public:
    /// Creates a new registry at `path` (and its folder), holding the agreement and, unless
    /// `empty`, its 11 founding signatories as parties since 1996-12-10. Built in a temporary
    /// file and linked into place, so it never overwrites and is never seen half-made.
    /// Throws Error(73) when the file exists or cannot be created.
    static void create(const std::string& path, bool empty, const std::string& actor,
                       const Clock& clock = Clock::real());

    /// Opens an existing registry. Refuses a missing file (66), a file that is not a pymes
    /// registry, comes from a newer pymes or has an impossible schema version (65), and leaves
    /// such files untouched: the checks come before anything is written.
    static Registry open(const OpenOptions& options);

    Registry(Registry&&) noexcept;
    Registry& operator=(Registry&&) noexcept;
    ~Registry();

    const std::string& path() const { return path_; }
    const std::string& actor() const { return actor_; }
    /// The injected clock: every "today" of the library is clock().today().
    const Clock& clock() const { return clock_; }

    /// PRAGMA user_version of the file.
    int schema_version();
    /// Migrations the file still needs, oldest first.
    std::vector<MigrationStep> pending_migrations();
    /// Takes the write lock (waiting on the busy timeout: of processes opening an older registry
    /// at once, one migrates and the others find it done), writes a backup copy beside the
    /// file, then applies each pending migration whole or not at all (a savepoint each), with the
    /// user_version bump inside it. Returns the backup's path, or empty
    /// when nothing was pending.
    std::string migrate();
    /// The same with another list of migrations (`sql` of each, numbered 1..N): how the tests
    /// run the mechanism on steps that are not (yet) in schema/.
    struct Step {
        int version;
        std::string_view name, sql;
    };
    std::string migrate(const std::vector<Step>& steps);
    /// Writes a consistent copy to `target` with SQLite's online backup, with the registry's
    /// own mode. Refuses to overwrite; a copy interrupted half-way leaves no file.
    /// `progress`, when set, is called every few hundred pages copied.
    void backup_to(const std::string& target, const ProgressFn& progress = {});

    /// Where `migrate` put its backup when the registry was migrated on open; empty otherwise.
    const std::string& migration_backup() const { return migration_backup_; }

    /// Rows inserted, updated or deleted through this connection since it opened (SQLite's
    /// total_changes): a command compares it before and after to know whether it wrote.
    std::int64_t total_changes() const;

  private:
    /// The connection and its kept statements (lib/src/store/db.hpp), out of the public header.
    struct Impl;
    friend struct RegistryAccess;
    Registry(std::unique_ptr<Impl> impl, std::string path, std::string actor, Clock clock);
    std::unique_ptr<Impl> impl_;
    std::string path_;
    std::string actor_;
    Clock clock_;
    std::string migration_backup_;
};

}  // namespace pymes
