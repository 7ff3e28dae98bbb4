#pragma once
/// The value every query hands to a renderer: named columns and rows of typed cells. Entities
/// turn into rows once (the same columns for `list`, `export` and JSON), and each renderer turns
/// rows into one format.

#include <cstdint>
#include <optional>
#include <string>
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

struct Table {
    std::vector<std::string> columns;
    std::vector<Row> rows;
};

}  // namespace pymes
