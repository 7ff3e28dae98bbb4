#pragma once
// A cell as an nlohmann ordered_json value, for the JSON documents built whole (a record with
// its sections). The streaming writers of formats.cpp write cells themselves, row by row.

#include <nlohmann/json.hpp>

#include "pymes/core/table.hpp"

namespace pymes {

/// Text, integers, booleans and lists as themselves; a decimal (a budget) as a string with its
/// two decimals (SPEC §4: "25000.00"), so that no JSON reader rounds it; a JSON cell parsed.
nlohmann::ordered_json json_cell(const Cell& cell);

/// One row as an object keyed by `columns`, in their order.
nlohmann::ordered_json json_object(const std::vector<std::string>& columns, const Row& row);

}  // namespace pymes
