#pragma once
/// Export's formats as one table (issue 30): what `ENTITY export --format` takes, the entities
/// each applies to, and the plain function that writes it. The command line's check, its help,
/// completion (which reads the check) and the dispatch all read this table; write_export() is
/// the one way to write an export.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/entity.hpp"
#include "pymes/core/progress.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/csv.hpp"
#include "pymes/io/iati.hpp"

namespace pymes {

class Registry;

/// What an export takes: the records of its entity that the filters chose.
struct ExportSelection {
    Entity entity = Entity::institution;
    InstitutionFilter institutions;  ///< an institution export's
    Query records;                   ///< an activity, meeting or project export's
};

/// How an export was asked for.
struct ExportRequest {
    std::string format;             ///< --format: a name of the table; empty: see output_format
    std::string output_format;      ///< the global -f: taken when it names a machine format
    bool excel = false;             ///< --excel: BOM, ';', CRLF, quoted for either delimiter
    bool spreadsheet_safe = false;  ///< --spreadsheet-safe
    char delimiter = ',';           ///< config csv.delimiter (--excel's is ';')
    Encoding encoding = Encoding::utf8;  ///< config csv.encoding: CSV's, not --excel's
    IatiOptions iati;                    ///< config [publish], for --format iati
    std::string output;                  ///< -o FILE, replaced in one step; empty: the stream given
    std::string protect;                 ///< a file never replaced (the registry)
    ProgressFn progress;                 ///< rows written, when set (CSV and JSON)
};

/// One export format: a row of export_formats().
struct ExportFormat {
    std::string_view name;  ///< --format's value
    /// N_(): what --format's help says of it; a format for some entities only says which.
    const char* help;
    std::vector<Entity> entities;  ///< the entities it applies to
    std::string_view extension;    ///< of a file written in it, without the dot
    /// A machine format (SPEC §5: CSV, JSON): the global -f picks it when --format is not given.
    bool machine;
    bool excel;  ///< --excel applies (CSV); otherwise --excel is refused
    /// N_(): the refusal of --excel and --spreadsheet-safe, for a format that is not a table of
    /// cells; nullptr: --spreadsheet-safe goes with it (and is ignored where it means nothing).
    const char* refuses_spreadsheet_options;
    /// N_(): the refusal for an entity it does not apply to; nullptr when it applies to all.
    const char* only_for;
    /// N_(): the refusal on a terminal (a binary file), and its hint, formatted with the
    /// entity's file name ("activities") and the extension; nullptr: text, fine on a terminal.
    const char* not_for_terminal;
    const char* to_a_file;
    /// Writes the export of `selection` to `out`.
    void (*write)(std::ostream& out, Registry& registry, const ExportSelection& selection,
                  const ExportRequest& request);
};

/// Every export format, the default (csv) first.
const std::vector<ExportFormat>& export_formats();
/// The names of export_formats(), in order: what --format takes.
std::vector<std::string> export_format_names();
/// The names of the formats that apply to `entity`.
std::vector<std::string> export_format_names(Entity entity);

/// --format's help, in the interface language: each format's `help`, those of some entities only
/// last.
std::string export_format_help();

/// The format `request` names for `entity`: --format, else the global -f when it names a
/// machine format, else the first. Throws UsageError for a format the entity does not have or
/// options the format does not take, before anything is read.
const ExportFormat& export_format(Entity entity, const ExportRequest& request);

/// Writes the export of `selection` in the format export_format() chooses, to `out`, or to
/// request.output (built aside, then put in place in one step; never over request.protect).
void write_export(std::ostream& out, Registry& registry, const ExportSelection& selection,
                  const ExportRequest& request);

}  // namespace pymes
