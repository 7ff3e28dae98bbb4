// pymes report --year YYYY [--format text|markdown|html|json] [--language es|pt|en] [-o FILE]
#include <fmt/format.h>

#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/core/files.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/report/annual_report.hpp"
#include "record_options.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

struct ReportArgs {
    std::string year, format, output, as_of;
};

int parse_year(const std::string& s) {
    if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string::npos)
        throw UsageError(trf("--year: '{}' is not a year", s),
                         tr("write four digits: --year 2026"));
    return std::stoi(s);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
    auto a = std::make_shared<ReportArgs>();
    auto* cmd = app.add_subcommand(
        "report", tr("The annual report to the coordination meeting: membership, meetings, "
                     "projects and budgets, activities, highlights, silent parties"));
    cmd->add_option("--year", a->year, tr("The year, from 1996 to this one"))->required();
    cmd->add_option("--as-of", a->as_of,
                    tr("Write it as the registry held it at the end of this day (default: today)"))
        ->transform(as_of_validator(ctx));
    cmd->add_option("--format", a->format,
                    or_list(first_as_default(format_names(kAnnualFormatNames))))
        ->check(CLI::IsMember(format_names(kAnnualFormatNames)));
    cmd->add_option("-o,--output", a->output,
                    tr("Write to FILE (atomically; only ever replaces a regular file, never the "
                       "registry) instead of standard output"));
    cmd->footer(
        tr("Examples:\n"
           "  pymes report --year 2026                        # in Spanish, as text\n"
           "  pymes report --year 2026 --format html -o informe-2026.html\n"
           "  pymes report --year 2025 --format markdown --language pt\n"
           "  pymes report --year 2026 --format json | jq .activities.total\n"
           "  pymes report --year 2025 --as-of 2026-01-15    # as read at that meeting"));
    ctx.on(cmd, [&ctx, a] {
        AnnualOptions o;
        o.year = parse_year(a->year);
        o.today = a->as_of.empty() ? ctx.clock().today() : *Date::parse_iso(a->as_of);
        o.language = ctx.language;
        // -f json (the global option scripts use) is also the report's JSON.
        const AnnualFormat format = parse_annual_format(!a->format.empty()            ? a->format
                                                        : ctx.global.format == "json" ? "json"
                                                                                      : "text");
        const AnnualReport report = build_annual_report(ctx.registry(), o);
        if (a->output.empty()) {
            render_annual_report(ctx.out, report, format);
            return;
        }
        std::ostringstream text;
        render_annual_report(text, report, format);
        // Never over the registry, a device, a FIFO or a folder (SPEC §6).
        replace_file(a->output, text.str(), ctx.config().registry);
    });
}

}  // namespace pymes::cli
