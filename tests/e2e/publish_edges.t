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
