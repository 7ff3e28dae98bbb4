# The weekly digest (issue 6), on a registry this test builds, written as of 2026-11-25. The
# transcripts run in English (LANGUAGE=en); the digest is asked for in Spanish with --language es.
$ pymes -q init && pymes -q institution import $E2E/data/digest/institutions.csv && pymes -q membership import $E2E/data/digest/membership.csv && pymes -q meeting import $E2E/data/digest/meetings.csv && pymes -q activity import $E2E/data/digest/activities.csv && pymes -f csv activity list | wc -l
9

$ pymes -q project add --title "Red de centros de capacitación" --area training --lead SELA --partner ALIDE --meeting 1 --budget 25000 --currency USD --status approved --end 2026-12-15 --on 2026-11-19 > /dev/null && pymes -q project add --title Observatorio --area public-policy --lead CAF --on 2026-11-19 > /dev/null && pymes -q project edit 2 --status active --on 2026-11-19 > /dev/null && pymes -q project add --title "Portal antiguo" --area information --lead ALIDE --status completed --on 2026-10-01 > /dev/null

# A status took effect on the day --on says (issue 27), whatever day it was recorded: the digest
# is the same every day.
$ pymes digest --language es --as-of 2026-11-25
Acuerdo Marco de Cooperación Pymes: resumen semanal
===================================================
Semana 2026-W47: del 16 al 22 de noviembre de 2026. Situación al 25 de
noviembre de 2026.

Adhesiones y retiros
--------------------
- Corporación Andina de Fomento (CAF): adhesión el 18 de noviembre de
  2026, Caracas (Nota 5/2026)
- Agencia Española de Cooperación (AECID): retiro el 20 de noviembre de
  2026
- Banco Centroamericano de Integración Económica (BCIE): adhesión
  registrada esta semana, con fecha 15 de septiembre de 2026,
  Tegucigalpa (Nota 2/2026)
- Olamp (OLAMP): retiro registrado esta semana, con fecha 30 de octubre
  de 2026 (Carta 7)

Reuniones del período
---------------------
- 20 de noviembre de 2026, 10:00 (America/Lima): Reunión de coordinación
  <XXX>, Lima (PE); anfitrión SELA
  Participan: ALIDE, CAF, SELA
  Proyectos seleccionados: #1 Red de centros de capacitación

Próximas reuniones
------------------
- 10–11 de diciembre de 2026: Reunión de coordinación, Arequipa (PE);
  anfitrión BOLIVAR
  Participan: INTAL, SELA

Proyectos nuevos o con cambio de estado
---------------------------------------
- #1 Red de centros de capacitación (SELA, capacitación): nuevo,
  aprobado
- #2 Observatorio (CAF, políticas públicas): nuevo, activo

Proyectos que terminan pronto
-----------------------------
- #1 Red de centros de capacitación (SELA, capacitación): termina el 15
  de diciembre de 2026

Actividades registradas (3)
---------------------------
Por área: información 1, administración y gestión 0, capacitación 1,
transferencia tecnológica 0, políticas públicas 1

Información
  Intal (INTAL)
  - Base de datos de normas técnicas, 1 de marzo de 2027 (planificada)

Capacitación
  Sela (SELA)
  - Curso de gestión financiera, 1 de febrero de 2027 (planificada)

Políticas públicas
  Corporación Andina de Fomento (CAF)
  - Guía de compras públicas para pymes (en curso)

Actividades en el período (4)
-----------------------------
Por área: información 1, administración y gestión 0, capacitación 1,
transferencia tecnológica 1, políticas públicas 1

Información
  Alide (ALIDE)
  - Boletín trimestral, 1 de noviembre – 31 de diciembre de 2026 (en
    curso)

Capacitación
  Sela (SELA)
  * Taller de exportación para pymes de la región andina y del Caribe
    con énfasis en comercio electrónico, 17–20 de noviembre de 2026
    (realizada)

Transferencia tecnológica
  Intal (INTAL)
  - Misión técnica, 16 de noviembre de 2026 (realizada)

Políticas públicas
  Corporación Andina de Fomento (CAF)
  * Consulta pública sobre crédito pyme, 22 de noviembre de 2026
    (planificada)

Totales
-------
Partes del acuerdo: 12
Proyectos activos: 1
Actividades en 2026: 4

