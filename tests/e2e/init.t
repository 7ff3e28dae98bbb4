# pymes init, the registry's guards, and the first list in three formats.

$ pymes --version
pymes 0.1.0 (registry schema 13)

$ pymes
! pymes: error: no command given
! pymes: hint: see `pymes --help`
? 64

# Any command before `init` says how to start.
$ pymes institution list
! pymes: error: there is no registry at $WORK/home/.local/share/pymes/registry.db
! pymes: hint: create one with `pymes init`, or name another with --registry
? 66

$ pymes init
! pymes: created $WORK/home/.local/share/pymes/registry.db with the agreement and its 11 founding signatories as parties since 1996-12-10

$ pymes init
! pymes: error: a file already exists at $WORK/home/.local/share/pymes/registry.db
! pymes: hint: pymes init never overwrites; remove the file yourself or name another with --registry
? 73

$ pymes -f csv institution list
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder
ALIDE,Alide,,,,,,,,party,1996-12-10,founding,Arequipa,,,ALIDE
CLAMPI,Clampi,,,,,,,,party,1996-12-10,founding,Arequipa,,,CLAMPI
INTAL,Intal,,,,,,,,party,1996-12-10,founding,Arequipa,,,INTAL
MIPYMES-MERCOSUR,Comisión Mipymes Mercosur,,,,,,,,party,1996-12-10,founding,Arequipa,,,MIPYMES-MERCOSUR
OLAMP,Olamp,,,,,,,,party,1996-12-10,founding,Arequipa,,,OLAMP
BOLIVAR,Programa Bolívar,,,,,,,,party,1996-12-10,founding,Arequipa,,,BOLIVAR
SELA,Sela,,,,,,,,party,1996-12-10,founding,Arequipa,,,SELA
TIPS,Tips,,,,,,,,party,1996-12-10,founding,Arequipa,,,TIPS
UNESCO,Unesco,,,,,,,,party,1996-12-10,founding,Arequipa,,,UNESCO
ALADI,Aladi,,,,,,,,party,1996-12-10,founding,Arequipa,,,ALADI
PARLATINO,Parlatino,,,,,,,,party,1996-12-10,founding,Arequipa,,,PARLATINO

# The human table aligns by display width ("Bolívar", "Comisión") and leaves out empty columns.
$ pymes institution list --status party | head -7
code              name                       status  joined_on   joined_via  joined_place  founder
ALIDE             Alide                      party   1996-12-10  founding    Arequipa      ALIDE
CLAMPI            Clampi                     party   1996-12-10  founding    Arequipa      CLAMPI
INTAL             Intal                      party   1996-12-10  founding    Arequipa      INTAL
MIPYMES-MERCOSUR  Comisión Mipymes Mercosur  party   1996-12-10  founding    Arequipa      MIPYMES-MERCOSUR
OLAMP             Olamp                      party   1996-12-10  founding    Arequipa      OLAMP
BOLIVAR           Programa Bolívar           party   1996-12-10  founding    Arequipa      BOLIVAR

$ pymes -f json institution list | head -2
[
{"code":"ALIDE","name":"Alide","country":null,"scope":null,"kind":null,"website":null,"email":null,"contact":null,"notes":null,"status":"party","joined_on":"1996-12-10","joined_via":"founding","joined_place":"Arequipa","joined_reference":null,"withdrawn_on":null,"founder":"ALIDE"},

# An empty list is a success: [] in JSON, the header alone in CSV.
$ pymes -f json institution list --status withdrawn
[]

$ pymes -f csv institution list --status party --country PE
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder

$ pymes institution list --status sometimes
! pymes: error: --status: 'sometimes' is not an institution status: party, withdrawn, non-party, all
! pymes: hint: see `pymes institution list --help`
? 64

$ pymes institution frobnicate
! pymes: error: The following argument was not expected: frobnicate
! pymes: hint: see `pymes institution --help`
? 64

$ pymes --format yaml institution list
! pymes: error: unknown format 'yaml'
! pymes: hint: use table, csv or json
? 64

# Global options may come after the command too.
$ pymes institution list --status party -f csv | wc -l
12

$ pymes -R elsewhere/r.db init --empty
! pymes: created elsewhere/r.db with the agreement and no parties

$ pymes -q -R elsewhere/r.db -f csv institution list
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder

# Files that are not a registry are refused and left exactly as they were.
$ printf 'code,name\nX,Y\n' > notes.csv; pymes -R notes.csv institution list; cat notes.csv
code,name
X,Y
! pymes: error: notes.csv is not a pymes registry (not an SQLite database)
! pymes: hint: name the registry file with --registry, or create one with `pymes init`

$ sqlite3 other.db 'CREATE TABLE t (x)'; pymes -R other.db institution list; echo "exit $?"; sqlite3 other.db 'PRAGMA journal_mode; PRAGMA application_id'
exit 65
delete
0
! pymes: error: other.db is an SQLite database, but not a pymes registry
! pymes: hint: pymes only opens files it created with `pymes init`; the file was left untouched

$ pymes -q -R elsewhere/r.db db backup newer.db && sqlite3 newer.db 'PRAGMA user_version = 99' && pymes -R newer.db institution list; echo "exit $?"; sqlite3 newer.db 'PRAGMA user_version'
exit 65
99
! pymes: error: newer.db was written by a newer pymes (registry schema 99; this pymes knows up to 13)
! pymes: hint: install the newer pymes; this one will not touch the file

$ pymes -R missing/r.db db status
! pymes: error: there is no registry at missing/r.db
! pymes: hint: create one with `pymes init`, or name another with --registry
? 66

# Only the command groups named on the line are built (it is most of the start-up): a file
# named like a group still works, help with no group named lists every group, and help
# before a group's name is that group's.
$ pymes -q -R db init && pymes -R db -f csv institution list | sed -n 2p; pymes --help | sed -n '/Subcommands/,/^$/p' | awk 'NR>1 {print $1}' | tr '\n' ' '; pymes --help activity | sed -n 2p
ALIDE,Alide,,,,,,,,party,1996-12-10,founding,Arequipa,,,ALIDE
init institution accede membership activity meeting project search digest report publish log db config completion  Usage: pymes activity [OPTIONS] [SUBCOMMAND]
