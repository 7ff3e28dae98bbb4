# The five-entity round trip on the demo registry plus awkward values (issue 14, SPEC §4):
# export everything, `init --empty`, import institutions, membership, then the rest, export
# again: byte-identical; importing the exports again changes nothing and writes no history.
$ $E2E/../../examples/demo-registry demo.db && pymes -q -R demo.db institution add 007-ES --name "L'Oréal, \"fondo\"; uno" --scope '' --notes "$(printf 'línea 1\nlínea 2')" > /dev/null && printf 'ref,institution,area,title,description,tags\n0042,007-ES,info,"'"'"'=SUM(A1)","a, b; c",x;y\n,007-ES,training,-menos,"  espacios  ",\n,SELA,info,@arroba,"""comillas"" y ñandú",\n' | pymes -q -R demo.db activity import - && pymes -q -R demo.db accede 007-ES --date 2020-01-01 --place "São Paulo" > /dev/null && pymes -q -R demo.db institution withdraw 007-ES --date 2021-01-01 > /dev/null && pymes -q -R demo.db accede 007-ES --date 2022-02-02 --reference "'=1" > /dev/null && echo built
built

$ for e in institution membership meeting activity project; do pymes -R demo.db $e export > $e.csv; done && pymes -q -R copy.db init --empty && for e in institution membership meeting activity project; do pymes -q -R copy.db $e import $e.csv; done && for e in institution membership meeting activity project; do pymes -R copy.db $e export | cmp - $e.csv && echo "$e: identical"; done
institution: identical
membership: identical
meeting: identical
activity: identical
project: identical

$ pymes -R copy.db -f csv log | wc -l > before && for e in institution membership meeting activity project; do pymes -R copy.db $e import $e.csv 2>&1 | grep -o ' 0 added, 0 updated'; done; pymes -R copy.db -f csv log | wc -l | cmp - before && echo "no history"
 0 added, 0 updated
 0 added, 0 updated
 0 added, 0 updated
 0 added, 0 updated
 0 added, 0 updated
no history

# The status table as of any date is the same in both.
$ for d in 2005-01-01 2010-01-01 2021-06-01 2026-11-25; do pymes -R demo.db -f csv institution list --as-of $d | cmp - <(pymes -R copy.db -f csv institution list --as-of $d) && echo "$d: same"; done
2005-01-01: same
2010-01-01: same
2021-06-01: same
2026-11-25: same

# A file a person wrote leaves status and recorded_on empty: added with the defaults of `add`,
# and the same file imported again (another day) changes nothing.
$ pymes -q init && printf 'id,ref,institution,area,title,status,recorded_on\n,X1,SELA,training,Hecho a mano,,\n' > hand.csv && pymes activity import hand.csv && pymes --today 2026-11-30 activity import hand.csv && pymes -f csv --columns ref,status,recorded_on activity list --search mano
ref,status,recorded_on
X1,planned,2026-11-25
! pymes: 1 row: 1 added, 0 updated, 0 unchanged
! pymes: 1 row: 0 added, 0 updated, 1 unchanged
