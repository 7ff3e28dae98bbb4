# Issue 19: calendars published by many registries must not collide. init makes a random
# registry identifier; two registries have different ones; db backup and migrations keep it.
$ pymes -q -R a.db init && pymes -q -R b.db init && a=$(sqlite3 a.db 'SELECT uuid FROM registry_identity') && b=$(sqlite3 b.db 'SELECT uuid FROM registry_identity') && test "$a" != "$b" && echo "$a" | grep -cE '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
1

$ pymes -q -R a.db db backup copy.db && test "$(sqlite3 copy.db 'SELECT uuid FROM registry_identity')" = "$(sqlite3 a.db 'SELECT uuid FROM registry_identity')" && echo kept
kept

# A registry from before (schema 4, with a meeting) gets an identifier when it is migrated; the
# next migration would keep it (it is a row, not made again). Its meeting gets the calendar UID
# it always had, from its id and that identifier (migration 0011).
$ pymes -q -R old.db init && pymes -q -R old.db meeting add --date 2026-12-10 --time 09:30 --timezone America/Lima >/dev/null && sqlite3 old.db "DROP TRIGGER meeting_uid_made; DROP TRIGGER meeting_uid_kept; DROP INDEX meeting_by_uid; ALTER TABLE meeting DROP COLUMN uid; DROP TRIGGER membership_event_founding_insert; DROP TRIGGER membership_event_founding_update; DROP TRIGGER institution_founder_update; DROP INDEX institution_by_founder; ALTER TABLE institution DROP COLUMN founder; DROP TRIGGER membership_event_notice; DROP INDEX membership_event_by_notice; ALTER TABLE membership_event DROP COLUMN notice_number; ALTER TABLE membership_event DROP COLUMN notice_year; DROP TABLE status_change; DROP INDEX meeting_by_span; DROP TABLE registry_identity; ALTER TABLE meeting DROP COLUMN end_time; PRAGMA user_version = 4" && pymes -q -R old.db db migrate >/dev/null && sqlite3 old.db "SELECT count(*), length(uuid) FROM registry_identity; SELECT date, time, end_time IS NULL, uid = 'meeting-1-' || (SELECT uuid FROM registry_identity) || '@pymes' FROM meeting"
1|36
2026-12-10|09:30|1|1

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

# The same when the zone is the configured one (issue 29: Santiago, the night of 5 April 2025).
$ printf 'timezone = "America/Santiago"\n' > cl.toml && pymes -c cl.toml meeting add --date 2025-04-05 --time 23:30
! pymes: error: time: 2025-04-05 23:30 occurs twice in America/Santiago: the clocks go back from 00:00 to 23:00 that day
! pymes: hint: give a time before or after the daylight-saving change
? 65

$ printf 'date,time,end_time\n2025-04-05,21:00,23:15\n' | pymes -c cl.toml meeting import -
! -:2: end_time: 2025-04-05 23:15 occurs twice in America/Santiago: the clocks go back from 00:00 to 23:00 that day (give a time before or after the daylight-saving change)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
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

# A registry rebuilt from its own exports (init --empty, then the files) keeps its meetings'
# calendar UIDs (issue 29): the export's uid column carries each one and the import keeps it, so
# calendars take the rebuilt registry's events as the ones they have. A meeting added afterwards
# gets the new registry's identifier in its UID. Tables for people leave the UID out.
$ for e in institution membership meeting; do pymes $e export > $e.csv; done && pymes -q -R new.db init --empty && for e in institution membership meeting; do pymes -q -R new.db $e import $e.csv || exit 1; done && pymes -R new.db meeting export | cmp - meeting.csv && echo identical && pymes -R new.db meeting ics | python3 $E2E/ics_check.py | cut -d'|' -f1
identical
meeting-5-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 
meeting-1-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 
meeting-2-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 
meeting-3-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 
meeting-4-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 
meeting-6-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes 

$ pymes -q -R new.db meeting add --date 2027-12-02 >/dev/null && pymes -R new.db -f csv --columns id,uid meeting list --from 2027-12-01 | sed "s/$(sqlite3 new.db 'SELECT uuid FROM registry_identity')/NEW/" && pymes -R new.db meeting show 7 | grep -c uid
id,uid
6,meeting-6-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes
7,meeting-7-NEW@pymes
0
? 1

