# scope may be empty, meaning unknown (issue 14, SPEC §2): nobody said the founders are regional.
$ pymes -q init && pymes -f csv institution list | cut -d, -f1,4 | sed -n '1,3p;10p'
code,scope
ALIDE,
CLAMPI,
UNESCO,

# --scope '' clears it; an institution added without one has none.
$ pymes institution edit SELA --scope extrarregional >/dev/null && pymes institution show SELA | grep '^scope'; pymes institution edit SELA --scope '' >/dev/null && pymes institution show SELA | grep '^scope'; pymes institution add CAF --name Caf >/dev/null && pymes -f json institution show CAF | cut -c1-60
scope:             extra-regional
scope:
{"code":"CAF","name":"Caf","country":null,"scope":null,"kind

# An empty scope re-imports as it is: nothing changes, the second time as the first.
$ pymes institution export > i.csv && pymes institution import i.csv && pymes institution import i.csv
! pymes: 12 rows: 0 added, 0 updated, 12 unchanged
! pymes: 12 rows: 0 added, 0 updated, 12 unchanged

# The migration: a registry of schema 2 had every founder 'regional' (made here by taking back
# what 0003 changed). It becomes unknown, unless someone set it (SELA, edited); another institution
# keeps what it was given; the events get the day the history recorded them.
$ pymes -q -R old.db init && pymes -R old.db accede CAF --date 2001-05-14 --name Caf >/dev/null && sqlite3 old.db "UPDATE institution SET scope = 'regional'; DROP TRIGGER meeting_uid_made; DROP TRIGGER meeting_uid_kept; DROP INDEX meeting_by_uid; ALTER TABLE meeting DROP COLUMN uid; DROP TRIGGER membership_event_founding_insert; DROP TRIGGER membership_event_founding_update; DROP TRIGGER institution_founder_update; DROP INDEX institution_by_founder; ALTER TABLE institution DROP COLUMN founder; DROP TRIGGER membership_event_notice; DROP INDEX membership_event_by_notice; ALTER TABLE membership_event DROP COLUMN notice_number; ALTER TABLE membership_event DROP COLUMN notice_year; DROP TABLE status_change; DROP INDEX meeting_by_span; ALTER TABLE membership_event DROP COLUMN recorded_on; ALTER TABLE membership_event DROP COLUMN annulled_on; DROP TABLE registry_identity; ALTER TABLE meeting DROP COLUMN end_time; UPDATE history SET at = '2020-01-05T00:00:00Z'; INSERT INTO history (at, actor, action, entity, key, changes) VALUES ('2021-03-01T00:00:00Z', 'x', 'edit', 'institution', 'SELA', '{\"scope\":[\"extra-regional\",\"regional\"]}'); PRAGMA user_version = 2" && pymes -q -R old.db db migrate >/dev/null && pymes -R old.db -f csv institution list | cut -d, -f1,4 | sed -n '1,2p;8,9p;13p'; sqlite3 old.db 'SELECT DISTINCT recorded_on FROM membership_event'
code,scope
ALIDE,
SELA,regional
TIPS,
CAF,regional
2020-01-05
