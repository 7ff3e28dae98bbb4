// pymes meeting add | list | show | edit | remove | ics
#include <fmt/format.h>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/io/ics.hpp"
#include "record_options.hpp"
#include "transfer.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

void add_meeting_fields(RecordOptions& o, CLI::App* cmd, bool adding) {
    auto* date = o.add(cmd, "--date", "date", N_("First day (YYYY-MM-DD)"));
    if (adding) date->required();
    o.add(cmd, "--end-date", "end_date", N_("Last day, for a meeting of several days"));
    o.add(cmd, "--time", "time", N_("Start time, HH:MM"));
    o.add(cmd, "--end-time", "end_time",
          N_("End time, HH:MM, on --end-date if given (calendars: two hours after --time if "
             "absent)"));
    o.add(cmd, "--timezone", "timezone",
          N_("IANA time zone of --time (default: config `timezone`, else the system's)"));
    o.add(cmd, "--place", "place", N_("City or venue"));
    o.add(cmd, "--country", "country", N_("ISO 3166-1 alpha-2 country"));
    o.add(cmd, "--title", "title", N_("Title"));
    o.add(cmd, "--host", "host", N_("Hosting institution (code)"));
    if (adding)
        o.add_list(cmd, "--attendee", "attendees", N_("An attending institution (repeatable)"));
    o.add(cmd, "--status", "status", N_("scheduled (default), held or cancelled"));
    o.add(cmd, "--agenda", "agenda", N_("Agenda"));
    o.add(cmd, "--minutes", "minutes", N_("Minutes"));
}

/// A time without a zone is in the configured zone, else the system's.
void default_timezone(Context& ctx, Patch& p) {
    bool time = false, zone = false;
    for (auto& [field, value] : p) {
        time = time || (field == "time" && !value.empty());
        zone = zone || field == "timezone";
    }
    if (!time || zone) return;
    p.emplace_back("timezone", ctx.timezone().first);
}

void show_meeting(Context& ctx, const Record& m) {
    const EntitySpec& spec = meeting_spec();
    const Table record = records_table(spec, {m}, language_code(ctx.language));
    Table attendees{{"code", "name"}, {}};
    for (const auto& code : split_list(m.get("attendees"))) {
        auto i = find_institution(ctx.registry(), code);
        attendees.rows.push_back({Cell::of(code), i ? Cell::of(*i->get("name")) : Cell::null()});
    }
    ProjectFilter f;
    f.meeting = m.id();
    const EntitySpec& ps = project_spec();
    Table projects{{"id", "title", "lead", "status", "budget", "currency"}, {}};
    for (const auto& p : query_records(ctx.registry(), ps, project_query(f))) {
        Row row = record_row(p, language_code(ctx.language));
        projects.rows.push_back({row[ps.index("id")], row[ps.index("title")], row[ps.index("lead")],
                                 row[ps.index("status")], row[ps.index("budget")],
                                 row[ps.index("currency")]});
    }
    ctx.print_detail(record, {{"attending", attendees}, {"projects", projects}});
}

struct MeetingListOptions {
    std::vector<std::string> statuses;
    std::string from, to, institution;
    int limit = -1;

    void add_to(CLI::App* cmd, const EntitySpec& spec, Context& ctx) {
        cmd->add_option("--status", statuses,
                        // TRANSLATORS: {} is the list of statuses, each with its word.
                        trf("{} (repeatable: any of them)", statuses_said(Entity::meeting)))
            ->transform(field_validator(spec, "status"));
        cmd->add_option("--from", from, tr("On or after this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--to", to, tr("On or before this date"))->transform(date_validator(ctx));
        cmd->add_option("--institution", institution, tr("Hosted or attended by this institution"))
            ->transform(code_validator());
        cmd->add_option("--limit", limit, tr("At most N"))->check(count_validator());
    }

    Query query(Registry& registry) const {
        require_institutions(registry,
                             institution.empty() ? std::vector<std::string>{}
                                                 : std::vector<std::string>{institution},
                             "--institution");
        MeetingFilter f;
        f.statuses = statuses;
        if (!from.empty()) f.from = Date::parse_iso(from);
        if (!to.empty()) f.to = Date::parse_iso(to);
        if (!institution.empty()) f.institution = institution;
        f.limit = limit;
        return meeting_query(f);
    }
};

}  // namespace

