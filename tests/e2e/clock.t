# One clock for "today" (issue 12). Every transcript runs with PYMES_TODAY=2026-11-25; this one
# shows what sets the day and that the real clock is used when nothing does.
$ pymes -q init && pymes -f csv activity add --institution SELA --area training --title Taller --start today | cut -d, -f8,13
start_on,recorded_on
2026-11-25,2026-11-25

# --today wins over PYMES_TODAY; `yesterday` counts from it too; history is stamped that day at midnight UTC.
$ pymes --today 2026-03-02 -f csv activity add --institution SELA --area training --title Curso --start yesterday | cut -d, -f8,13; pymes -f csv log --limit 1 | cut -d, -f1
start_on,recorded_on
2026-03-01,2026-03-02
at
2026-03-02T00:00:00Z

# The words for today and yesterday in Spanish and Portuguese too, in any interface language and
# letter case: a Spanish coordinator's `ayer` under --language en, a Brazilian's `Ontem`.
$ pymes --today 2026-03-02 --language en -f csv activity add --institution SELA --area training --title Taller --start ayer --end HOY | cut -d, -f8,9; pymes --today 2026-03-02 -f csv activity list --from Ontem --to hoje | cut -d, -f1,8
start_on,end_on
2026-03-01,2026-03-02
id,start_on
2,2026-03-01
3,2026-03-01

# A word of no language is not a date; the hint names the words of the interface's.
$ pymes --today 2026-03-02 --language es activity list --from mañana
! pymes: error: --from: 'mañana' no es una fecha (AAAA-MM-DD de un día que exista, hoy o ayer)
! pymes: hint: vea `pymes activity list --help`
? 64

# Nothing set: the real date (in TZ=UTC here), and history stamped with the real time.
$ env -u PYMES_TODAY pymes -f csv activity add --institution SELA --area training --title Hoy | tail -1 | cut -d, -f13 | grep -qx "$(date -u +%F)" && echo recorded on the real date; env -u PYMES_TODAY pymes -f csv log --limit 1 | tail -1 | cut -c1-10 | grep -qx "$(date -u +%F)" && echo history stamped with the real date
recorded on the real date
history stamped with the real date

# The config's timezone decides the date: Kiritimati (UTC+14) and UTC-12 are never on the same day.
$ printf 'timezone = "Pacific/Kiritimati"\n' > east.toml; printf 'timezone = "Etc/GMT+12"\n' > west.toml; e=$(env -u PYMES_TODAY pymes -c east.toml -f csv activity list --from today --to today --recorded-from today | wc -l); east=$(env -u PYMES_TODAY pymes -c east.toml -f csv activity add --institution SELA --area info --title E | tail -1 | cut -d, -f13); west=$(env -u PYMES_TODAY pymes -c west.toml -f csv activity add --institution SELA --area info --title W | tail -1 | cut -d, -f13); [ "$east" = "$(TZ=Pacific/Kiritimati date +%F)" ] && [ "$west" = "$(TZ=Etc/GMT+12 date +%F)" ] && [ "$east" != "$west" ] && echo east and west differ by a day
east and west differ by a day

# A withdrawal after today is refused: today is the clock's.
$ pymes institution withdraw TIPS --date 2026-11-26
! pymes: error: TIPS: 2026-11-26 is in the future
! pymes: hint: record an accession or a withdrawal once it has taken effect
? 65

$ pymes --today 2026-11-26 -f csv institution withdraw TIPS --date today | cut -d, -f1,10,15
code,status,withdrawn_on
TIPS,withdrawn,2026-11-26

# The default digest week is the last complete week before the clock's today.
$ pymes --today 2027-01-06 digest --language en | sed -n 3p
Week 2026-W53: 28 December 2026 to 3 January 2027. As of 6 January 2027.

$ pymes --today 2026-02-30 institution list
! pymes: error: --today: '2026-02-30' is not a date
! pymes: hint: write the day as YYYY-MM-DD (a day that exists)
? 64

$ PYMES_TODAY=26/11/2026 pymes institution list
! pymes: error: PYMES_TODAY: '26/11/2026' is not a date
! pymes: hint: write dates as YYYY-MM-DD: 2026-11-26
? 64

$ printf 'timezone = "America/Atlantis"\n' > bad.toml; env -u PYMES_TODAY pymes -c bad.toml activity list --from today
! pymes: error: bad.toml:1:12: 'timezone' must be a time zone this system knows, such as "America/Lima" ('America/Atlantis' is not one)
! pymes: hint: fix the file, or see `pymes config init` for every key
? 78
