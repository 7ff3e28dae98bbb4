# Workbooks (issue 16, SPEC §3, §4): the five-entity round trip through XLSX on the demo registry
# plus awkward values; a workbook re-imported is a no-op; --as; what is refused.
$ $E2E/../../examples/demo-registry demo.db && pymes -q -R demo.db institution add 007-ES --name "L'Oréal, \"fondo\"; uno" --scope '' --notes "$(printf 'línea 1\nlínea 2')" > /dev/null && printf 'ref,institution,area,title,description,tags\n0042,007-ES,info,"'"'"'=SUM(A1)","a, b; c",x;y\n,007-ES,training,-menos,"  espacios  ",\n,SELA,info,=1+1,1E10,\n' | pymes -q -R demo.db activity import - && pymes -q -R demo.db accede 007-ES --date 2020-01-01 --place "São Paulo" > /dev/null && pymes -q -R demo.db institution withdraw 007-ES --date 2021-01-01 > /dev/null && pymes -q -R demo.db accede 007-ES --date 2022-02-02 --reference "'=1" > /dev/null && echo built
built

$ for e in institution membership meeting activity project; do pymes -R demo.db $e export > $e.csv && pymes -R demo.db $e export --format xlsx -o $e.xlsx; done && pymes -q -R copy.db init --empty && for e in institution membership meeting activity project; do pymes -q -R copy.db $e import $e.xlsx; done && for e in institution membership meeting activity project; do pymes -R copy.db $e export | cmp - $e.csv && echo "$e: identical"; done
institution: identical
membership: identical
meeting: identical
activity: identical
project: identical

$ pymes -R copy.db -f csv log | wc -l > before && for e in institution membership meeting activity project; do pymes -R copy.db $e import $e.xlsx 2>&1 | grep -o ' 0 added, 0 updated'; done; pymes -R copy.db -f csv log | wc -l | cmp - before && echo "no history"
 0 added, 0 updated
 0 added, 0 updated
 0 added, 0 updated
 0 added, 0 updated
 0 added, 0 updated
no history

# A workbook from standard input is copied to a temporary file for libzip; when TMPDIR cannot
# take it (full: here a file size limit; missing), that is an input/output error (74), never
# "not a workbook" (issue 28).
$ mkdir -p spool && pymes -q -R big.db init && seq 3000 | sed 's/.*/,SELA,info,Taller número & de exportación y gestión,2026-01-05/; 1i ref,institution,area,title,start_on' | pymes -q -R big.db activity import - && pymes -R big.db activity export --format xlsx -o big.xlsx && test $(stat -c %s big.xlsx) -gt 65536 && echo big
big

$ (trap '' XFSZ; ulimit -f 64; TMPDIR=spool pymes -R big.db activity import --dry-run - < big.xlsx 2> err; echo "exit $?"); sed 's/pymes-import\.[A-Za-z0-9]*/pymes-import.XXXXXX/' err; ls spool | wc -l
exit 74
pymes: error: cannot copy the workbook from standard input to spool/pymes-import.XXXXXX: File too large
pymes: hint: check the space in TMPDIR, or set TMPDIR to a writable folder
0

$ TMPDIR=no-such-folder pymes -R big.db activity import - < big.xlsx
! pymes: error: cannot create a temporary file in no-such-folder: No such file or directory
! pymes: hint: set TMPDIR to a writable folder
? 74

$ TMPDIR=spool pymes -R big.db activity import --dry-run - < big.xlsx
! pymes: 3000 rows: 0 added, 0 updated, 3000 unchanged (dry run: nothing was written)

# Standard output, when it is not a terminal; a workbook from standard input.
$ pymes -R demo.db activity export --format xlsx | cmp - activity.xlsx > /dev/null; pymes -R demo.db activity export --format xlsx | pymes -R copy.db activity import -
! pymes: 31 rows: 0 added, 0 updated, 31 unchanged

# --as: the file speaks for one institution; a row about another is an error on its line.
$ pymes -R copy.db activity import --as SELA activity.xlsx 2>&1 | grep -c 'the file speaks for SELA'
27

$ printf 'id,institution,area,title\n2,SELA,info,robada\n,SELA,info,nueva\n,ALIDE,info,ajena\n' > as.csv && pymes -R copy.db activity import --as sela as.csv
! as.csv:2: institution: the file speaks for SELA (--as): activity 2 belongs to ALIDE
! as.csv:4: institution: the file speaks for SELA (--as): this row is about ALIDE
! pymes: error: 2 problems in as.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,area,lead,partners\nP,info,SELA,ALIDE;CLAMPI\nQ,info,ALIDE,SELA\n' | pymes -R copy.db project import --as SELA --dry-run
! -:3: lead: the file speaks for SELA (--as): this row is about ALIDE
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,date\nsin anfitrión,2026-01-01\n' | pymes -R copy.db meeting import --as SELA
! -:2: host: the file speaks for SELA (--as): this row names no institution in 'host'
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,area,institution\nmía,info,sela\n' | pymes -R copy.db activity import --as SELA && pymes -R copy.db -f csv log --limit 1 | cut -d, -f3-
! pymes: 1 row: 1 added, 0 updated, 0 unchanged
action,entity,key,changes
import,activity,-,"{""rows"":[null,""1""],""added"":[null,""1""],""updated"":[null,""0""],""as"":[null,""SELA""]}"

