// pymes project add | list | show | edit | remove
#include <fmt/format.h>

#include "pymes/core/areas.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "record_options.hpp"
#include "transfer.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

void add_project_fields(RecordOptions& o, CLI::App* cmd, bool adding) {
    auto* title = o.add(cmd, "--title", "title", N_("Title"));
    auto* area = o.add(cmd, "--area", "area", trf("Area: {}", area_help()));
    auto* lead = o.add(cmd, "--lead", "lead", N_("Leading institution (code)"));
    if (adding) {
        title->required();
        area->required();
        lead->required();
        o.add_list(cmd, "--partner", "partners", N_("A partner institution (repeatable)"));
    }
    o.add(cmd, "--meeting", "meeting", N_("Id of the meeting that selected it"));
    o.add(cmd, "--status", "status",
          N_("proposed (default), approved, active, completed or cancelled"));
    o.add(cmd, "--start", "start_on", N_("First day"));
    o.add(cmd, "--end", "end_on", N_("Last day"));
    o.add(cmd, "--budget", "budget", N_("Budget, exact to the cent: 25000.50"));
    o.add(cmd, "--currency", "currency",
          N_("ISO 4217 currency of the budget (USD, EUR, PEN, ...)"));
    o.add(cmd, "--funding", "funding", N_("Source of the means"));
    o.add(cmd, "--description", "description", N_("What it is"));
    o.add(cmd, "--ref", "ref", N_("Your own key for it, unique"));
}

struct ProjectListOptions {
    std::vector<std::string> statuses;
    std::string area, institution, ending_from, ending_to, changed_from, changed_to;
    std::int64_t meeting = 0;
    int limit = -1;

    void add_to(CLI::App* cmd, const EntitySpec& spec, Context& ctx) {
        cmd->add_option("--status", statuses,
                        // TRANSLATORS: {} is the list of statuses, each with its word.
                        trf("{} (repeatable: any of them)", statuses_said(Entity::project)))
            ->transform(field_validator(spec, "status"));
        cmd->add_option("--area", area, tr("In this area"))
            ->transform(field_validator(spec, "area"));
        cmd->add_option("--institution", institution, tr("Led or partnered by this institution"))
            ->transform(code_validator());
        cmd->add_option("--meeting", meeting, tr("Selected at this meeting"))
            ->check(count_validator());
        cmd->add_option("--ending-from", ending_from, tr("Ending on or after this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--ending-to", ending_to, tr("Ending on or before this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--changed-from", changed_from,
                        tr("Added or changing status on or after this date (from the history)"))
            ->transform(date_validator(ctx));
        cmd->add_option("--changed-to", changed_to,
                        tr("Added or changing status on or before this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--limit", limit, tr("At most N"))->check(count_validator());
    }

    Query query(Registry& registry) const {
        require_institutions(registry,
                             institution.empty() ? std::vector<std::string>{}
                                                 : std::vector<std::string>{institution},
                             "--institution");
        ProjectFilter f;
        f.statuses = statuses;
        if (!area.empty()) f.area = area;
        if (!institution.empty()) f.institution = institution;
        if (meeting) f.meeting = meeting;
        if (!ending_from.empty()) f.ending_from = Date::parse_iso(ending_from);
        if (!ending_to.empty()) f.ending_to = Date::parse_iso(ending_to);
        if (!changed_from.empty()) f.changed_from = Date::parse_iso(changed_from);
        if (!changed_to.empty()) f.changed_to = Date::parse_iso(changed_to);
        f.limit = limit;
        return project_query(f);
    }
};

}  // namespace

void register_project(CLI::App& app, Context& ctx) {
    const EntitySpec& spec = project_spec();
    auto* group =
        app.add_subcommand("project", tr("Joint projects selected at coordination meetings"));
    {
        auto o = std::make_shared<RecordOptions>(spec, ctx);
        auto* cmd =
            group->add_subcommand("add", tr("Record a project (prints it, with its new id)"));
        add_project_fields(*o, cmd, true);
        auto on = std::make_shared<std::string>();
        add_status_on(cmd, ctx, *on, false);
        cmd->footer(
            tr("Example:\n"
               "  pymes project add --title \"Red de centros de capacitación\" --area capacitación "
               "--lead SELA \\\n"
               "      --partner ALIDE --partner INTAL --meeting 3 --budget 25000 --currency USD "
               "--funding BID"));
        ctx.on(cmd, [&ctx, &spec, o, on] {
            print_one(ctx, add_record(ctx.registry(), spec, o->patch(), status_on(*on)));
        });
    }
    {
        auto o = std::make_shared<ProjectListOptions>();
        auto* cmd = group->add_subcommand("list", tr("List projects, filtered"));
        o->add_to(cmd, spec, ctx);
        cmd->footer(tr("Example:\n  pymes project list --institution SELA --status active"));
        ctx.on(cmd, [&ctx, &spec, o] {
            print_many(ctx, spec, query_records(ctx.registry(), spec, o->query(ctx.registry())));
        });
    }
    add_import_command(group, ctx, Entity::project);
    add_template_command(group, ctx, Entity::project);
    {
        auto o = std::make_shared<ProjectListOptions>();
        add_export_command(
            group, ctx, Entity::project,
            [o, &spec, &ctx](CLI::App* cmd) { o->add_to(cmd, spec, ctx); },
            [o](Registry& registry) {
                ExportSelection s;
                s.records = o->query(registry);
                return s;
            });
    }
    add_show_command(group, ctx, spec, N_("Every field of one project"));
    {
        auto id = std::make_shared<std::int64_t>(0);
        auto o = std::make_shared<RecordOptions>(spec, ctx);
        auto add = std::make_shared<std::vector<std::string>>();
        auto remove = std::make_shared<std::vector<std::string>>();
        auto* cmd = group->add_subcommand(
            "edit", tr("Change only the fields given; add or remove partners"));
        cmd->add_option("ID", *id, tr("Project id"))->required()->check(count_validator());
        add_project_fields(*o, cmd, false);
        point_to(cmd, "--partner", "--add-partner", "--remove-partner");
        auto on = std::make_shared<std::string>();
        add_status_on(cmd, ctx, *on, true);
        cmd->add_option("--add-partner", *add, tr("Add a partner institution (repeatable)"))
            ->transform(code_validator());
        cmd->add_option("--remove-partner", *remove,
                        tr("Remove a partner institution (repeatable)"))
            ->transform(code_validator());
        cmd->footer(
            tr("Examples:\n  pymes project edit 7 --status active --start 2027-01-15\n"
               "  pymes project edit 7 --status completed --on 2026-06-30\n"
               "  pymes project edit 7 --add-partner OLAMP"));
        ctx.on(cmd, [&ctx, &spec, id, o, add, remove, on] {
            Patch p = o->patch();
            if (p.empty() && add->empty() && remove->empty())
                throw UsageError(tr("nothing to change"),
                                 tr("give at least one field, or --add-partner/--remove-partner"));
            print_one(
                ctx, edit_record(ctx.registry(), spec, *id, p,
                                 {{"partners", *add, *remove, "--add-partner", "--remove-partner"}},
                                 status_on(*on)));
        });
    }
    add_remove_command(group, ctx, spec, N_("Delete a project"));
}

}  // namespace pymes::cli
