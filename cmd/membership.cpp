// `membership`: the log of founding signatures, accessions and withdrawals (SPEC §2).

#include "context.hpp"

namespace pymes::cli {

void add_membership_transfer(CLI::App* group, Context& ctx);

void register_membership(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("membership", "The membership log: founding signatures, accessions, withdrawals");
    group->require_subcommand(1);
    add_membership_transfer(group, ctx);
}

}  // namespace pymes::cli
