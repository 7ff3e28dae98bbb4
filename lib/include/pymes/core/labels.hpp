#pragma once
/// What people read in a table instead of the machine's words (SPEC §11): column headings and
/// the labels of coded values, in the interface language. CSV and JSON keep the codes.

#include <string>
#include <string_view>

namespace pymes {

/// The heading of a column ("recorded_on" -> "registrada el" in Spanish); the name itself for a
/// column this table does not know.
std::string column_header(std::string_view column);

/// The label of a coded value in a column of a human table (an institution's status, how it
/// joined, a membership event's kind, a history action, what a search found, a boolean); empty
/// when the value is not one of those codes.
std::string value_label(std::string_view column, std::string_view value);

// The words for statuses: pymes/status.hpp.

}  // namespace pymes
