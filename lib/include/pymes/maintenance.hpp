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
    std::int64_t size_bytes = 0;                                ///< the file, without its WAL
    std::string journal_mode;
};
RegistryStatus registry_status(Registry& registry);

/// Every problem found: SQLite's integrity_check and foreign_key_check, the full-text indexes,
/// and the registry's own rules (the membership log of each institution). Empty when sound.
std::vector<std::string> check_registry(Registry& registry);

}  // namespace pymes