# An import may not change a meeting's UID (a row of another registry's file with the same id
# is another meeting), nor give one that another meeting has; a UID is written into the .ics
# as it is: no spaces, commas, semicolons, backslashes or quotes. A program writing into the
# registry cannot change one either.
$ printf 'id,date,uid\n1,2027-05-03,meeting-1-other@pymes\n,2027-06-01,meeting-2-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes\n,2027-06-02,a b\n,2027-06-03,"a,b"\n' | pymes -R new.db meeting import -
! -:2: uid: meeting 1 is meeting-1-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes in calendars; a calendar UID never changes (leave the uid empty to keep it; a row about another meeting goes without its id, as a new meeting)
! -:3: uid: 'meeting-2-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes' is already the calendar UID of meeting 2 (two meetings cannot be one event in calendars; leave the uid empty and the registry makes a new one)
! -:4: uid: 'a b' is not a calendar UID (leave it empty and the registry makes one; a UID comes from the `uid` column of a meeting export)
! -:5: uid: 'a,b' is not a calendar UID (leave it empty and the registry makes one; a UID comes from the `uid` column of a meeting export)
! pymes: error: 4 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ sqlite3 new.db "UPDATE meeting SET uid = 'x@example.org' WHERE id = 1"
! Error: stepping, meeting: a calendar UID never changes (19)
? 19

# An empty uid keeps the meeting's; a new meeting keeps the one its row gives.
$ printf 'id,date,uid\n1,2027-05-03,\n,2027-06-04,4c1d9e@example.org\n' | pymes -R new.db meeting import - && pymes -R new.db meeting ics 1 8 | tr -d '\r' | grep ^UID
! pymes: 2 rows: 1 added, 0 updated, 1 unchanged
UID:meeting-1-3b0c6f1e-9a2d-4c5b-8e7f-1a2b3c4d5e6f@pymes
UID:4c1d9e@example.org

# khal, a calendar program, has one event per UID: an edited meeting replaces the event it
# had (a later SEQUENCE), and a registry rebuilt from the exports gives it the events it has,
# never a second copy of each (issue 29).
$ mkdir cal && printf '[calendars]\n[[reuniones]]\npath = %s/cal\n[locale]\ntimeformat = %%H:%%M\ndateformat = %%Y-%%m-%%d\nlongdateformat = %%Y-%%m-%%d\ndatetimeformat = %%Y-%%m-%%d %%H:%%M\nlongdatetimeformat = %%Y-%%m-%%d %%H:%%M\nlocal_timezone = UTC\ndefault_timezone = UTC\n' "$PWD" > khal.conf && pymes -R new.db meeting ics > a.ics && khal -c khal.conf import --batch a.ics && ls cal | wc -l
8

$ pymes -q -R new.db meeting edit 1 --time 10:00 --place Quito >/dev/null && pymes -R new.db meeting ics > b.ics && khal -c khal.conf import --batch b.ics && ls cal | wc -l && khal -c khal.conf list --format '{start-time}-{end-time} {title}, {location}' --day-format '' 2027-05-03 1d && tr -d '\r' < cal/meeting-1-*.ics | grep SEQUENCE
8
08:00-10:30 Reunión de coordinación, Quito
SEQUENCE:1

# A cancelled meeting stays in the calendar, marked so (STATUS:CANCELLED, a later SEQUENCE).
$ pymes -q -R new.db meeting edit 1 --status cancelled >/dev/null && pymes -R new.db meeting ics 1 > d.ics && khal -c khal.conf import --batch d.ics && khal -c khal.conf list --format '{cancelled}{start-time}-{end-time} {title}, {location}' --day-format '' 2027-05-03 1d && tr -d '\r' < cal/meeting-1-*.ics | grep -E '^(SEQUENCE|STATUS)'
CANCELLED 08:00-10:30 Reunión de coordinación, Quito
SEQUENCE:2
STATUS:CANCELLED

$ for e in institution membership meeting; do pymes -R new.db $e export > again-$e.csv; done && pymes -q -R again.db init --empty && for e in institution membership meeting; do pymes -q -R again.db $e import again-$e.csv || exit 1; done && pymes -R again.db meeting ics > c.ics && khal -c khal.conf import --batch c.ics && ls cal | wc -l && khal -c khal.conf list --format '{cancelled}{start-time}-{end-time} {title}, {location}' --day-format '' 2027-05-03 1d
8
CANCELLED 08:00-10:30 Reunión de coordinación, Quito

# An end time needs a start time, and on one day comes after it.
$ pymes meeting add --date 2027-05-03 --end-time 12:00
! pymes: error: end_time: needs a start time
! pymes: hint: give --time as well, or leave the end time out
? 65

$ pymes meeting add --date 2027-05-03 --time 12:00 --end-time 11:00
! pymes: error: end_time: 11:00 is not after the start time 12:00
! pymes: hint: a meeting that ends on a later day gives --end-date too
? 65
