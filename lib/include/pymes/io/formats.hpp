#pragma once
/// Machine formats: a Table as CSV (RFC 4180) or JSON on an injected stream. They never change
/// with the locale, the language or the terminal.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/format_names.hpp"
#include "pymes/core/table.hpp"

namespace pymes {

/// `table`, `csv` or `json`; throws UsageError otherwise.
Format parse_format(std::string_view s);

struct CsvStyle {
    char delimiter = ',';
    bool crlf = false;
    bool bom = false;
    bool spreadsheet_safe = false;  ///< make cells a spreadsheet would run as formulas inert
    /// Quote every field holding ',' or ';' (whichever the delimiter), a quote, a line break or
    /// edge spaces, so a spreadsheet set to either delimiter splits the row right (--excel).
    bool quote_for_spreadsheets = false;
};

/// RFC 4180, quoting only where needed.
void render_csv(std::ostream& out, const Table& table, const CsvStyle& style);
/// An array of objects (`[]` when empty), one object a line.
void render_json(std::ostream& out, const Table& table);

/// One CSV field, quoted where needed.
void write_csv_field(std::ostream& out, std::string_view field, char delimiter);
/// One CSV field appended to `out`, quoted where `style` needs it (the one CSV field writer).
void write_csv_field(std::string& out, std::string_view field, const CsvStyle& style);
/// A JSON string literal.
void write_json_string(std::ostream& out, std::string_view s);
/// One row as a JSON object with `columns` as keys.
void write_json_object(std::ostream& out, const std::vector<std::string>& columns, const Row& row);
/// One cell as JSON.
void write_json_cell(std::ostream& out, const Cell& cell);
/// True when a spreadsheet opening `field` as a CSV cell would read a number, a date, a time or
/// a boolean in it rather than the text (007, 1E5, 12345678901234567890, 1/2, 2026-01-05,
/// 10:00, 5%, TRUE): digits with separators, signs, currency symbols and at most the words of a
/// date or a number.
bool spreadsheet_reads_as_value(std::string_view field);
/// The cell a spreadsheet will not run as a formula, nor read as a number or a date: a leading
/// `'` before `= + - @`, tab or CR (or their full-width forms), and `="007"` for text a
/// spreadsheet would read as a value (spreadsheet_reads_as_value(); past 255 bytes, a leading
/// `'`). spreadsheet_unsafe() undoes both.
std::string spreadsheet_safe(std::string_view field);

}  // namespace pymes
