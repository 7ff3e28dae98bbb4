// pymes institution add | list | show | edit | withdraw | rename | remove
#include "pymes/entities/institution.hpp"

#include <fmt/format.h>

#include "context.hpp"
#include "institution_options.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/core/language.hpp"
#include "pymes/core/text.hpp"
#include "transfer.hpp"
#include "validators.hpp"

namespace pymes::cli {

void InstitutionFieldOptions::add_to(CLI::App* cmd) {
    options.add(cmd, "--name", "name", N_("Name, as the institution writes it"));
    options.add(cmd, "--country", "country", N_("ISO 3166-1 alpha-2 country (PE, AR, ...)"));
    options.add(cmd, "--scope", "scope",
                trf("{} ('' when unknown)", or_list(format_names(kScopeNames))));
    options.add(cmd, "--kind", "kind", N_("What kind of institution (bank, agency, ...)"));
    options.add(cmd, "--website", "website", N_("Web site"));
    options.add(cmd, "--email", "email", N_("Contact e-mail address"));
    options.add(cmd, "--contact", "contact", N_("Contact person"));
    options.add(cmd, "--notes", "notes", N_("Free notes"));
}

void print_institution(Context& ctx, const InstitutionStatus& s) {
    ctx.printing(value_label("entity", "institution") + " " + s.code());
    ctx.print_record(Table{institution_columns(), {institution_row(s)}});
}

namespace {

/// `--status`: a value of institution_status_filters() (party, withdrawn, non-party or all), or
/// its word in any language (any case, with or without accents), as the table shows them.
CLI::Validator institution_status_validator() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            const std::string folded = text::fold(value);
            std::string words;
            for (const std::string& code : institution_status_filters()) {
                for (Language l : kLanguages)
                    if (folded == text::fold(trc_in(l, "institution status", code.c_str()))) {
                        value = code;
                        return {};
                    }
                const std::string label = trc("institution status", code.c_str());
                words += (words.empty() ? "" : ", ") +
                         (label == code ? label : fmt::format("{} ({})", code, label));
            }
            return trf("'{}' is not an institution status: {}", value, words);
        },
        "STATUS");
}

/// `--status`'s help: each value with its word, the last (`all`) the default: "party (parte),
/// withdrawn (retirada), non-party (no parte) o all (todas, por omisión)".
std::string institution_status_help() {
    std::vector<std::string> said;
    const auto codes = institution_status_filters();
    for (const auto& code : codes) {
        const std::string label = trc("institution status", code.c_str());
        if (&code != &codes.back())
            said.push_back(label == code ? code : fmt::format("{} ({})", code, label));
        else if (label == code)
            said.push_back(trf("{} (default)", code));
        else
            // TRANSLATORS: a value, its word and that it is the default: "all (todas, default)".
            said.push_back(trf("{} ({}, default)", code, label));
    }
    return or_list(said);
}

struct ListOptions {
    std::string status = "all", as_of, country, scope;

    void add_to(CLI::App* cmd, Context& ctx) {
        cmd->add_option("--status", status, institution_status_help())
            ->transform(institution_status_validator());
        cmd->add_option("--as-of", as_of,
                        tr("The status table as it stood, and as the registry knew it, at the end "
                           "of this date"))
            ->transform(as_of_validator(ctx));
        cmd->add_option("--country", country, tr("Only this country"))
            ->transform(field_validator(institution_spec(), "country"));
        cmd->add_option("--scope", scope, or_list(format_names(kScopeNames)))
            ->transform(field_validator(institution_spec(), "scope"));
    }

    InstitutionFilter filter() const {
        InstitutionFilter f;
        if (status != "all") f.status = parse_membership_status(status);
        if (!as_of.empty()) f.as_of = Date::parse_iso(as_of);
        if (!country.empty()) f.country = country;
        if (!scope.empty()) f.scope = scope;
        return f;
    }
};

void register_list(CLI::App* group, Context& ctx) {
    auto o = std::make_shared<ListOptions>();
    auto* cmd = group->add_subcommand(
        "list", tr("List institutions and their membership, or the status table on a date"));
    o->add_to(cmd, ctx);
    cmd->footer(
        tr("Examples:\n"
           "  pymes institution list --status party\n"
           "  pymes -f csv institution list --as-of 2005-12-31 > estado-2005.csv"));
    ctx.on(cmd, [&ctx, o] {
        ctx.print(institution_table(list_institutions(ctx.registry(), o->filter())));
    });
}

void register_show(CLI::App* group, Context& ctx) {
    auto code = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand(
        "show", tr("Every field, the membership log, and counts of what refers to it"));
    cmd->add_option("CODE", *code, tr("Institution code"))->required();
    cmd->footer(tr("Example:\n  pymes institution show bolivar"));
    ctx.on(cmd, [&ctx, code] {
        InstitutionDetail d = show_institution(ctx.registry(), *code);
        Table record{institution_columns(), {institution_row(d.current)}};
        record.columns.insert(record.columns.end(),
                              {"activities", "projects", "meetings_hosted", "meetings_attended"});
        record.rows[0].insert(record.rows[0].end(),
                              {Cell::of_int(d.activities), Cell::of_int(d.projects),
                               Cell::of_int(d.meetings_hosted), Cell::of_int(d.meetings_attended)});
        Table events{{"date", "event", "place", "reference"}, {}};
        for (const auto& e : d.events)
            events.rows.push_back({Cell::of(e.date), Cell::of(std::string(kind_name(e.kind))),
                                   Cell::of_optional(e.place), Cell::of_optional(e.reference)});
        ctx.print_detail(record, {{"membership", events}});
    });
}

}  // namespace

