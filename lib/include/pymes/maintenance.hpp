#pragma once
/// `db status` and `db check`: what the registry holds, and whether it is sound.

#include <cstdint>
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

/// Every problem found: SQLite's integrity_check and foreign_key_check, the full-text indexes,
/// and the registry's own rules (the membership log of each institution). Empty when sound.
/// Only reads, in one read transaction (the last committed state while others write); damage
/// met while reading is reported as a problem and the other checks still run. A lock held past
/// the busy timeout throws (75): it is never reported as damage.
std::vector<std::string> check_registry(Registry& registry);

}  // namespace pymes
