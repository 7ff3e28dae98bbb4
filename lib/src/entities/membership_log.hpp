#pragma once
// The membership log's reading side, shared inside the entities layer by institution.cpp (list,
// show, import) and membership.cpp (the log's rules).

#include <string>
#include <vector>

#include "pymes/entities/institution.hpp"

namespace SQLite {
class Database;
}

namespace pymes {

/// The events of one institution, by date then id.
std::vector<MembershipEvent> events_of(SQLite::Database& db, const std::string& code);
/// The membership that `events` (in order) give on `as_of` (YYYY-MM-DD).
Membership membership_as_of(const std::vector<MembershipEvent>& events, const std::string& as_of);
/// "1996-12-10 (founding signatory)", "2001-05-14 (accession, Caracas)".
std::string describe_join(const MembershipEvent& e);
/// The first fact that `events` (one institution's standing log, by date then id) would
/// contradict, in a coordinator's words; nullopt when the log keeps every rule of alternation.
std::optional<std::string> membership_log_contradiction(const std::string& code,
                                                        const std::vector<MembershipEvent>& events);

}  // namespace pymes
