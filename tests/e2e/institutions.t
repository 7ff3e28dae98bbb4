# Institutions and accession: the parties of the agreement as a dated record (issue 3).
$ pymes -q init

$ pymes institution add caf --name "Corporación Andina de Fomento" --country ve --kind banco
code:             CAF
name:             Corporación Andina de Fomento
country:          VE
scope:
kind:             banco
website:
email:
contact:
notes:
status:           non-party
joined_on:
joined_via:
joined_place:
joined_reference:
withdrawn_on:
founder:

$ pymes institution add CAF --name Otra
! pymes: error: institution CAF already exists (Corporación Andina de Fomento)
! pymes: hint: change it with `pymes institution edit CAF`
? 65

$ pymes institution add C --name X
! pymes: error: CODE: 'C' is not an institution code (codes are 2 to 32 letters, digits and '-', starting with a letter or digit)
! pymes: hint: see `pymes institution add --help`
? 64

$ pymes institution add XYZ --name X --country Perú
! pymes: error: --country: 'Perú' is not an ISO 3166-1 country code (use two letters such as PE, AR, BR, MX or ES; leave it empty when unknown)
! pymes: hint: see `pymes institution add --help`
? 64

# A web site is checked as an activity's url is: the whole address, or nothing.
$ pymes institution add XYZ --name X --website www.sela.org
! pymes: error: --website: 'www.sela.org' is not a web address (it must begin with http:// or https://) (write the whole address, such as https://www.sela.org)
! pymes: hint: see `pymes institution add --help`
? 64

$ printf 'code,name,website\nXYZ,X,sela.org\n' | pymes institution import -
! -:2: website: 'sela.org' is not a web address (it must begin with http:// or https://) (write the whole address, such as https://www.sela.org)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# Every field has one wording, typed or imported: its kind's check (issue 13).
$ pymes institution add XYZ --name X --scope local --email nadie
! pymes: error: --scope: 'local' is not a scope (use regional or extra-regional, or leave it empty when unknown)
! pymes: hint: see `pymes institution add --help`
? 64

$ pymes institution list --scope local
! pymes: error: --scope: 'local' is not a scope (use regional or extra-regional, or leave it empty when unknown)
! pymes: hint: see `pymes institution list --help`
? 64

$ printf 'code,name,scope,email\nXYZ,X,local,nadie\n' | pymes institution import -
! -:2: scope: 'local' is not a scope (use regional or extra-regional, or leave it empty when unknown)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'code,name,email\nXYZ,X,nadie\n' | pymes institution import -
! -:2: email: 'nadie' is not an e-mail address (write one address such as pymes@example.org)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# A value the registry holds is not checked again when a file gives it unchanged: a web site a
# 0.1 registry kept without its scheme survives an export and import; a change is checked.
$ pymes -q -R old.db init && sqlite3 old.db "UPDATE institution SET website = 'www.sela.org' WHERE code = 'SELA'"

$ pymes -R old.db -f csv institution export > old.csv && pymes -R old.db institution import old.csv
! pymes: 11 rows: 0 added, 0 updated, 11 unchanged

$ sed -i 's/www.sela.org/www.sela.int/' old.csv && pymes -R old.db institution import old.csv
! old.csv:8: website: 'www.sela.int' is not a web address (it must begin with http:// or https://) (write the whole address, such as https://www.sela.org)
! pymes: error: 1 problem in old.csv; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# The same for an activity's url: what the record holds stands, a new or changed one is checked.
$ pymes -q -R old.db activity add --institution SELA --area training --title Curso >/dev/null && sqlite3 old.db "UPDATE activity SET url = 'www.sela.org/curso'"

$ pymes -R old.db -f csv activity export > act.csv && pymes -R old.db activity import act.csv
! pymes: 1 row: 0 added, 0 updated, 1 unchanged

$ sed 's/^1,/,/' act.csv | pymes -R old.db activity import -
! -:2: url: 'www.sela.org/curso' is not a web address (it must begin with http:// or https://)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ pymes institution add XYZ
! pymes: error: --name is required
! pymes: hint: see `pymes institution add --help`
? 64

$ pymes -f json institution edit CAF --website https://www.caf.com --kind ''
{"code":"CAF","name":"Corporación Andina de Fomento","country":"VE","scope":null,"kind":null,"website":"https://www.caf.com","email":null,"contact":null,"notes":null,"status":"non-party","joined_on":null,"joined_via":null,"joined_place":null,"joined_reference":null,"withdrawn_on":null,"founder":null}

$ pymes institution edit CAF
! pymes: error: nothing to change
! pymes: hint: give at least one field, such as --name or --country
? 64

$ pymes institution edit NOPE --name X
! pymes: error: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code
? 1

$ pymes -f csv accede CAF --date 2001-05-14 --place Caracas --reference "Instrumento 7"
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder
CAF,Corporación Andina de Fomento,VE,,,https://www.caf.com,,,,party,2001-05-14,accession,Caracas,Instrumento 7,,

$ pymes accede INTAL --date 2001-01-01
! pymes: error: INTAL is a party since 1996-12-10 (founding signatory)
? 65

$ pymes accede CAF --date 2002-01-01
! pymes: error: CAF is a party since 2001-05-14 (accession, Caracas)
! pymes: hint: an institution accedes once; it may accede again after a withdrawal
? 65

$ pymes accede BID --date 2001-01-01
! pymes: error: there is no institution BID
! pymes: hint: to record it and its accession in one step: pymes accede BID --date 2001-01-01 --name "Full name"
? 1

$ pymes accede BID --date 1995-06-01 --name "Banco Interamericano de Desarrollo"
! pymes: error: BID: 1995-06-01 is before the agreement was signed on 1996-12-10
? 65

$ pymes accede BID --date 2999-01-01 --name "Banco Interamericano de Desarrollo"
! pymes: error: BID: 2999-01-01 is in the future
! pymes: hint: record an accession or a withdrawal once it has taken effect
? 65

$ pymes accede BID --date 2001-02-30 --name "Banco Interamericano de Desarrollo"
! pymes: error: --date: '2001-02-30' is not a date (YYYY-MM-DD of a day that exists, today or yesterday)
! pymes: hint: see `pymes accede --help`
? 64

$ pymes accede BID --date 2001-01-01 --country US
! pymes: error: --country, --scope and the other institution fields go with --name
! pymes: hint: give --name to create the institution, or change it with `pymes institution edit`
? 64

$ pymes -f csv accede BID --date 2003-07-01 --name "Banco Interamericano de Desarrollo" --country US --scope "extra regional"
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder
BID,Banco Interamericano de Desarrollo,US,extra-regional,,,,,,party,2003-07-01,accession,,,,

$ pymes -f csv institution withdraw TIPS --date 2009-06-30 --reference "Nota 12/2009"
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder
TIPS,Tips,,,,,,,,withdrawn,1996-12-10,founding,Arequipa,,2009-06-30,TIPS

$ pymes institution withdraw TIPS --date 2010-01-01
! pymes: error: TIPS already withdrew on 2009-06-30
? 65

$ pymes institution withdraw ZZZ --date 2010-01-01
! pymes: error: there is no institution ZZZ
! pymes: hint: `pymes institution list` shows every code
? 1

$ pymes accede TIPS --date 2008-01-01
! pymes: error: TIPS withdrew on 2009-06-30; a new accession cannot be dated before that
? 65

$ pymes -f csv accede TIPS --date 2012-03-01 --place Montevideo
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder
TIPS,Tips,,,,,,,,party,2012-03-01,accession,Montevideo,,,TIPS

$ pymes institution add ZZZ --name "Sin adhesión"
code:             ZZZ
name:             Sin adhesión
country:
scope:
kind:
website:
email:
contact:
notes:
status:           non-party
joined_on:
joined_via:
joined_place:
joined_reference:
withdrawn_on:
founder:

$ pymes institution withdraw ZZZ --date 2010-01-01
! pymes: error: ZZZ is not a party, so it cannot withdraw
! pymes: hint: record its accession first with `pymes accede ZZZ --date ...`
? 65

$ pymes -f csv institution list --as-of 2010-01-01 | cut -d, -f1,10-15
code,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on
ALIDE,party,1996-12-10,founding,Arequipa,,
CLAMPI,party,1996-12-10,founding,Arequipa,,
INTAL,party,1996-12-10,founding,Arequipa,,
MIPYMES-MERCOSUR,party,1996-12-10,founding,Arequipa,,
OLAMP,party,1996-12-10,founding,Arequipa,,
BOLIVAR,party,1996-12-10,founding,Arequipa,,
SELA,party,1996-12-10,founding,Arequipa,,
TIPS,withdrawn,1996-12-10,founding,Arequipa,,2009-06-30
UNESCO,party,1996-12-10,founding,Arequipa,,
ALADI,party,1996-12-10,founding,Arequipa,,
PARLATINO,party,1996-12-10,founding,Arequipa,,
CAF,party,2001-05-14,accession,Caracas,Instrumento 7,
BID,party,2003-07-01,accession,,,
ZZZ,non-party,,,,,

$ pymes -f csv institution list --as-of 2010-01-01 --status withdrawn | cut -d, -f1,10-15
code,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on
TIPS,withdrawn,1996-12-10,founding,Arequipa,,2009-06-30

$ pymes -f csv institution list --status non-party | cut -d, -f1,10
code,status
ZZZ,non-party

$ pymes -f csv institution list --scope extra-regional --status party | cut -d, -f1,4
code,scope
BID,extra-regional

# The filters take a value as the field does: a country in any case, checked.
$ pymes -f csv institution list --country us | cut -d, -f1,3
code,country
BID,US

$ pymes institution list --country zz
! pymes: error: --country: 'zz' is not an ISO 3166-1 country code (use two letters such as PE, AR, BR, MX or ES; leave it empty when unknown)
! pymes: hint: see `pymes institution list --help`
? 64

# Before the agreement there is nothing to ask about (issue 27: --as-of is a day the registry
# lived, from 1996-12-10 to today).
$ pymes institution list --as-of 1996-12-09 --status party
! pymes: error: --as-of: 1996-12-09 is outside the registry's time: give a day from 1996-12-10 (the agreement) to 2026-11-25 (today)
! pymes: hint: see `pymes institution list --help`
? 64

$ pymes institution show tips
code:              TIPS
name:              Tips
country:
scope:
kind:
website:
email:
contact:
notes:
status:            party
joined_on:         2012-03-01
joined_via:        accession
joined_place:      Montevideo
joined_reference:
withdrawn_on:
founder:           TIPS
activities:        0
projects:          0
meetings_hosted:   0
meetings_attended: 0

membership:
date        event       place       reference
1996-12-10  founding    Arequipa
2009-06-30  withdrawal              Nota 12/2009
2012-03-01  accession   Montevideo

$ pymes -f json institution show CAF
{"code":"CAF","name":"Corporación Andina de Fomento","country":"VE","scope":null,"kind":null,"website":"https://www.caf.com","email":null,"contact":null,"notes":null,"status":"party","joined_on":"2001-05-14","joined_via":"accession","joined_place":"Caracas","joined_reference":"Instrumento 7","withdrawn_on":null,"founder":null,"activities":0,"projects":0,"meetings_hosted":0,"meetings_attended":0,"membership":[{"date":"2001-05-14","event":"accession","place":"Caracas","reference":"Instrumento 7"}]}

$ pymes institution show NOPE
! pymes: error: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code
? 1

$ pymes institution remove TIPS
! pymes: error: cannot remove TIPS: 3 membership events refer to it
! pymes: hint: the registry keeps its record; to end a membership use `pymes institution withdraw TIPS --date DATE`
? 65

$ pymes institution remove zzz
! pymes: removed ZZZ

$ pymes institution remove ZZZ
! pymes: error: there is no institution ZZZ
! pymes: hint: `pymes institution list` shows every code
? 1

$ pymes -f csv log --entity institution --key tips | cut -d, -f2-
actor,action,entity,key,changes
tester,accede,institution,TIPS,"{""status"":[""withdrawn"",""party""],""joined_on"":[""1996-12-10"",""2012-03-01""],""joined_via"":[""founding"",""accession""],""joined_place"":[""Arequipa"",""Montevideo""],""withdrawn_on"":[""2009-06-30"",null]}"
tester,withdraw,institution,TIPS,"{""status"":[""party"",""withdrawn""],""withdrawn_on"":[null,""2009-06-30""],""withdrawal_reference"":[null,""Nota 12/2009""]}"
tester,accede,institution,TIPS,"{""status"":[""non-party"",""party""],""joined_on"":[null,""1996-12-10""],""joined_via"":[null,""founding""],""joined_place"":[null,""Arequipa""]}"
tester,add,institution,TIPS,"{""name"":[null,""Tips""],""founder"":[null,""TIPS""]}"

$ pymes -f csv log --limit 3 | cut -d, -f2-
actor,action,entity,key,changes
tester,remove,institution,ZZZ,"{""name"":[""Sin adhesión"",null]}"
tester,add,institution,ZZZ,"{""name"":[null,""Sin adhesión""]}"
tester,accede,institution,TIPS,"{""status"":[""withdrawn"",""party""],""joined_on"":[""1996-12-10"",""2012-03-01""],""joined_via"":[""founding"",""accession""],""joined_place"":[""Arequipa"",""Montevideo""],""withdrawn_on"":[""2009-06-30"",null]}"

$ pymes -f json log --key CAF --limit 1 | sed 's/"at":"[^"]*"/"at":"T"/'
[
{"at":"T","actor":"tester","action":"accede","entity":"institution","key":"CAF","changes":{"status":["non-party","party"],"joined_on":[null,"2001-05-14"],"joined_via":[null,"accession"],"joined_place":[null,"Caracas"],"joined_reference":[null,"Instrumento 7"]}}
]

$ pymes log --entity meteors
! pymes: error: --entity: meteors not in {registry,agreement,institution,activity,meeting,project}
! pymes: hint: see `pymes log --help`
? 64

$ pymes log --entity institution --key TIPS --limit 2 | cut -c23-
actor   action    entity       key   changes
tester  accede    institution  TIPS  status: withdrawn → party; joined_on: 1996-12-10 → 2012-03-01; joined_via: founding → accession; joined_place: Arequipa → Montevideo; withdrawn_on: 2009-06-30 → ∅
tester  withdraw  institution  TIPS  status: party → withdrawn; withdrawn_on: ∅ → 2009-06-30; withdrawal_reference: ∅ → Nota 12/2009

$ pymes -f csv institution withdraw sela --date today | cut -d, -f1,10
code,status
SELA,withdrawn


# show counts meetings hosted and attended apart (meeting list --institution counts both).
$ pymes meeting add --date 2026-11-20 --host ALIDE --attendee SELA --attendee ALIDE > /dev/null && pymes meeting add --date 2026-11-21 --host ALIDE --attendee SELA > /dev/null

$ pymes -f json institution show ALIDE | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["meetings_hosted"], d["meetings_attended"])'
2 1

$ pymes -f json institution show SELA | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["meetings_hosted"], d["meetings_attended"])'
0 2
