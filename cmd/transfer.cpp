#include "transfer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "progress.hpp"
#include "pymes/core/agreement.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/files.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/io/encoded_output.hpp"
#include "pymes/io/export.hpp"
#include "pymes/io/xlsx.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

/// What import and export say of each entity: one sentence each, so that a translation can
/// agree with the noun (gettext cannot put a translated noun into a translated sentence).
struct EntityWords {
    Entity entity;
    const char* import_help;
    const char* export_help;
    const char* template_help;
    const char* file;  ///< the file name in examples
};
constexpr EntityWords kEntityWords[] = {
    {Entity::institution,
     N_("Import institutions from CSV or a workbook (.xlsx): all rows or none"),
     N_("Export institutions as CSV, JSON or a workbook, in the columns import reads"),
     N_("Write a workbook (.xlsx) to fill in with institutions and import"), "institutions"},
    {Entity::membership,
     N_("Import membership events from CSV or a workbook (.xlsx): all rows or none"),
     N_("Export membership events as CSV, JSON or a workbook, in the columns import reads"),
     N_("Write a workbook (.xlsx) to fill in with membership events and import"), "membership"},
    {Entity::activity, N_("Import activities from CSV or a workbook (.xlsx): all rows or none"),
     N_("Export activities as CSV, JSON or a workbook, in the columns import reads"),
     N_("Write a workbook (.xlsx) to fill in with activities and import"), "activities"},
    {Entity::meeting, N_("Import meetings from CSV or a workbook (.xlsx): all rows or none"),
     N_("Export meetings as CSV, JSON or a workbook, in the columns import reads"),
     N_("Write a workbook (.xlsx) to fill in with meetings and import"), "meetings"},
    {Entity::project, N_("Import projects from CSV or a workbook (.xlsx): all rows or none"),
     N_("Export projects as CSV, JSON or a workbook, in the columns import reads"),
     N_("Write a workbook (.xlsx) to fill in with projects and import"), "projects"},
};

const EntityWords& words_of(Entity entity) {
    for (const auto& w : kEntityWords)
        if (w.entity == entity) return w;
    return kEntityWords[0];
}

std::string plural(Entity entity) { return words_of(entity).file; }

/// Standard input with the bytes already read from it put back in front.
/// Copies `prefix` and the rest of `in` (standard input) into the temporary file `path`, for
/// libzip, which reads only files. Every failure is an input/output error (74): a copy cut short
/// (a full or unwritable TMPDIR) must never reach libzip and be called "not a workbook".
void spool(const std::string& prefix, std::istream& in, const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    auto fail = [&](int err) {
        if (fd >= 0) ::close(fd);
        throw Error(Exit::io,
                    trf("cannot copy the workbook from standard input to {}: {}", path,
                        system_error_text(err)),
                    tr("check the space in TMPDIR, or set TMPDIR to a writable folder"));
    };
    if (fd < 0) fail(errno);
    auto write_all = [&](const char* data, std::size_t size) {
        while (size > 0) {
            const ssize_t n = ::write(fd, data, size);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) fail(errno);
            data += n;
            size -= std::size_t(n);
        }
    };
    write_all(prefix.data(), prefix.size());
    std::vector<char> chunk(1 << 16);
    while (in.read(chunk.data(), std::streamsize(chunk.size())) || in.gcount() > 0)
        write_all(chunk.data(), std::size_t(in.gcount()));
    if (in.bad()) {
        ::close(fd);
        throw Error(Exit::io, tr("cannot read the workbook from standard input"));
    }
    if (::close(fd) != 0) fail(errno);
}

class Prefixed : public std::streambuf {
  public:
    Prefixed(std::string prefix, std::istream& rest) : prefix_(std::move(prefix)), rest_(rest) {
        setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
    }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        rest_.read(buffer_, sizeof buffer_);
        const std::streamsize n = rest_.gcount();
        if (n <= 0) return traits_type::eof();
        setg(buffer_, buffer_, buffer_ + n);
        return traits_type::to_int_type(*gptr());
    }

  private:
    std::string prefix_;
    std::istream& rest_;
    char buffer_[1 << 16];
};

/// --as CODE: an institution of the registry, upper-case.
std::string speaking_for(Context& ctx, const std::string& code) {
    if (code.empty()) return {};
    const std::string upper = text::upper(text::trim(code));
    if (!find_institution(ctx.registry(), upper)) {
        const UnknownCode unknown = unknown_institution(ctx.registry(), upper);
        if (renamed_code(ctx.registry(), upper))
            throw DataError(fmt::format("--as: {}", unknown.message), unknown.hint);
        throw DataError(trf("--as: no institution has the code {}", upper),
                        unknown.near.empty() ? tr("see `pymes institution list`")
                                             : trf("did you mean {}?", unknown.near));
    }
    return upper;
}

}  // namespace

