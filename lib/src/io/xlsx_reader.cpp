// The first sheet of a workbook as rows of text: what an import reads from a CSV file.
#include <fmt/format.h>

#include <deque>

#include "core/module.hpp"
#include "io/modules.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/io/xlsx.hpp"
#include "pymes/store/registry.hpp"
#include "xlsx_package.hpp"

namespace pymes {

using detail::NumberKind;

namespace {

constexpr std::size_t kMaxColumns = 16384;  // XFD, the last column a spreadsheet has
constexpr std::size_t kMaxRow = 1048576;    // and its last row

/// "C7" -> column 2 (from 0) and row 7; false for what is not a cell reference.
bool parse_reference(std::string_view r, std::size_t& column, std::size_t& row) {
    std::size_t i = 0, c = 0, n = 0;
    while (i < r.size() && ((r[i] >= 'A' && r[i] <= 'Z') || (r[i] >= 'a' && r[i] <= 'z'))) {
        c = c * 26 + std::size_t((r[i] | 0x20) - 'a' + 1);
        if (c > kMaxColumns) return false;
        ++i;
    }
    if (i == 0 || i == r.size()) return false;
    for (; i < r.size(); ++i) {
        if (r[i] < '0' || r[i] > '9') return false;
        n = n * 10 + std::size_t(r[i] - '0');
        if (n > kMaxRow) return false;
    }
    column = c - 1;
    row = n;
    return n > 0;
}

std::string column_letters(std::size_t column) {
    std::string s;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), char('A' + (c - 1) % 26));
    return s;
}

}  // namespace

struct XlsxReader::State : detail::XmlHandler {
    detail::Package package;
    detail::WorkbookParts parts;
    std::vector<NumberKind> styles;
    detail::SharedStrings strings;
    std::unique_ptr<detail::XmlStream> sheet;

    /// A row read and not yet handed over: its fields, and those that are shared strings (field,
    /// string), copied only when the row is handed over. The parse pauses at each row, so that
    /// at most one row is held here, however many a chunk of the sheet holds.
    struct Row {
        std::size_t number = 0;
        std::vector<std::string> fields;
        std::vector<std::pair<std::size_t, std::size_t>> shared;
    };
    std::deque<Row> ready;
    std::size_t line = 0;
    std::uint64_t taken = 0;  // text taken from the shared strings, every reference counted
    std::vector<std::size_t> columns;  // the sheet's column of each header cell
    bool header_seen = false;

    // The row and cell being read.
    std::size_t row = 0, column = 0;
    bool in_row = false;
    std::vector<std::string> cells;
    std::vector<std::size_t> cell_shared;  // of each cell: 1 + its shared string, or 0
    std::size_t row_bytes = 0;
    std::string type, value, inline_text;
    std::size_t style = 0;
    bool in_v = false, in_inline = false, in_t = false;
    int phonetic = 0;
    std::size_t error_line = 0;
    std::string error;

    template <typename Bytes>
    State(Bytes&& from, std::string source, const XlsxLimits& limits)
        : package(std::forward<Bytes>(from), std::move(source), limits) {
        parts = detail::find_parts(package);
        if (!parts.styles.empty()) styles = detail::read_styles(package, parts.styles);
        if (!parts.shared_strings.empty())
            detail::read_shared_strings(package, parts.shared_strings, strings);
        sheet = std::make_unique<detail::XmlStream>(package, parts.sheet, *this);
    }

    void fail(std::size_t at, std::string message) {
        if (!error.empty()) return;
        error_line = at;
        error = std::move(message);
        sheet->stop(error);
    }

    void start(std::string_view name, const char** a) override {
        if (!error.empty()) return;
        if (name == "row") {
            const char* r = detail::attribute(a, "r");
            std::size_t n = r ? std::size_t(std::strtoull(r, nullptr, 10)) : row + 1;
            if (n > kMaxRow) return fail(n, tr("a sheet has at most 1,048,576 rows"));
            if (n <= row) return fail(row + 1, tr("the sheet's rows are out of order"));
            row = n;
            column = 0;
            in_row = true;
            cells.clear();
            cell_shared.clear();
            row_bytes = 0;
        } else if (name == "c" && in_row) {
            const char* r = detail::attribute(a, "r");
            std::size_t c = column, n = row;
            if (r && (!parse_reference(r, c, n) || n != row))
                return fail(row, trf("the cell reference '{}' is not in row {}", r, row));
            column = c;
            const char* t = detail::attribute(a, "t");
            type = t ? t : "n";
            const char* s = detail::attribute(a, "s");
            style = s ? std::size_t(std::strtoull(s, nullptr, 10)) : 0;
            value.clear();
            inline_text.clear();
        } else if (name == "v") {
            in_v = true;
        } else if (name == "is") {
            in_inline = true;
        } else if (name == "rPh") {
            ++phonetic;
        } else if (name == "t" && in_inline && !phonetic) {
            in_t = true;
        }
    }

    void text(std::string_view s) override {
        std::string* to = in_v ? &value : in_t ? &inline_text : nullptr;
        if (!to || !error.empty()) return;
        if (to->size() + s.size() > kMaxCsvField)
            return fail(row, trf("{}: a value over 1 MiB", column_letters(column)));
        to->append(s);
    }

