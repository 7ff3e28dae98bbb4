#pragma once
/// Renderers: a Table (or one record) to table, CSV or JSON on an injected stream. Machine
/// formats never change with the locale or the terminal.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/table.hpp"

namespace pymes {

enum class Format { table, csv, json };
/// `table`, `csv` or `json`; throws UsageError otherwise.
Format parse_format(std::string_view s);

struct TableStyle {
    std::size_t max_width = 0;  ///< 0: never truncate (stdout is not a terminal)
    bool color = false;         ///< bold headings
};

struct CsvStyle {
    char delimiter = ',';
    bool crlf = false;
    bool bom = false;
    bool spreadsheet_safe = false;  ///< make cells a spreadsheet would run as formulas inert
};

/// Columns aligned by display width; long cells cut with '…' when max_width requires it.
void render_table(std::ostream& out, const Table& table, const TableStyle& style);
/// RFC 4180, quoting only where needed.
void render_csv(std::ostream& out, const Table& table, const CsvStyle& style);
/// An array of objects (`[]` when empty), one object a line.
void render_json(std::ostream& out, const Table& table);

/// One record: `name: value` lines (table), a one-row CSV, or one JSON object.
void render_record(std::ostream& out, const Table& one_row, Format format, const TableStyle& style);

/// One CSV field, quoted where needed.
void write_csv_field(std::ostream& out, std::string_view field, char delimiter);
/// A JSON string literal.
void write_json_string(std::ostream& out, std::string_view s);
/// One row as a JSON object with `columns` as keys.
void write_json_object(std::ostream& out, const std::vector<std::string>& columns, const Row& row);
/// One cell as JSON.
void write_json_cell(std::ostream& out, const Cell& cell);
/// The cell a spreadsheet will not run as a formula.
std::string spreadsheet_safe(std::string_view field);

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
