#pragma once
// What the digest, the annual report and the depositary's notice ask the registry alike (issue 30,
// item 3): a kept statement with its text parameters, a count, and the parties on a day.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes::report_query {

/// The registry's kept statement for `sql`, with `params` bound as ?1, ?2, ...
inline SQLite::Statement& prepared(Registry& r, const std::string& sql,
                                   const std::vector<std::string>& params) {
    SQLite::Statement& q = statement_of(r, sql);
    for (std::size_t i = 0; i < params.size(); ++i) q.bind(int(i + 1), params[i]);
    return q;
}

/// The first column of the first row of `sql` (a count); the statement is reset after.
inline std::int64_t count(Registry& r, const std::string& sql,
                          const std::vector<std::string>& params) {
    SQLite::Statement& q = prepared(r, sql, params);
    q.executeStep();
    const std::int64_t n = q.getColumn(0).getInt64();
    q.reset();
    return n;
}

/// An institution `i` is a party on ?1 (YYYY-MM-DD): its last standing event by then, annulled
/// ones aside, joins it (every event of that day counted).
inline constexpr const char* kPartyOn =
    "(SELECT kind FROM membership_event e WHERE e.institution = i.code AND e.date <= ?1 "
    "AND e.annulled_on IS NULL ORDER BY e.date DESC, e.id DESC LIMIT 1) IN ('founding', "
    "'accession')";

/// How many institutions are parties on `day` (YYYY-MM-DD).
inline std::int64_t parties_count(Registry& r, const std::string& day) {
    return count(r, std::string("SELECT count(*) FROM institution i WHERE ") + kPartyOn, {day});
}

}  // namespace pymes::report_query
