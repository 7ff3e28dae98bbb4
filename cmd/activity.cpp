// pymes activity add | list | show | edit | remove
#include <fmt/format.h>

#include "pymes/core/areas.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "record_options.hpp"
#include "transfer.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

void add_activity_fields(RecordOptions& o, CLI::App* cmd, bool adding) {
    auto* institution =
        o.add(cmd, "--institution", "institution", N_("Institution that carries it out (code)"));
    auto* area = o.add(cmd, "--area", "area", trf("Area: {}", area_help()));
    auto* title = o.add(cmd, "--title", "title", N_("Title"));
    if (adding) {
        institution->required();
        area->required();
        title->required();
    }
    o.add(cmd, "--description", "description", N_("What it is"));
    o.add(cmd, "--status", "status", N_("planned (default), ongoing, done or cancelled"));
    o.add(cmd, "--start", "start_on", N_("First day (YYYY-MM-DD)"));
    o.add(cmd, "--end", "end_on", N_("Last day"));
    o.add_switch(cmd, "--highlight", adding ? "" : "--no-highlight", "highlight",
                 N_("One of the actions \"de mayor relevancia\""));
    o.add(cmd, "--url", "url", N_("Web page"));
    o.add(cmd, "--ref", "ref", N_("Your own key for it, unique per institution"));
    o.add_list(cmd, "--tag", "tags", N_("A tag (repeat for several)"));
}

struct ActivityListOptions {
    std::vector<std::string> institutions, areas;
    std::string status, from, to, recorded_from, recorded_to, search;
    bool highlight = false, not_taking_place = false;
    int limit = -1;

    void add_to(CLI::App* cmd, const EntitySpec& spec, Context& ctx) {
        cmd->add_option("--institution", institutions, tr("Of this institution (repeatable)"))
            ->transform(code_validator());
        cmd->add_option("--area", areas, tr("In this area (repeatable)"))
            ->transform(field_validator(spec, "area"));
        cmd->add_option("--status", status, statuses_said(Entity::activity))
            ->transform(field_validator(spec, "status"));
        cmd->add_option("--from", from, tr("Taking place on or after this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--to", to, tr("Taking place on or before this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--recorded-from", recorded_from, tr("Recorded on or after this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--recorded-to", recorded_to, tr("Recorded on or before this date"))
            ->transform(date_validator(ctx));
        cmd->add_flag(
            "--not-taking-place", not_taking_place,
            tr("With --recorded-from/--recorded-to: only those whose dates do not overlap "
               "that span (the digest's \"recorded\" section)"));
        cmd->add_flag("--highlight", highlight, tr("Only the most relevant"));
        cmd->add_option("--search", search, tr("Containing these words (accents do not matter)"));
        cmd->add_option("--limit", limit, tr("At most N"))->check(count_validator());
    }

    Query query(Registry& registry) const {
        require_institutions(registry, institutions, "--institution");
        ActivityFilter f;
        f.institutions = institutions;
        f.areas = areas;
        if (!status.empty()) f.status = status;
        if (!from.empty()) f.from = Date::parse_iso(from);
        if (!to.empty()) f.to = Date::parse_iso(to);
        if (f.from && f.to && *f.to < *f.from) throw UsageError(tr("--to is before --from"));
        if (!recorded_from.empty()) f.recorded_from = Date::parse_iso(recorded_from);
        if (!recorded_to.empty()) f.recorded_to = Date::parse_iso(recorded_to);
        if (not_taking_place && !f.recorded_from && !f.recorded_to)
            throw UsageError(tr("--not-taking-place needs --recorded-from or --recorded-to"));
        f.not_taking_place = not_taking_place;
        f.highlight_only = highlight;
        if (!search.empty()) f.search = search;
        f.limit = limit;
        return activity_query(f);
    }
};

}  // namespace

void register_activity(CLI::App& app, Context& ctx) {
    const EntitySpec& spec = activity_spec();
    auto* group =
        app.add_subcommand("activity", tr("Activities that institutions carry out and report"));
    {
        auto o = std::make_shared<RecordOptions>(spec, ctx);
        auto* cmd =
            group->add_subcommand("add", tr("Record an activity (prints it, with its new id)"));
        add_activity_fields(*o, cmd, true);
        cmd->footer(
            tr("Examples:\n"
               "  pymes activity add --institution SELA --area capacitación --title \"Taller de "
               "exportación\" \\\n"
               "      --start 2026-03-02 --end 2026-03-06 --status done --highlight\n"
               "  pymes -f json activity add --institution ALIDE --area info --title Boletín | jq "
               ".id"));
        ctx.on(cmd,
               [&ctx, &spec, o] { print_one(ctx, add_record(ctx.registry(), spec, o->patch())); });
    }
    {
        auto o = std::make_shared<ActivityListOptions>();
        auto* cmd = group->add_subcommand("list", tr("List activities, filtered"));
        o->add_to(cmd, spec, ctx);
        cmd->footer(tr(
            "Examples:\n"
            "  pymes activity list --institution SELA --area capacitacion --from 2026-01-01 --to "
            "2026-12-31\n"
            "  pymes -f csv activity list --highlight --search exportacion"));
        ctx.on(cmd, [&ctx, &spec, o] {
            print_many(ctx, spec, query_records(ctx.registry(), spec, o->query(ctx.registry())));
        });
    }
    add_import_command(group, ctx, Entity::activity);
    add_template_command(group, ctx, Entity::activity);
    {
        auto o = std::make_shared<ActivityListOptions>();
        add_export_command(
            group, ctx, Entity::activity,
            [o, &spec, &ctx](CLI::App* cmd) { o->add_to(cmd, spec, ctx); },
            [o](Registry& registry) {
                ExportSelection s;
                s.records = o->query(registry);
                return s;
            });
    }
    add_show_command(group, ctx, spec, N_("Every field of one activity"));
    {
        auto id = std::make_shared<std::int64_t>(0);
        auto o = std::make_shared<RecordOptions>(spec, ctx);
        auto* cmd = group->add_subcommand(
            "edit", tr("Change only the fields given (an empty value clears one)"));
        cmd->add_option("ID", *id, tr("Activity id"))->required()->check(count_validator());
        add_activity_fields(*o, cmd, false);
        cmd->footer(tr(
            "Examples:\n  pymes activity edit 12 --status done --highlight\n  pymes activity edit "
            "12 --url ''"));
        ctx.on(cmd, [&ctx, &spec, id, o] {
            Patch p = o->patch();
            if (p.empty())
                throw UsageError(tr("nothing to change"),
                                 tr("give at least one field, such as --status"));
            print_one(ctx, edit_record(ctx.registry(), spec, *id, p));
        });
    }
    add_remove_command(group, ctx, spec, N_("Delete an activity"));
}

}  // namespace pymes::cli
