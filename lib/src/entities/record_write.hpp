#pragma once
// Writing records inside a WriteTransaction: lib-internal (the import, add, edit and remove
// use them; cmd/ calls those). Out of the public headers (issue 30, item 4).

#include <cstdint>
#include <string_view>
#include <vector>

#include "pymes/entities/record.hpp"
#include "store/write_transaction.hpp"

namespace pymes {

/// Writes a new record; a numbered one gets its id. `action` names it in the history.
std::int64_t insert_record(WriteTransaction& tx, Record& record, bool write_history = true,
                           std::string_view action = "add");
/// Inserts records of one entity without lists in a single statement, each with its history row
/// and (meetings, projects) its first status change, as `add` writes them: all
/// of them, or (throwing what SQLite says) none. Each must be whole, its id given or absent.
void insert_records(WriteTransaction& tx, const std::vector<Record>& records);
/// Writes `after` over `before`; returns the changes (none: nothing written).
Changes update_record(WriteTransaction& tx, const Record& before, const Record& after,
                      bool write_history = true, std::string_view action = "edit");

}  // namespace pymes
