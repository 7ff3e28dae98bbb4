#pragma once
/// A workbook being written with libxlsxwriter, and what export and template share (private to
/// the io layer).

#include <xlsxwriter.h>

#include <string>
#include <string_view>

#include "pymes/io/xlsx.hpp"

namespace pymes::detail {

struct Book {
    /// A workbook at `path`; `constant_memory` writes each row as it is finished (rows in order).
    Book(const std::string& path, bool constant_memory);
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;
    /// Writes the file; throws when it could not.
    void close();

    lxw_workbook* workbook = nullptr;
    lxw_format *bold = nullptr, *date = nullptr, *amount = nullptr;

  private:
    std::string tmpdir_;
};

/// A column's width in characters, by the type of its field (nullptr: a column of text).
double column_width(const Field* field, std::string_view column);
/// One cell of `type` holding the CSV text `value` (empty: no cell).
void write_cell(Book& book, lxw_worksheet* sheet, std::size_t row, std::size_t column,
                XlsxCell type, const std::string& value);

}  // namespace pymes::detail
