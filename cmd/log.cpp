// pymes log [--since DATE] [--entity E] [--key K] [--limit N]
#include "context.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/core/language.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/history.hpp"
#include "validators.hpp"

namespace pymes::cli {

void register_log(CLI::App& app, Context& ctx) {
    struct Options {
        std::string since, entity, key;
        int limit = 0;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("log", tr("The history of every change, newest first"));
    cmd->add_option("--since", o->since, tr("Changes on or after this date (UTC)"))
        ->transform(date_validator(ctx));
    cmd->add_option("--entity", o->entity, tr("Only this kind of record"))
        ->check(CLI::IsMember(history_entities()));
    cmd->add_option("--key", o->key,
                    tr("Only this record (an institution code, any it has had; an id)"));
    cmd->add_option("--limit", o->limit, tr("At most N changes"))->check(count_validator());
    cmd->footer(
        tr("Examples:\n  pymes log --entity institution --key BOLIVAR\n  pymes -f json log --since "
           "2026-11-01"));
    ctx.on(cmd, [&ctx, o] {
        HistoryFilter f;
        if (!o->since.empty()) f.since = o->since;
        if (!o->entity.empty()) f.entity = o->entity;
        if (!o->key.empty()) f.key = o->key;
        if (o->limit > 0) f.limit = o->limit;
        auto entries = list_history(ctx.registry(), f);
        // Machine formats carry the changes as a JSON object {"field": [old, new]}; people read
        // arrows.
        const bool machine = ctx.format() != Format::table;
        Table t{{"at", "actor", "action", "entity", "key", "changes"}, {}};
        for (const auto& e : entries) {
            Cell changes;
            if (machine) {
                changes = Cell::of_json(changes_to_json(e.changes));
            } else {
                // Coded values (areas, statuses, kinds) labelled as tables label them: a column
                // of the entity's by its type; the history's own words (a membership event,
                // true and false) by value_label. A value that only names what was changed (the
                // same before and after) is shown once.
                const auto entity = parse_entity(e.entity);  // the history keeps its name
                const EntitySpec* spec = entity ? spec_of(*entity) : nullptr;
                auto shown = [spec, &ctx](const std::string& field, const Value& v) -> std::string {
                    if (!v) return "∅";
                    const Field* f = spec ? spec->column(field) : nullptr;
                    std::string label =
                        f ? field_cell(*spec, *f, v, language_code(ctx.language)).label : "";
                    if (label.empty()) label = value_label(field, *v);
                    return label.empty() ? *v : label;
                };
                std::string s;
                for (const auto& c : e.changes) {
                    if (!s.empty()) s += "; ";
                    s += column_header(c.field) + ": " + shown(c.field, c.before);
                    if (c.after != c.before) s += " → " + shown(c.field, c.after);
                }
                changes = Cell::of(s);
            }
            t.rows.push_back({Cell::of(e.at), Cell::of(e.actor), Cell::of(e.action),
                              Cell::of(e.entity), Cell::of(e.key), changes});
        }
        ctx.print(t);
    });
}

}  // namespace pymes::cli
