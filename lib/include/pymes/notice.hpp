#pragma once
/// The depositary's notification of one accession or withdrawal (SPEC §3, `membership notice`):
/// who, what instrument, its date, place and reference, and the agreement's status after it,
/// numbered in sequence per year; the text a coordinator mails to every party.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "pymes/language.hpp"

namespace pymes {

class Registry;

struct MembershipNotice {
    std::int64_t event = 0;
    /// "3/2026": the event's place among the year's standing accessions and withdrawals, in the
    /// order the registry recorded them (recorded_on, then id); the year is the one it was
    /// recorded in. Derived, not stored: see build_membership_notice.
    int number = 0, year = 0;
    std::string code, name, kind, date;  ///< kind: accession or withdrawal
    std::optional<std::string> country, place, reference;
    std::int64_t parties = 0;  ///< parties on `date`, this event counted
    Language language = Language::es;
};

/// The notice of event `id`. NotFound (1) for an unknown id; DataError (65) for an annulled
/// event or a founding signature (nothing a depositary notifies).
///
/// The number is derived from the log that stands rather than stored: the order of recording
/// makes it stable when an instrument arrives late (it takes the next number of the year it is
/// recorded in, never one before notices already sent) and under every correction (date,
/// place, reference leave recorded_on alone); only annulling an event recorded earlier in the
/// same year moves the later numbers down by one, and the annulment is in the history.
MembershipNotice build_membership_notice(Registry& registry, std::int64_t id, Language language);

enum class NoticeFormat { text, markdown, html };
void render_membership_notice(std::ostream& out, const MembershipNotice& notice,
                              NoticeFormat format);

/// "Notificación del depositario 3/2026", "Depositary notification 3/2026": a mail's subject.
std::string notice_title(const MembershipNotice& notice);
/// A mail's subject: the title and what happened ("...3/2026: Adhesión de Sela (SELA)").
std::string notice_subject(const MembershipNotice& notice);

}  // namespace pymes
