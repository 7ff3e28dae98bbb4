# The annual report (issue 18, item 5; SPEC §10) on the demo registry, built as of 2026-11-25.
$ $E2E/../../examples/demo-registry demo.db && echo built
built

# Every format and language against its golden file; the same arguments give the same bytes.
$ for f in text markdown html json; do for l in es en pt; do pymes -R demo.db report --year 2026 --format $f --language $l > report.$l.$f; cmp report.$l.$f $E2E/golden/report.$l.$f || echo "differs: $l $f"; done; done; pymes -R demo.db report --year 2026 --format html --language es | cmp - report.es.html && echo same bytes
same bytes

# JSON is for programs: the same bytes in every language; -f json says the same as --format json.
$ cmp report.es.json report.en.json && cmp report.es.json report.pt.json && pymes -R demo.db -f json report --year 2026 | cmp - report.es.json && echo one JSON
one JSON

# The keys SPEC §10 names.
$ python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["year"], d["activities"]["total"], d["activities"]["by_area"], len(d["activities"]["by_institution"]), d["budgets"], d["silent_parties"], d["membership"]["parties_at_end"], d["meetings"]["held"], d["projects"]["total"])' < report.es.json
2026 25 {'information': 5, 'management': 5, 'training': 5, 'technology-transfer': 5, 'public-policy': 5} 10 [{'currency': 'EUR', 'total': '12000.50'}, {'currency': 'USD', 'total': '25000.00'}] ['EJEMPLO-PE', 'MIPYMES-MERCOSUR', 'PARLATINO', 'TIPS'] 14 1 2

# The HTML page parses strictly with html5lib, is self-contained, prints on A4, and each chart
# has a name and a table for screen readers; in a real browser (headless Chromium, in an iframe
# 400 px wide) nothing scrolls sideways, in any language. The browser runs on the real clock:
# in the run a year ahead, Python under libfaketime with a fresh HOME never got Chromium's
# answer (narrow_check.py strips LD_PRELOAD for Chromium only), so it is not preloaded at all.
$ for l in es en pt; do python3 $E2E/report_html_check.py < report.$l.html; done
ok
ok
ok

$ env -u LD_PRELOAD python3 $E2E/narrow_check.py report.es.html 400
ok

$ env -u LD_PRELOAD python3 $E2E/narrow_check.py report.en.html 400
ok

$ env -u LD_PRELOAD python3 $E2E/narrow_check.py report.pt.html 400
ok

# Without the boxes its tables scroll in the same page does scroll: the check can fail.
$ sed 's/\.table{max-width:100%;overflow-x:auto;/.table{/' report.es.html > wide.html && env -u LD_PRELOAD python3 $E2E/narrow_check.py wide.html 360 | head -1 | cut -d: -f1
scrolls sideways at 360 px

# The report's totals are the list commands' counts: the year under way, the one before, and
# 2009 (a withdrawal).
$ python3 $E2E/report_counts.py demo.db 2009 2025 2026
ok

# The counting rules where the registry holds the awkward cases: a cancelled project's budget is
# left out of the totals (shown in its status), an undated project counts in the year the
# history shows it proposed, one dated by its start alone and completed counts in that year
# only, a cancelled meeting is no meeting held, a withdrawal is a membership change.
$ cp demo.db rules.db && pymes -q -R rules.db project add --title Cancelado --area training --lead SELA --status cancelled --start 2026-02-01 --end 2026-03-01 --budget 5000 --currency USD > /dev/null && pymes -q -R rules.db project add --title "Sin fechas" --area information --lead ALIDE --budget 100 --currency BRL > /dev/null && pymes -q -R rules.db project add --title Antiguo --area management --lead INTAL --status completed --start 2020-03-01 --budget 700 --currency USD > /dev/null && pymes -q -R rules.db meeting add --date 2026-06-01 --title Suspendida --status cancelled > /dev/null && pymes -q -R rules.db institution withdraw TIPS --date 2026-10-01 > /dev/null && echo added
added

