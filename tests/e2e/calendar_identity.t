# Issue 19: calendars published by many registries must not collide. init makes a random
# registry identifier; two registries have different ones; db backup and migrations keep it.
$ pymes -q -R a.db init && pymes -q -R b.db init && a=$(sqlite3 a.db 'SELECT uuid FROM registry_identity') && b=$(sqlite3 b.db 'SELECT uuid FROM registry_identity') && test "$a" != "$b" && echo "$a" | grep -cE '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
1

$ pymes -q -R a.db db backup copy.db && test "$(sqlite3 copy.db 'SELECT uuid FROM registry_identity')" = "$(sqlite3 a.db 'SELECT uuid FROM registry_identity')" && echo kept
kept

# A registry from before (schema 4, with a meeting) gets an identifier when it is migrated; the
# next migration would keep it (it is a row, not made again).
$ pymes -q -R old.db init && pymes -q -R old.db meeting add --date 2026-12-10 --time 09:30 --timezone America/Lima >/dev/null && sqlite3 old.db "DROP TRIGGER membership_event_notice; DROP INDEX membership_event_by_notice; ALTER TABLE membership_event DROP COLUMN notice_number; ALTER TABLE membership_event DROP COLUMN notice_year; DROP TABLE status_change; DROP INDEX meeting_by_span; DROP TABLE registry_identity; ALTER TABLE meeting DROP COLUMN end_time; PRAGMA user_version = 4" && pymes -q -R old.db db migrate >/dev/null && sqlite3 old.db 'SELECT count(*), length(uuid) FROM registry_identity; SELECT date, time, end_time IS NULL FROM meeting'
1|36
2026-12-10|09:30|1

# The UID holds the registry's identifier; a timed meeting ends at its end time, else two
# hours later; one of several days with a start time and no end time runs to its last day's end.
$ pymes -q init && sqlite3 home/.local/share/pymes/registry.db "UPDATE registry_identity SET uuid = '3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f'" && pymes -q meeting add --date 2027-05-03 --time 09:00 --end-time 12:30 --timezone Europe/Madrid >/dev/null && pymes -q meeting add --date 2027-05-04 --time 15:00 --timezone America/Lima >/dev/null && pymes -q meeting add --date 2027-05-05 --end-date 2027-05-06 --time 10:00 --end-time 13:00 --timezone UTC >/dev/null && pymes -q meeting add --date 2027-05-07 --end-date 2027-05-08 --time 10:00 --timezone UTC >/dev/null && pymes meeting ics | python3 $E2E/ics_check.py | cut -d'|' -f1-3
meeting-1-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes | 2027-05-03T07:00:00+00:00 | 2027-05-03T10:30:00+00:00 
meeting-2-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes | 2027-05-04T20:00:00+00:00 | 2027-05-04T22:00:00+00:00 
meeting-3-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes | 2027-05-05T10:00:00+00:00 | 2027-05-06T13:00:00+00:00 
meeting-4-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes | 2027-05-07T10:00:00+00:00 | 2027-05-09T00:00:00+00:00 

# A local time that does not exist (the clocks skip it) is refused at input, in add, edit and
# import, with the gap; so is one that occurs twice (the clocks go back: Madrid in October,
# Santiago in April, São Paulo before 2019), with the same hint: each calendar would pick its own.
$ pymes meeting add --date 2027-03-28 --time 02:30 --timezone Europe/Madrid
! pymes: error: time: 2027-03-28 02:30 does not exist in Europe/Madrid: the clocks go from 02:00 to 03:00 that day
! pymes: hint: give a time before or after the daylight-saving change
? 65

$ pymes meeting add --date 2027-03-14 --time 10:00 --end-time 02:15 --end-date 2027-03-15 --timezone America/New_York >/dev/null && pymes meeting edit 5 --time 02:15
! pymes: error: time: 2027-03-14 02:15 does not exist in America/New_York: the clocks go from 02:00 to 03:00 that day
! pymes: hint: give a time before or after the daylight-saving change
? 65

$ printf 'date,time,end_time,timezone\n2027-10-31,01:00,02:30,Europe/Madrid\n2027-09-05,00:30,,America/Santiago\n2027-04-03,23:30,,America/Santiago\n' | pymes meeting import -
! -:2: end_time: 2027-10-31 02:30 occurs twice in Europe/Madrid: the clocks go back from 03:00 to 02:00 that day (give a time before or after the daylight-saving change)
! -:3: time: 2027-09-05 00:30 does not exist in America/Santiago: the clocks go from 00:00 to 01:00 that day (give a time before or after the daylight-saving change)
! -:4: time: 2027-04-03 23:30 occurs twice in America/Santiago: the clocks go back from 00:00 to 23:00 that day (give a time before or after the daylight-saving change)
! pymes: error: 3 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ pymes meeting add --date 2018-02-17 --time 23:30 --timezone America/Sao_Paulo
! pymes: error: time: 2018-02-17 23:30 occurs twice in America/Sao_Paulo: the clocks go back from 00:00 to 23:00 that day
! pymes: hint: give a time before or after the daylight-saving change
? 65

$ pymes meeting edit 5 --time 09:00 --end-time 01:30 --end-date 2027-11-07
! pymes: error: end_time: 2027-11-07 01:30 occurs twice in America/New_York: the clocks go back from 02:00 to 01:00 that day
! pymes: hint: give a time before or after the daylight-saving change
? 65

$ pymes -q meeting add --date 2027-10-31 --time 03:00 --timezone Europe/Madrid >/dev/null && pymes meeting ics 6 | python3 $E2E/ics_check.py | cut -d'|' -f2-3
 2027-10-31T02:00:00+00:00 | 2027-10-31T04:00:00+00:00 

# SEQUENCE counts the meeting's changes since it was added: a calendar takes the edited event as
# the new version of the same one (same UID). A removed id given again starts at 0.
$ pymes meeting ics 6 | tr -d '\r' | grep SEQUENCE && pymes -q meeting edit 6 --place Madrid >/dev/null && pymes -q meeting edit 6 --title "Reunión" >/dev/null && pymes meeting ics 6 | python3 -c 'import icalendar, sys; [print(e["UID"], e["SEQUENCE"]) for e in icalendar.Calendar.from_ical(sys.stdin.read()).walk("VEVENT")]'
SEQUENCE:0
meeting-6-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 2

$ pymes -q meeting remove 6 >/dev/null && pymes -q meeting add --date 2027-12-01 >/dev/null && pymes meeting ics 6 | tr -d '\r' | grep -E '^(UID|SEQUENCE)'
UID:meeting-6-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes
SEQUENCE:0

# An end time needs a start time, and on one day comes after it.
$ pymes meeting add --date 2027-05-03 --end-time 12:00
! pymes: error: end_time: needs a start time
! pymes: hint: give --time as well, or leave the end time out
? 65

$ pymes meeting add --date 2027-05-03 --time 12:00 --end-time 11:00
! pymes: error: end_time: 11:00 is not after the start time 12:00
! pymes: hint: a meeting that ends on a later day gives --end-date too
? 65
