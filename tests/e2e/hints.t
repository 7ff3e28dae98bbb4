# Hints that say how to fix what was typed (issue 29, items 8 and 9): a code renamed since, a code
# or an area mistyped in an import row, a date written another way; and a search that finds what
# people type (hints_es.t: the same in Spanish).
$ pymes -q init && pymes -q institution rename TIPS TIPS-UY > /dev/null

# A code renamed since says where it went, wherever it is given: show, edit, filters, options.
$ pymes institution show tips
! pymes: error: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 1

$ pymes institution edit TIPS --kind programa
! pymes: error: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 1

$ pymes activity list --institution TIPS
! pymes: error: --institution: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 65

$ pymes project list --institution TIPS
! pymes: error: --institution: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 65

$ pymes membership list TIPS
! pymes: error: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 1

$ pymes activity add --institution TIPS --area training --title Taller
! pymes: error: --institution: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 65

$ printf 'institution,area,title\n' | pymes activity import --as TIPS
! pymes: error: --as: TIPS is now TIPS-UY since 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` shows the rename
? 65

# A code never used: the closest one, as before.
$ pymes activity list --institution SELLA
! pymes: error: --institution: there is no institution SELLA; did you mean SELA?
! pymes: hint: `pymes institution list` shows every code
? 65

# Import rows say what the command line says: the code's new name or the closest code, the
# areas, the date as YYYY-MM-DD.
$ printf 'institution,area,title,start_on\nTIPS,training,Taller,2026-01-10\nSELLA,training,Curso,2026-01-12\nSELA,capacitacion tecnica,Foro,2026-01-14\nSELA,training,Feria,14/01/2026\nSELA,training,Misión,02/03/2026\nSELA,training,Visita,2026/3/20\n' > rows.csv && pymes activity import rows.csv
! rows.csv:2: institution: TIPS is now TIPS-UY since 2026-11-25 (use TIPS-UY; `pymes log --key TIPS` shows the rename)
! rows.csv:3: institution: there is no institution SELLA (did you mean SELA?)
! rows.csv:4: area: 'capacitacion tecnica' is not an area (use information (información), management (administración y gestión), training (capacitación), technology-transfer (transferencia tecnológica), public-policy (políticas públicas))
! rows.csv:5: start_on: '14/01/2026' is not a date (write dates as YYYY-MM-DD: 2026-01-14)
! rows.csv:6: start_on: '02/03/2026' is not a date (write dates as YYYY-MM-DD: 2026-03-02 (day first) or 2026-02-03 (month first))
! rows.csv:7: start_on: '2026/3/20' is not a date (write dates as YYYY-MM-DD: 2026-03-20)
! pymes: error: 6 problems in rows.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,area,lead,partners\nRed,training,TIPS,SELA\nFondo,training,SELA,ALIDEE\n' | pymes project import
! -:2: lead: TIPS is now TIPS-UY since 2026-11-25 (use TIPS-UY; `pymes log --key TIPS` shows the rename)
! -:3: partners: there is no institution ALIDEE (did you mean ALIDE?)
! pymes: error: 2 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'institution,kind,date\nTIPS,withdrawal,2026-01-10\nSELA,withdrawal,10.01.2026\n' | pymes membership import
! -:2: institution: TIPS is now TIPS-UY since 2026-11-25 (use TIPS-UY; `pymes log --key TIPS` shows the rename)
! -:3: date: '10.01.2026' is not a date (write dates as YYYY-MM-DD: 2026-01-10 (day first) or 2026-10-01 (month first))
! pymes: error: 2 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# An institution row under the old code would make a second institution of the same one.
$ printf 'code,name\nTIPS,Tips\n' | pymes institution import
! -:2: code: TIPS is now TIPS-UY since 2026-11-25 (write TIPS-UY in the file; `pymes institution add TIPS` records a new institution with the old code)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# A date on the command line, written another way.
$ pymes activity list --from 14/01/2026
! pymes: error: --from: '14/01/2026' is not a date (write dates as YYYY-MM-DD: 2026-01-14)
! pymes: hint: see `pymes activity list --help`
? 64

$ pymes activity add --institution SELA --area training --title Taller --start 20260114
! pymes: error: --start: '20260114' is not a date (write dates as YYYY-MM-DD: 2026-01-14)
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes --today 25/11/2026 activity list
! pymes: error: --today: '25/11/2026' is not a date
! pymes: hint: write dates as YYYY-MM-DD: 2026-11-25
? 64

# Search: the marks inside a word do not matter (obrien finds O'Brien), and an area's name, in
# any language, finds the activities and projects of that area.
$ pymes -q activity add --institution SELA --area technology-transfer --title "Misión técnica de innovación" > /dev/null && pymes -q activity add --institution SELA --area information --title "Denuncia de O'Brien" --description "Guía de e-commerce" > /dev/null && pymes -q project add --title "Red de laboratorios" --area "transferencia tecnológica" --lead SELA > /dev/null && pymes -q meeting add --date 2026-12-01 --agenda "Informe de O'Brien" > /dev/null

$ pymes search obrien
kind      id  date        title                  match
meeting    1  2026-12-01  meeting of 2026-12-01  Informe de [O'Brien]
activity   2              Denuncia de O'Brien    Denuncia de [O'Brien]

$ pymes -f csv search ecommerce
kind,id,date,title,match
activity,2,,Denuncia de O'Brien,Guía de [e-commerce]

$ pymes search transferencia tecnologica
kind      id  title                         match
activity   1  Misión técnica de innovación  [technology transfer]
project    1  Red de laboratorios           [technology transfer]

$ pymes -f csv search transferência tecnológica
kind,id,date,title,match
activity,1,,Misión técnica de innovación,[technology transfer]
project,1,,Red de laboratorios,[technology transfer]

$ pymes -f csv activity list --search "technology transfer" | cut -d, -f1,4,5
id,area,title
1,technology-transfer,Misión técnica de innovación

# The help's own examples find something in the demo registry (examples/demo-registry): the
# lines each prints.
$ PYMES=pymes sh $E2E/../../examples/demo-registry demo.db && pymes search --help | sed -n 's/^  pymes //p' | while read -r example; do eval "pymes -R demo.db $example" | wc -l; done
7
7
