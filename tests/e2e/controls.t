# language: en
# Control characters (issue 28, item 12; SPEC §2 "Text"). pymes refuses them where it reads
# text; the registry itself refuses them since migration 0009 (one-line fields: none; long
# fields: only TAB and LF), whoever writes; what an older registry holds is named by `db check`
# and never reaches a page, the feed or a terminal raw.
$ pymes -q -R reg.db init && pymes -q -R reg.db activity add --institution SELA --area training --title Taller --start 2026-11-20 --description "Dos días" > /dev/null && for sql in "UPDATE activity SET title = 'Taller' || char(27) || '[31m'" "UPDATE activity SET description = 'a' || char(13) || 'b'" "UPDATE institution SET name = name || char(133) WHERE code = 'SELA'" "INSERT INTO history (at, actor, action, entity, key, changes) VALUES ('2026-11-25T00:00:00Z', 'x' || char(7), 'edit', 'activity', '1', '{}')"; do sqlite3 reg.db "$sql"; done; sqlite3 -separator ' | ' reg.db "UPDATE activity SET description = 'a' || char(10) || char(9) || 'b'" "SELECT title, description FROM activity"
Taller | a
	b
! Error: stepping, activity: a text holds a control character (19)
! Error: stepping, activity: a text holds a control character (19)
! Error: stepping, institution: a text holds a control character (19)
! Error: stepping, history: a text holds a control character (19)

# A registry written before 0009 (here: with its guards dropped) may hold them: `db check` names
# each value, the site shows U+FFFD in their place, and the feed stays well-formed XML.
$ sqlite3 reg.db "DROP TRIGGER activity_text_update" "DROP TRIGGER institution_text_update" "UPDATE activity SET title = 'Taller' || char(27) || '[31m' || char(1), description = 'a' || char(13) || 'b'" "UPDATE institution SET name = 'SELA' || char(133) WHERE code = 'SELA'" "DROP TRIGGER history_text_insert" "INSERT INTO history (at, actor, action, entity, key, changes) VALUES ('2026-11-26T00:00:00Z', 'x' || char(7), 'edit', 'activity', '1', '{}')" && pymes -R reg.db db check
institution SELA: name holds a control character
activity 1: title holds a control character
activity 1: description holds a control character
history 26: actor holds a control character
! pymes: founding signatories: 11; founding signatures: 11
! pymes: error: the registry has 4 problems
! pymes: hint: restore the latest backup, or fix the records named above
? 1

$ pymes -q -R reg.db publish site && xmllint --noout site/feed.xml && echo well-formed && cat site/*.html site/*/*.html site/feed.xml | LC_ALL=C grep -c "$(printf '[\001-\010\013\014\016-\037\177]\|\302[\200-\237]')"; grep -o 'Taller[^<]*' site/activities.html | head -1
well-formed
0
Taller�[31m� — 

# The IATI file (libxml2 would write them as character references, which XML 1.0 refuses too).
$ printf '[publish]\niati_reporting_org = "XM-EXAMPLE-1"\niati_org_type = "40"\n' > iati.toml && pymes -c iati.toml -R reg.db activity export --format iati | xmllint --noout - && echo well-formed
well-formed

# The feed's links: only an http(s) address is a homepage (a javascript: link would run in a
# feed reader); the config line is named (78).
$ printf '[publish]\nhomepage = "javascript:alert(1)"\n' > bad.toml && pymes -c bad.toml -R reg.db publish site2; echo "exit $?"; printf '[publish]\nhomepage = "https://acuerdo.example.org/"\n' > good.toml && pymes -q -c good.toml -R reg.db publish site2 && grep -o '<link rel="self" href="[^"]*"' site2/feed.xml
exit 78
<link rel="self" href="https://acuerdo.example.org/feed.xml"
! pymes: error: bad.toml:2:12: 'publish.homepage' must be an http:// or https:// address, such as "https://acuerdo.example.org/"
! pymes: hint: fix the file, or see `pymes config init` for every key

# A line break in a file name reaches the terminal escaped, never as a line of its own (which
# could forge a "pymes: hint:").
$ pymes -R reg.db activity import "$(printf 'x.csv\npymes: hint: run rm -rf ~')"
! pymes: error: cannot read x.csv\x0apymes: hint: run rm -rf ~
! pymes: hint: check the file's name and permissions
? 66

# The actor: a $USER or a config `user` with a control character is refused (78), so the
# history never records one; `log` shows one an older registry holds escaped.
$ USER="$(printf 'ana\033[2J')" pymes -R reg.db activity list; printf 'user = "ana\\u001b[2J"\n' > user.toml && pymes -c user.toml -R reg.db activity list
! pymes: error: $USER (ana\x1b[2J) holds a control character; it names who makes each change in the history
! pymes: hint: set `user` in the config, or run with another $USER
! pymes: error: user.toml:1:8: 'user' must be a name without control characters
! pymes: hint: fix the file, or see `pymes config init` for every key
? 78

$ pymes -R reg.db log --limit 2 | cut -c1-40
at                    actor   action  en
2026-11-26T00:00:00Z  x\x07   edit    ac
2026-11-25T00:00:00Z  tester  add     ac
