# db status | migrate | check | backup, and what a second process holding the registry does.
$ pymes -q -R r.db init

$ pymes -R r.db db status | grep -v '^size_bytes:'
path:             r.db
schema:           13
program_schema:   13
journal_mode:     wal
agreement:        1
institution:      11
membership_event: 11
activity:         0
meeting:          0
meeting_attendee: 0
project:          0
project_partner:  0
history:          24

$ pymes -R r.db -f json db status | sed 's/"size_bytes":[0-9]*/"size_bytes":N/'
{"path":"r.db","schema":13,"program_schema":13,"size_bytes":N,"journal_mode":"wal","agreement":1,"institution":11,"membership_event":11,"activity":0,"meeting":0,"meeting_attendee":0,"project":0,"project_partner":0,"history":24}

$ pymes -R r.db db migrate --dry-run
! pymes: the registry is at schema 13; nothing to migrate

$ pymes -R r.db db migrate
! pymes: the registry is at schema 13; nothing to migrate

$ pymes -R r.db db check
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound

$ pymes -R r.db db backup copia.db && pymes -R copia.db -f csv institution list --status party | wc -l
12
! pymes: wrote copia.db

$ pymes -R r.db db backup copia.db
! pymes: error: a file already exists at copia.db
! pymes: hint: a backup never overwrites; name a new file
? 73

$ pymes -R r.db db backup no/such/folder/copia.db
! pymes: error: cannot create the backup at no/such/folder/copia.db: No such file or directory
! pymes: hint: check that the folder exists and is writable
? 73

$ pymes -R r.db db backup
! pymes: error: FILE is required
! pymes: hint: see `pymes db backup --help`
? 64

# A foreign writer breaks a rule the schema cannot express; db check names it and exits 1.
$ sqlite3 r.db "INSERT INTO membership_event (institution, kind, date) VALUES ('SELA', 'accession', '2001-01-01')"; pymes -R r.db db check
SELA: accession on 2001-01-01 while already a party
! pymes: founding signatories: 11; founding signatures: 11
! pymes: error: the registry has 1 problem
! pymes: hint: restore the latest backup, or fix the records named above
? 1

# The schema's own CHECKs stop a foreign writer from storing a bad value at all.
$ sqlite3 r.db "INSERT INTO institution (code, name, country) VALUES ('NEW', 'Nueva', 'Peru')" 2>&1 | head -1 | cut -c1-40
Error: stepping, CHECK constraint failed

# A writer waits for the busy timeout, then exits 75 with nothing written.
$ printf 'busy_timeout_ms = 200\n' > fast.toml; { echo 'BEGIN IMMEDIATE;'; echo '.shell touch locked1'; sleep 2; echo 'ROLLBACK;'; } | sqlite3 r.db & while [ ! -e locked1 ]; do sleep 0.05; done; pymes -c fast.toml -R r.db institution add NEW --name Nueva; echo "exit $?"; wait; pymes -R r.db institution show NEW
exit 75
! pymes: error: the registry stayed locked by another process past the busy timeout; nothing was written
! pymes: hint: try again later, or raise busy_timeout_ms in the config
! pymes: error: there is no institution NEW
! pymes: hint: `pymes institution list` shows every code
? 1

# Readers are not blocked by a writer (WAL).
$ { echo 'BEGIN IMMEDIATE;'; echo '.shell touch locked2'; sleep 2; echo 'ROLLBACK;'; } | sqlite3 r.db & while [ ! -e locked2 ]; do sleep 0.05; done; pymes -c fast.toml -R r.db -f csv institution list --status party | wc -l; wait
12

# And a writer that waits less than the timeout gets through.
$ { echo 'BEGIN IMMEDIATE;'; echo '.shell touch locked3'; sleep 1; echo 'ROLLBACK;'; } | sqlite3 r.db & while [ ! -e locked3 ]; do sleep 0.05; done; pymes -R r.db -f csv institution add NEW --name Nueva | cut -d, -f1,2,10; wait
code,name,status
NEW,Nueva,non-party

