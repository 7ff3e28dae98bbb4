#pragma once
/// Workbooks (Office Open XML spreadsheets, .xlsx) in and out (SPEC §3, §4): export writes one
/// typed sheet, import reads the first sheet of any workbook as the rows of a CSV file, and a
/// template is a workbook to fill in. Read with libzip and expat, written with libxlsxwriter.

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/entity.hpp"
#include "pymes/core/language.hpp"
#include "pymes/io/csv.hpp"
#include "pymes/io/transfer.hpp"

namespace pymes {

/// Bounds that keep a hostile workbook (a zip bomb, a table of a billion strings, one XML token
/// of a GiB) from taking the machine: the uncompressed bytes read from one part and from the
/// whole package, one XML token, the shared strings held (their number and their text) and the
/// text the sheet's cells take from them. Past one, the file is refused (65); past the last,
/// on the row that passes it.
struct XlsxLimits {
    std::uint64_t part_bytes = std::uint64_t{1} << 30;     ///< one XML part, uncompressed
    std::uint64_t package_bytes = std::uint64_t{2} << 30;  ///< all parts read together
    /// One tag with its attributes, comment, processing instruction or declaration: expat 2.5
    /// parses such a token again from its start at every chunk, so its time grows with the
    /// square of its length (32 MiB: 13 s). No workbook has one of even a few KiB.
    std::uint64_t xml_markup = std::uint64_t{1} << 20;
    /// Character data (or a CDATA section) between two pieces of markup: a value is at most
    /// 1 MiB, 6 MiB when every byte of it is written as an entity (`&quot;`).
    std::uint64_t xml_text = std::uint64_t{8} << 20;
    std::size_t shared_strings = 2'000'000;            ///< entries of sharedStrings.xml
    std::size_t shared_text = std::size_t{256} << 20;  ///< their text (past 4 MiB, on disk)
    /// The text the sheet's cells take from the shared strings, all references together: a
    /// string used by many cells is counted each time, as the sheet's own bytes are counted.
    std::uint64_t shared_taken = std::uint64_t{1} << 30;
};

/// True when the bytes begin like a zip archive (a workbook is one): `PK\3\4`.
bool looks_like_zip(std::string_view first_bytes);

/// The first sheet of a workbook as rows of text, as an import reads CSV: shared and inline
/// strings, numbers (shortest decimal form), booleans (`true`/`false`), date cells by their
/// number format (`YYYY-MM-DD`; a time `HH:MM`), in the 1900 or 1904 date system, formulas as
/// their cached values. line() is the spreadsheet's row number; rows may skip numbers, empty
/// rows are skipped, a row is as wide as the header (its first non-empty row); a column whose
/// header cell is empty is left out, and a value in one is an error on its row, as is a value
/// over 1 MiB (kMaxCsvField, shared strings too) or a row over 16 MiB (kMaxCsvRecord).
class XlsxReader : public RowSource {
  public:
    /// Opens the workbook at `path` (`source` names it in errors). Throws DataError (65) for a
    /// file that is not a workbook pymes can read, Error (66) when it cannot be read.
    XlsxReader(const std::string& path, std::string source, XlsxLimits limits = {});
    /// A workbook held in memory (the fuzzer's way in).
    XlsxReader(std::string_view bytes, std::string source, XlsxLimits limits = {});
    ~XlsxReader() override;
    bool next(std::vector<std::string>& fields) override;
    std::size_t line() const override;

    struct State;

  private:
    std::unique_ptr<State> state_;
};

/// Imports the first sheet of the workbook at `path`, as import_csv() imports a file.
ImportResult import_xlsx(Registry& registry, Entity entity, const std::string& path,
                         const ImportOptions& options);

/// How export and the template type a column's cells.
enum class XlsxCell { text, integer, date, amount, boolean };
/// The cells of a field of this type: ids as numbers, days as dates, amounts as numbers with
/// two decimals, booleans as booleans, anything else as text (`007` stays `007`).
XlsxCell xlsx_cell_type(FieldType type);
/// The type of `column` in `entity`'s files (its field's, or derived column's); text for a
/// column the entity does not have.
XlsxCell xlsx_cell_type(Entity entity, std::string_view column);

/// The drop-down list a template's column offers, by its field's type: institution codes (one
/// institution), areas, the entity's statuses, yes/no, scopes, or the kinds of membership event
/// a file may add (accession, withdrawal).
enum class TemplateList { none, codes, areas, statuses, booleans, scopes, kinds };
TemplateList template_list(FieldType type);
/// The fields a focal point fills in: the spec's own, less those the registry fills or keeps (an
/// id, a calendar UID, the day recorded); never a derived column.
std::vector<const Field*> template_fields(const EntitySpec& spec);
/// Whether the template marks the field required (bold red): required, and not filled by the
/// registry (a status, a boolean).
bool template_required(const Field& field);
/// The note on a template's column header, in `language`: required or optional, then what its
/// type takes (a date, a time, an amount, codes separated by ';', a choice from the list).
std::string template_note(const Field& field, Language language);

/// Writes the CSV of an export (`csv`, as export_records or export_institutions wrote it with
/// the default style) as a workbook at `path`: one sheet named after the entity, the header
/// frozen with a filter, cells typed by column. Streams (libxlsxwriter's constant memory mode).
void write_xlsx_export(std::istream& csv, Entity entity, const std::string& path);

struct TemplateOptions {
    std::string institution;  ///< pre-filled in the institution's column; empty: none
    Language language = Language::es;
    std::vector<std::string> institution_codes;  ///< the drop-down list of codes
    std::size_t rows = 200;                      ///< rows prepared with drop-downs
    /// An institution's own template: its fields as the registry holds them, written in its row,
    /// so that the row it sends back changes only what it edits (an empty cell clears a field).
    std::vector<std::pair<std::string, std::string>> own_fields;
};
/// Writes a fill-in workbook for `entity` at `path` (see SPEC §3 `ENTITY template`).
void write_xlsx_template(Entity entity, const std::string& path, const TemplateOptions& options);

}  // namespace pymes
