// Export's formats, one row each, and the one way to write an export (issue 30). A new format
// is a row here and its writer, a plain function of the row's signature (beside its format's
// code, or here when it only arranges others).
#include <algorithm>
#include <fstream>

#include "pymes/core/agreement.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/files.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/io/encoded_output.hpp"
#include "pymes/io/export.hpp"
#include "pymes/io/transfer.hpp"
#include "pymes/io/xlsx.hpp"

namespace pymes {

namespace {

/// The style of the machine formats: the request's CSV options, or --excel's.
ExportStyle export_style(const ExportRequest& request, Format format) {
    ExportStyle s;
    s.format = format;
    s.csv.spreadsheet_safe = request.spreadsheet_safe || request.excel;
    s.csv.delimiter = request.excel ? ';' : request.delimiter;
    if (request.excel) {
        s.csv.bom = true;
        s.csv.crlf = true;
        s.csv.quote_for_spreadsheets = true;
    }
    s.progress = request.progress;
    return s;
}

/// CSV or JSON of the selection, in the canonical columns, as `style` says.
void export_rows(std::ostream& out, Registry& registry, const ExportSelection& selection,
                 const ExportStyle& style) {
    if (selection.entity == Entity::institution)
        export_institutions(out, list_institutions(registry, selection.institutions), style);
    else if (selection.entity == Entity::membership)
        export_membership(out, registry, style);
    else
        export_records(out, registry, *spec_of(selection.entity), selection.records, style);
}

void write_csv_export(std::ostream& out, Registry& registry, const ExportSelection& selection,
                      const ExportRequest& request) {
    // The configured [csv] encoding applies to export as to import (not to --excel).
    EncodedOutput encoded(out, request.excel ? Encoding::utf8 : request.encoding);
    export_rows(out, registry, selection, export_style(request, Format::csv));
    encoded.finish();
}

void write_json_export(std::ostream& out, Registry& registry, const ExportSelection& selection,
                       const ExportRequest& request) {
    EncodedOutput encoded(out, Encoding::utf8);
    export_rows(out, registry, selection, export_style(request, Format::json));
    encoded.finish();
}

/// The CSV export, as it is, typed cell by cell into a workbook; both built aside.
void write_xlsx_book(std::ostream& out, Registry& registry, const ExportSelection& selection,
                     const ExportRequest&) {
    TemporaryFile csv("export-csv"), book("export-xlsx");
    {
        std::ofstream file(csv.path(), std::ios::binary);
        export_rows(file, registry, selection, ExportStyle{});
        if (!file.flush()) throw Error(Exit::io, tr("cannot write a temporary file"));
    }
    std::ifstream in(csv.path(), std::ios::binary);
    write_xlsx_export(in, selection.entity, book.path());
    book.copy_to(out);
}

void write_iati_export(std::ostream& out, Registry& registry, const ExportSelection& selection,
                       const ExportRequest& request) {
    const EntitySpec& spec = *spec_of(selection.entity);
    std::vector<Record> records = query_records(registry, spec, selection.records);
    // Built aside: a document without any iati-activity is not valid IATI 2.03, so nothing is
    // written when no record (with a date) was chosen.
    TemporaryFile aside("export");
    std::size_t written = 0;
    {
        std::ofstream file(aside.path(), std::ios::binary);
        written = selection.entity == Entity::activity
                      ? write_iati(file, registry, records, {}, request.iati)
                      : write_iati(file, registry, {}, records, request.iati);
        if (!file.flush()) throw Error(Exit::io, tr("cannot write a temporary file"));
    }
    if (written == 0)
        throw DataError(tr("nothing to write as IATI: the 2.03 schema needs at least one "
                           "activity, and no record chosen has a date"),
                        tr("give the records a start date, or widen the filters"));
    aside.copy_to(out);
}

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : std::string(separator)) + w;
    return s;
}

constexpr Entity kAll[] = {Entity::institution, Entity::membership, Entity::activity,
                           Entity::meeting, Entity::project};

}  // namespace

