# language: en
# As-of truth (issue 27, SPEC §2 "Two times"): what the registry said about a day is said again,
# byte for byte, by asking with --as-of that day, whatever was learnt, corrected, annulled or
# renamed since. Each command names its own day with --today.
$ (pymes -q --today 2025-01-02 init && pymes -q --today 2025-01-06 project add --title "Red de centros" --area training --lead SELA --status approved --end 2025-03-31 && pymes -q --today 2025-01-08 project edit 1 --status active && pymes -q --today 2025-01-09 accede CAF --date 2025-01-07 --place Caracas --name "Corporación Andina" && pymes -q --today 2025-01-10 activity add --institution SELA --area training --title "Taller" --start 2025-01-08) > /dev/null && echo ready
ready

# What was sent on Monday 13 January 2025: the digest, the notice of CAF's accession, the table.
$ pymes --today 2025-01-13 digest --format json > digest.json && pymes --today 2025-01-13 digest > digest.txt && pymes --today 2025-01-13 membership notice 12 > notice.txt && pymes --today 2025-01-13 -f csv institution list > table.csv && pymes --today 2025-12-31 report --year 2025 --format json > report.json && grep -o '"status":"[a-z]*","previous_status":[a-z"]*' digest.json
"status":"active","previous_status":null

# Then, over a year and a half: the project completed (recorded late, back-dated), the activity
# renamed, CAF renamed and its accession corrected then annulled, SELA's name changed.
$ (pymes -q --today 2026-07-05 project edit 1 --status completed --on 2026-06-30 && pymes -q --today 2026-07-06 activity edit 1 --title "Taller regional" && pymes -q --today 2026-07-07 membership correct 12 --date 2025-01-08 --reason "Fecha del instrumento" && pymes -q --today 2026-07-08 institution rename CAF CAF-BDAL && pymes -q --today 2026-07-09 institution edit SELA --name "Sistema Económico" && pymes -q --today 2026-07-10 membership annul 12 --reason "Registrada por error") > /dev/null && echo changed
changed

# Asked again as of that Monday: the same bytes.
$ pymes --today 2026-07-10 digest --as-of 2025-01-13 --format json | cmp - digest.json && pymes --today 2026-07-10 digest --as-of 2025-01-13 | cmp - digest.txt && pymes --today 2026-07-10 membership notice 12 --as-of 2025-01-13 | cmp - notice.txt && pymes --today 2026-07-10 -f csv institution list --as-of 2025-01-13 | cmp - table.csv && pymes --today 2026-07-10 report --year 2025 --as-of 2025-12-31 --format json | cmp - report.json && echo the same bytes
the same bytes

# Today's view of that week is corrected: the status in effect then is still "active" (it became
# completed in June 2026), but the activity's title and SELA's name are today's.
$ pymes --today 2026-07-10 digest --week 2025-W02 --format json | grep -o '"title":"Taller[^"]*"'
"title":"Taller regional"

# The annulled event keeps its number, and its notice says so.
$ pymes --today 2026-07-10 membership notice 12 | sed -n '5,8p'
Depositary notification 1/2025
==============================

This notification was annulled on 10 July 2026.

# The report of 2025: the project was active at the year's end, not completed.
$ pymes --today 2026-07-10 report --year 2025 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print([(p["title"], p["status"]) for p in d["projects"]["items"]])'
[('Red de centros', 'active')]

# Bad days: --as-of outside the registry's time is usage (64); a status dated in the future or
# before the project's last change is refused with the reason (65).
$ pymes --today 2026-07-10 digest --as-of 2026-07-11
! pymes: error: --as-of: 2026-07-11 is outside the registry's time: give a day from 1996-12-10 (the agreement) to 2026-07-10 (today)
! pymes: hint: see `pymes digest --help`
? 64

$ pymes --today 2026-07-10 project add --title Otro --area training --lead SELA --on 2026-07-11
! pymes: error: status: 2026-07-11 is in the future
! pymes: hint: a status is recorded once it has taken effect (--on today or earlier)
? 65

$ pymes --today 2026-07-10 project edit 1 --status cancelled --on 2026-06-01
! pymes: error: status: 2026-06-01 is before the last status change of project 1, on 2026-06-30
! pymes: hint: `pymes log --entity project --key 1` shows its changes
? 65

$ pymes --today 2026-07-10 project edit 1 --on 2026-07-01
! pymes: error: --on requires --status
! pymes: hint: see `pymes project edit --help`
? 64

# A meeting's status is dated the same way: held on the day it was, not before its last change.
$ pymes -q --today 2026-07-10 meeting add --date 2026-07-01 --place Lima --on 2026-06-20 > /dev/null && pymes --today 2026-07-10 meeting edit 1 --status held --on 2026-06-01
! pymes: error: status: 2026-06-01 is before the last status change of meeting 1, on 2026-06-20
! pymes: hint: `pymes log --entity meeting --key 1` shows its changes
? 65
