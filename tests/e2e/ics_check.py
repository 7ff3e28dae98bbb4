#!/usr/bin/python3
"""Reads iCalendar on stdin with Debian's python3-icalendar, a real parser, and prints what a
calendar program would take from each event, one line per event."""
import sys

import icalendar

cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
assert cal.get("VERSION") == "2.0", "VERSION"
for event in cal.walk("VEVENT"):
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND") if "DTEND" in event else None
    print(" | ".join([
        str(event["UID"]),
        start.isoformat(),
        end.isoformat() if end else "-",
        str(event.get("SUMMARY")),
        str(event.get("LOCATION", "-")),
        str(event.get("DESCRIPTION", "-")).replace("\n", "\\n"),
        str(event.get("STATUS")),
        ",".join(f"{a.params.get('CN')}<{a}>" for a in attendees),
    ]))
