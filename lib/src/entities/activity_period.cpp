#include "entities/activity_period.hpp"

#include <fmt/format.h>

namespace pymes {

namespace {

/// Each class's longest span in days; the last holds every longer one.
constexpr int kClasses[] = {0, 7, 31, 92, 366, 1827, 3652425};

/// The index's expression, with the table's alias: SQLite matches it to the index only when it
/// is the same expression as in schema/0005_activity_periods.sql.
std::string span_class(const std::string& a) {
    return fmt::format(
        "CASE WHEN {0}.end_on IS NULL OR {0}.end_on <= {0}.start_on THEN 0 "
        "WHEN {0}.end_on <= date({0}.start_on, '+7 days') THEN 7 "
        "WHEN {0}.end_on <= date({0}.start_on, '+31 days') THEN 31 "
        "WHEN {0}.end_on <= date({0}.start_on, '+92 days') THEN 92 "
        "WHEN {0}.end_on <= date({0}.start_on, '+366 days') THEN 366 "
        "WHEN {0}.end_on <= date({0}.start_on, '+1827 days') THEN 1827 "
        "ELSE 3652425 END",
        a);
}

}  // namespace

std::string activities_starting_near(const std::string& alias, int first, const Date& from,
                                     std::vector<std::string>& params) {
    std::string values;
    for (int k : kClasses) {
        values += fmt::format("{}({}, ?{})", values.empty() ? "" : ", ", k, first++);
        // The last class has no bound: from its first start on ('0': the CHECK's least date).
        params.push_back(k == kClasses[std::size(kClasses) - 1] ? "0" : from.plus_days(-k).iso());
    }
    return fmt::format(
        "(VALUES {0}) AS c CROSS JOIN activity AS {1} INDEXED BY activity_by_period "
        "ON {2} = c.column1 AND {1}.start_on >= c.column2",
        values, alias, span_class(alias));
}

std::string activities_by_span_class(const std::string& alias) {
    std::string values;
    for (int k : kClasses) values += fmt::format("{}({})", values.empty() ? "" : ", ", k);
    return fmt::format(
        "(VALUES {0}) AS c CROSS JOIN activity AS {1} INDEXED BY activity_by_period "
        "ON {2} = c.column1",
        values, alias, span_class(alias));
}

std::string meetings_starting_near(const std::string& alias, const std::string& from) {
    // The expression is the index's, word for word, so max() reads one entry of it.
    return " AND " + alias + ".date >= date(" + from +
           ", '-' || (SELECT coalesce(max(julianday(coalesce(end_date, date)) - julianday(date)), "
           "0) FROM meeting) || ' days')";
}

}  // namespace pymes