const std::vector<ExportFormat>& export_formats() {
    // name, help, entities, extension, machine, excel, refuses_spreadsheet_options, only_for,
    // not_for_terminal, to_a_file, write (clang-format would put each on its own line)
    // clang-format off
    static const std::vector<ExportFormat> formats = {
        {"csv", N_("csv (default)"), {std::begin(kAll), std::end(kAll)}, "csv",
         /*machine=*/true, /*excel=*/true, nullptr, nullptr, nullptr, nullptr, write_csv_export},
        {"json", N_("json"), {std::begin(kAll), std::end(kAll)}, "json", /*machine=*/true,
         /*excel=*/false, nullptr, nullptr, nullptr, nullptr, write_json_export},
        {"xlsx", N_("xlsx (a workbook)"), {std::begin(kAll), std::end(kAll)}, "xlsx",
         /*machine=*/false, /*excel=*/false, nullptr, nullptr,
         N_("a workbook is not for the terminal"), N_("write it to a file: -o {}.{}"),
         write_xlsx_book},
        {"iati", N_("iati (IATI 2.03 XML) for activities and projects"),
         {Entity::activity, Entity::project}, "xml", /*machine=*/false, /*excel=*/false,
         N_("--format iati writes XML; --excel and --spreadsheet-safe are for CSV"),
         N_("--format iati is for activities and projects"), nullptr, nullptr,
         write_iati_export},
    };
    // clang-format on
    return formats;
}

std::vector<std::string> export_format_names() {
    std::vector<std::string> names;
    for (const auto& f : export_formats()) names.emplace_back(f.name);
    return names;
}

std::vector<std::string> export_format_names(Entity entity) {
    std::vector<std::string> names;
    for (const auto& f : export_formats())
        if (std::find(f.entities.begin(), f.entities.end(), entity) != f.entities.end())
            names.emplace_back(f.name);
    return names;
}

std::string export_format_help() {
    // The formats of every entity, then each of some entities only, with the ones it is for:
    // "csv (default), json, xlsx (a workbook); iati (IATI 2.03 XML) for activities and projects".
    std::string all, some;
    for (const auto& f : export_formats()) {
        const std::string said = tr(f.help);
        if (f.entities.size() == std::size(kAll))
            all += (all.empty() ? "" : ", ") + said;
        else
            some += "; " + said;
    }
    return all + some;
}

const ExportFormat& export_format(Entity entity, const ExportRequest& request) {
    const auto& formats = export_formats();
    auto named = [&](std::string_view name) {
        return std::find_if(formats.begin(), formats.end(),
                            [&](const ExportFormat& f) { return f.name == name; });
    };
    auto it = formats.begin();
    if (!request.format.empty()) {
        it = named(request.format);
        if (it == formats.end())  // the command line's check says the same first
            throw UsageError(trf("{0}: {1} not in {{{2}}}", "--format", request.format,
                                 joined(export_format_names(), ",")));
    } else if (auto global = named(request.output_format);
               global != formats.end() && global->machine) {
        it = global;
    }
    const ExportFormat& f = *it;
    if (std::find(f.entities.begin(), f.entities.end(), entity) == f.entities.end())
        throw UsageError(f.only_for ? std::string(tr(f.only_for))
                                    : trf("{0}: {1} not in {{{2}}}", "--format", f.name,
                                          joined(export_format_names(entity), ",")),
                         trf("export this entity as {}", or_list(export_format_names(entity))));
    if (f.refuses_spreadsheet_options && (request.excel || request.spreadsheet_safe))
        throw UsageError(tr(f.refuses_spreadsheet_options));
    if (request.excel && !f.excel)
        throw UsageError(trf("--excel writes CSV; it does not go with --format {}", f.name));
    return f;
}

void write_export(std::ostream& out, Registry& registry, const ExportSelection& selection,
                  const ExportRequest& request) {
    const ExportFormat& f = export_format(selection.entity, request);
    if (request.output.empty()) {
        f.write(out, registry, selection, request);
        return;
    }
    TemporaryFile aside("export");  // built aside, then put in place in one step
    {
        std::ofstream file(aside.path(), std::ios::binary);
        f.write(file, registry, selection, request);
        if (!file.flush()) throw Error(Exit::io, tr("cannot write a temporary file"));
    }
    replace_file_from(request.output, aside.path(), request.protect);
}

}  // namespace pymes
