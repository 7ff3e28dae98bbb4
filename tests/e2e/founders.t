# Founding belongs to the founding institution, whatever its code becomes, never to whoever holds
# one of the 11 codes (issue 28, item 10; SPEC §2).
$ pymes -q init && pymes institution rename ALIDE ALIDE-LAT >/dev/null && pymes institution add ALIDE --name Impostora >/dev/null && pymes -f csv institution show ALIDE-LAT | cut -d, -f1,10-
code,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder,activities,projects,meetings_hosted,meetings_attended
ALIDE-LAT,party,1996-12-10,founding,Arequipa,,,ALIDE,0,0,0,0

# The new ALIDE is not the agreement's ALIDE: no founding signature for it, from a coordinator's
# file or from its own.
$ printf 'institution,kind,date\nALIDE,founding,1996-12-10\n' | pymes membership import -
! -:2: kind: ALIDE is not a founding signatory: the agreement's ALIDE is ALIDE-LAT in this registry
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'institution,kind,date\nALIDE,founding,1996-12-10\n' | pymes membership import --as ALIDE -
! -:2: kind: ALIDE is not a founding signatory: the agreement's ALIDE is ALIDE-LAT in this registry
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# Nor can an institution file make it one: the signatory ALIDE is taken, and a file sent by one
# institution never names a founder.
$ printf 'code,name,founder\nALIDE,Impostora,alide\n' | pymes institution import -
! -:2: founder: the founding signatory ALIDE is ALIDE-LAT in this registry
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'code,name,joined_via\nALIDE,Impostora,founding\n' | pymes institution import -
! -:2: joined_via: ALIDE is not a founding signatory: the agreement's ALIDE is ALIDE-LAT in this registry
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'code,name,founder\nALIDE-LAT,Alide,SELA\nALIDE,Impostora,NOPE\n' | pymes institution import -
! -:2: founder: ALIDE-LAT is the founding signatory ALIDE; that never changes
! -:3: founder: 'NOPE' is not one of the 11 founding signatories
! pymes: error: 2 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ pymes -f csv membership list | grep -c founding && pymes db check
11
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound

# A founding signatory's signature stands; leaving the agreement is a withdrawal.
$ pymes membership annul 1 --reason "por error"
! pymes: error: cannot annul event 1 (founding of ALIDE-LAT on 1996-12-10): ALIDE-LAT is the founding signatory ALIDE, and its signature of the agreement stands
! pymes: hint: to record that it left the agreement: pymes institution withdraw ALIDE-LAT --date DATE
? 65

# The export says which signatory each founder is, so a registry rebuilt from it (init --empty,
# institutions, then the log) keeps its founders through renames, byte for byte.
$ pymes -f csv institution export -o i.csv && pymes -f csv membership export -o m.csv && sed -n '1,2p;13p' i.csv
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder
ALIDE-LAT,Alide,,,,,,,,party,1996-12-10,founding,Arequipa,,,ALIDE
ALIDE,Impostora,,,,,,,,non-party,,,,,,

$ pymes -q -R e.db init --empty && pymes -R e.db institution import i.csv && pymes -R e.db membership import m.csv && pymes -R e.db -f csv institution export | cmp - i.csv && pymes -R e.db -f csv membership export | cmp - m.csv && pymes -R e.db db check
! pymes: 12 rows: 12 added, 0 updated, 0 unchanged
! pymes: 11 rows stated a membership that the log does not hold: not applied; the log travels with `pymes membership import`
! pymes: 11 rows: 11 added, 0 updated, 0 unchanged
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound

$ pymes -R e.db institution import i.csv && pymes -R e.db -f json institution show ALIDE-LAT | grep -o '"founder":[^,]*'
"founder":"ALIDE"
! pymes: 12 rows: 0 added, 0 updated, 12 unchanged

# A file of an older pymes has no founder column: the rows of the 11 codes joined by founding
# name the signatories the registry lacks.
$ pymes -q -R old.db init --empty && cut -d, -f1-15 i.csv | sed 's/^ALIDE-LAT,/ALIDE,/; /^ALIDE,Impostora/d' > old.csv && pymes -R old.db institution import old.csv && sed 's/,ALIDE-LAT,/,ALIDE,/' m.csv | pymes -q -R old.db membership import - && pymes -R old.db -f csv institution list --status party | cut -d, -f1,16 | head -3
code,founder
ALIDE,ALIDE
CLAMPI,CLAMPI
! pymes: 11 rows: 11 added, 0 updated, 0 unchanged
! pymes: 11 rows stated a membership that the log does not hold: not applied; the log travels with `pymes membership import`

# Another writer is refused by the registry itself.
$ sqlite3 home/.local/share/pymes/registry.db "INSERT INTO membership_event (institution, kind, date) VALUES ('ALIDE', 'founding', '1996-12-10')" 2>&1 | cut -c1-90; sqlite3 home/.local/share/pymes/registry.db "UPDATE institution SET founder = 'SELA' WHERE code = 'ALIDE-LAT'" 2>&1 | cut -c1-90
Error: stepping, membership_event: a founding signature for an institution that is not a f
Error: stepping, institution: a founding signatory stays one (19)

# A registry an older pymes let an impostor sign (schema 9): migrating gives the signature to the
# renamed founder, and db check names the impostor's for annulment.
$ pymes -q -R bad.db init && pymes -R bad.db institution rename ALIDE ALIDE-LAT >/dev/null && pymes -R bad.db institution add ALIDE --name Impostora >/dev/null && sqlite3 bad.db "DROP TRIGGER meeting_uid_made; DROP TRIGGER meeting_uid_kept; DROP INDEX meeting_by_uid; ALTER TABLE meeting DROP COLUMN uid; DROP TRIGGER membership_event_founding_insert; DROP TRIGGER membership_event_founding_update; DROP TRIGGER institution_founder_update; DROP INDEX institution_by_founder; ALTER TABLE institution DROP COLUMN founder; INSERT INTO membership_event (institution, kind, date, recorded_on) VALUES ('ALIDE', 'founding', '1996-12-10', '2026-11-25'); PRAGMA user_version = 9" && pymes -q -R bad.db db migrate >/dev/null && pymes -R bad.db -f csv institution list | grep ALIDE | cut -d, -f1,12,16; pymes -R bad.db db check
ALIDE-LAT,founding,ALIDE
ALIDE,founding,
ALIDE: a founding signature (event 12), but ALIDE is not a founding signatory
! pymes: founding signatories: 11; founding signatures: 12
! pymes: error: the registry has 1 problem
! pymes: hint: restore the latest backup, or fix the records named above
? 1

$ pymes -R bad.db membership annul 12 --reason "No firmó el acuerdo" && pymes -R bad.db db check
! pymes: annulled event 12 (founding of ALIDE on 1996-12-10)
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound
