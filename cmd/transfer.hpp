#pragma once
// `ENTITY import` and `ENTITY export`, shared by the four command groups.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "context.hpp"
#include "pymes/io/iati.hpp"
#include "pymes/io/transfer.hpp"

namespace pymes::cli {

/// Adds `import [FILE|-] [--dry-run] [--delimiter C] [--encoding E]` to `group`.
void add_import_command(CLI::App* group, Context& ctx, Entity entity);

/// Adds `template -o FILE.xlsx [--institution CODE]` to `group`.
void add_template_command(CLI::App* group, Context& ctx, Entity entity);

/// The options every export takes: --format, --spreadsheet-safe, --excel.
struct ExportOptions {
    std::string format, output;
    bool spreadsheet_safe = false;
    bool excel = false;
    void add_to(CLI::App* cmd);
    /// --format, else -f when it is csv or json, else csv.
    ExportStyle style(Context& ctx) const;
};

/// Adds `export` to `group`: `add_filters` adds the list filters, `write` streams the export
/// (CSV or JSON) to the stream it is given; --format xlsx types that CSV into a workbook; with
/// `iati`, --format iati writes IATI 2.03 XML through it.
CLI::App* add_export_command(
    CLI::App* group, Context& ctx, Entity entity, const std::function<void(CLI::App*)>& add_filters,
    const std::function<void(std::ostream&, const ExportStyle&)>& write,
    const std::function<std::size_t(std::ostream&, const IatiOptions&)>& iati = nullptr);

}  // namespace pymes::cli
