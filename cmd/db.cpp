// pymes db status | migrate [--dry-run] | check | backup FILE
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "progress.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/store/maintenance.hpp"

namespace pymes::cli {

void register_db(CLI::App& app, Context& ctx) {
    auto* db = app.add_subcommand(
        "db", tr("Look after the registry file: status, migrate, check, backup"));

    auto* status = db->add_subcommand(
        "status", tr("Path, schema versions, counts per table, size, journal mode"));
    status->footer(tr("Examples:\n  pymes db status\n  pymes -f json db status | jq .activity"));
    ctx.on(status, [&ctx] {
        RegistryStatus s = registry_status(ctx.registry(MigratePolicy::leave));
        Table t{{"path", "schema", "program_schema", "size_bytes", "journal_mode"}, {}};
        Row row{Cell::of(s.path), Cell::of_int(s.file_schema), Cell::of_int(s.program_schema),
                Cell::of_int(s.size_bytes), Cell::of(s.journal_mode)};
        for (auto& [table, n] : s.counts) {
            t.columns.push_back(table);
            row.push_back(Cell::of_int(n));
        }
        t.rows.push_back(std::move(row));
        ctx.print_record(t);
    });

    auto dry_run = std::make_shared<bool>(false);
    auto* migrate = db->add_subcommand(
        "migrate", tr("Bring an older registry to this pymes's schema (after a backup)"));
    migrate->add_flag("--dry-run", *dry_run, tr("Only say which migrations would run"));
    migrate->footer(
        tr("Examples:\n  pymes db migrate --dry-run\n  pymes db migrate        # needed only with "
           "auto_migrate = false"));
    ctx.on(migrate, [&ctx, dry_run] {
        Registry& r = ctx.registry(MigratePolicy::leave);
        auto steps = r.pending_migrations();
        if (steps.empty()) {
            ctx.info(trf("the registry is at schema {}; nothing to migrate", r.schema_version()));
            return;
        }
        for (const auto& s : steps) ctx.out << fmt::format("{:04} {}\n", s.version, s.name);
        if (*dry_run) {
            ctx.info(trnf("{} migration would run (dry run: nothing was changed)",
                          "{} migrations would run (dry run: nothing was changed)", steps.size()));
            return;
        }
        const int from = r.schema_version();
        std::string backup = r.migrate();
        ctx.info(trf("migrated from schema {} to {}; the previous file is kept as {}", from,
                     r.schema_version(), backup));
    });

    auto* check = db->add_subcommand(
        "check",
        tr("Check integrity, references and the registry's own rules (exit 1 on problems)"));
    check->footer(tr("Example:\n  pymes db check || echo \"restore the latest backup\""));
    ctx.on(check, [&ctx] {
        const RegistryCheck check = check_registry(ctx.registry_for_reading());
        const auto& problems = check.problems;
        for (const auto& p : problems) ctx.out << p << '\n';
        if (check.founders)
            ctx.info(trf("founding signatories: {}; founding signatures: {}", *check.founders,
                         check.founding_signatures));
        else
            ctx.info(trf("founding signatures: {}", check.founding_signatures));
        if (!problems.empty()) {
            throw Error(Exit::not_found,
                        trnf("the registry has {} problem", "the registry has {} problems",
                             problems.size()),
                        tr("restore the latest backup, or fix the records named above"));
        }
        ctx.info(tr("the registry is sound"));
    });

    auto target = std::make_shared<std::string>();
    auto* backup = db->add_subcommand(
        "backup",
        tr("Write a consistent copy with SQLite's online backup (safe while others write)"));
    backup->add_option("FILE", *target, tr("The new file (never overwritten)"))->required();
    backup->footer(tr("Example:\n  pymes db backup ~/copias/registro-$(date +%F).db"));
    ctx.on(backup, [&ctx, target] {
        {
            ProgressLine progress(ctx, "db backup");
            ctx.registry().backup_to(*target, progress.callback());
        }
        ctx.info(trf("wrote {}", *target));
    });
}

}  // namespace pymes::cli
