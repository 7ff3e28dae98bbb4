# language: en
# pymes publish at its edges (issue 19): a registry with nothing recorded yet, an institution
# that never joined, a target that cannot be a folder.
#
# A fresh registry (the founders only, no activity, project or meeting) still makes a whole
# site. IATI is configured, but the 2.03 schema requires one iati-activity at least: the file
# is not written, a warning says why, and data.html does not link it.
$ pymes -q -R empty.db init && printf '[publish]\niati_reporting_org = "XM-EXAMPLE-1"\niati_org_type = "40"\n' > iati.toml && pymes -c iati.toml -R empty.db publish site
! pymes: warning: iati-activities.xml was not written: no activity or project has a date, and an IATI file must hold one activity at least
! pymes: published 31 files (1 weekly digests) in site

$ ls site | grep -c iati; grep -c iati site/data.html
0
0
? 1

$ python3 $E2E/site_check.py site | tail -1 && ls site/annual && grep -o '<h2>[^<]*</h2>' site/annual/1996.html
21 pages, 0 problems
1996.html
index.html
<h2>The year in figures</h2>
<h2>Accessions and withdrawals</h2>
<h2>Meetings held (0)</h2>
<h2>Projects by status (0)</h2>
<h2>Activities by area and institution (0)</h2>
<h2>Highlights (0)</h2>
<h2>Parties that recorded no activity in 1996 (11)</h2>

# With one dated activity, the file is there and valid.
$ pymes -q -R empty.db activity add --institution SELA --area training --title "Taller" --start 2026-03-02 --status done > /dev/null && pymes -c iati.toml -q -R empty.db publish site && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd site/iati-activities.xml && grep -c 'href="iati-activities.xml"' site/data.html
1
! site/iati-activities.xml validates

# An institution that never joined has its page, with no history, and stays out of the
# agreement's status table.
$ pymes -q -R empty.db institution add NUEVA --name "Institución Nueva" > /dev/null && pymes -q -R empty.db publish site && sed -n '/<h2>Membership/,/<h2>Activities/p' site/institutions/NUEVA.html && grep -c NUEVA site/index.html
<h2>Membership of the agreement</h2>
<p>None.</p>
<h2>Activities</h2>
0
? 1

# A target whose folder cannot be made (its parent is a file): refused with exit 73 (cannot
# create), nothing written anywhere.
$ touch afile && pymes -R empty.db publish afile/site; echo "exit $?"; ls -a | grep -c new
! pymes: error: cannot create a folder beside afile/site: Not a directory
exit 73
0
? 1

# Issue 28: publish replaces only what its previous run wrote. The site lists its files in
# .pymes-manifest; the next run removes what that list names and it no longer writes (the
# calendar of a removed meeting), and keeps every other file: a CNAME, an uploads/ folder
# (empty folders too), a note beside pymes's own calendars.
$ pymes -q -R reg.db init && pymes -q -R reg.db meeting add --date 2026-12-10 --title Reunión > /dev/null && pymes -q -R reg.db publish www && ls www/meetings && sed -n '1,4p' www/.pymes-manifest && grep -c '' www/.pymes-manifest
1.ics
all.ics
# The files `pymes publish` wrote here. The next publication replaces or removes only
# these, and keeps every other file of this folder.
activities.html
annual/1996.html
35

$ echo acuerdo.example.org > www/CNAME && mkdir -p www/uploads/empty && echo pdf > www/uploads/acta.pdf && echo mine > www/meetings/notes.txt && pymes -q -R reg.db meeting remove 1 && pymes -q -R reg.db publish www && ls www/meetings && cat www/CNAME && find www/uploads | sort && grep -c 'CNAME\|uploads\|notes' www/.pymes-manifest; ls -a | grep -c new
all.ics
notes.txt
acuerdo.example.org
www/uploads
www/uploads/acta.pdf
www/uploads/empty
0
0
? 1

# A file someone else put where the new run would write one (the calendar of a new meeting) is
# not overwritten: refused (73), nothing published.
$ echo theirs > www/meetings/1.ics && pymes -q -R reg.db meeting add --date 2026-12-11 > /dev/null && pymes -R reg.db publish www; echo "exit $?"; cat www/meetings/1.ics; ls www/meetings
! pymes: error: www holds meetings/1.ics, which pymes did not write; nothing was published
! pymes: hint: move it away, or publish into another folder
exit 73
theirs
1.ics
all.ics
notes.txt

# The registry inside the folder (or in a folder within it, or a hard link to it there) is
# refused (73) before anything is written: the next run would have deleted it, and the web
# server would serve it. Its records are all there.
$ rm www/meetings/1.ics && cp reg.db www/uploads/reg.db && pymes -R www/uploads/reg.db publish www; echo "exit $?"; pymes -R www/uploads/reg.db -f csv meeting list | cut -d, -f1,3
! pymes: error: the registry www/uploads/reg.db lies inside www; nothing was published
! pymes: hint: publish into a folder that does not hold the registry: a web server would serve it
exit 73
id,date
1,2026-12-11

$ rm www/uploads/reg.db && ln reg.db www/copy.db && pymes -R reg.db publish www; echo "exit $?"; rm www/copy.db
! pymes: error: the registry www/copy.db lies inside www; nothing was published
! pymes: hint: publish into a folder that does not hold the registry: a web server would serve it
exit 73

$ mkdir inner && pymes -q -R inner/reg.db init && pymes -R inner/reg.db publish .; echo "exit $?"; pymes -R "$PWD/inner/reg.db" publish inner/..; echo "exit $?"
! pymes: error: the registry inner/reg.db lies inside .; nothing was published
! pymes: hint: publish into a folder that does not hold the registry: a web server would serve it
exit 73
! pymes: error: the registry $WORK/inner/reg.db lies inside .; nothing was published
! pymes: hint: publish into a folder that does not hold the registry: a web server would serve it
exit 73

# A site of a pymes before the manifest (.pymes-site, no list): the files the new run writes are
# replaced, every other file is kept, and the manifest takes the old marker's place.
$ rm www/.pymes-manifest && touch www/.pymes-site && pymes -q -R reg.db publish www && ls -a www | head -4 && ls www/meetings
.
..
.pymes-manifest
CNAME
1.ics
all.ics
notes.txt

# Working folders that earlier runs left when they were killed (.NAME.new-PID-XXXXXX) are
# removed when their process is gone or they are a day old; a live run's, other names, files
# and those of another folder stay. An old pymes's (.NAME.new-XXXXXX) go after a day.
$ mkdir .www.new-4194305-a1b2c3 .www.new-$$-a1b2c4 .www.new-Zx9y8w .www.new-Old123 .www.new-7-toolong .www.other .web.new-4194305-a1b2c3 && touch .www.new-4194305-d4e5f6 && touch -d '2020-01-01' .www.new-Old123 && pymes -q -R reg.db publish www && ls -a | grep 'new\|other' | sed "s/-$$-/-LIVE-/" | sort
.web.new-4194305-a1b2c3
.www.new-4194305-d4e5f6
.www.new-7-toolong
.www.new-LIVE-a1b2c4
.www.new-Zx9y8w
.www.other
