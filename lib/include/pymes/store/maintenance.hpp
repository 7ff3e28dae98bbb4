#pragma once
/// `db status` and `db check`: what the registry holds, and whether it is sound.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pymes {

class Registry;

struct RegistryStatus {
    std::string path;
    int file_schema = 0;
    int program_schema = 0;
    std::vector<std::pair<std::string, std::int64_t>> counts;  ///< table -> rows
    std::int64_t size_bytes = 0;                               ///< the file, without its WAL
    std::string journal_mode;
};
RegistryStatus registry_status(Registry& registry);

/// What `db check` found.
struct RegistryCheck {
    /// Every problem found; empty when the registry is sound.
    std::vector<std::string> problems;
    /// Institutions that are founding signatories (migration 0010); nullopt in a registry older
    /// than that, which does not say.
    std::optional<std::int64_t> founders;
    /// Founding signatures that stand (not annulled).
    std::int64_t founding_signatures = 0;
};

/// Every problem found: SQLite's integrity_check and foreign_key_check, the full-text indexes,
/// and the registry's own rules (the membership log of each institution; founding signatures
/// only of founding signatories, and theirs never annulled), with the count of founding
/// signatories and signatures. Only reads, in one read transaction (the last committed state
/// while others write); damage met while reading is reported as a problem and the other checks
/// still run. A lock held past the busy timeout throws (75): it is never reported as damage.
RegistryCheck check_registry(Registry& registry);

}  // namespace pymes
