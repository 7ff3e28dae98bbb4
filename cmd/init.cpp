// pymes init [--empty]
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/institution.hpp"

namespace pymes::cli {

void register_init(CLI::App& app, Context& ctx) {
    auto empty = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand(
        "init", tr("Create the registry with the agreement and its 11 founding signatories"));
    cmd->add_flag("--empty", *empty,
                  tr("Only the agreement, no signatories (to import a registry into)"));
    cmd->footer(
        tr("Examples:\n"
           "  pymes init                        # at ~/.local/share/pymes/registry.db\n"
           "  pymes -R acuerdo.db init --empty  # an empty registry to import CSV into\n"
           "Refuses to overwrite an existing file (exit 73)."));
    ctx.on(cmd, [&ctx, empty] {
        const Config& c = ctx.config();
        Registry::create(c.registry, *empty, c.user, ctx.clock());
        ctx.info(
            *empty ? trf("created {} with the agreement and no parties", c.registry)
                   : trf("created {} with the agreement and its {} founding signatories as parties "
                         "since 1996-12-10",
                         c.registry, founding_signatories().size()));
    });
}

}  // namespace pymes::cli
