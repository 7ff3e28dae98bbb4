#pragma once
/// Institutions and their membership of the agreement, kept as treaty depositaries keep it: an
/// append-only log of dated events (founding signature, accession, withdrawal) from which the
/// status on any date is derived.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/agreement.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/table.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/history.hpp"

namespace pymes {

class Registry;

/// An institution's own fields, as an EntitySpec keyed by its code (entities/institution.cpp):
/// code, name, country, scope, kind, website, email, contact, notes. A field added there is
/// checked, stored, diffed for the history, listed, exported and imported with no other change.
const EntitySpec& institution_spec();

enum class MembershipStatus { party, withdrawn, non_party };
/// The name of each MembershipStatus, in the enum's order: what `institution list` shows and
/// `--status` takes (the command line adds `all`), what to_string() and
/// parse_membership_status() read.
inline constexpr std::array<std::string_view, 3> kMembershipStatusNames = {"party", "withdrawn",
                                                                           "non-party"};
std::string_view to_string(MembershipStatus s);
std::optional<MembershipStatus> parse_membership_status(std::string_view s);

struct MembershipEvent {
    std::int64_t id = 0;
    MembershipKind kind = MembershipKind::accession;
    std::string date;
    Value place, reference;
};

/// The membership as it stood on one date.
struct Membership {
    MembershipStatus status = MembershipStatus::non_party;
    std::optional<MembershipEvent> joined;  ///< the founding or accession in force (or last one)
    Value withdrawn_on;                     ///< when status is withdrawn
};

struct InstitutionStatus {
    Record institution;  ///< of institution_spec()
    Membership membership;
    /// Which of the 11 founding signatories it is (its code in the agreement's list, SPEC §2),
    /// whatever its code is now; nullopt for every other institution.
    Value founder;
    const std::string& code() const { return institution.key(); }
    const std::string& name() const { return *institution.get("name"); }
};

struct InstitutionFilter {
    std::optional<MembershipStatus> status;  ///< nullopt: all
    std::optional<Date> as_of;               ///< nullopt: today
    std::optional<std::string> country;
    std::optional<std::string> scope;
};

struct InstitutionDetail {
    InstitutionStatus current;
    std::vector<MembershipEvent> events;  ///< in order
    std::int64_t activities = 0;
    std::int64_t projects = 0;           ///< as lead or partner
    std::int64_t meetings_hosted = 0;    ///< meetings it hosts
    std::int64_t meetings_attended = 0;  ///< meetings it attends (a host may attend its own)
};

// Validation shared by the command line (which reports 64) and the importers (65).
/// Upper-cases `code`; nullopt unless it matches [A-Z0-9][A-Z0-9-]{1,31}.
std::optional<std::string> normalize_code(std::string_view code);
/// Upper-cases `country`; nullopt unless it is an assigned ISO 3166-1 alpha-2 code.
std::optional<std::string> normalize_country(std::string_view country);
/// An institution's scopes, as stored and shown (its `scope` field): what normalize_scope gives,
/// and what the command line's help and completion and the template's drop-down offer.
inline constexpr std::array<std::string_view, 2> kScopeNames = {"regional", "extra-regional"};
/// A name of kScopeNames, written with any case, accents, blanks, `-` or `_` (`Extra regional`),
/// or Spanish's `extrarregional`; an empty scope (unknown) is the caller's to handle.
std::optional<std::string> normalize_scope(std::string_view scope);

/// Founding signatories in the agreement's order, then accessions by date, then the rest.
std::vector<InstitutionStatus> list_institutions(Registry& registry,
                                                 const InstitutionFilter& filter);
/// One institution's own fields (no membership, no counts); nullopt when there is none.
std::optional<Record> find_institution(Registry& registry, std::string_view code);
/// Which of the 11 founding signatories the institution `code` is (migration 0010: set by
/// `init`, kept through renames); nullopt for any other institution, or when there is none.
Value founder_of(Registry& registry, std::string_view code);
/// The institution that is the founding signatory `signatory` (a code of the agreement's list)
/// in this registry, whatever its code is now; nullopt when the registry has none.
std::optional<std::string> founder_holder(Registry& registry, std::string_view signatory);
/// Why `code` may not hold a founding signature, in words ("ALIDE is not a founding signatory:
/// the agreement's ALIDE is ALIDE-LAT in this registry").
std::string not_a_founder(Registry& registry, const std::string& code);
/// Its name, or the code itself when the registry has no such institution.
std::string institution_name(Registry& registry, std::string_view code);
/// Throws NotFound (1) with a hint when there is no such institution.
InstitutionDetail show_institution(Registry& registry, std::string_view code);

/// `fields`: institution_spec()'s field names (not the code) and their text, as for records.
InstitutionStatus add_institution(Registry& registry, std::string_view code, const Patch& fields);
InstitutionStatus edit_institution(Registry& registry, std::string_view code, const Patch& fields);
/// Refuses (65) when anything refers to the institution, naming what does.
void remove_institution(Registry& registry, std::string_view code);
/// Gives the institution a new code, in one transaction: every reference follows, and the
/// history's rename row keeps both codes, so `log --key` finds its past under either. Refuses
/// an invalid or taken code (65) and the same code (64).
InstitutionStatus rename_institution(Registry& registry, std::string_view old_code,
                                     std::string_view new_code);

struct AccessionRequest {
    std::string code;
    Date date;
    Value place, reference;
    /// When set (the command line's --name), the institution is created in the same step.
    std::optional<Patch> create;
};
InstitutionStatus accede(Registry& registry, const AccessionRequest& request);
InstitutionStatus withdraw(Registry& registry, std::string_view code, Date date,
                           const Value& reference);

/// The columns of SPEC §4, in export order.
const std::vector<std::string>& institution_columns();
Row institution_row(const InstitutionStatus& s);
Table institution_table(const std::vector<InstitutionStatus>& list);

}  // namespace pymes