# Every format and language against its golden file; the same arguments give the same bytes.
$ for f in text markdown html json; do for l in es en pt; do pymes digest --as-of 2026-11-25 --format $f --language $l > digest.$l.$f; cmp digest.$l.$f $E2E/golden/digest.$l.$f || echo "differs: $l $f"; done; done; pymes digest --language es --as-of 2026-11-25 --format html | cmp - digest.es.html && echo same bytes
same bytes

$ pymes digest --as-of 2026-11-25 --format html | python3 $E2E/html_check.py
ok

$ pymes digest --as-of 2026-11-25 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["week"], d["from"], d["to"], d["empty"], {k: v["total"] for k, v in d.items() if isinstance(v, dict) and "total" in v}, d["totals"])'
2026-W47 2026-11-16 2026-11-22 False {'membership': 2, 'membership_recorded_late': 2, 'meetings_held': 1, 'meetings_upcoming': 1, 'projects_changed': 2, 'projects_ending': 1, 'activities_recorded': 3, 'activities_taking_place': 4} {'parties': 12, 'active_projects': 1, 'activities_this_year': 4}

# At most digest.max_items a section, then the command that lists them all; counts by area stay complete.
$ printf '[digest]\nmax_items = 1\n' > cap.toml && pymes -c cap.toml digest --as-of 2026-11-25 --language en | sed -n '/Activities recorded/,/Totals/p'
Activities recorded (3)
-----------------------
By area: information 1, management 0, training 1, technology transfer 0,
public policy 1

Information
  Intal (INTAL)
  - Base de datos de normas técnicas, 1 March 2027 (planned)
and 2 more, listed by:
  pymes activity list --recorded-from 2026-11-16 \
    --recorded-to 2026-11-22 --not-taking-place

Activities taking place (4)
---------------------------
By area: information 1, management 0, training 1, technology transfer 1,
public policy 1

Information
  Alide (ALIDE)
  - Boletín trimestral, 1 November – 31 December 2026 (ongoing)
and 3 more, listed by:
  pymes activity list --from 2026-11-16 --to 2026-11-22

Totals

# With two lists cut short in one section, each "more" follows its own list.
$ pymes -c cap.toml digest --as-of 2026-11-25 --language en | sed -n '/Accessions/,/Meetings in/p'
Accessions and withdrawals
--------------------------
- Corporación Andina de Fomento (CAF): accession on 18 November 2026,
  Caracas (Nota 5/2026)
and 1 more, listed by:
  pymes membership list --from 2026-11-16 --to 2026-11-22 \
    --as-of 2026-11-25
- Banco Centroamericano de Integración Económica (BCIE): accession
  recorded this week, dated 15 September 2026, Tegucigalpa (Nota 2/2026)
and 1 more, listed by:
  pymes membership list --recorded-from 2026-11-16 \
    --recorded-to 2026-11-22 --to 2026-11-15 --as-of 2026-11-25 \
    --kind accession --kind withdrawal

Meetings in the period

# Each section's command lists exactly what the section counted (issue 18, item 9): run every
# printed command with -f csv and count its rows, for last week, this week and a month.
$ for p in "--week 2026-W47" "--week 2026-W48" "--from 2026-11-01 --to 2026-11-30"; do pymes digest --as-of 2026-11-25 $p --format json | python3 -c '
> import csv, io, json, shlex, subprocess, sys
> d = json.load(sys.stdin)
> for key, s in d.items():
>     if isinstance(s, dict) and "command" in s:
>         out = subprocess.run(shlex.split(s["command"]) + ["-f", "csv"], capture_output=True, text=True, check=True).stdout
>         listed = len(list(csv.reader(io.StringIO(out)))) - 1
>         print(d["from"], key, s["total"], "listed" if listed == s["total"] else f"but the command lists {listed}")
> '; done
2026-11-16 membership 2 listed
2026-11-16 membership_recorded_late 2 listed
2026-11-16 meetings_held 1 listed
2026-11-16 meetings_upcoming 1 listed
2026-11-16 projects_changed 2 listed
2026-11-16 projects_ending 1 listed
2026-11-16 activities_recorded 3 listed
2026-11-16 activities_taking_place 4 listed
2026-11-23 membership 0 listed
2026-11-23 membership_recorded_late 0 listed
2026-11-23 meetings_held 0 listed
2026-11-23 meetings_upcoming 1 listed
2026-11-23 projects_changed 0 listed
2026-11-23 projects_ending 1 listed
2026-11-23 activities_recorded 0 listed
2026-11-23 activities_taking_place 1 listed
2026-11-01 membership 2 listed
2026-11-01 membership_recorded_late 2 listed
2026-11-01 meetings_held 1 listed
2026-11-01 meetings_upcoming 1 listed
2026-11-01 projects_changed 2 listed
2026-11-01 projects_ending 1 listed
2026-11-01 activities_recorded 3 listed
2026-11-01 activities_taking_place 4 listed

