#pragma once
/// Activities whose span overlaps a period, found through the index activity_by_period
/// (schema/0005_activity_periods.sql) without walking the table: one bounded range of the index
/// per class of span length. For the library alone (SQL text).

#include <string>
#include <vector>

#include "pymes/core/dates.hpp"

namespace pymes {

/// The FROM clause "(VALUES ...) AS c CROSS JOIN activity AS <alias> INDEXED BY
/// activity_by_period ON ..." whose rows are the activities of every class that start at most
/// the class's length before `from` (and all of them when `from` is absent). Its parameters are
/// numbered from `first`; `params` gets their values. The caller adds the overlap condition
/// itself (`coalesce(end_on, start_on) >= from AND start_on <= to`).
std::string activities_starting_near(const std::string& alias, int first, const Date& from,
                                     std::vector<std::string>& params);

/// The FROM clause "(VALUES ...) AS c CROSS JOIN activity AS <alias> INDEXED BY
/// activity_by_period ON <the class> = c.column1": every activity, class by class, for a caller
/// that adds a condition on start_on to the ON clause (" AND a.start_on > ?2").
std::string activities_by_span_class(const std::string& alias);

/// " AND <alias>.date >= date(<from>, '-N days')", N the longest meeting the registry keeps
/// (read from the index meeting_by_span, schema/0007_meeting_span.sql): added to an overlap
/// condition on meetings (`coalesce(end_date, date) >= from`), it bounds the range of
/// meeting_by_date that is read, so a period query reads only the meetings near it. `from` is
/// SQL: a parameter such as "?1" or "?".
std::string meetings_starting_near(const std::string& alias, const std::string& from);

}  // namespace pymes
