#include "transfer.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "pymes/encoded_output.hpp"
#include "pymes/errors.hpp"
#include "pymes/i18n.hpp"
#include "pymes/text.hpp"

namespace pymes::cli {

namespace {

/// What import and export say of each entity: one sentence each, so that a translation can
/// agree with the noun (gettext cannot put a translated noun into a translated sentence).
struct EntityWords {
    std::string_view entity;
    const char* import_help;
    const char* export_help;
    const char* file;  ///< the file name in examples
};
constexpr EntityWords kEntityWords[] = {
    {"institution", N_("Import institutions from CSV: all rows or none"),
     N_("Export institutions as CSV or JSON, in the columns import reads"), "institutions"},
    {"membership", N_("Import membership events from CSV: all rows or none"),
     N_("Export membership events as CSV or JSON, in the columns import reads"), "membership"},
    {"activity", N_("Import activities from CSV: all rows or none"),
     N_("Export activities as CSV or JSON, in the columns import reads"), "activities"},
    {"meeting", N_("Import meetings from CSV: all rows or none"),
     N_("Export meetings as CSV or JSON, in the columns import reads"), "meetings"},
    {"project", N_("Import projects from CSV: all rows or none"),
     N_("Export projects as CSV or JSON, in the columns import reads"), "projects"},
};

const EntityWords& words_of(std::string_view entity) {
    for (const auto& w : kEntityWords)
        if (w.entity == entity) return w;
    return kEntityWords[0];
}

std::string plural(const std::string& entity) { return words_of(entity).file; }

}  // namespace

void add_import_command(CLI::App* group, Context& ctx, const std::string& entity) {
    struct Options {
        std::string file = "-", delimiter, encoding;
        bool dry_run = false, excel = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand("import", tr(words_of(entity).import_help));
    cmd->add_option("FILE", o->file,
                    tr("CSV file with a header row, or - for standard input (default)"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Check every row and report, writing nothing"));
    cmd->add_option("--delimiter", o->delimiter,
                    tr("Field delimiter (default: config csv.delimiter, else ',')"));
    cmd->add_flag("--excel", o->excel,
                  tr("A file from `export --excel` or a spreadsheet's save of one: ';' (unless "
                     "--delimiter), BOM, "
                     "spreadsheet escaping undone"));
    cmd->add_option("--encoding", o->encoding, tr("utf-8 (default), latin1 or cp1252"))
        ->check(CLI::IsMember({"utf-8", "utf8", "latin1", "cp1252"}));
    cmd->footer(
        trf("Examples:\n"
            "  pymes {0} import {2}.csv --dry-run\n"
            "  pymes {0} import --delimiter ';' --encoding cp1252 planilla.csv   # saved "
            "by a Spanish-locale spreadsheet\n"
            "  pymes {0} import --excel {2}-para-excel.csv   # an --excel export, opened "
            "and saved by a spreadsheet\n"
            "  pymes {0} export | sed ... | pymes {0} import -\n"
            "Rows match by {1}; a bad row is reported as FILE:LINE: column: message and "
            "nothing is written (exit 65).",
            entity,
            entity == "institution"  ? "code"
            : entity == "membership" ? "id"
                                     : "id, then ref",
            plural(entity)));
    ctx.on(cmd, [&ctx, entity, o] {
        const Config& c = ctx.config();
        ImportOptions options;
        options.source = o->file;
        const std::string delimiter = !o->delimiter.empty() ? o->delimiter
                                      : o->excel            ? ";"
                                                            : c.csv_delimiter;
        if (delimiter.size() != 1 || delimiter == "\"" || delimiter == "\n" || delimiter == "\r")
            throw UsageError(trf("--delimiter: '{}' is not one character", delimiter),
                             tr("use ',' or ';'"));
        options.delimiter = delimiter[0];
        options.encoding = parse_encoding(o->encoding.empty() ? c.csv_encoding : o->encoding);
        options.dry_run = o->dry_run;
        options.undo_spreadsheet_escaping = o->excel;
        if (entity == "meeting") {
            options.default_timezone = c.timezone;
            if (options.default_timezone.empty()) {
                try {
                    options.default_timezone = date::current_zone()->name();
                } catch (const std::exception&) {
                    options.default_timezone = "UTC";
                }
            }
        }
        std::ifstream file;
        std::istream* in = &std::cin;
        if (o->file != "-") {
            file.open(o->file, std::ios::binary);
            if (!file)
                throw Error(Exit::no_input, trf("cannot read {}", o->file),
                            tr("check the file's name and permissions"));
            std::error_code ec;
            if (std::filesystem::is_directory(o->file, ec))
                throw Error(Exit::no_input, trf("{} is a folder, not a CSV file", o->file),
                            tr("name the CSV file to import"));
            in = &file;
        }
        try {
            ImportResult r = import_csv(ctx.registry(), entity, *in, options);
            ctx.info(o->dry_run ? trnf("{} row: {} added, {} updated, {} unchanged (dry run: "
                                       "nothing was written)",
                                       "{} rows: {} added, {} updated, {} unchanged (dry run: "
                                       "nothing was written)",
                                       r.rows, r.added, r.updated, r.unchanged)
                                : trnf("{} row: {} added, {} updated, {} unchanged",
                                       "{} rows: {} added, {} updated, {} unchanged", r.rows,
                                       r.added, r.updated, r.unchanged));
            if (r.membership_not_applied > 0)
                ctx.info(
                    trnf("{} row stated a membership that the log does not hold: not "
                         "applied; the log travels with `pymes membership import`",
                         "{} rows stated a membership that the log does not hold: not "
                         "applied; the log travels with `pymes membership import`",
                         r.membership_not_applied));
        } catch (const ImportFailed& e) {
            for (const auto& line : e.lines)
                ctx.err << text::visible(line) << '\n';  // quotes the file
            throw;
        }
    });
}

void ExportOptions::add_to(CLI::App* cmd) {
    cmd->add_option("--format", format, tr("csv (default) or json"))
        ->check(CLI::IsMember({"csv", "json"}));
    cmd->add_flag("--spreadsheet-safe", spreadsheet_safe,
                  tr("Make cells a spreadsheet would run as formulas (= + - @) inert; import "
                     "--excel undoes it"));
    cmd->add_flag("--excel", excel,
                  tr("For spreadsheets: UTF-8 BOM, ';', CRLF, spreadsheet-safe, quoted for either "
                     "delimiter; import it with --excel"));
}

ExportStyle ExportOptions::style(Context& ctx) const {
    ExportStyle s;
    std::string f = format;
    if (f.empty() && (ctx.global.format == "json" || ctx.global.format == "csv"))
        f = ctx.global.format;
    s.format = f == "json" ? Format::json : Format::csv;
    if (excel && s.format == Format::json)
        throw UsageError(tr("--excel writes CSV; it does not go with --format json"));
    s.csv.spreadsheet_safe = spreadsheet_safe || excel;
    if (!excel)
        s.csv.delimiter = ctx.config().csv_delimiter.empty() ? ',' : ctx.config().csv_delimiter[0];
    if (excel) {
        s.csv.bom = true;
        s.csv.delimiter = ';';
        s.csv.crlf = true;
        s.csv.quote_for_spreadsheets = true;
    }
    return s;
}

CLI::App* add_export_command(CLI::App* group, Context& ctx, const std::string& entity,
                             const std::function<void(CLI::App*)>& add_filters,
                             const std::function<void(const ExportStyle&)>& write) {
    auto o = std::make_shared<ExportOptions>();
    auto* cmd = group->add_subcommand("export", tr(words_of(entity).export_help));
    add_filters(cmd);
    o->add_to(cmd);
    cmd->footer(
        trf("Examples:\n"
            "  pymes {0} export > {1}.csv\n"
            "  pymes {0} export --excel > {1}-para-excel.csv\n"
            "  pymes {0} export --format json | jq length",
            entity, plural(entity)));
    ctx.on(cmd, [&ctx, o, write] {
        const ExportStyle style = o->style(ctx);
        // The configured [csv] encoding applies to export as to import (not to --excel or JSON).
        const Encoding encoding = style.format == Format::csv && !o->excel
                                      ? parse_encoding(ctx.config().csv_encoding)
                                      : Encoding::utf8;
        EncodedOutput encoded(ctx.out, encoding);
        write(style);
        encoded.finish();
    });
    return cmd;
}

}  // namespace pymes::cli
