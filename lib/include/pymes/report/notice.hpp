#pragma once
/// The depositary's notification of one accession or withdrawal (SPEC §3, `membership notice`):
/// who, what instrument, its date, place and reference, and the agreement's status after it,
/// numbered in sequence per year; the text a coordinator mails to every party.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "pymes/core/dates.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

class Registry;

struct MembershipNotice {
    std::int64_t event = 0;
    /// "3/2026": given when the event was recorded (the next number of the year it was recorded
    /// in), stored, and never given again: a correction keeps it, an annulment keeps it.
    int number = 0, year = 0;
    std::string code, name, kind, date;  ///< kind: accession or withdrawal
    std::optional<std::string> country, place, reference;
    std::int64_t parties = 0;  ///< parties on `date`, this event counted
    /// The day the event was annulled: the notice keeps its number and says so.
    std::optional<std::string> annulled_on;
    Language language = Language::es;
};

/// The notice of event `id` as the registry held it at the end of `as_of` (default: today), so
/// that a notice sent on a day is written again byte for byte with --as-of that day. NotFound (1)
/// for an id unknown then; DataError (65) for a founding signature (nothing a depositary
/// notifies). An annulled event's notice keeps its number and says that it was annulled.
MembershipNotice build_membership_notice(Registry& registry, std::int64_t id, Language language,
                                         std::optional<Date> as_of = std::nullopt);

void render_membership_notice(std::ostream& out, const MembershipNotice& notice,
                              NoticeFormat format);

/// "Notificación del depositario 3/2026", "Depositary notification 3/2026": a mail's subject.
std::string notice_title(const MembershipNotice& notice);
/// A mail's subject: the title and what happened ("...3/2026: Adhesión de Sela (SELA)").
std::string notice_subject(const MembershipNotice& notice);

}  // namespace pymes
