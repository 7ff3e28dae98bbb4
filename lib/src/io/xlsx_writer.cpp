// An export as a workbook: the CSV columns, each cell typed by its column (libxlsxwriter).
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdlib>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/xlsx.hpp"
#include "xlsx_book.hpp"

namespace pymes {

XlsxCell xlsx_cell_type(FieldType type) {
    switch (type) {
        case FieldType::id:
        case FieldType::meeting:
            return XlsxCell::integer;
        case FieldType::date:
        case FieldType::recorded:
            return XlsxCell::date;
        case FieldType::amount:
            return XlsxCell::amount;
        case FieldType::boolean:
            return XlsxCell::boolean;
        default:
            return XlsxCell::text;
    }
}

XlsxCell xlsx_cell_type(Entity entity, std::string_view column) {
    const Field* f = spec_of(entity)->column(column);
    return f ? xlsx_cell_type(f->type) : XlsxCell::text;
}

namespace detail {

Book::Book(const std::string& path, bool constant_memory) {
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    const char* tmp = std::getenv("TMPDIR");
    tmpdir_ = tmp && *tmp ? tmp : "/tmp";
    options.tmpdir = tmpdir_.data();
    workbook = workbook_new_opt(path.c_str(), &options);
    if (!workbook)
        throw Error(Exit::cant_create, tr("cannot create the workbook"), tr("check TMPDIR"));
    bold = workbook_add_format(workbook);
    format_set_bold(bold);
    date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    amount = workbook_add_format(workbook);
    format_set_num_format(amount, "0.00");
}

Book::~Book() {
    if (workbook) workbook_close(workbook);  // after an error: whatever it wrote is thrown away
}

void Book::close() {
    const lxw_error e = workbook_close(workbook);
    workbook = nullptr;
    if (e != LXW_NO_ERROR)
        throw Error(Exit::io, trf("cannot write the workbook: {}", lxw_strerror(e)));
}

double column_width(const Field* field, std::string_view column) {
    const FieldType type = field ? field->type : FieldType::text;
    switch (xlsx_cell_type(type)) {
        case XlsxCell::date:
            return 12;
        case XlsxCell::integer:
            return std::max<double>(8, double(column.size()) + 4);
        case XlsxCell::amount:
            return 14;
        case XlsxCell::boolean:
            return std::max<double>(10, double(column.size()) + 4);
        case XlsxCell::text:
            break;
    }
    switch (type) {
        case FieldType::long_text:
        case FieldType::title:
            return 40;
        case FieldType::code:
        case FieldType::institution:
        case FieldType::country:
        case FieldType::currency:
        case FieldType::time:
            return std::max<double>(10, double(column.size()) + 4);
        default:
            break;
    }
    return 20;
}

void write_cell(Book& book, lxw_worksheet* sheet, std::size_t row, std::size_t column,
                XlsxCell type, const std::string& value) {
    const lxw_row_t r = lxw_row_t(row);
    const lxw_col_t c = lxw_col_t(column);
    lxw_error e = LXW_NO_ERROR;
    if (value.empty()) return;
    switch (type) {
        case XlsxCell::date: {
            lxw_datetime d{};
            if (value.size() == 10 &&
                std::sscanf(value.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) == 3) {
                e = worksheet_write_datetime(sheet, r, c, &d, book.date);
                break;
            }
            e = worksheet_write_string(sheet, r, c, value.c_str(), nullptr);
            break;
        }
        case XlsxCell::amount:
            e = worksheet_write_number(sheet, r, c, std::strtod(value.c_str(), nullptr),
                                       book.amount);
            break;
        case XlsxCell::integer:
            e = worksheet_write_number(sheet, r, c, std::strtod(value.c_str(), nullptr), nullptr);
            break;
        case XlsxCell::boolean:
            e = worksheet_write_boolean(sheet, r, c, value == "true", nullptr);
            break;
        case XlsxCell::text:
            // Always a string cell: `007`, `1E10` and `=1+1` stay what they are.
            e = worksheet_write_string(sheet, r, c, value.c_str(), nullptr);
            break;
    }
    if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        throw DataError(trf("row {}: a value of over 32,767 characters, more than a spreadsheet "
                            "cell holds",
                            row + 1),
                        tr("export it as CSV"));
    if (e != LXW_NO_ERROR)
        throw Error(Exit::io, trf("cannot write the workbook: {}", lxw_strerror(e)));
}

}  // namespace detail

void write_xlsx_export(std::istream& csv, Entity entity, const std::string& path) {
    CsvReader reader(csv);
    std::vector<std::string> header, row;
    reader.next(header);
    detail::Book book(path, true);
    lxw_worksheet* sheet =
        workbook_add_worksheet(book.workbook, std::string(entity_name(entity)).c_str());
    std::vector<XlsxCell> types;
    const EntitySpec& spec = *spec_of(entity);
    for (std::size_t c = 0; c < header.size(); ++c) {
        const Field* field = spec.column(header[c]);
        types.push_back(field ? xlsx_cell_type(field->type) : XlsxCell::text);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             detail::column_width(field, header[c]), nullptr);
    }
    // Constant memory mode writes a row at a time, in order: the header, then each row.
    for (std::size_t c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].c_str(), book.bold);
    worksheet_freeze_panes(sheet, 1, 0);
    std::size_t n = 0;
    while (reader.next(row)) {
        ++n;
        for (std::size_t c = 0; c < row.size() && c < types.size(); ++c)
            detail::write_cell(book, sheet, n, c, types[c], row[c]);
    }
    if (!header.empty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(n), lxw_col_t(header.size() - 1));
    book.close();
}

}  // namespace pymes