void add_import_command(CLI::App* group, Context& ctx, Entity entity) {
    struct Options {
        std::string file = "-", delimiter, encoding, as;
        bool dry_run = false, excel = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand("import", tr(words_of(entity).import_help));
    cmd->add_option("FILE", o->file,
                    tr("CSV file or workbook (.xlsx, first sheet) with a header row, or - for "
                       "standard input (default)"));
    cmd->add_option("--as", o->as,
                    tr("The file speaks for this institution: a row about another one is an "
                       "error"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Check every row and report, writing nothing"));
    cmd->add_option("--delimiter", o->delimiter,
                    tr("Field delimiter (default: config csv.delimiter, else ',')"));
    cmd->add_flag("--excel", o->excel,
                  tr("A file from `export --excel` or a spreadsheet's save of one: ';' (unless "
                     "--delimiter), BOM, "
                     "spreadsheet escaping undone"));
    cmd->add_option("--encoding", o->encoding,
                    or_list(first_as_default(format_names(kEncodingNames))))
        ->check(encoding_validator());
    cmd->footer(
        trf("Examples:\n"
            "  pymes {0} import {2}.csv --dry-run\n"
            "  pymes {0} import --delimiter ';' --encoding cp1252 planilla.csv   # saved "
            "by a Spanish-locale spreadsheet\n"
            "  pymes {0} import --excel {2}-para-excel.csv   # an --excel export, opened "
            "and saved by a spreadsheet\n"
            "  pymes {0} export | sed ... | pymes {0} import -\n"
            "  pymes {0} import --as CLAMPI --dry-run planilla-clampi.xlsx   # a workbook "
            "sent by one institution\n"
            "Rows match by {1}; a bad row is reported as FILE:LINE: column: message and "
            "nothing is written (exit 65).",
            entity_name(entity),
            // The key columns, as the file names them.
            entity == Entity::institution  ? "`code`"
            : entity == Entity::membership ? "`id`"
                                           : tr("`id`, then `ref`"),
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
        options.as_institution = speaking_for(ctx, o->as);
        if (entity == Entity::meeting) {
            options.default_timezone = ctx.timezone().first;
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
            if (std::filesystem::is_regular_file(o->file, ec))
                options.input_bytes = std::filesystem::file_size(o->file, ec);
            if (ec) options.input_bytes = 0;
        }
        // A workbook is recognised by its first bytes (a zip archive), whatever its name.
        char first[4] = {};
        in->read(first, 4);
        const std::string prefix(first, std::size_t(in->gcount()));
        std::optional<TemporaryFile> spooled;  // a workbook from standard input, for libzip
        std::optional<Prefixed> buffer;
        std::optional<std::istream> rest;
        // A file named .xlsx that is not a zip archive is no workbook: say so, rather than
        // reading it as CSV and reporting its first line as unknown columns.
        if (!looks_like_zip(prefix) && o->file.size() > 5 &&
            text::fold(o->file.substr(o->file.size() - 5)) == ".xlsx")
            throw DataError(trf("{} is named .xlsx but is not a workbook", o->file),
                            tr("save it again from the spreadsheet as .xlsx (Excel Workbook), or "
                               "export CSV"));
        if (looks_like_zip(prefix) && o->file == "-") {
            try {
                spooled.emplace("import");
            } catch (const Error& e) {
                // No temporary file to copy the workbook to: the input cannot be read (74).
                throw Error(Exit::io, e.what(), e.hint());
            }
            spool(prefix, *in, spooled->path());
        } else if (!looks_like_zip(prefix)) {
            in->clear();
            buffer.emplace(prefix, *in);
            rest.emplace(&*buffer);
            in = &*rest;
        }
        ProgressLine progress(ctx, std::string(entity_name(entity)) + " import");
        options.progress = progress.callback();
        try {
            ImportResult r = looks_like_zip(prefix)
                                 ? import_xlsx(ctx.registry(), entity,
                                               spooled ? spooled->path() : o->file, options)
                                 : import_csv(ctx.registry(), entity, *in, options);
            progress.clear();
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
            progress.clear();
            for (const auto& line : e.lines)
                ctx.err << text::visible(line) << '\n';  // quotes the file
            throw;
        }
    });
}

void add_template_command(CLI::App* group, Context& ctx, Entity entity) {
    struct Options {
        std::string output, institution;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand("template", tr(words_of(entity).template_help));
    cmd->add_option("-o,--output", o->output, tr("The workbook to write (replaced in one step)"))
        ->required();
    cmd->add_option("--institution", o->institution,
                    tr("The institution that fills it in: its code pre-filled in every row"));
    cmd->footer(
        trf("Examples:\n"
            "  pymes {0} template -o {1}-clampi.xlsx --institution CLAMPI\n"
            "  pymes {0} import --as CLAMPI --dry-run {1}-clampi.xlsx   # when it comes back\n"
            "The first sheet has the import's columns (required ones in bold red, a note on "
            "each), drop-down lists and date cells; the second, instructions in the interface "
            "language.",
            entity_name(entity), plural(entity)));
    ctx.on(cmd, [&ctx, entity, o] {
        TemplateOptions options;
        options.institution = speaking_for(ctx, o->institution);
        options.language = ctx.language;
        if (!options.institution.empty()) {
            options.institution_codes = {options.institution};
            if (entity == Entity::institution)
                if (auto own = find_institution(ctx.registry(), options.institution)) {
                    const EntitySpec& spec = institution_spec();
                    for (std::size_t f = 1; f < spec.fields.size(); ++f)
                        options.own_fields.emplace_back(spec.fields[f].name,
                                                        own->values[f].value_or(""));
                }
        } else {
            for (const auto& i : list_institutions(ctx.registry(), {}))
                options.institution_codes.push_back(i.code());
        }
        TemporaryFile book("template");
        write_xlsx_template(entity, book.path(), options);
        replace_file_from(o->output, book.path(), ctx.config().registry);
    });
}

void ExportOptions::add_to(CLI::App* cmd) {
    cmd->add_option("--format", format, export_format_help())
        ->check(CLI::IsMember(export_format_names()));
    cmd->add_option("-o,--output", output,
                    tr("Write to FILE (replaced in one step) instead of standard output"));
    cmd->add_flag("--spreadsheet-safe", spreadsheet_safe,
                  tr("Make cells a spreadsheet would run as formulas (= + - @) inert; import "
                     "--excel undoes it"));
    cmd->add_flag("--excel", excel,
                  tr("For spreadsheets: UTF-8 BOM, ';', CRLF, spreadsheet-safe, quoted for either "
                     "delimiter; import it with --excel"));
}

ExportRequest ExportOptions::request(Context& ctx) const {
    const Config& c = ctx.config();
    ExportRequest r;
    r.format = format;
    r.output_format = ctx.global.format;
    r.excel = excel;
    r.spreadsheet_safe = spreadsheet_safe;
    r.delimiter = c.csv_delimiter.empty() ? ',' : c.csv_delimiter[0];
    r.encoding = parse_encoding(c.csv_encoding);
    r.iati.reporting_org = c.publish_iati_reporting_org;
    r.iati.org_type = c.publish_iati_org_type;
    r.iati.reporting_name =
        c.publish_title.empty() ? std::string(kAgreementTitle) : c.publish_title;
    r.iati.vocabulary_uri =
        c.publish_homepage.empty() ? "urn:pymes:areas" : c.publish_homepage + "#areas";
    r.iati.language = parse_language(c.publish_data_language).value_or(Language::es);
    r.output = output;
    r.protect = c.registry;
    return r;
}

CLI::App* add_export_command(CLI::App* group, Context& ctx, Entity entity,
                             const std::function<void(CLI::App*)>& add_filters,
                             const std::function<ExportSelection(Registry&)>& select) {
    auto o = std::make_shared<ExportOptions>();
    auto* cmd = group->add_subcommand("export", tr(words_of(entity).export_help));
    add_filters(cmd);
    o->add_to(cmd);
    cmd->footer(
        trf("Examples:\n"
            "  pymes {0} export > {1}.csv\n"
            "  pymes {0} export --excel > {1}-para-excel.csv\n"
            "  pymes {0} export --format json | jq length\n"
            "  pymes {0} export --format xlsx -o {1}.xlsx",
            entity_name(entity), plural(entity)));
    ctx.on(cmd, [&ctx, o, select, entity] {
        ExportRequest request = o->request(ctx);
        // The format's own refusals first, before the registry is read.
        const ExportFormat& format = export_format(entity, request);
        if (format.not_for_terminal && o->output.empty() && ctx.out_is_terminal())
            throw UsageError(tr(format.not_for_terminal),
                             trf(format.to_a_file, plural(entity), format.extension));
        // Not over the rows themselves when they go to the same terminal.
        ProgressLine progress(ctx, std::string(entity_name(entity)) + " export");
        if (!ctx.out_is_tty()) request.progress = progress.callback();
        ExportSelection selection = select ? select(ctx.registry()) : ExportSelection{};
        selection.entity = entity;
        write_export(ctx.out, ctx.registry(), selection, request);
    });
    return cmd;
}

}  // namespace pymes::cli
