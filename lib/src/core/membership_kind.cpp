#include "pymes/core/membership_kind.hpp"

#include <array>
#include <string>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes {

namespace {
constexpr std::array<std::string_view, 3> kKindNames = {"founding", "accession",
                                                        "withdrawal"};  // in enum order
}

std::string_view kind_name(MembershipKind kind) {
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<MembershipKind> parse_membership_kind(std::string_view name) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kKindNames[i] == name) return static_cast<MembershipKind>(i);
    return std::nullopt;
}

MembershipKind stored_membership_kind(std::string_view name) {
    if (const auto k = parse_membership_kind(name)) return *k;
    throw DataError(trf("a membership event of unknown kind '{}'", name));
}

}  // namespace pymes
