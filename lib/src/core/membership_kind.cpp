#include "pymes/core/membership_kind.hpp"

#include <array>
#include <string>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes {

std::string_view kind_name(MembershipKind kind) {
    return kMembershipKindNames[static_cast<std::size_t>(kind)];
}

std::optional<MembershipKind> parse_membership_kind(std::string_view name) {
    for (std::size_t i = 0; i < kMembershipKindNames.size(); ++i)
        if (kMembershipKindNames[i] == name) return static_cast<MembershipKind>(i);
    return std::nullopt;
}

MembershipKind stored_membership_kind(std::string_view name) {
    if (const auto k = parse_membership_kind(name)) return *k;
    throw DataError(trf("a membership event of unknown kind '{}'", name));
}

}  // namespace pymes
