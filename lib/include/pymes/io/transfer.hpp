#pragma once
/// CSV in and out (SPEC §4). Import reads a file by its header, checks every row, and writes
/// all of it in one transaction or nothing; export streams the canonical columns.

#include <cstddef>
#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/entity.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/progress.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/csv.hpp"
#include "pymes/io/formats.hpp"

namespace pymes {

class Registry;
struct InstitutionStatus;

struct ImportOptions {
    std::string source = "-";  ///< the file's name as errors print it (`-` for stdin)
    char delimiter = ',';
    Encoding encoding = Encoding::utf8;
    bool dry_run = false;  ///< check everything, write nothing
    /// The file is an --excel export (or a spreadsheet's save of one): spreadsheet escaping is
    /// undone. A plain import keeps every value exactly, a leading `'` included.
    bool undo_spreadsheet_escaping = false;
    /// The zone a meeting row with a time and no time zone takes, as `meeting add` does (the
    /// configured `timezone`, else the system's); empty: none.
    std::string default_timezone;
    /// --as CODE: the file speaks for this institution (upper-case) and may touch only its
    /// records: activity `institution`, meeting `host`, project `lead`, institution `code`,
    /// membership `institution`. Empty: any.
    std::string as_institution;
    /// Called after every batch of rows read (a few hundred), when set.
    ProgressFn progress;
    /// The input's size in bytes when known (a regular file), so that progress can say how much
    /// is left; 0: unknown.
    std::uint64_t input_bytes = 0;
};

struct ImportResult {
    std::size_t rows = 0, added = 0, updated = 0, unchanged = 0;
    /// Institution rows whose joined_*/withdrawn_on columns said something of an institution
    /// that has no membership events: not applied (the log travels as `membership import`).
    std::size_t membership_not_applied = 0;
};

/// The file had bad rows: nothing was written. `lines` holds the first 100 reports as
/// `FILE:LINE: column: message`; `total` counts them all.
struct ImportFailed : DataError {
    ImportFailed(std::vector<std::string> l, std::size_t t, const std::string& source,
                 std::string hint = {});  ///< empty: "fix the lines named above..."
    std::vector<std::string> lines;
    std::size_t total;
};

inline constexpr std::size_t kMaxReportedErrors = 100;

/// Imports `in` into `entity`: institutions match by code; the others by id when given
/// (updated, or inserted with that id), else by ref when known, else are added. Columns in
/// any order; absent columns are left as they are; derived columns are read and ignored.
/// Throws ImportFailed (65) for bad rows, DataError for a bad header, with nothing written.
ImportResult import_csv(Registry& registry, Entity entity, std::istream& in,
                        const ImportOptions& options);
/// The same import from any source of rows (a CSV file, a workbook's first sheet).
ImportResult import_rows(Registry& registry, Entity entity, RowSource& rows,
                         const ImportOptions& options);
/// The columns an import of `entity` reads (derived ones included), and those it requires.
std::vector<std::string> import_columns(Entity entity);
std::vector<std::string> required_import_columns(Entity entity);

struct ExportStyle {
    Format format = Format::csv;  ///< csv or json
    CsvStyle csv;
    /// Called every few thousand rows written, when set (rows; the total is not known).
    ProgressFn progress;
};

/// Streams records of `spec` matching `query` in the canonical columns.
void export_records(std::ostream& out, Registry& registry, const EntitySpec& spec,
                    const Query& query, const ExportStyle& style);
void export_institutions(std::ostream& out, const std::vector<InstitutionStatus>& institutions,
                         const ExportStyle& style);

/// The membership log's columns (SPEC §4), in export order.
const std::vector<std::string>& membership_columns();
/// Every membership event, by institution, date and id.
void export_membership(std::ostream& out, Registry& registry, const ExportStyle& style);

/// Undoes spreadsheet_safe(): a leading `'` before `= + - @`, tab or CR (or their full-width
/// forms) is dropped, and `="007"` (text a spreadsheet would read as a value) is `007`, so that
/// an export made with --spreadsheet-safe imports back unchanged.
std::string spreadsheet_unsafe(std::string_view field);

}  // namespace pymes
