# language: es
# membership notice (issue 18, item 4): the depositary's notification of an accession or a
# withdrawal, numbered per year in the order the registry recorded the events.
$ pymes -q init && pymes -q institution import $E2E/data/digest/institutions.csv && pymes -q membership import $E2E/data/digest/membership.csv && pymes -f csv membership list | grep -v founding
id,institution,kind,date,place,reference
12,AECID,accession,2003-10-15,Madrid,
13,AECID,withdrawal,2026-11-20,,
15,BCIE,accession,2026-09-15,Tegucigalpa,Nota 2/2026
14,CAF,accession,2026-11-18,Caracas,Nota 5/2026
16,OLAMP,withdrawal,2026-10-30,,Carta 7

$ pymes membership notice 15
Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones
Latinoamericanas de Apoyo al Desarrollo de las Pymes (Arequipa, 10 de
diciembre de 1996)

Notificación del depositario 3/2026
===================================

Adhesión de Banco Centroamericano de Integración Económica (BCIE)

El depositario comunica a las Partes que Banco Centroamericano de
Integración Económica (BCIE) se adhirió al Acuerdo el 15 de septiembre
de 2026.

Institución: Banco Centroamericano de Integración Económica (BCIE)
País:        HN
Instrumento: adhesión
Fecha:       15 de septiembre de 2026
Lugar:       Tegucigalpa
Referencia:  Nota 2/2026

Tras esta adhesión, el Acuerdo cuenta con 13 Partes al 15 de septiembre
de 2026.

$ pymes membership notice 16 --language en --format markdown | sed 's/^/| /'
| _Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las Pymes (Arequipa, 10 December 1996)_
| 
| # Depositary notification 1/2026
| 
| ## Withdrawal of Olamp (OLAMP)
| 
| The depositary informs the Parties that Olamp (OLAMP) withdrew from the Agreement on 30 October 2026.
| 
| - **Institution:** Olamp (OLAMP)
| - **Instrument:** withdrawal
| - **Date:** 30 October 2026
| - **Reference:** Carta 7
| 
| After this withdrawal, the Agreement has 12 Parties as of 30 October 2026.

$ pymes membership notice 14 --language pt --format html > notice.html && cat notice.html && python3 $E2E/html_check.py < notice.html && env -u LD_PRELOAD python3 $E2E/narrow_check.py notice.html 360
<!DOCTYPE html>
<html lang="pt">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Notificação do depositário 2/2026</title>
</head>
<body style="margin:0;padding:0;">
<div style="max-width:640px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#1f2933;overflow-wrap:anywhere;word-break:break-word;font-size:15px;line-height:1.5;">
<p style="margin:0 0 12px;color:#52606d;font-style:italic;">Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las Pymes (Arequipa, 10 de dezembro de 1996)</p>
<h1 style="font-size:22px;margin:0 0 8px;color:#0b4f6c;">Notificação do depositário 2/2026</h1>
<h2 style="font-size:17px;margin:0 0 12px;">Adesão de Corporación Andina de Fomento (CAF)</h2>
<p>O depositário comunica às Partes que Corporación Andina de Fomento (CAF) aderiu ao Acordo em 18 de novembro de 2026.</p>
<table role="presentation" style="border-collapse:collapse;table-layout:fixed;width:100%;">
<tr><th scope="row" style="text-align:left;vertical-align:top;width:35%;padding:2px 8px 2px 0;">Instituição</th><td style="padding:2px 0;">Corporación Andina de Fomento (CAF)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;width:35%;padding:2px 8px 2px 0;">País</th><td style="padding:2px 0;">VE</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;width:35%;padding:2px 8px 2px 0;">Instrumento</th><td style="padding:2px 0;">adesão</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;width:35%;padding:2px 8px 2px 0;">Data</th><td style="padding:2px 0;">18 de novembro de 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;width:35%;padding:2px 8px 2px 0;">Local</th><td style="padding:2px 0;">Caracas</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;width:35%;padding:2px 8px 2px 0;">Referência</th><td style="padding:2px 0;">Nota 5/2026</td></tr>
</table>
<p>Após esta adesão, o Acordo conta com 13 Partes em 18 de novembro de 2026.</p>
</div>
</body>
</html>
ok
ok

# Numbers: OLAMP's withdrawal was recorded first in 2026 (1), CAF 2, BCIE 3 (recorded after CAF
# though dated two months before it), AECID's withdrawal 4; AECID's accession was recorded in 2003.
$ for id in 12 13 14 15 16; do pymes membership notice $id --language en | sed -n 5p; done
Depositary notification 1/2003
Depositary notification 4/2026
Depositary notification 2/2026
Depositary notification 3/2026
Depositary notification 1/2026

# The same arguments give the same bytes; a correction changes the notice's words, never its
# number; an instrument recorded later takes the next number.
$ pymes membership notice 15 --format html | cmp - <(pymes membership notice 15 --format html) && echo same bytes
same bytes

$ pymes -q membership correct 15 --date 2026-09-16 --place "San Pedro Sula" --reason "Fecha del depósito" > /dev/null && pymes membership notice 15 | grep -E "Notificación|Fecha|Lugar" && pymes -q accede BID --name "Banco Interamericano de Desarrollo" --date 2026-01-15 > /dev/null && pymes membership notice $(pymes -f csv membership list BID | tail -1 | cut -d, -f1) | grep Notificación
Notificación del depositario 3/2026
Fecha:       16 de septiembre de 2026
Lugar:       San Pedro Sula
Notificación del depositario 5/2026

# Refusals: an unknown id (1) and a founding signature (65).
$ pymes membership notice 99
! pymes: error: no existe el evento de pertenencia 99
! pymes: hint: `pymes membership list` muestra los eventos y sus id
? 1

$ pymes membership notice 1
! pymes: error: el evento de pertenencia 1 es la firma fundacional de ALIDE, no una adhesión ni un retiro
! pymes: hint: una notificación es para una adhesión o un retiro
? 65

# A number sent to the parties never changes (issue 27): an annulled event keeps its number and
# its notice says that it was annulled; the later numbers of the year stay where they were; and
# the notice as it was sent, before the annulment, comes back with --as-of that day.
$ pymes membership notice 16 | head -8 > sent.txt && pymes -q --today 2026-11-26 membership annul 16 --reason "Carta retirada" && pymes --today 2026-11-26 membership notice 16 | sed -n '5,9p'
Notificación del depositario 1/2026
===================================

Esta notificación fue anulada el 26 de noviembre de 2026.


$ pymes --today 2026-11-26 membership notice 14 | grep Notificación
Notificación del depositario 2/2026

$ pymes --today 2026-11-26 membership notice 16 --as-of 2026-11-25 | head -8 | cmp - sent.txt && echo the notice as sent
the notice as sent

$ pymes membership notice 16 --as-of 1996-12-09
! pymes: error: --as-of: 1996-12-09 está fuera del tiempo del registro: indique un día del 1996-12-10 (el Acuerdo) al 2026-11-25 (hoy)
! pymes: hint: vea `pymes membership notice --help`
? 64

$ pymes membership notice 14 --format pdf
! pymes: error: --format: pdf no es uno de {text,markdown,html,email}
! pymes: hint: vea `pymes membership notice --help`
? 64
