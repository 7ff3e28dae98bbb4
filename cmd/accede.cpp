// pymes accede CODE --date DATE [--place --reference] [--name ... to create it in the same step]
#include <algorithm>

#include "context.hpp"
#include "institution_options.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "validators.hpp"

namespace pymes::cli {

void register_accede(CLI::App& app, Context& ctx) {
    struct Options {
        explicit Options(Context& ctx) : fields(ctx) {}
        std::string code, date;
        OptionalText place, reference;
        InstitutionFieldOptions fields;
    };
    auto o = std::make_shared<Options>(ctx);
    auto* cmd =
        app.add_subcommand("accede", tr("Record an institution's accession to the agreement"));
    cmd->add_option("CODE", o->code, tr("Institution code"))
        ->required()
        ->transform(code_validator());
    cmd->add_option("--date", o->date, tr("Date the accession took effect (not before 1996-12-10)"))
        ->required()
        ->transform(date_validator(ctx));
    o->place.option =
        cmd->add_option("--place", o->place.value, tr("Where the instrument was signed"))
            ->check(text_validator());
    o->reference.option =
        cmd->add_option("--reference", o->reference.value, tr("Reference of the instrument"))
            ->check(text_validator());
    o->fields.add_to(cmd);
    cmd->footer(
        tr("Examples:\n"
           "  pymes accede CAF --date 2001-05-14 --place Caracas --name \"Corporación Andina de "
           "Fomento\" --country VE\n"
           "  pymes accede TIPS --date 2012-03-01     # a return after a withdrawal\n"
           "With --name the institution is created in the same step; without it, it must exist."));
    ctx.on(cmd, [&ctx, o] {
        AccessionRequest r;
        r.code = o->code;
        r.date = *Date::parse_iso(o->date);
        r.place = o->place.get();
        r.reference = o->reference.get();
        const Patch f = o->fields.fields();
        if (std::any_of(f.begin(), f.end(),
                        [](const auto& field) { return field.first == "name"; }))
            r.create = f;
        else if (!f.empty())
            throw UsageError(
                tr("--country, --scope and the other institution fields go with --name"),
                tr("give --name to create the institution, or change it with `pymes "
                   "institution edit`"));
        print_institution(ctx, accede(ctx.registry(), r));
    });
}

}  // namespace pymes::cli
