# Security (issue 8): text that looks like SQL is only ever data, because every statement binds
# its values; nothing from the registry or a file reaches a shell.
$ pymes -q init

$ pymes -q institution add X-1 --name "Robert'); DROP TABLE institution; --" --kind "' OR 1=1 --" --website "https://x.org/\";ATTACH'x'AS/y;--" --contact '%_\' --notes "x' UNION SELECT * FROM history --" && pymes -f json institution show X-1 | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["name"]); print(d["kind"]); print(d["website"]); print(d["contact"]); print(d["notes"])'
code:             X-1
name:             Robert'); DROP TABLE institution; --
country:
scope:
kind:             ' OR 1=1 --
website:          https://x.org/";ATTACH'x'AS/y;--
email:
contact:          %_\
notes:            x' UNION SELECT * FROM history --
status:           non-party
joined_on:
joined_via:
joined_place:
joined_reference:
withdrawn_on:
founder:
Robert'); DROP TABLE institution; --
' OR 1=1 --
https://x.org/";ATTACH'x'AS/y;--
%_\
x' UNION SELECT * FROM history --

$ pymes -q activity add --institution X-1 --area info --title "'; DELETE FROM activity; --" --description "\" OR \"\"=\"" --ref "1'--" --url "https://x.org/?q=<script>alert(1)</script>" --tag "' OR ''='" && pymes activity export --format json | python3 -c 'import json, sys; a = json.load(sys.stdin)[0]; print(a["title"]); print(a["description"]); print(a["ref"]); print(a["tags"])'
id:          1
ref:         1'--
institution: X-1
area:        information
title:       '; DELETE FROM activity; --
description: " OR ""="
status:      planned
start_on:
end_on:
highlight:   false
url:         https://x.org/?q=<script>alert(1)</script>
tags:        ' OR ''='
recorded_on: 2026-11-25
'; DELETE FROM activity; --
" OR ""="
1'--
["' OR ''='"]

$ pymes -q meeting add --date 2026-12-10 --title "x'); DROP TABLE meeting; --" --place "'||(SELECT sqlite_version())||'" --agenda "NEAR(a b)" --minutes '"*" OR x' && pymes -f csv meeting show 1 | cut -d, -f2,8
id:        1
title:     x'); DROP TABLE meeting; --
date:      2026-12-10
end_date:
time:
end_time:
timezone:
place:     '||(SELECT sqlite_version())||'
country:
host:
attendees:
status:    scheduled
agenda:    NEAR(a b)
minutes:   "*" OR x
title,place
x'); DROP TABLE meeting; --,'||(SELECT sqlite_version())||'

$ pymes -q project add --title "1; DROP TABLE project" --area info --lead X-1 --funding "'); ATTACH DATABASE '/tmp/x' AS x; --" && pymes project export | cut -d, -f3,13
id:          1
ref:
title:       1; DROP TABLE project
area:        information
lead:        X-1
partners:
meeting:
status:      proposed
start_on:
end_on:
budget:
currency:
funding:     '); ATTACH DATABASE '/tmp/x' AS x; --
description:
title,funding
1; DROP TABLE project,'); ATTACH DATABASE '/tmp/x' AS x; --

# The search box takes words, never FTS or SQL syntax.
$ pymes search "DROP TABLE"; pymes search "' OR 1=1 --"; pymes search 'NEAR(a b)' | cut -c1-20
kind     id  date        title                        match
meeting   1  2026-12-10  x'); DROP TABLE meeting; --  x'); [DROP] [TABLE] meeting; --
project   1              1; DROP TABLE project        1; [DROP] [TABLE] project
kind  id  date  title  match
kind     id  date   
meeting   1  2026-12

$ pymes -f csv institution list --status all | wc -l; pymes db check
13
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound

# Nothing in the program runs a shell.
$ grep -rnE '\b(system|popen|execl|execlp|execv|execvp|posix_spawn)\s*\(' $E2E/../../lib $E2E/../../cmd | wc -l
0

