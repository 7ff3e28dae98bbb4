#pragma once
// `ENTITY import` and `ENTITY export`, shared by the four command groups.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "context.hpp"
#include "pymes/io/export.hpp"
#include "pymes/io/transfer.hpp"

namespace pymes::cli {

/// Adds `import [FILE|-] [--dry-run] [--delimiter C] [--encoding E]` to `group`.
void add_import_command(CLI::App* group, Context& ctx, Entity entity);

/// Adds `template -o FILE.xlsx [--institution CODE]` to `group`.
void add_template_command(CLI::App* group, Context& ctx, Entity entity);

/// The options every export takes: --format, -o, --spreadsheet-safe, --excel.
struct ExportOptions {
    std::string format, output;
    bool spreadsheet_safe = false;
    bool excel = false;
    void add_to(CLI::App* cmd);
    /// What they ask for, with the config's [csv] and [publish] and the global -f.
    ExportRequest request(Context& ctx) const;
};

/// Adds `export` to `group`: `add_filters` adds the list filters, `select` says which records
/// they chose (none: every one); the formats and their writers are export_formats()'s.
CLI::App* add_export_command(CLI::App* group, Context& ctx, Entity entity,
                             const std::function<void(CLI::App*)>& add_filters,
                             const std::function<ExportSelection(Registry&)>& select = nullptr);

}  // namespace pymes::cli