void register_meeting(CLI::App& app, Context& ctx) {
    const EntitySpec& spec = meeting_spec();
    auto* group =
        app.add_subcommand("meeting", tr("Coordination meetings, their attendees, and iCalendar"));
    {
        auto o = std::make_shared<RecordOptions>(spec, ctx);
        auto* cmd = group->add_subcommand(
            "add", tr("Record a coordination meeting (prints it, with its new id)"));
        add_meeting_fields(*o, cmd, true);
        auto on = std::make_shared<std::string>();
        add_status_on(cmd, ctx, *on, false);
        cmd->footer(tr(
            "Example:\n"
            "  pymes meeting add --date 2026-12-10 --time 09:30 --timezone America/Lima --place "
            "Arequipa \\\n"
            "      --country PE --title \"Reunión de coordinación\" --host BOLIVAR --attendee SELA "
            "--attendee ALIDE"));
        ctx.on(cmd, [&ctx, &spec, o, on] {
            Patch p = o->patch();
            default_timezone(ctx, p);
            print_one(ctx, add_record(ctx.registry(), spec, p, status_on(*on)));
        });
    }
    {
        auto o = std::make_shared<MeetingListOptions>();
        auto* cmd = group->add_subcommand("list", tr("List meetings by date"));
        o->add_to(cmd, spec, ctx);
        cmd->footer(tr("Example:\n  pymes meeting list --from today"));
        ctx.on(cmd, [&ctx, &spec, o] {
            print_many(ctx, spec, query_records(ctx.registry(), spec, o->query(ctx.registry())));
        });
    }
    add_import_command(group, ctx, Entity::meeting);
    add_template_command(group, ctx, Entity::meeting);
    {
        auto o = std::make_shared<MeetingListOptions>();
        add_export_command(
            group, ctx, Entity::meeting,
            [o, &spec, &ctx](CLI::App* cmd) { o->add_to(cmd, spec, ctx); },
            [o](Registry& registry) {
                ExportSelection s;
                s.records = o->query(registry);
                return s;
            });
    }
    {
        auto id = std::make_shared<std::int64_t>(0);
        auto* cmd = group->add_subcommand(
            "show", tr("A meeting, its attendees and the projects it selected"));
        cmd->add_option("ID", *id, tr("Meeting id"))->required()->check(count_validator());
        cmd->footer(
            tr("Examples:\n  pymes meeting show 3\n  pymes -f json meeting show 3 | jq "
               "'.projects[].title'"));
        ctx.on(cmd,
               [&ctx, &spec, id] { show_meeting(ctx, get_record(ctx.registry(), spec, *id)); });
    }
    {
        auto id = std::make_shared<std::int64_t>(0);
        auto o = std::make_shared<RecordOptions>(spec, ctx);
        auto add = std::make_shared<std::vector<std::string>>();
        auto remove = std::make_shared<std::vector<std::string>>();
        auto* cmd = group->add_subcommand(
            "edit", tr("Change only the fields given; add or remove attendees"));
        cmd->add_option("ID", *id, tr("Meeting id"))->required()->check(count_validator());
        add_meeting_fields(*o, cmd, false);
        point_to(cmd, "--attendee", "--add-attendee", "--remove-attendee");
        auto on = std::make_shared<std::string>();
        add_status_on(cmd, ctx, *on, true);
        cmd->add_option("--add-attendee", *add, tr("Add an attending institution (repeatable)"))
            ->transform(code_validator());
        cmd->add_option("--remove-attendee", *remove,
                        tr("Remove an attending institution (repeatable)"))
            ->transform(code_validator());
        cmd->footer(
            tr("Examples:\n  pymes meeting edit 3 --status held --minutes \"Se aprobaron tres "
               "proyectos\"\n"
               "  pymes meeting edit 3 --add-attendee INTAL --remove-attendee TIPS"));
        ctx.on(cmd, [&ctx, &spec, id, o, add, remove, on] {
            Patch p = o->patch();
            if (p.empty() && add->empty() && remove->empty())
                throw UsageError(
                    tr("nothing to change"),
                    tr("give at least one field, or --add-attendee/--remove-attendee"));
            print_one(
                ctx,
                edit_record(ctx.registry(), spec, *id, p,
                            {{"attendees", *add, *remove, "--add-attendee", "--remove-attendee"}},
                            status_on(*on)));
        });
    }
    add_remove_command(group, ctx, spec,
                       N_("Delete a meeting (refused while projects refer to it)"));
    {
        struct Options {
            std::vector<std::int64_t> ids;
            std::string from, to;
        };
        auto o = std::make_shared<Options>();
        auto* cmd = group->add_subcommand(
            "ics", tr("Meetings as iCalendar (RFC 5545) for calendar programs"));
        cmd->add_option("ID", o->ids, tr("Only these meetings"))->check(count_validator());
        cmd->add_option("--from", o->from, tr("On or after this date"))
            ->transform(date_validator(ctx));
        cmd->add_option("--to", o->to, tr("On or before this date"))
            ->transform(date_validator(ctx));
        cmd->footer(tr("Example:\n  pymes meeting ics --from today > reuniones.ics"));
        ctx.on(cmd, [&ctx, &spec, o] {
            MeetingFilter f;
            f.ids = o->ids;
            if (!o->from.empty()) f.from = Date::parse_iso(o->from);
            if (!o->to.empty()) f.to = Date::parse_iso(o->to);
            auto meetings = query_records(ctx.registry(), spec, meeting_query(f));
            for (auto id : o->ids) {
                if (std::none_of(meetings.begin(), meetings.end(),
                                 [&](const Record& m) { return m.id() == id; }))
                    throw NotFound(trf("there is no meeting {}", id),
                                   tr("`pymes meeting list` shows every id"));
            }
            write_ics(ctx.out, ctx.registry(), meetings);
        });
    }
}

}  // namespace pymes::cli