$ pymes -R copy.db activity import --as SELX as.csv
! pymes: error: --as: no institution has the code SELX
! pymes: hint: did you mean SELA?
? 65

# Refusals: a workbook for the terminal; a zip that is no workbook; damaged XML; --excel.
$ printf 'x' > x.txt && python3 -c 'import zipfile; z = zipfile.ZipFile("notbook.xlsx", "w"); z.write("x.txt"); z.close()' && pymes -R copy.db activity import notbook.xlsx
! pymes: error: notbook.xlsx is a zip archive but not a workbook (no xl/workbook.xml)
! pymes: hint: save it again from the spreadsheet as .xlsx (Excel Workbook), or export CSV
? 65

# A file named .xlsx that is not even a zip (a CSV renamed, a web page saved under that name).
$ printf 'ref,title\n1,x\n' > renamed.xlsx && pymes -R copy.db activity import renamed.xlsx
! pymes: error: renamed.xlsx is named .xlsx but is not a workbook
! pymes: hint: save it again from the spreadsheet as .xlsx (Excel Workbook), or export CSV
? 65

$ python3 -c '
> import zipfile
> src = zipfile.ZipFile("activity.xlsx"); z = zipfile.ZipFile("broken.xlsx", "w")
> for n in src.namelist(): z.writestr(n, src.read(n)[:-20] if n == "xl/worksheets/sheet1.xml" else src.read(n))
> z.close()' && pymes -R copy.db activity import broken.xlsx
! pymes: error: broken.xlsx: the part xl/worksheets/sheet1.xml is not well-formed XML (line 2: unclosed token)
! pymes: hint: save it again from the spreadsheet as .xlsx (Excel Workbook), or export CSV
? 65

$ pymes -R copy.db activity export --format xlsx --excel -o a.xlsx
! pymes: error: --excel writes CSV; it does not go with --format xlsx
? 64

# --as on institutions and membership rows: the institution's own code only.
$ printf 'code,name\nSELA,Sela\nALIDE,Alide\n' | pymes -R copy.db institution import --as SELA --dry-run
! -:3: code: the file speaks for SELA (--as): this row is about ALIDE
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ pymes -R copy.db membership import --as SELA membership.xlsx 2>&1 | grep -c 'the file speaks for SELA'
18

# --as touches only what is the institution's own (issue 28): a project may name as its meeting
# only one the institution hosts (a project blocks the removal of its meeting), and partners or
# attendees only institutions with a membership record (which can never be removed anyway). A
# link the record holds already stays. The coordinator, without --as, may link anything.
$ pymes -q -R copy.db meeting add --date 2027-03-01 --host ALIDE > /dev/null && pymes -q -R copy.db meeting add --date 2027-04-01 --host SELA > /dev/null && pymes -q -R copy.db institution add NUEVA --name Nueva > /dev/null && pymes -R copy.db -f csv meeting list --from 2027-01-01 | cut -d, -f1,3,10
id,date,host
3,2027-03-01,ALIDE
4,2027-04-01,SELA

$ printf 'ref,title,area,lead,meeting,partners\nP-1,Otro anfitrión,info,SELA,3,\nP-2,Propia,info,SELA,4,ALIDE;NUEVA\n' > links.csv && pymes -R copy.db project import --as SELA links.csv; printf 'title,date,host,attendees\nReunión,2027-05-01,SELA,ALIDE;NUEVA\n' | pymes -R copy.db meeting import --as SELA
! links.csv:2: meeting: the file speaks for SELA (--as): meeting 3 is hosted by ALIDE; only an import without --as or `project edit` can link a project to it
! links.csv:3: partners: the file speaks for SELA (--as): NUEVA has never been a party; only an import without --as or an edit can name it
! pymes: error: 2 problems in links.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
! -:2: attendees: the file speaks for SELA (--as): NUEVA has never been a party; only an import without --as or an edit can name it
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# The coordinator (an import without --as) links P-1 to ALIDE's meeting and names ALIDE a
# partner; SELA's file may then say the same again: a link the record holds already stays.
$ printf 'ref,title,area,lead,meeting,partners\nP-1,Otro anfitrión,info,SELA,3,\nP-2,Propia,info,SELA,4,ALIDE\n' > links.csv && pymes -R copy.db project import links.csv && pymes -R copy.db project import --as SELA links.csv
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged
! pymes: 2 rows: 0 added, 0 updated, 2 unchanged