# An empty period says so in one line; with --quiet-if-empty, nothing at all, and exit 0.
$ pymes digest --language es --as-of 2026-11-25 --week 2026-W10
Acuerdo Marco de Cooperación Pymes: resumen semanal
===================================================
Semana 2026-W10: del 2 al 8 de marzo de 2026. Situación al 25 de
noviembre de 2026.

Sin novedades en este período.

$ pymes digest --as-of 2026-11-25 --week 2026-W10 --quiet-if-empty; echo "exit $? bytes $(pymes digest --as-of 2026-11-25 --week 2026-W10 --quiet-if-empty | wc -c)"
exit 0 bytes 0

$ pymes digest --as-of 2026-11-25 --week 2026-W10 --quiet-if-empty -o empty.html; ls empty.html 2>&1 | head -1
ls: cannot access 'empty.html': No such file or directory

# Weeks: 53 exists in 2026 and runs into 2027; week 60 does not; ranges must run forwards.
$ pymes digest --as-of 2026-11-25 --week 2026-W53 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["week"], d["from"], d["to"])'
2026-W53 2026-12-28 2027-01-03

$ pymes digest --as-of 2026-11-25 --week 2027-W01 --language en | sed -n 3p; pymes digest --as-of 2026-11-25 --week 2026-W53 --language en | sed -n 3p; pymes digest --as-of 2026-11-25 --from 2026-11-30 --to 2026-12-05 --language es | sed -n 3p; pymes digest --as-of 2026-11-25 --from 2026-11-30 --to 2026-11-30 --language pt | sed -n 3p
Week 2027-W01: 4 to 10 January 2027. As of 25 November 2026.
Week 2026-W53: 28 December 2026 to 3 January 2027. As of 25 November
Del 30 de noviembre al 5 de diciembre de 2026. Situación al 25 de
Em 30 de novembro de 2026. Situação em 25 de novembro de 2026.

$ pymes digest --week 2025-W53
! pymes: error: --week: '2025-W53' is not an ISO week
! pymes: hint: write YYYY-Www of a week that exists (2026-W48; W53 only in long years), last or this
? 64

$ pymes digest --week 2026-W60
! pymes: error: --week: '2026-W60' is not an ISO week
! pymes: hint: write YYYY-Www of a week that exists (2026-W48; W53 only in long years), last or this
? 64

$ pymes digest --from 2026-11-20 --to 2026-11-10
! pymes: error: --to 2026-11-10 is before --from 2026-11-20
? 64

$ pymes digest --week 2026-W47 --from 2026-11-20
! pymes: error: give either --week or --from/--to, not both
? 64

$ pymes digest --from 2026-11-01 --to 2026-11-30 --as-of 2026-11-25 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["week"], d["from"], d["to"], d["activities_recorded"]["total"])'
None 2026-11-01 2026-11-30 3

# --as-of is a day the registry lived: not before the agreement, not after today (issue 27).
$ pymes digest --as-of 2026-11-30
! pymes: error: --as-of: 2026-11-30 is outside the registry's time: give a day from 1996-12-10 (the agreement) to 2026-11-25 (today)
! pymes: hint: see `pymes digest --help`
? 64

# -o writes atomically, and refuses a folder that does not exist.
$ pymes digest --language es --as-of 2026-11-25 --format html -o resumen.html && cmp resumen.html digest.es.html && ls -a | grep '\.tmp-' | wc -l
0

$ pymes digest --as-of 2026-11-25 -o no/such/folder/resumen.txt
! pymes: error: cannot create no/such/folder/resumen.txt: No such file or directory
! pymes: hint: check that the folder exists and is writable
? 73

# A span within a month says the month and year once; across months, the year once; across
# years, both dates whole.
$ pymes -q activity add --institution SELA --area training --title "Curso de verano" --start 2026-12-30 --end 2027-01-02 > /dev/null && pymes -q activity add --institution SELA --area training --title "Ciclo de charlas" --start 2026-12-28 --end 2026-12-31 > /dev/null && pymes digest --language es --as-of 2026-11-25 --week 2026-W53 | grep -A1 -E "Curso de verano|Ciclo de charlas"
  - Ciclo de charlas, 28–31 de diciembre de 2026 (planificada)
  - Curso de verano, 30 de diciembre de 2026 – 2 de enero de 2027
    (planificada)

