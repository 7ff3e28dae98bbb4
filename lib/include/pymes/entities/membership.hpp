#pragma once
/// The depositary's desk (SPEC §2): the membership log as a list, and the two ways a wrong
/// event is put right — corrected (new date, place or reference) or annulled — each with a
/// reason that the history keeps, with what the event said before, under the institution's code.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/dates.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/table.hpp"
#include "pymes/entities/institution.hpp"

namespace pymes {

class Registry;

/// One event of the log and the institution it belongs to.
struct MembershipEntry {
    std::string institution;
    MembershipEvent event;
};

struct MembershipFilter {
    std::optional<std::string> institution;  ///< a code; NotFound (1) when there is none
    /// Events dated on or before it, as the registry knew them at its end (SPEC §2).
    std::optional<Date> as_of;
    std::optional<Date> from;                        ///< events dated on or after it
    std::optional<Date> to;                          ///< events dated on or before it
    std::optional<Date> recorded_from, recorded_to;  ///< recorded_on within
    std::vector<MembershipKind> kinds;               ///< any of; empty: every kind
};

/// The events that stand (not annulled), in order of institution, date, id. Every reader of
/// the log that is not about one institution's status (lists, exports) goes through this.
std::vector<MembershipEntry> standing_membership_events(Registry& registry,
                                                        const MembershipFilter& filter);

/// What a correction changes; an absent field is left as it is, an empty place or reference
/// clears it. The kind of an event never changes: annul it and record the right one.
struct MembershipCorrection {
    std::int64_t id = 0;
    std::optional<Date> date;
    std::optional<std::string> place, reference;
    std::string reason;
};

/// Corrects one standing event. Refused (65) when the log it would leave breaks a rule
/// (alternation, a founding signature on the agreement's day, nothing before it or in the
/// future), naming the fact it contradicts.
MembershipEntry correct_membership_event(Registry& registry,
                                         const MembershipCorrection& correction);
/// Annuls one standing event: it stays in the file, counts for nothing, and is no longer listed
/// or exported. Refused (65) as a correction is.
MembershipEntry annul_membership_event(Registry& registry, std::int64_t id,
                                       std::string_view reason);

/// `id,institution,kind,date,place,reference`, as `membership list` shows them.
Table membership_event_table(const std::vector<MembershipEntry>& entries);

}  // namespace pymes
