#pragma once
/// Meetings as iCalendar (RFC 5545) for calendar programs.

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/entities/record.hpp"

namespace pymes {

class Registry;

/// How long a timed meeting without an end time lasts in calendars (SPEC §2).
inline constexpr std::chrono::hours kDefaultMeetingLength{2};

/// Writes one VCALENDAR with a VEVENT per meeting: CRLF line ends, lines folded at 75 octets,
/// text escaped; UID `meeting-ID-REGISTRY@pymes` (REGISTRY: the registry's identifier) never
/// changes and is unique across registries; DTSTAMP is the meeting's last change in the
/// history, so the same registry always gives the same bytes. A meeting with a time starts at
/// that time in its own zone, written in UTC, and ends at its end time (on end_date if any),
/// else at the end of end_date, else two hours later; one without a time is an all-day event
/// (through end_date). Attending institutions are ATTENDEE lines, the host the ORGANIZER.
void write_ics(std::ostream& out, Registry& registry, const std::vector<Record>& meetings);

/// Escapes TEXT values (backslash, semicolon, comma, line breaks).
std::string ics_escape(std::string_view text);
/// Folds one content line at 75 octets, never inside a UTF-8 character; ends it with CRLF.
std::string ics_fold(std::string_view line);

}  // namespace pymes
