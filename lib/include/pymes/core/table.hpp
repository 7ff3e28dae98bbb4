#pragma once
/// The value every query hands to a renderer: named columns and rows of typed cells. Entities
/// turn into rows once (the same columns for `list`, `export` and JSON), and each renderer turns
/// rows into one format.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pymes {

/// One typed value: what JSON needs (null, number, boolean, array) and CSV flattens.
struct Cell {
    enum class Kind { null, text, integer, decimal, boolean, list, json };
    Kind kind = Kind::null;
    std::string text;  ///< text; decimal as its literal ("25000.00"); json encoded
    std::int64_t integer = 0;
    bool boolean = false;
    std::vector<std::string> items;  ///< list
    std::string label;               ///< what people read instead, in their language (areas)

    static Cell null() { return {}; }
    static Cell of(std::string s);  ///< text, or null when empty
    static Cell of_optional(const std::optional<std::string>& s) { return s ? of(*s) : null(); }
    static Cell of_int(std::int64_t v);
    static Cell of_decimal(std::string literal);
    static Cell of_bool(bool v);
    static Cell of_list(std::vector<std::string> items);
    static Cell of_json(std::string encoded);  ///< a value already encoded as JSON

    /// The cell as one CSV field / table cell: lists joined by ';', booleans true/false.
    std::string flat() const;
};

using Row = std::vector<Cell>;

/// How a column gives way on a terminal too narrow for the table (SPEC §3).
struct ColumnFit {
    bool shorten = false;   ///< long text that may be cut with '…'; dates, codes, ids never are
    std::uint8_t drop = 0;  ///< 0: always shown; otherwise the higher, the earlier it is left out
    /// For programs and files, not for people (a calendar UID): CSV and JSON carry it, a table
    /// shows it only when --columns names it.
    bool programs_only = false;
};
/// `drop` from this value up: left out before any text is shortened (recorded_on, tags...).
constexpr std::uint8_t kLowValue = 10;

struct Table {
    Table() = default;
    Table(std::vector<std::string> c, std::vector<Row> r, std::vector<ColumnFit> f = {})
        : columns(std::move(c)), rows(std::move(r)), fit(std::move(f)) {}

    std::vector<std::string> columns;
    std::vector<Row> rows;
    /// One per column, or empty: then text with spaces may be shortened and nothing is dropped.
    std::vector<ColumnFit> fit;
};

}  // namespace pymes