# Statuses agree with what they describe (issue 13): a cancelled project is "cancelado", a
# cancelled activity "cancelada", in Spanish and in Portuguese.
$ pymes -q project edit 2 --status cancelled > /dev/null && pymes -q activity add --institution SELA --area training --title "Feria suspendida" --start 2026-11-24 --status cancelled > /dev/null && for l in es pt en; do pymes digest --as-of 2026-11-25 --week this --language $l | grep -E "Observatorio|Feria"; done
- #2 Observatorio (CAF, políticas públicas): activo → cancelado
  - Feria suspendida, 24 de noviembre de 2026 (cancelada)
- #2 Observatorio (CAF, políticas públicas): ativo → cancelado
  - Feria suspendida, 24 de novembro de 2026 (cancelada)
- #2 Observatorio (CAF, public policy): active → cancelled
  - Feria suspendida, 24 November 2026 (cancelled)

# An instrument that arrives late (recorded today, dated two months ago) is in this week's
# digest on its own line, in the words of a week or of another period; the participle agrees
# with the event. Annulled, it is gone.
$ pymes -q accede BID --name "Banco Interamericano de Desarrollo" --date 2026-09-30 --place Washington --reference "Nota 9" > /dev/null && for l in es pt en; do pymes digest --week this --language $l | grep -A1 BID; done; pymes digest --language es --from 2026-11-23 --to 2026-11-25 | grep -A1 BID
- Banco Interamericano de Desarrollo (BID): adhesión registrada esta
  semana, con fecha 30 de septiembre de 2026, Washington (Nota 9)
- Banco Interamericano de Desarrollo (BID): adesão registrada nesta
  semana, com data de 30 de setembro de 2026, Washington (Nota 9)
- Banco Interamericano de Desarrollo (BID): accession recorded this
  week, dated 30 September 2026, Washington (Nota 9)
- Banco Interamericano de Desarrollo (BID): adhesión registrada en este
  período, con fecha 30 de septiembre de 2026, Washington (Nota 9)

$ pymes -q institution withdraw CAF --date 2026-11-21 > /dev/null && pymes digest --language es --week this | grep -A1 "(CAF): retiro" && pymes -f json digest --week this | python3 -c 'import json, sys; d = json.load(sys.stdin); print([(i["code"], i["event"], i["date"], i["recorded_on"]) for i in d["membership_recorded_late"]["items"]])'
- Corporación Andina de Fomento (CAF): retiro registrado esta semana,
  con fecha 21 de noviembre de 2026
[('BID', 'accession', '2026-09-30', '2026-11-25'), ('CAF', 'withdrawal', '2026-11-21', '2026-11-25')]

$ pymes membership annul $(pymes -f csv membership list BID | tail -1 | cut -d, -f1) --reason "Nota duplicada" && pymes digest --week this | grep BID | wc -l
0
! pymes: annulled event 17 (accession of BID on 2026-09-30)

# The HTML wraps long words (issue 18, item 10): a 100-character word and a long URL in a title
# do not make a 360-pixel phone scroll sideways, measured by headless Chromium in an iframe of
# that width; the same page without its wrapping styles does scroll (the check can fail).
$ pymes -q activity add --institution SELA --area training --title "Informe $(printf 'x%.0s' $(seq 100)) en https://www.example.org/pymes/documentos/2026/capacitacion/informe-final-del-taller-regional.pdf" --start 2026-11-24 > /dev/null && pymes digest --week this --format html > long.html && env -u LD_PRELOAD python3 $E2E/narrow_check.py long.html 360 && python3 $E2E/html_check.py < long.html
ok
ok

$ sed 's/overflow-wrap:break-word;//g; s/table-layout:fixed;//g' long.html | env -u LD_PRELOAD python3 $E2E/narrow_check.py - 360 | head -1 | cut -d: -f1
scrolls sideways at 360 px

$ for l in es en pt; do env -u LD_PRELOAD python3 $E2E/narrow_check.py $E2E/golden/digest.$l.html 360; done
ok
ok
ok

# --not-taking-place is about a recorded span: alone it is a usage error.
$ pymes activity list --not-taking-place
! pymes: error: --not-taking-place needs --recorded-from or --recorded-to
? 64
