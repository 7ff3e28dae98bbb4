#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "entities/record_sql.hpp"
#include "pymes/core/money.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/io/transfer.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

class Output {
  public:
    explicit Output(std::ostream& out) : out_(out) { buffer_.reserve(kFlush + 4096); }
    ~Output() { flush(); }
    std::string& text() { return buffer_; }
    void maybe_flush() {
        if (buffer_.size() >= kFlush) flush();
    }
    void flush() {
        out_.write(buffer_.data(), std::streamsize(buffer_.size()));
        buffer_.clear();
    }

  private:
    static constexpr std::size_t kFlush = 1 << 18;
    std::ostream& out_;
    std::string buffer_;
};

void csv_header(std::string& out, const std::vector<std::string>& columns, const CsvStyle& style) {
    if (style.bom) out += "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c) out += style.delimiter;
        write_csv_field(out, columns[c], style);
    }
    out += style.crlf ? "\r\n" : "\n";
}

constexpr std::uint64_t kProgressRows = 4096;

Progress rows_done(std::uint64_t rows) {
    Progress p;
    p.rows = p.done = rows;
    return p;
}

}  // namespace

void export_records(std::ostream& out, Registry& registry, const EntitySpec& spec,
                    const Query& query, const ExportStyle& style) {
    const auto columns = column_names(spec);
    if (style.format == Format::json) {
        std::size_t n = 0;
        for_each_record(db_of(registry), spec, query, [&](const Record& r) {
            out << (n++ ? ",\n" : "[\n");
            write_json_object(out, columns, record_row(r, ""));
            if (style.progress && n % kProgressRows == 0) style.progress(rows_done(n));
        });
        out << (n ? "\n]\n" : "[]\n");
        return;
    }
    Output o(out);
    std::uint64_t rows = 0;
    csv_header(o.text(), columns, style.csv);
    // Straight from the statement's columns: the stored forms are the CSV forms, but for
    // booleans (stored 0/1) and amounts (stored in cents).
    const std::size_t n = spec.fields.size();
    for_each_raw_row(db_of(registry), spec, query, [&](sqlite3_stmt* q) {
        std::string& out = o.text();
        for (std::size_t i = 0; i < n; ++i) {
            if (i) out += style.csv.delimiter;
            // NULL has no text (and every value here is text, integer or NULL).
            const auto* text = sqlite3_column_text(q, int(i));
            if (!text) continue;
            const FieldType t = spec.fields[i].type;
            if (t == FieldType::boolean) {
                out += sqlite3_column_int(q, int(i)) ? "true" : "false";
            } else if (t == FieldType::amount) {
                out += format_amount(sqlite3_column_int64(q, int(i)));
            } else {
                const std::string_view value(reinterpret_cast<const char*>(text),
                                             std::size_t(sqlite3_column_bytes(q, int(i))));
                if (style.csv.spreadsheet_safe &&
                    (t == FieldType::text || t == FieldType::title || t == FieldType::long_text ||
                     t == FieldType::tags))
                    write_csv_field(out, spreadsheet_safe(value), style.csv);
                else
                    write_csv_field(out, value, style.csv);
            }
        }
        out += style.csv.crlf ? "\r\n" : "\n";
        o.maybe_flush();
        if (style.progress && ++rows % kProgressRows == 0) style.progress(rows_done(rows));
    });
}

void export_institutions(std::ostream& out, const std::vector<InstitutionStatus>& institutions,
                         const ExportStyle& style) {
    Table t = institution_table(institutions);
    if (style.format == Format::json)
        render_json(out, t);
    else
        render_csv(out, t, style.csv);
}

}  // namespace pymes
