// `membership import` and `membership export`: the log travels as its own CSV (SPEC §4).

#include "transfer.hpp"

namespace pymes::cli {

void add_membership_transfer(CLI::App* group, Context& ctx) {
    add_import_command(group, ctx, Entity::membership);
    add_template_command(group, ctx, Entity::membership);
    add_export_command(group, ctx, Entity::membership, [](CLI::App*) {});
}

}  // namespace pymes::cli