void register_institution(CLI::App& app, Context& ctx) {
    auto* group =
        app.add_subcommand("institution", tr("Institutions and their membership of the agreement"));

    {
        auto code = std::make_shared<std::string>();
        auto fields = std::make_shared<InstitutionFieldOptions>(ctx);
        auto* cmd = group->add_subcommand(
            "add", tr("Record a new institution (not yet a party: see `pymes accede`)"));
        cmd->add_option("CODE", *code, tr("Short code, unique (stored upper-case)"))
            ->required()
            ->transform(code_validator());
        fields->add_to(cmd);
        cmd->get_option("--name")->required();
        cmd->footer(
            tr("Example:\n  pymes institution add CAF --name \"Banco de Desarrollo de América "
               "Latina\" --country VE"));
        ctx.on(cmd, [&ctx, code, fields] {
            print_institution(ctx, add_institution(ctx.registry(), *code, fields->fields()));
        });
    }
    register_list(group, ctx);
    register_show(group, ctx);
    add_import_command(group, ctx, Entity::institution);
    add_template_command(group, ctx, Entity::institution);
    {
        auto o = std::make_shared<ListOptions>();
        add_export_command(
            group, ctx, Entity::institution, [o, &ctx](CLI::App* cmd) { o->add_to(cmd, ctx); },
            [o](Registry&) {
                ExportSelection s;
                s.institutions = o->filter();
                return s;
            });
    }
    {
        auto code = std::make_shared<std::string>();
        auto fields = std::make_shared<InstitutionFieldOptions>(ctx);
        auto* cmd = group->add_subcommand(
            "edit", tr("Change only the fields given (an empty value clears a field)"));
        cmd->add_option("CODE", *code, tr("Institution code"))->required();
        fields->add_to(cmd);
        cmd->footer(tr(
            "Examples:\n  pymes institution edit SELA --country VE --website https://www.sela.org\n"
            "  pymes institution edit SELA --notes ''     # clears the notes"));
        ctx.on(cmd, [&ctx, code, fields] {
            const Patch f = fields->fields();
            if (f.empty())
                throw UsageError(tr("nothing to change"),
                                 tr("give at least one field, such as --name or --country"));
            print_institution(ctx, edit_institution(ctx.registry(), *code, f));
        });
    }
    {
        auto code = std::make_shared<std::string>();
        auto date = std::make_shared<std::string>();
        auto reference = std::make_shared<OptionalText>();
        auto* cmd =
            group->add_subcommand("withdraw", tr("Record a party's withdrawal from the agreement"));
        cmd->add_option("CODE", *code, tr("Institution code"))->required();
        cmd->add_option("--date", *date, tr("Date the withdrawal took effect"))
            ->required()
            ->transform(date_validator(ctx));
        reference->option = cmd->add_option("--reference", reference->value,
                                            tr("Reference of the instrument (note, letter)"))
                                ->check(text_validator());
        cmd->footer(
            tr("Example:\n  pymes institution withdraw TIPS --date 2009-06-30 --reference \"Nota "
               "12/2009\""));
        ctx.on(cmd, [&ctx, code, date, reference] {
            print_institution(
                ctx, withdraw(ctx.registry(), *code, *Date::parse_iso(*date), reference->get()));
        });
    }
    {
        auto codes = std::make_shared<std::pair<std::string, std::string>>();
        auto* cmd = group->add_subcommand(
            "rename", tr("Give an institution a new code; every reference follows"));
        cmd->add_option("CODE", codes->first, tr("Its code now"))->required();
        cmd->add_option("NEW", codes->second, tr("Its new code (stored upper-case)"))
            ->required()
            ->transform(code_validator());
        cmd->footer(
            tr("Example:\n  pymes institution rename CAFF CAF\n"
               "`pymes log --key CAFF` and `pymes log --key CAF` both show its history and the "
               "rename."));
        ctx.on(cmd, [&ctx, codes] {
            print_institution(ctx, rename_institution(ctx.registry(), codes->first, codes->second));
        });
    }
    {
        auto code = std::make_shared<std::string>();
        auto* cmd = group->add_subcommand(
            "remove", tr("Delete an institution that nothing refers to (a mistake)"));
        cmd->add_option("CODE", *code, tr("Institution code"))->required();
        cmd->footer(
            tr("Example:\n  pymes institution remove TYPO\nTo end a membership, use `pymes "
               "institution withdraw`."));
        ctx.on(cmd, [&ctx, code] {
            remove_institution(ctx.registry(), *code);
            ctx.info(trf("removed {}", text_upper(*code)));
        });
    }
}

}  // namespace pymes::cli
