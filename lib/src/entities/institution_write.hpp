#pragma once
// Writing an institution's membership event or import row inside a WriteTransaction:
// lib-internal (accede, withdraw, the importers). Out of the public headers (issue 30, item 4).

#include <string>
#include <utility>
#include <vector>

#include "pymes/entities/institution.hpp"
#include "store/write_transaction.hpp"

namespace pymes {

/// Records one membership event after checking it against the log (used by accede, withdraw
/// and the importer): chronological order, only a party withdraws, a party does not accede.
void append_membership_event(WriteTransaction& tx, const std::string& code,
                             const MembershipEvent& event);

enum class RowOutcome { unchanged, added, updated };
/// One row of an institution import, in the caller's transaction: column name -> text.
/// Never makes membership events: joined_*/withdrawn_on must agree with the log where it has
/// events for the institution; where it has none they are not applied, and
/// `membership_not_applied` says whether the row stated any. `founder` must agree with the
/// registry where the institution is a founding signatory; it makes one only of an institution
/// that is none, for a signatory the registry lacks (a registry rebuilt from `init --empty`),
/// and never from a file sent by one institution (`speaks_for_itself`, --as). A row of a file
/// without the column that says `joined_via` founding for one of the 11 codes is read as naming
/// that signatory, on the same terms (what an older pymes exported). Throws FieldError naming
/// the column.
RowOutcome import_institution_row(WriteTransaction& tx,
                                  const std::vector<std::pair<std::string, std::string>>& row,
                                  bool* membership_not_applied = nullptr,
                                  bool speaks_for_itself = false);

}  // namespace pymes
