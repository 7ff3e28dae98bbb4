# Text rules (SPEC §2, issue 15): every text value is valid UTF-8; one-line fields hold no control
# character; long fields (description, notes, agenda, minutes) only line breaks and tabs, a CR LF
# stored as LF. Refused on the command line (64) and in files (65, FILE:LINE: column: message).
$ pymes -q init

# On the command line: an escape sequence that would set the terminal's title, bytes that are not
# UTF-8, a line break in a one-line field, a C1 control, a DEL. Nothing is written.
$ pymes institution add CAF --name $'Corporación\e]0;owned\a'
! pymes: error: --name: holds a control character (U+001B)
! pymes: hint: see `pymes institution add --help`
? 64

$ pymes institution add CAF --name $'Corporaci\xf3n'
! pymes: error: --name: is not valid UTF-8 text
! pymes: hint: see `pymes institution add --help`
? 64

$ pymes institution edit SELA --email $'sela@example.org\r\nBCC: all@example.org'
! pymes: error: --email: holds a line break; it must fit on one line
! pymes: hint: see `pymes institution edit --help`
? 64

$ pymes accede CAF --date 2001-05-14 --place $'Caracas\xc2\x9b2J' --name CAF
! pymes: error: --place: holds a control character (U+009B)
! pymes: hint: see `pymes accede --help`
? 64

$ pymes institution withdraw TIPS --date 2009-06-30 --reference $'Nota\x7f'
! pymes: error: --reference: holds a control character (U+007F)
! pymes: hint: see `pymes institution withdraw --help`
? 64

$ pymes activity add --institution SELA --area info --title $'Taller\tde exportación'
! pymes: error: --title: holds a tab; it must fit on one line, without tabs
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes activity add --institution SELA --area info --title Taller --tag $'ok\e[2J'
! pymes: error: --tag: holds a control character (U+001B)
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes meeting add --date 2026-12-10 --attendee $'SELA\e' --agenda x
! pymes: error: --attendee: holds a control character (U+001B)
! pymes: hint: see `pymes meeting add --help`
? 64

$ pymes project add --title Red --area training --lead SELA --funding $'BID\x1b[31m'
! pymes: error: --funding: holds a control character (U+001B)
! pymes: hint: see `pymes project add --help`
? 64

$ pymes meeting add --date 2026-12-10 --agenda $'uno\rdos'
! pymes: error: --agenda: holds a control character (U+000D); only line breaks and tabs are allowed
! pymes: hint: see `pymes meeting add --help`
? 64

$ pymes -f csv log | wc -l
25

# Long fields keep line breaks and tabs; a CR LF (typed on Windows) is stored as LF.
$ pymes -q institution add CAF --name "Corporación Andina" --notes $'primera línea\r\nsegunda\tcolumna' > /dev/null && pymes -f json institution show CAF | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)["notes"]))'
'primera línea\nsegunda\tcolumna'

# A message that quotes what was typed never carries a raw control character either.
$ pymes institution show $'X\e[2J'
! pymes: error: there is no institution X\x1b[2J
! pymes: hint: `pymes institution list` shows every code
? 1

# In files: every column of every entity, each bad row named with its line; nothing written.
$ printf 'code,name,kind,notes\nAAA,Bien,,\nBBB,"Mal\x1b]0;x\x07",,\nCCC,Bien,"a\nb",\nDDD,Bien,,"nota\r\nen dos líneas"\nEEE,Bien,\xff,\n' > inst.csv; pymes institution import inst.csv
! inst.csv:3: name: holds a control character (U+001B)
! inst.csv:4: kind: holds a line break; it must fit on one line
! inst.csv:8: the text is not valid UTF-8 (if the file was saved as Latin-1 or Windows-1252, say so with --encoding latin1 or --encoding cp1252)
! pymes: error: 3 problems in inst.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'institution,area,title,description,tags\nSELA,info,Bien,"dos\r\nlíneas\tcon tab",\nSELA,info,"Mal\xc2\x85",,\nSELA,info,Bien,"esc \x1b[2J",\nSELA,info,Bien,,"a;b\x07"\n' > act.csv; pymes activity import act.csv
! act.csv:4: title: holds a control character (U+0085)
! act.csv:5: description: holds a control character (U+001B); only line breaks and tabs are allowed
! act.csv:6: tags: holds a control character (U+0007)
! pymes: error: 3 problems in act.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'institution,area,ti\x1b[2Jtle\nSELA,info,x\n' > head.csv; pymes activity import head.csv
! head.csv:1: unknown column 'ti\x1b[2Jtle'
! head.csv:1: the required column 'title' is missing
! pymes: error: 2 problems in head.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'date,place,timezone,agenda,minutes\n2026-12-10,"Lima\x1b",,,\n2026-12-11,Lima,"America/Lima\x00",,\n2026-12-12,Lima,,"ok\nok","mal\x7f"\n' > meet.csv; pymes meeting import meet.csv
! meet.csv:2: place: holds a control character (U+001B)
! meet.csv:3: a NUL byte: this is not a text file (or it is UTF-16) (save it from the spreadsheet as "CSV UTF-8")
! pymes: error: 2 problems in meet.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,area,lead,funding,description,currency\nRed,training,SELA,"BID\x1b]8;;http://x\x1b\\\\",,\nRed,training,SELA,,"bien\r\nbien",\n' > proj.csv; pymes project import proj.csv
! proj.csv:2: funding: holds a control character (U+001B)
! pymes: error: 1 problem in proj.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# What gets in comes out: the registry's own export re-imports unchanged, and JSON parses.
$ pymes -q activity add --institution SELA --area info --title 'Taller "comillas", ; y \ barra' --description $'dos\r\nlíneas\ty tab' --tag 'a;b' > /dev/null && pymes -f json activity list | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)[0]["description"]))' && pymes activity export > a.csv && pymes -f json institution export | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))' && pymes activity import a.csv
'dos\nlíneas\ty tab'
12
! pymes: 1 row: 0 added, 0 updated, 1 unchanged

