#pragma once
// One row of a membership import inside a WriteTransaction: lib-internal (the importer and its
// tests). Out of the public headers (issue 30, item 4).

#include <string>
#include <utility>
#include <vector>

#include "entities/institution_write.hpp"

namespace pymes {

/// One row of a membership import: an event already there (same id) is unchanged, or refused
/// if it says otherwise; a new one is checked against the log and kept with its id and
/// recorded_on. A founding event only for one of the 11, when it has no event yet.
RowOutcome import_membership_row(WriteTransaction& tx,
                                 const std::vector<std::pair<std::string, std::string>>& row);

}  // namespace pymes
