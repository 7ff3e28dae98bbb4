#pragma once
/// Renderers for people: a Table (or one record) as an aligned table, or in the chosen format.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/table.hpp"
#include "pymes/io/formats.hpp"

namespace pymes {

struct TableStyle {
    std::size_t max_width = 0;  ///< 0: never truncate (stdout is not a terminal)
    bool color = false;         ///< bold headings
};

/// Columns aligned by display width; long cells cut with '…' when max_width requires it.
void render_table(std::ostream& out, const Table& table, const TableStyle& style);
/// One record: `name: value` lines (table), a one-row CSV, or one JSON object.
void render_record(std::ostream& out, const Table& one_row, Format format, const TableStyle& style);

}  // namespace pymes

namespace pymes {

/// A named list shown with a record (a meeting's attendees, an institution's membership log).
struct Section {
    std::string name;
    Table table;
};

/// A record with its sections: for people, the record then each non-empty section as a table;
/// in JSON, one object whose section keys hold arrays of objects; in CSV, the record alone.
void render_detail(std::ostream& out, const Table& one_row, const std::vector<Section>& sections,
                   Format format, const TableStyle& style);

}  // namespace pymes