# Second line of defence: control characters that reach the registry anyway (written by another
# program into a registry before migration 0009, whose guards are dropped here: controls.t) are
# shown escaped by every human-readable renderer, never raw; JSON stays valid.
$ pymes -q activity add --institution SELA --area info --title Taller --description x --highlight > /dev/null && sqlite3 "$(find . -name registry.db)" "DROP TRIGGER institution_text_update; DROP TRIGGER activity_text_update; UPDATE institution SET name = 'Sela' || char(27) || ']0;owned' || char(7) WHERE code = 'SELA'; UPDATE activity SET title = 'Taller' || char(27) || '[2J' || char(13) || char(10) || 'x', description = 'a' || char(10) || char(27) || '[31mrojo' || CAST(X'C29BFF' AS TEXT) WHERE id = 2"

$ pymes institution show SELA | head -2
code:              SELA
name:              Sela\x1b]0;owned\x07

$ pymes institution list --status party | grep SELA
SELA              Sela\x1b]0;owned\x07       party   1996-12-10  founding    Arequipa      SELA

$ pymes activity show 2 | sed -n 5,8p
title:       Taller\x1b[2J\x0d
             x
description: a
             \x1b[31mrojo\u009b\xff

$ pymes activity list | tail -1
 2  SELA         information  Taller\x1b[2J  x                a \x1b[31mrojo\u009b\xff  planned  true             2026-11-25

$ pymes digest --language es --week 2026-W48 | sed -n 11,13p
Información
  Sela\x1b]0;owned\x07 (SELA)
  * Taller\x1b[2J\x0d x (planificada)

$ pymes digest --language es --week 2026-W48 --format markdown | sed -n 11,12p
- **Sela\\x1b\]0;owned\\x07 (SELA)**
  - ★ **Taller\\x1b\[2J\\x0d x (planificada)**

$ pymes -f json activity show 2 | python3 -c 'import json, sys; d = json.loads(sys.stdin.buffer.read().decode("utf-8")); print(repr(d["title"])); print(repr(d["description"]))'; pymes -f json institution show SELA | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)["name"]))'; pymes -f json activity list | python3 -c 'import json, sys; print(len(json.loads(sys.stdin.buffer.read().decode("utf-8"))))'
'Taller\x1b[2J\r\nx'
'a\n\x1b[31mrojo\x9b�'
'Sela\x1b]0;owned\x07'
2

# iCalendar never carries a raw CR/LF inside a value (RFC 5545 escaping): a hostile agenda and,
# written behind pymes's back, a title and an e-mail address with CR LF give exactly the
# meetings' events and no injected one (read by python3-icalendar, as a calendar program would).
$ pymes -q meeting add --date 2026-12-10 --place Arequipa --host SELA --attendee ALIDE --agenda $'Orden del día\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nDTSTART:20261201T000000Z\r\nSUMMARY:Injected\r\nEND:VEVENT' > /dev/null && sqlite3 home/.local/share/pymes/registry.db "DROP TRIGGER meeting_text_update; UPDATE institution SET email = 'alide@example.org' || char(13, 10) || 'ATTENDEE:mailto:evil@example.org' WHERE code = 'ALIDE'; UPDATE meeting SET title = 'Reunión' || char(13, 10) || 'END:VEVENT' || char(13, 10) || 'BEGIN:VEVENT' || char(13, 10) || 'UID:evil2@x' || char(13, 10) || 'SUMMARY:Injected'"

$ pymes meeting ics | sed 's/^UID:meeting-1-[0-9a-f-]*@/UID:meeting-1-REGISTRY@/' | python3 $E2E/ics_check.py
meeting-1-REGISTRY@pymes | 2026-12-10 | 2026-12-11 | Reunión
END:VEVENT
BEGIN:VEVENT
UID:evil2@x
SUMMARY:Injected | Arequipa | Orden del día\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@x\nDTSTART:20261201T000000Z\nSUMMARY:Injected\nEND:VEVENT | CONFIRMED | Alide<urn:pymes:institution:ALIDE>

$ pymes meeting ics | grep -c -e '^BEGIN:VEVENT' -e '^UID' -e '^ATTENDEE:mailto:evil'
2
