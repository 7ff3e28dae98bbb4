# Output a person can trust (issue 17): a filter, command, column or option that names nothing
# says what it meant; a lead is not its own partner; web addresses are checked; search says
# when it shows fewer than it found. The 80-column tables are tests/terminal_width.py.
$ pymes -q init

$ pymes activity list --institution SELLA
! pymes: error: --institution: there is no institution SELLA; did you mean SELA?
! pymes: hint: `pymes institution list` shows every code
? 65

$ pymes meeting list --institution ALIDEE
! pymes: error: --institution: there is no institution ALIDEE; did you mean ALIDE?
! pymes: hint: `pymes institution list` shows every code
? 65

$ pymes -f csv project export --institution NADIE
! pymes: error: --institution: there is no institution NADIE
! pymes: hint: `pymes institution list` shows every code
? 65

$ pymes activty list
! pymes: error: pymes has no command activty
! pymes: hint: did you mean `pymes activity`?
? 64

$ pymes activity lst
! pymes: error: pymes activity has no command lst
! pymes: hint: did you mean `pymes activity list`?
? 64

$ pymes project add --title Red --area info --lead SELA --partner ALIDE --partner SELA
! pymes: error: partners: SELA is the lead; it cannot also be a partner
! pymes: hint: leave the lead out of the partners
? 65

$ pymes -q project add --title Red --area info --lead SELA --partner ALIDE > /dev/null && pymes project edit 1 --add-partner SELA
! pymes: error: --add-partner: SELA is the lead; it cannot also be a partner
! pymes: hint: leave the lead out of the partners
? 65

$ printf 'title,area,lead,partners\nOtra,info,ALIDE,SELA;ALIDE\n' > p.csv && pymes project import p.csv
! p.csv:2: partners: ALIDE is the lead; it cannot also be a partner (leave the lead out of the partners)
! pymes: error: 1 problem in p.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ pymes activity add --institution SELA --area info --title X --url www.sela.org
! pymes: error: --url: 'www.sela.org' is not a web address (it must begin with http:// or https://) (write the whole address, such as https://www.sela.org)
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes activity add --institution SELA --area info --title X --url 'https://www.sela .org'
! pymes: error: --url: 'https://www.sela .org' is not a web address (it holds a space) (write the whole address, such as https://www.sela.org)
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes -f csv activity add --institution SELA --area info --title X --url https://www.sela.org/a | cut -d, -f1,11
id,url
1,https://www.sela.org/a

$ pymes -q meeting add --date 2026-01-01 > /dev/null && pymes meeting edit 1 --attendee SELA
! pymes: error: --attendee is for add; edit changes the list with --add-attendee and --remove-attendee
! pymes: hint: write --add-attendee CODE
? 64

$ pymes activity list --columns id,titel
! pymes: error: --columns: there is no column titel; did you mean title?
! pymes: hint: the columns are id, ref, institution, area, title, description, status, start_on, end_on, highlight, url, tags, recorded_on
? 64

$ pymes activity list --columns title,id
title  id
X       1

$ pymes -f csv --columns id,recorded_on activity list
id,recorded_on
1,2026-11-25

$ pymes db status --columns id
! pymes: error: --columns chooses the columns of a list; `pymes db status` prints none
! pymes: hint: use it with `list`, `search` or `log`
? 64

$ for i in 1 2 3; do pymes -q activity add --institution SELA --area info --title "taller $i" > /dev/null; done; pymes search taller --limit 2
kind      id  title     match
activity   2  taller 1  [taller] 1
activity   3  taller 2  [taller] 2
! pymes: 2 of 3; --limit to see more

$ pymes -f csv search taller --limit 2
kind,id,date,title,match
activity,2,,taller 1,[taller] 1
activity,3,,taller 2,[taller] 2