    void end(std::string_view name) override {
        if (!error.empty()) return;
        if (name == "v")
            in_v = false;
        else if (name == "t")
            in_t = false;
        else if (name == "is")
            in_inline = false;
        else if (name == "rPh")
            --phonetic;
        else if (name == "c" && in_row)
            cell();
        else if (name == "row" && in_row)
            finish_row();
    }

    void cell() {
        std::string out;
        const std::string where = column_letters(column) + std::to_string(row);
        if (type == "s") {
            char* end = nullptr;
            const unsigned long long i = std::strtoull(value.c_str(), &end, 10);
            if (value.empty() || *end || i >= strings.size())
                return fail(row, trf("{}: no shared string {}", where, value));
            const std::size_t length = strings.length(std::size_t(i));
            if (length > kMaxCsvField) return fail(row, trf("{}: a value over 1 MiB", where));
            taken += length;
            if (taken > package.limits().shared_taken)
                return fail(row, trf("the sheet's cells take over {} MiB of text from the "
                                     "shared strings",
                                     package.limits().shared_taken >> 20));
            if (!take(length)) return;
            if (length > 0 && header_seen) {
                // Copied when the row is handed over: a string that many cells use is held once.
                if (cells.size() <= column) cells.resize(column + 1);
                if (cell_shared.size() <= column) cell_shared.resize(column + 1);
                cells[column].clear();
                cell_shared[column] = std::size_t(i) + 1;
                ++column;
                return;
            }
            out = strings[std::size_t(i)];
        } else if (type == "inlineStr") {
            out = inline_text;
        } else if (type == "str") {
            out = value;
        } else if (type == "b") {
            out = value == "1" ? "true" : value == "0" ? "false" : value;
        } else if (type == "e") {
            return fail(row, trf("{}: the cell holds the error {}", where, value));
        } else if (type == "d") {
            out = value;  // ISO 8601; a date alone when its time is midnight
            if (out.size() > 10 && out[10] == 'T' &&
                out.find_first_not_of("T0:.Z", 10) == std::string::npos)
                out.resize(10);
        } else if (!value.empty()) {
            const NumberKind kind = style < styles.size() ? styles[style] : NumberKind::number;
            if (!detail::number_text(value, kind, parts.date1904, out))
                return fail(row, trf("{}: '{}' is not a number", where, value));
        }
        if (type != "s" && !take(out.size())) return;
        if (!out.empty()) {
            if (cells.size() <= column) cells.resize(column + 1);
            cells[column] = std::move(out);
            if (column < cell_shared.size()) cell_shared[column] = 0;
        }
        ++column;
    }

    /// Counts a cell's bytes against the bound of a row, as CSV bounds a record.
    bool take(std::size_t bytes) {
        row_bytes += bytes;
        if (row_bytes <= kMaxCsvRecord) return true;
        fail(row, tr("a row longer than 16 MiB"));
        return false;
    }

    void finish_row() {
        in_row = false;
        if (cells.empty()) return;  // an empty row, as CSV skips an empty line
        if (!header_seen) {
            // The header's columns; one left empty (a margin before the table) is no column.
            header_seen = true;
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (!cells[c].empty()) columns.push_back(c);
        }
        Row out;
        out.number = row;
        out.fields.resize(columns.size());
        for (std::size_t c = 0, k = 0; c < cells.size(); ++c) {
            const std::size_t shared = c < cell_shared.size() ? cell_shared[c] : 0;
            while (k < columns.size() && columns[k] < c) ++k;
            if (k < columns.size() && columns[k] == c) {
                out.fields[k] = std::move(cells[c]);
                if (shared) out.shared.emplace_back(k, shared - 1);
            } else if (!cells[c].empty() || shared) {
                return fail(
                    row, trf("{}{}: a value in a column without a header", column_letters(c), row));
            }
        }
        ready.push_back(std::move(out));
        sheet->pause();
    }
};

XlsxReader::XlsxReader(const std::string& path, std::string source, XlsxLimits limits)
    : state_(std::make_unique<State>(path, std::move(source), limits)) {}

XlsxReader::XlsxReader(std::string_view bytes, std::string source, XlsxLimits limits)
    : state_(std::make_unique<State>(bytes, std::move(source), limits)) {}

XlsxReader::~XlsxReader() = default;

std::size_t XlsxReader::line() const { return state_->line; }

bool XlsxReader::next(std::vector<std::string>& fields) {
    State& s = *state_;
    while (s.ready.empty()) {
        try {
            if (!s.sheet->feed()) break;
        } catch (const DataError& e) {
            if (s.error.empty()) throw;
            throw CsvError(s.error_line, s.error);
        }
    }
    if (s.ready.empty()) return false;
    State::Row& row = s.ready.front();
    s.line = row.number;
    fields = std::move(row.fields);
    for (const auto& [field, string] : row.shared) fields[field] = s.strings[string];
    s.ready.pop_front();
    return true;
}

ImportResult import_xlsx(Registry& registry, Entity entity, const std::string& path,
                         const ImportOptions& options) {
    XlsxReader reader(path, options.source);
    return import_rows(registry, entity, reader, options);
}

}  // namespace pymes

/// The workbook module's table (core/module.hpp).
PYMES_MODULE_ENTRY const void* pymes_module_workbook() {
    static const pymes::detail::WorkbookModule table{pymes::kVersion, &pymes::import_xlsx,
                                                     &pymes::write_xlsx_export,
                                                     &pymes::write_xlsx_template};
    return &table;
}
