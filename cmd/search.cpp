// pymes search TEXT [--limit N]
#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "record_options.hpp"
#include "validators.hpp"

namespace pymes::cli {

void register_search(CLI::App& app, Context& ctx) {
    struct Options {
        std::vector<std::string> words;
        int limit = 20;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "search", tr("Find activities, meetings and projects by words, best matches first"));
    cmd->add_option("TEXT", o->words,
                    tr("Words to find (all of them; accents, case and the marks inside a word do "
                       "not matter; an area's name finds that area's records)"))
        ->required();
    cmd->add_option("--limit", o->limit, tr("At most N results (default 20)"))
        ->check(count_validator());
    cmd->footer(
        tr("Examples:\n  pymes search capacitacion exportacion\n  pymes -f json search "
           "\"transferencia tecnologica\" --limit 5"));
    ctx.on(cmd, [&ctx, o] {
        std::string text;
        for (const auto& w : o->words) text += (text.empty() ? "" : " ") + w;
        // The snippet goes first on a narrow terminal; the title is shortened before the date.
        Table t{{"kind", "id", "date", "title", "match"},
                {},
                {{}, {}, {}, {true, 0}, {true, kLowValue}}};
        std::int64_t found = 0;
        const auto hits = search(ctx.registry(), text, o->limit, &found);
        for (const auto& hit : hits)
            t.rows.push_back({Cell::of(hit.kind), Cell::of_int(hit.id), Cell::of(hit.date),
                              Cell::of(hit.title), Cell::of(hit.snippet)});
        ctx.print(t);
        // People are told what they do not see; csv and json stay the rows alone.
        if (ctx.format() == Format::table && found > std::int64_t(hits.size()))
            ctx.info(trf("{} of {}; --limit to see more", hits.size(), found));
    });
}

}  // namespace pymes::cli
