#include "pymes/io/ics.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>

#include "pymes/core/dates.hpp"
#include "pymes/core/version.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

// Written by hand rather than with libical (issue 19): the bytes must be the same for the same
// registry on every machine, and libical's serializer (its folding, escaping and property order)
// has changed between releases, so the output would follow the installed libical's version.
// This writer is ~200 lines, checked by python3-icalendar in the transcripts.
namespace pymes {

std::string ics_escape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (c == '\n') {
            out += "\\n";
        } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
            // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t n = 1;
        const auto b = static_cast<unsigned char>(line[i]);
        if (b >= 0xF0)
            n = 4;
        else if (b >= 0xE0)
            n = 3;
        else if (b >= 0xC0)
            n = 2;
        n = std::min(n, line.size() - i);
        if (used + n > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, n));
        used += n;
        i += n;
    }
    return out + "\r\n";
}

namespace {

std::string compact_date(std::string_view iso) {
    return std::string(iso.substr(0, 4)) + std::string(iso.substr(5, 2)) +
           std::string(iso.substr(8, 2));
}

/// 2026-11-25T14:44:37Z -> 20261125T144437Z
std::string compact_stamp(const std::string& at) {
    std::string out;
    for (char c : at)
        if (c != '-' && c != ':') out += c;
    return out;
}

/// A parameter value, quoted when it holds characters that would end it.
std::string param(std::string_view v) {
    std::string clean;
    for (char c : v)
        if (c != '"' && static_cast<unsigned char>(c) >= 0x20) clean += c;
    return clean.find_first_of(":;,") == std::string::npos ? clean : "\"" + clean + "\"";
}

struct Party {
    std::string name;
    Value email;
};

Party party(SQLite::Database& db, const std::string& code) {
    SQLite::Statement q(db, "SELECT name, email FROM institution WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep()) return {code, std::nullopt};
    return {q.getColumn(0).getString(),
            q.getColumn(1).isNull() ? Value() : Value(q.getColumn(1).getString())};
}

/// A calendar address. An e-mail with a control character, a space or a quote (refused at input,
/// but a registry may have been written by another program) is not used: a CR LF in it would end
/// the property and let the rest of the value be read as new lines of the calendar.
std::string address(const std::string& code, const Party& p) {
    const bool usable = p.email && std::none_of(p.email->begin(), p.email->end(), [](char c) {
                            return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || c == '"';
                        });
    return usable ? "mailto:" + *p.email : "urn:pymes:institution:" + code;
}

/// The instant of a local day and HH:MM in `zone`. A time in a daylight-saving gap is refused
/// at input, as is one that occurs twice; one that a registry holds from before is its first
/// occurrence.
date::sys_seconds instant(const std::string& zone, const std::string& day, const std::string& t) {
    const Date d = *Date::parse_iso(day);
    const date::local_seconds local{date::local_days(d.days().time_since_epoch()) +
                                    std::chrono::hours(std::stoi(t.substr(0, 2))) +
                                    std::chrono::minutes(std::stoi(t.substr(3, 2)))};
    return date::locate_zone(zone)->to_sys(local, date::choose::earliest);
}

std::string utc_stamp(date::sys_seconds t) { return date::format("%Y%m%dT%H%M%SZ", t); }

}  // namespace

void write_ics(std::ostream& out, Registry& registry, const std::vector<Record>& meetings) {
    SQLite::Database& db = db_of(registry);
    const std::string registry_id = registry_identifier(registry);
    auto line = [&](const std::string& l) { out << ics_fold(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(fmt::format("PRODID:-//pymes//pymes {}//ES", kVersion));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    // The last change, and how many times the meeting was changed since it was added (SEQUENCE:
    // a calendar takes an event whose sequence went up as the new version of the same one).
    // Only the history since the id's last removal: an id given again is a new meeting.
    SQLite::Statement changed(
        db,
        "SELECT max(at), count(*) FROM history WHERE entity = 'meeting' AND key = ?1 "
        "AND action IN ('add', 'edit', 'import') AND id > coalesce((SELECT max(id) FROM history "
        "WHERE entity = 'meeting' AND key = ?1 AND action = 'remove'), 0)");
    for (const auto& m : meetings) {
        const std::string id = std::to_string(m.id());
        changed.bind(1, id);
        std::string stamp = *m.get("date") + "T00:00:00Z";
        std::int64_t sequence = 0;
        if (changed.executeStep() && !changed.getColumn(0).isNull()) {
            stamp = changed.getColumn(0).getString();
            sequence = std::max<std::int64_t>(0, changed.getColumn(1).getInt64() - 1);
        }
        changed.reset();

        line("BEGIN:VEVENT");
        // The meeting's own (migration 0011): made from its id and the registry's identifier
        // when it was added, kept by an export and an import into a rebuilt registry.
        line("UID:" + ics_escape(m.get("uid") ? *m.get("uid")
                                              : "meeting-" + id + "-" + registry_id + "@pymes"));
        line("DTSTAMP:" + compact_stamp(stamp));
        line("SEQUENCE:" + std::to_string(sequence));
        const std::string day = *m.get("date");
        if (m.get("time")) {
            const std::string zone = m.get("timezone") ? *m.get("timezone") : "UTC";
            const auto utc = instant(zone, day, *m.get("time"));
            line("DTSTART:" + utc_stamp(utc));
            const std::string last = m.get("end_date") ? *m.get("end_date") : day;
            if (m.get("end_time")) {
                line("DTEND:" + utc_stamp(instant(zone, last, *m.get("end_time"))));
            } else if (last != day) {
                // Several days from a start time: the event runs to the end of its last day.
                line("DTEND:" +
                     utc_stamp(instant(zone, Date::parse_iso(last)->plus_days(1).iso(), "00:00")));
            } else {
                line("DTEND:" + utc_stamp(utc + kDefaultMeetingLength));
            }
        } else {
            line("DTSTART;VALUE=DATE:" + compact_date(day));
            const Date last = *Date::parse_iso(m.get("end_date") ? *m.get("end_date") : day);
            line("DTEND;VALUE=DATE:" + compact_date(last.plus_days(1).iso()));
        }
        std::string summary = m.get("title") ? *m.get("title") : "Reunión de coordinación";
        line("SUMMARY:" + ics_escape(summary));
        std::string location;
        if (m.get("place")) location = *m.get("place");
        if (m.get("country")) location += (location.empty() ? "" : ", ") + *m.get("country");
        if (!location.empty()) line("LOCATION:" + ics_escape(location));
        if (m.get("agenda")) line("DESCRIPTION:" + ics_escape(*m.get("agenda")));
        line(std::string("STATUS:") +
             (m.get("status") == Value("cancelled") ? "CANCELLED" : "CONFIRMED"));
        if (m.get("host")) {
            Party p = party(db, *m.get("host"));
            line("ORGANIZER;CN=" + param(p.name) + ":" + address(*m.get("host"), p));
        }
        for (const auto& code : split_list(m.get("attendees"))) {
            Party p = party(db, code);
            line("ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=" + param(p.name) + ":" +
                 address(code, p));
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
}

}  // namespace pymes
