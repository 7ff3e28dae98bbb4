#include "record_options.hpp"

#include <fmt/format.h>

#include "pymes/core/dates.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "validators.hpp"

namespace pymes::cli {

CLI::Validator field_validator(const EntitySpec& spec, std::string_view field_name, Context* ctx) {
    const Field* field = spec.field(field_name);
    return CLI::Validator(
        [&spec, field, ctx](std::string& value) -> std::string {
            // Outside the try: a clock that cannot tell today (a bad time zone) is its own error.
            if (field->type == FieldType::date && ctx && Date::is_relative(value))
                value = Date::parse_arg(value, field->name, ctx->clock().today()).iso();
            if (field->type == FieldType::date && !value.empty() && !Date::parse_iso(value))
                return trf("'{}' is not a date ({})", value,
                           Date::hint(value, tr("YYYY-MM-DD, today or yesterday")));
            try {
                value = normalize(spec, *field, value).value_or("");  // blank: nothing
                return {};
            } catch (const FieldError& e) {
                return e.detail + (e.hint().empty() ? "" : " (" + e.hint() + ")");
            }
        },
        field->type == FieldType::country ? "CC"
        : field->type == FieldType::scope ? "SCOPE"
                                          : "",
        std::string(field_name));
}

CLI::Option* RecordOptions::add(CLI::App* cmd, const std::string& flags, std::string_view field,
                                const std::string& help) {
    auto& s =
        singles_.emplace_back(std::make_unique<Single>(Single{std::string(field), {}, nullptr}));
    s->option = cmd->add_option(flags, s->value, tr(help.c_str()))
                    ->transform(field_validator(spec_, field, &ctx_));
    return s->option;
}

CLI::Option* RecordOptions::add_list(CLI::App* cmd, const std::string& flags,
                                     std::string_view field, const std::string& help) {
    auto& l = lists_.emplace_back(std::make_unique<List>(List{std::string(field), {}, nullptr}));
    l->option = cmd->add_option(flags, l->values, tr(help.c_str()))->check(text_validator());
    return l->option;
}

void RecordOptions::add_switch(CLI::App* cmd, const std::string& on, const std::string& off,
                               std::string_view field, const std::string& help) {
    auto& s = switches_.emplace_back(std::make_unique<Switch>(Switch{std::string(field)}));
    cmd->add_flag(on, s->on, tr(help.c_str()));
    if (!off.empty()) cmd->add_flag(off, s->off, trf("Undo {}", on));
}

Patch RecordOptions::patch() const {
    Patch p;
    // An institution named by an option must exist: refused as the list filters refuse it, with
    // the option's name and the closest code.
    auto known = [this](const std::string& field, const CLI::Option* option,
                        const std::vector<std::string>& values) {
        const Field* f = spec_.field(field);
        if (!f || (f->type != FieldType::institution && f->type != FieldType::institutions)) return;
        std::vector<std::string> codes;
        for (const auto& v : values)
            if (auto c = normalize_code(v)) codes.push_back(*c);
        if (!codes.empty()) require_institutions(ctx_.registry(), codes, option->get_name());
    };
    for (const auto& s : singles_)
        if (s->option->count()) {
            known(s->field, s->option, {s->value});
            p.emplace_back(s->field, s->value);
        }
    for (const auto& l : lists_)
        if (l->option->count()) known(l->field, l->option, l->values);
    for (const auto& l : lists_) {
        if (!l->option->count()) continue;
        std::string joined;
        for (const auto& v : l->values) joined += (joined.empty() ? "" : ";") + v;
        p.emplace_back(l->field, joined);
    }
    for (const auto& s : switches_) {
        if (s->on && s->off)
            throw UsageError(trf("--{} and its opposite were both given", s->field));
        if (s->on) p.emplace_back(s->field, "true");
        if (s->off) p.emplace_back(s->field, "false");
    }
    return p;
}

void point_to(CLI::App* cmd, const std::string& flag, const std::string& add,
              const std::string& remove) {
    cmd->add_option(flag)->group("")->check(CLI::Validator(
        [flag, add, remove](std::string&) -> std::string {
            throw UsageError(
                trf("{} is for add; edit changes the list with {} and {}", flag, add, remove),
                trf("write {} CODE", add));
        },
        "", "edit list"));
}

namespace {
const char* id_help(std::string_view entity) {
    if (entity == "activity") return N_("Activity id");
    if (entity == "meeting") return N_("Meeting id");
    if (entity == "project") return N_("Project id");
    return N_("Id");
}

CLI::App* id_command(CLI::App* group, const char* name, const std::string& help,
                     const EntitySpec& spec, std::shared_ptr<std::int64_t>& id) {
    id = std::make_shared<std::int64_t>(0);
    auto* cmd = group->add_subcommand(name, tr(help.c_str()));
    cmd->add_option("ID", *id, tr(id_help(spec.name())))->required()->check(CLI::PositiveNumber);
    return cmd;
}
}  // namespace

void add_show_command(CLI::App* group, Context& ctx, const EntitySpec& spec,
                      const std::string& help) {
    std::shared_ptr<std::int64_t> id;
    auto* cmd = id_command(group, "show", help, spec, id);
    cmd->footer(trf("Examples:\n  pymes {0} show 12\n  pymes -f json {0} show 12", spec.name()));
    ctx.on(cmd, [&ctx, &spec, id] { print_one(ctx, get_record(ctx.registry(), spec, *id)); });
}

void add_remove_command(CLI::App* group, Context& ctx, const EntitySpec& spec,
                        const std::string& help) {
    std::shared_ptr<std::int64_t> id;
    auto* cmd = id_command(group, "remove", help, spec, id);
    cmd->footer(
        trf("Example:\n  pymes {0} remove 12     # `pymes log --entity {0} --key 12` keeps "
            "what it held",
            spec.name()));
    ctx.on(cmd, [&ctx, &spec, id] {
        remove_record(ctx.registry(), spec, *id);
        ctx.info(trf("removed {} {}", value_label("entity", spec.name()), *id));
    });
}

void print_one(Context& ctx, const Record& record) {
    ctx.printing(fmt::format("{} {}", value_label("entity", record.spec->name()), record.id()));
    ctx.print_record(records_table(*record.spec, {record}, language_code(ctx.language)));
}

void print_many(Context& ctx, const EntitySpec& spec, const std::vector<Record>& records) {
    ctx.print(records_table(spec, records, language_code(ctx.language)));
}

}  // namespace pymes::cli
