# CSV in and out for every entity (issue 5): all or nothing, FILE:LINE reports, round trip.
$ pymes -q init && cp $E2E/data/*.csv .

$ pymes institution import institutions.csv
! pymes: 3 rows: 3 added, 0 updated, 0 unchanged
! pymes: 2 rows stated a membership that the log does not hold: not applied; the log travels with `pymes membership import`

$ pymes membership import membership.csv
! pymes: 4 rows: 4 added, 0 updated, 0 unchanged

$ pymes meeting import meetings.csv
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged

$ pymes activity import activities.csv
! pymes: 3 rows: 3 added, 0 updated, 0 unchanged

$ pymes project import projects.csv
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged

$ pymes -f csv institution list | tail -3
XEMP,"Ejemplo ""raro"", con comas",ES,extra-regional,agencia; fondo,,,,"línea 1
línea 2",party,2015-02-01,accession,Lima,"Instrumento 9, ""bis""",,
NUEVA,Sin adhesión,,,,,,,,non-party,,,,,,

# Export, import into an empty registry, export again: byte-identical, for every entity.
$ for e in institution membership meeting activity project; do pymes $e export > $e.csv; done; cat membership.csv activity.csv project.csv
id,institution,kind,date,place,reference,recorded_on
10,ALADI,founding,1996-12-10,Arequipa,,2026-11-25
1,ALIDE,founding,1996-12-10,Arequipa,,2026-11-25
6,BOLIVAR,founding,1996-12-10,Arequipa,,2026-11-25
12,CAF,accession,2001-05-14,Caracas,Instrumento 7,2026-11-25
2,CLAMPI,founding,1996-12-10,Arequipa,,2026-11-25
3,INTAL,founding,1996-12-10,Arequipa,,2026-11-25
4,MIPYMES-MERCOSUR,founding,1996-12-10,Arequipa,,2026-11-25
5,OLAMP,founding,1996-12-10,Arequipa,,2026-11-25
11,PARLATINO,founding,1996-12-10,Arequipa,,2026-11-25
7,SELA,founding,1996-12-10,Arequipa,,2026-11-25
8,TIPS,founding,1996-12-10,Arequipa,,2026-11-25
9,UNESCO,founding,1996-12-10,Arequipa,,2026-11-25
13,XEMP,accession,2003-10-15,Madrid,,2026-11-25
14,XEMP,withdrawal,2009-06-30,,Nota 12/2009,2026-11-25
15,XEMP,accession,2015-02-01,Lima,"Instrumento 9, ""bis""",2026-11-25
id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on
1,T-1,SELA,training,"Taller, ""exportación""","=SUM(A1)
segunda línea",done,2026-03-02,2026-03-06,true,,pymes;exportación,2026-03-10
2,,CAF,public-policy,+Consulta pública,@menciones,planned,,,false,https://caf.com/x,,2026-04-01
3,B-1,XEMP,information,Boletín,,ongoing,2026-01-01,,false,,,2026-01-02
id,ref,title,area,lead,partners,meeting,status,start_on,end_on,budget,currency,funding,description
1,P-1,Red pyme,training,SELA,ALIDE;CAF,1,approved,2027-01-01,2027-12-31,25000.00,USD,BID; fondos propios,"-descripción
con salto"
2,,Observatorio,public-policy,CAF,,,proposed,,,1200.50,EUR,,

$ pymes -q -R copy.db init --empty && for e in institution membership meeting activity project; do pymes -q -R copy.db $e import $e.csv; done && for e in institution membership meeting activity project; do pymes -R copy.db $e export | cmp - $e.csv && echo "$e: identical"; done
institution: identical
membership: identical
meeting: identical
activity: identical
project: identical

# Importing the same files again changes nothing and writes no history.
$ pymes -R copy.db -f csv log | wc -l; for e in institution membership meeting activity project; do pymes -R copy.db $e import $e.csv; done; pymes -R copy.db -f csv log | wc -l
43
43
! pymes: 14 rows: 0 added, 0 updated, 14 unchanged
! pymes: 15 rows: 0 added, 0 updated, 15 unchanged
! pymes: 2 rows: 0 added, 0 updated, 2 unchanged
! pymes: 3 rows: 0 added, 0 updated, 3 unchanged
! pymes: 2 rows: 0 added, 0 updated, 2 unchanged

# JSON export is typed.
$ pymes project export --format json
[
{"id":1,"ref":"P-1","title":"Red pyme","area":"training","lead":"SELA","partners":["ALIDE","CAF"],"meeting":1,"status":"approved","start_on":"2027-01-01","end_on":"2027-12-31","budget":"25000.00","currency":"USD","funding":"BID; fondos propios","description":"-descripción\ncon salto"},
{"id":2,"ref":null,"title":"Observatorio","area":"public-policy","lead":"CAF","partners":[],"meeting":null,"status":"proposed","start_on":null,"end_on":null,"budget":"1200.50","currency":"EUR","funding":null,"description":null}
]

# (A meeting's uid holds the registry's random identifier, written REGISTRY here.)
$ pymes -f json meeting export --status scheduled | sed "s/$(sqlite3 home/.local/share/pymes/registry.db 'SELECT uuid FROM registry_identity')/REGISTRY/"
[
{"id":2,"title":null,"date":"2027-03-15","end_date":"2027-03-16","time":null,"end_time":null,"timezone":null,"place":"São Paulo","country":"BR","host":null,"attendees":["INTAL"],"status":"scheduled","agenda":null,"minutes":null,"uid":"meeting-2-REGISTRY@pymes"}
]

# Filters of list work on export.
$ pymes activity export --format json --institution SELA --area capacitacion | cut -c1-75
[
{"id":1,"ref":"T-1","institution":"SELA","area":"training","title":"Taller,
]

# Standard input, and matching by ref: a row without id updates the activity with that ref.
$ printf 'ref,institution,area,title,status\nT-1,SELA,training,"Taller, ""exportación""",cancelled\nT-9,SELA,info,Nuevo,planned\n' | pymes activity import -
! pymes: 2 rows: 1 added, 1 updated, 0 unchanged

$ pymes activity export --format json --institution SELA | python3 -c 'import json, sys; [print(r["id"], r["ref"], r["title"], r["status"]) for r in json.load(sys.stdin)]'
1 T-1 Taller, "exportación" cancelled
4 T-9 Nuevo planned

$ pymes -f csv log --entity activity --key 1 --limit 1 | cut -d, -f3-
action,entity,key,changes
import,activity,1,"{""status"":[""done"",""cancelled""]}"

# --dry-run checks and reports, writing nothing.
$ printf 'title,area,lead\nUno,info,SELA\n' | pymes project import --dry-run; pymes -f csv project list | wc -l
4
! pymes: 1 row: 1 added, 0 updated, 0 unchanged (dry run: nothing was written)

# Every bad row is reported with its line; nothing is written; exit 65.
$ printf 'institution,area,title,start_on,end_on\nSELA,info,Bien,2026-01-01,\nNOPE,info,x,2026-01-01,\nSELA,deportes,x,2026-01-01,\nSELA,info\nSELA,info,"dos\nlíneas",2026-05-02,2026-05-01\nSELA,info,x,2026-02-30,\n"SELA",info,"sin cerrar\n' > bad.csv; pymes activity import bad.csv; echo "exit $?"; pymes -f csv activity list | wc -l
exit 65
6
! bad.csv:3: institution: there is no institution NOPE (`pymes institution list` shows every code; `pymes institution add` records a new one)
! bad.csv:4: area: 'deportes' is not an area (use information (información), management (administración y gestión), training (capacitación), technology-transfer (transferencia tecnológica), public-policy (políticas públicas))
! bad.csv:5: 2 fields, but the header has 5
! bad.csv:6: title: holds a line break; it must fit on one line
! bad.csv:8: start_on: '2026-02-30' is not a date (write dates as YYYY-MM-DD, a day that exists)
! bad.csv:9: a quoted field that starts here is never closed (every opening " needs a closing "; a " inside a field is written "")
! pymes: error: 6 problems in bad.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again

$ printf 'institution,area,titel,colour\nSELA,info,x,red\n' | pymes activity import
! -:1: unknown column 'titel' (did you mean 'title'?)
! -:1: unknown column 'colour'
! -:1: the required column 'title' is missing
! pymes: error: 3 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,area\nx,info\n' | pymes project import -
! -:1: the required column 'lead' is missing
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'code,name,code\nA1,x,A1\n' | pymes institution import
! -:1: column 'code' appears twice
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ : > empty.csv; pymes meeting import empty.csv
! pymes: error: empty.csv: the file is empty
! pymes: hint: the first line must name the columns
? 65

$ pymes meeting import no-such-file.csv
! pymes: error: cannot read no-such-file.csv
! pymes: hint: check the file's name and permissions
? 66

# At most 100 reports, then how many more.
$ { echo 'institution,area,title'; for i in $(seq 1 150); do echo "NOPE$i,info,x"; done; } | pymes activity import 2>&1 | tail -3
-: ... and 50 more problems
pymes: error: 150 problems in -; nothing was written
pymes: hint: fix the lines named above and import the file again

# A spreadsheet saved in a Spanish locale: ';', CRLF, Windows-1252.
$ pymes activity import hoja-cp1252.csv
! hoja-cp1252.csv:1: the header is one column with ';' in it: the file separates fields with ';'
! pymes: error: 1 problem in hoja-cp1252.csv; nothing was written
! pymes: hint: add --delimiter ';' (or set delimiter = ";" under [csv] in the config)
? 65

$ pymes activity import --delimiter ';' hoja-cp1252.csv
! hoja-cp1252.csv:2: the text is not valid UTF-8 (if the file was saved as Latin-1 or Windows-1252, say so with --encoding latin1 or --encoding cp1252)
! pymes: error: 1 problem in hoja-cp1252.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ pymes activity import --delimiter ';' --encoding cp1252 hoja-cp1252.csv && pymes -f csv activity list --search dialogo | cut -d, -f3-6
institution,area,title,description
ALIDE,public-policy,Diálogo “pyme”,
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged

# The broken csvkit files are refused, naming the line.
$ cd $FIXTURES/csvkit/examples && for f in bad mac_newlines test_utf16_little test_utf16_big; do pymes institution import $f.csv 2>&1 | grep -v "^pymes:"; done
bad.csv:1: unknown column 'column_a'
bad.csv:1: unknown column 'column_b'
bad.csv:1: unknown column 'column_c'
bad.csv:1: the required column 'code' is missing
mac_newlines.csv:1: a line ends with a lone carriage return (old Mac line ends) (save the file with LF or CRLF line ends)
test_utf16_little.csv:1: the file is UTF-16, not UTF-8 (save it from the spreadsheet as "CSV UTF-8")
test_utf16_big.csv:1: the file is UTF-16, not UTF-8 (save it from the spreadsheet as "CSV UTF-8")

# ... and as data under a valid header, each with the line it is on.
$ for f in bad null_byte test_latin1 test_empty_columns_long_row test_empty_columns_short_row; do { echo "code,name,notes"; tail -n +2 $FIXTURES/csvkit/examples/$f.csv; } > $f.csv; pymes institution import $f.csv 2>&1 | grep -v "^pymes:"; done
bad.csv:2: 4 fields, but the header has 3
bad.csv:3: 2 fields, but the header has 3
bad.csv:4: code: '0' is not an institution code (codes are 2 to 32 letters, digits and '-', starting with a letter or digit)
null_byte.csv:2: a NUL byte: this is not a text file (or it is UTF-16) (save it from the spreadsheet as "CSV UTF-8")
test_latin1.csv:2: code: '1' is not an institution code (codes are 2 to 32 letters, digits and '-', starting with a letter or digit)
test_latin1.csv:3: the text is not valid UTF-8 (if the file was saved as Latin-1 or Windows-1252, say so with --encoding latin1 or --encoding cp1252)
test_empty_columns_long_row.csv:2: 4 fields, but the header has 3
test_empty_columns_short_row.csv:2: 2 fields, but the header has 3

# Formulas are made inert for spreadsheets, and import --excel undoes it.
$ pymes activity export --spreadsheet-safe --institution CAF | cut -d, -f5,6
title,description
'+Consulta pública,'@menciones

$ pymes activity export --spreadsheet-safe > safe.csv && pymes -q -R safe.db init && for e in institution meeting; do pymes -q $e export | pymes -q -R safe.db $e import; done && pymes -q -R safe.db activity import --excel --delimiter , safe.csv && pymes -R safe.db activity export | cmp - <(pymes activity export) && echo "spreadsheet-safe round trip: identical"
spreadsheet-safe round trip: identical

$ pymes activity export --excel --institution CAF | od -c | head -2
0000000 357 273 277   i   d   ;   r   e   f   ;   i   n   s   t   i   t
0000020   u   t   i   o   n   ;   a   r   e   a   ;   t   i   t   l   e

# A membership in the file that contradicts the registry's log is refused.
$ printf 'code,name,joined_on,joined_via\nSELA,Sela,2001-01-01,accession\n' | pymes institution import
! -:2: joined_on: '2001-01-01' differs from the membership log of SELA, which says '1996-12-10' (the log changes with accede, institution withdraw and membership import)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# ~100k rows, checked for completeness (not for time).
$ python3 $E2E/../../bench/generate.py big --institutions 50 --meetings 10 --projects 10 --activities 100000 && pymes -q -R big.db init --empty && pymes -q -R big.db institution import big/institution.csv && pymes -R big.db activity import big/activity.csv && pymes -R big.db activity export | cmp - big/activity.csv; pymes -R big.db db check
! pymes: 100000 rows: 100000 added, 0 updated, 0 unchanged
! pymes: founding signatories: 0; founding signatures: 0
! pymes: the registry is sound

# Past 20,000 rows an import sets the table's indexes aside, the unique one of refs too, and
# makes them again at the end. A ref used twice is still reported on its line (here after a
# two-line description), against a row of the file or a record already there; nothing is written.
$ pymes -q -R big.db activity edit 5 --institution INST-00000 --ref A-5 > /dev/null && awk 'BEGIN{print "id,ref,institution,area,title,description"; for(k=1;k<=25000;k++){i=100000+k; r="B-" i; if(i==124000)r="B-100500"; if(i==124500)r="A-5"; d=(k==2)?"\"dos\nlíneas\"":""; print i "," r ",INST-00000,training,Taller " i "," d}}' > dup.csv && pymes -R big.db activity import dup.csv; echo "exit $?"; pymes -R big.db db status | grep '^activity:'
exit 65
activity:         100000
! dup.csv:24002: ref: 'B-100500' of INST-00000 is also the ref on line 502: a key may appear once in a file
! dup.csv:24502: ref: 'A-5' is already the ref of activity 5 of INST-00000
! pymes: error: 2 problems in dup.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again

# Many refs used twice: the first 100 lines, then how many more, all counted.
$ awk 'BEGIN{print "id,ref,institution,area,title"; for(k=1;k<=25000;k++) print 400000+k ",D-" (k%20000) ",INST-00000,training,T " k}' > many.csv && pymes -R big.db activity import many.csv 2>&1 | sed -n '1p;100,103p'
many.csv:20002: ref: 'D-1' of INST-00000 is also the ref on line 2: a key may appear once in a file
many.csv:20101: ref: 'D-100' of INST-00000 is also the ref on line 101: a key may appear once in a file
many.csv: ... and 4900 more problems
pymes: error: 5000 problems in many.csv; nothing was written
pymes: hint: fix the lines named above and import the file again

# New rows are written many to a statement; when SQLite refuses one, they are written again one
# by one: the bad row is named. An id used twice in the file is refused with both its lines.
$ printf 'id,institution,area,title,recorded_on\n300050,INST-00001,training,Uno,2026-01-05\n300051,INST-00001,training,Dos,2026-01-05\n300050,INST-00001,training,Uno bis,2026-01-05\n300052,NOPE,training,Tres,2026-01-05\n' > twice.csv && pymes -R big.db activity import twice.csv; echo "exit $?"; sed '$d' twice.csv | sed '4d' | pymes -R big.db activity import && pymes -R big.db -f csv activity export | grep '^30005[01],'
exit 65
300050,,INST-00001,training,Uno,,planned,,,false,,,2026-01-05
300051,,INST-00001,training,Dos,,planned,,,false,,,2026-01-05
! twice.csv:4: id: 300050 is also on line 2: a key may appear once in a file
! twice.csv:5: institution: there is no institution NOPE (`pymes institution list` shows every code; `pymes institution add` records a new one)
! pymes: error: 2 problems in twice.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged

# A row found by its ref alone brings the unique index back at once; re-importing changes nothing.
$ awk 'BEGIN{print "id,ref,institution,area,title"; for(k=1;k<=21000;k++) print 200000+k ",C-" k ",INST-00000,training,Curso " k; print ",A-5,INST-00000,training,Taller renombrado"}' > late.csv && pymes -R big.db activity import late.csv && pymes -R big.db activity import late.csv && pymes -R big.db activity show 5 | grep '^title'; pymes -R big.db db check
title:       Taller renombrado
! pymes: 21001 rows: 21000 added, 1 updated, 0 unchanged
! pymes: 21001 rows: 0 added, 0 updated, 21001 unchanged
! pymes: founding signatories: 0; founding signatures: 0
! pymes: the registry is sound


# A file of 4 MiB or more into an empty table sets the indexes aside from its first row. Still
# all or nothing: a ref used twice early in the file and a bad last row are both reported on
# their lines and nothing is written; fixed, the file imports whole, the full-text index with it.
$ pymes -q -R empty.db init --empty && pymes -q -R empty.db institution import big/institution.csv && awk 'BEGIN{print "id,ref,institution,area,title,description"; for(k=1;k<=30000;k++){r="E-" k; if(k==3)r="E-2"; a=(k==30000)?"gardening":"training"; print k "," r ",INST-00001," a ",Curso " k ",capacitación en exportación de bienes y servicios para pequeñas y medianas empresas de la región número " k " de la serie anual de talleres"}}' > early.csv && test $(wc -c < early.csv) -gt 4194304 && pymes -R empty.db activity import early.csv; echo "exit $?"; pymes -R empty.db db status | grep '^activity:'
exit 65
activity:         0
! early.csv:4: ref: 'E-2' of INST-00001 is also the ref on line 3: a key may appear once in a file
! early.csv:30001: area: 'gardening' is not an area (use information (información), management (administración y gestión), training (capacitación), technology-transfer (transferencia tecnológica), public-policy (políticas públicas))
! pymes: error: 2 problems in early.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again

$ sed -e 's/^3,E-2,/3,E-3,/' -e 's/,gardening,/,training,/' early.csv > fixed.csv && pymes -R empty.db activity import fixed.csv && pymes -R empty.db -f csv search 29999 && pymes -R empty.db activity show 3 | grep '^ref'; pymes -R empty.db db check
kind,id,date,title,match
activity,29999,,Curso 29999,Curso [29999]
ref:         E-3
! pymes: 30000 rows: 30000 added, 0 updated, 0 unchanged
! pymes: founding signatories: 0; founding signatures: 0
! pymes: the registry is sound

# Every record an import adds has its own history row (issue 27, item 6), and `log` shows the
# fields it was added with, whatever came after: an edit, its institution's rename, its removal.
$ pymes -R empty.db -f csv log --entity activity | grep -c ',add,activity,'; pymes -R empty.db -f csv log --entity activity --key 3 | cut -d, -f3-
30000
action,entity,key,changes
add,activity,3,"{""ref"":[null,""E-3""],""institution"":[null,""INST-00001""],""area"":[null,""training""],""title"":[null,""Curso 3""],""description"":[null,""capacitación en exportación de bienes y servicios para pequeñas y medianas empresas de la región número 3 de la serie anual de talleres""],""status"":[null,""planned""],""highlight"":[null,""false""],""recorded_on"":[null,""2026-11-25""]}"

$ pymes activity edit 4 --title 'Nuevo, otro' --status done >/dev/null && pymes institution rename SELA SELA-X >/dev/null && pymes activity remove 4 && pymes -f csv log --entity activity --key 4 | cut -d, -f3-
action,entity,key,changes
remove,activity,4,"{""ref"":[""T-9"",null],""institution"":[""SELA-X"",null],""area"":[""information"",null],""title"":[""Nuevo, otro"",null],""status"":[""done"",null],""highlight"":[""false"",null],""recorded_on"":[""2026-11-25"",null]}"
edit,activity,4,"{""title"":[""Nuevo"",""Nuevo, otro""],""status"":[""planned"",""done""]}"
add,activity,4,"{""ref"":[null,""T-9""],""institution"":[null,""SELA""],""area"":[null,""information""],""title"":[null,""Nuevo""],""status"":[null,""planned""],""highlight"":[null,""false""],""recorded_on"":[null,""2026-11-25""]}"
! pymes: removed activity 4

# A large meeting file loads in bulk too; a meeting's calendar UID stays unique while it does:
# one used twice is refused on its line, and nothing is written.
$ pymes -q -R meetings.db init --empty && awk 'BEGIN{print "title,date,place,uid"; for(k=1;k<=20001;k++) print "Reunión " k ",2020-01-01,Lima,m-" k "@x"; print "Otra,2020-01-02,Quito,m-7@x"}' > mb.csv && pymes -R meetings.db meeting import mb.csv; echo "exit $?"; head -n 20002 mb.csv > mb-ok.csv && pymes -R meetings.db meeting import mb-ok.csv && pymes -R meetings.db -f csv meeting list | wc -l && pymes -R meetings.db db check
exit 65
20002
! mb.csv:20003: uid: 'm-7@x' is already the calendar UID of meeting 7 (two meetings cannot be one event in calendars; leave the uid empty and the registry makes a new one)
! pymes: error: 1 problem in mb.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
! pymes: 20001 rows: 20001 added, 0 updated, 0 unchanged
! pymes: founding signatories: 0; founding signatures: 0
! pymes: the registry is sound