$ pymes -R rules.db report --year 2026 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["budgets"], d["projects"]["by_status"]["cancelled"], [p["title"] for p in d["projects"]["items"]], d["meetings"]["held"], d["meetings"]["cancelled"], d["membership"]["withdrawals"], d["silent_parties"])'
[{'currency': 'BRL', 'total': '100.00'}, {'currency': 'EUR', 'total': '12000.50'}, {'currency': 'USD', 'total': '25000.00'}] {'count': 1, 'budgets': [{'currency': 'USD', 'total': '5000.00'}]} ['Sin fechas', 'Red regional de centros de capacitación', 'Observatorio de políticas pyme', 'Cancelado'] 1 1 1 ['EJEMPLO-PE', 'MIPYMES-MERCOSUR', 'PARLATINO']

$ pymes -R rules.db report --year 2020 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print([p["title"] for p in d["projects"]["items"]], d["budgets"], d["previous_year"]["projects"])'
['Antiguo'] [{'currency': 'USD', 'total': '700.00'}] 0

$ python3 $E2E/report_counts.py rules.db 2020 2021 2025 2026
ok

# Long words wrap (issue 18, item 10): a 32-character code in the table and the charts, a
# 100-character word and a long URL in a highlight do not make a 360-pixel phone scroll sideways.
$ pymes -q -R rules.db accede INSTITUTO-NACIONAL-DE-LA-PEQUENA --date 2026-02-01 --name "Instituto Nacional de la Pequeña y Mediana Empresa de la República" > /dev/null && pymes -q -R rules.db activity add --institution INSTITUTO-NACIONAL-DE-LA-PEQUENA --area tech --title "Informe $(printf 'x%.0s' $(seq 100)) en https://www.example.org/pymes/documentos/2026/capacitacion/informe-final-del-taller-regional.pdf" --start 2026-05-01 --highlight > /dev/null && pymes -R rules.db report --year 2026 --format html > long.html && python3 $E2E/report_html_check.py < long.html
ok

$ env -u LD_PRELOAD python3 $E2E/narrow_check.py long.html 360
ok

# The year the agreement was signed has no previous year; its founding signatures are its
# membership changes.
$ pymes -R demo.db report --year 1996 --language en | sed -n '/The year in figures/,/Parties to the agreement/p' | head -20
The year in figures
-------------------
Figure                    1996
------------------------------
Parties at the close        11
Founding signatures         11
Accessions                   0
Withdrawals                  0
Meetings held                0
Projects                     0
Activities                   0
Highlighted activities       0
Parties with no activity    11
No previous year: the agreement was signed on 10 December 1996.

Accessions and withdrawals
--------------------------
Parties: 0 on 31 December 1995, 11 on 31 December 1996.
- Alide (ALIDE): founding signature on 10 December 1996, Arequipa
- Clampi (CLAMPI): founding signature on 10 December 1996, Arequipa

# -o writes the file atomically and prints nothing.
$ pymes -R demo.db report --year 2026 --format markdown --language es -o informe.md && cmp informe.md $E2E/golden/report.es.markdown && echo written
written

# Refusals: a year before the agreement, a year not begun, what is not a year, no year, an
# unknown format, the registry as output.
$ pymes -R demo.db report --year 1995
! pymes: error: --year 1995: the agreement was signed on 1996-12-10
! pymes: hint: give a year from 1996 on
? 64

$ pymes -R demo.db report --year 2027
! pymes: error: --year 2027: that year has not begun (today is 2026-11-25)
! pymes: hint: give a year from 1996 to 2026
? 64

$ pymes -R demo.db report --year 26
! pymes: error: --year: '26' is not a year
! pymes: hint: write four digits: --year 2026
? 64

$ pymes -R demo.db report
! pymes: error: --year is required
! pymes: hint: see `pymes report --help`
? 64

$ pymes -R demo.db report --year 2026 --format pdf
! pymes: error: --format: pdf not in {text,markdown,html,json}
! pymes: hint: see `pymes report --help`
? 64

$ pymes -R demo.db report --year 2026 -o demo.db
! pymes: error: demo.db is the registry; it was left as it was
! pymes: hint: name another file with -o
? 73
