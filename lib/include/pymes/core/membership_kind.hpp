#pragma once
/// The three kinds of event in an institution's membership log (SPEC §2), with their stored names.

#include <array>
#include <optional>
#include <string_view>

namespace pymes {

enum class MembershipKind { founding, accession, withdrawal };
/// Their stored names, in the enum's order: what kind_name() and parse_membership_kind() read,
/// and what `membership list --kind` takes and completion offers.
inline constexpr std::array<std::string_view, 3> kMembershipKindNames = {"founding", "accession",
                                                                         "withdrawal"};

/// "founding", "accession", "withdrawal": the names stored in membership_event.kind.
std::string_view kind_name(MembershipKind kind);

/// The kind stored as `name`; nullopt for anything else.
std::optional<MembershipKind> parse_membership_kind(std::string_view name);

/// The kind a registry stored as `name` (its schema allows only the three); DataError otherwise.
MembershipKind stored_membership_kind(std::string_view name);

/// A signature or an accession makes a party; a withdrawal ends it.
constexpr bool joins(MembershipKind kind) { return kind != MembershipKind::withdrawal; }

}  // namespace pymes
