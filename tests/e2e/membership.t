# The depositary's desk (issue 18): the membership log listed, corrected and annulled with a
# reason, never edited silently nor deleted.
$ pymes -q init

$ pymes accede CAF --date 2001-05-14 --place Caracas --name "Corporación Andina de Fomento" > /dev/null

$ pymes institution withdraw TIPS --date 2009-06-30 --reference "Nota 12/2009" > /dev/null

$ pymes accede TIPS --date 2012-03-01 --place Montevideo > /dev/null

# In order of institution, date and id; a code and --as-of narrow it.
$ pymes membership list TIPS
id  institution  kind        date        place       reference
 8  TIPS         founding    1996-12-10  Arequipa
13  TIPS         withdrawal  2009-06-30              Nota 12/2009
14  TIPS         accession   2012-03-01  Montevideo

$ pymes -f csv membership list --as-of 2005-01-01 | head -4
id,institution,kind,date,place,reference
10,ALADI,founding,1996-12-10,Arequipa,
1,ALIDE,founding,1996-12-10,Arequipa,
6,BOLIVAR,founding,1996-12-10,Arequipa,

$ pymes -f json membership list caf
[
{"id":12,"institution":"CAF","kind":"accession","date":"2001-05-14","place":"Caracas","reference":null}
]

$ pymes membership list TIPZ
! pymes: error: there is no institution TIPZ
! pymes: hint: did you mean TIPS?
? 1

# A wrong date corrected: the event keeps its id, and the history keeps what it said and why.
$ pymes membership correct 12 --date 2001-05-15 --reference "Instrumento 7" --reason "El instrumento tiene fecha 15 de mayo"
id:          12
institution: CAF
kind:        accession
date:        2001-05-15
place:       Caracas
reference:   Instrumento 7

$ pymes -f json log --key CAF --limit 1
[
{"at":"2026-11-25T00:00:00Z","actor":"tester","action":"correct","entity":"institution","key":"CAF","changes":{"event":["12","12"],"date":["2001-05-14","2001-05-15"],"reference":[null,"Instrumento 7"],"reason":[null,"El instrumento tiene fecha 15 de mayo"]}}
]

$ pymes -f csv institution list --as-of 2001-05-14 | grep ^CAF
CAF,Corporación Andina de Fomento,,,,,,,,non-party,,,,,,

# Refusals: a correction that breaks the log names the fact it contradicts, and changes nothing.
$ pymes membership correct 13 --date 2013-01-01 --reason "fecha"
! pymes: error: cannot correct event 13 (withdrawal of TIPS on 2009-06-30): TIPS would accede on 2012-03-01 while a party since 1996-12-10 (founding signatory)
! pymes: hint: `pymes membership list TIPS` shows its events; correct or annul the other one first
? 65

$ pymes membership correct 8 --date 1997-01-01 --reason "fecha"
! pymes: error: cannot correct event 8 (founding of TIPS on 1996-12-10): a founding signature is dated 1996-12-10, the day the agreement was signed
! pymes: hint: if TIPS signed later, annul this event and record its accession with `pymes accede`
? 65

$ pymes membership correct 14 --date 2026-12-01 --reason "fecha"
! pymes: error: cannot correct event 14 (accession of TIPS on 2012-03-01): 2026-12-01 is in the future
! pymes: hint: an accession or a withdrawal is recorded once it has taken effect
? 65

$ pymes membership correct 14 --date 1996-01-01 --reason "fecha"
! pymes: error: cannot correct event 14 (accession of TIPS on 2012-03-01): 1996-01-01 is before the agreement was signed on 1996-12-10
? 65

$ pymes membership correct 14 --reason "fecha"
! pymes: error: nothing to correct
! pymes: hint: give at least one of --date, --place and --reference
? 64

$ pymes membership correct 14 --place Montevideo --reason "fecha"
! pymes: error: membership event 14 already says that; nothing to correct
? 64

$ pymes membership correct 14 --place Lima
! pymes: error: --reason is required
! pymes: hint: see `pymes membership correct --help`
? 64

$ pymes membership correct 99 --place Lima --reason "x"
! pymes: error: there is no membership event 99
! pymes: hint: `pymes membership list` shows every id
? 1

$ pymes membership correct 14 --place Lima --reason "  "
! pymes: error: a reason is required
! pymes: hint: say why with --reason, in words the parties will read
? 64

$ pymes membership annul 14 --reason "$(printf 'una\tdos')"
! pymes: error: --reason: holds a tab; it must fit on one line, without tabs
? 64

# The digest of the week of TIPS's withdrawal: one event, eleven parties at its end (CAF too).
$ pymes -f json digest --from 2009-06-29 --to 2009-07-05 | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["membership"]["total"], d["totals"]["parties"])'
1 11

# An annulment that would leave TIPS acceding while a party is refused; the later event first.
$ pymes membership annul 13 --reason "la nota fue retirada"
! pymes: error: cannot annul event 13 (withdrawal of TIPS on 2009-06-30): TIPS would accede on 2012-03-01 while a party since 1996-12-10 (founding signatory)
! pymes: hint: `pymes membership list TIPS` shows its events; correct or annul the other one first
? 65

$ pymes membership annul 14 --reason "la adhesión se registró por error"
! pymes: annulled event 14 (accession of TIPS on 2012-03-01)

$ pymes membership annul 13 --reason "la nota fue retirada antes de surtir efecto"
! pymes: annulled event 13 (withdrawal of TIPS on 2009-06-30)

$ pymes membership annul 13 --reason "otra vez"
! pymes: error: membership event 13 was annulled on 2026-11-25
! pymes: hint: `pymes log --key TIPS` shows why
? 65

$ pymes membership correct 13 --place Lima --reason "x"
! pymes: error: membership event 13 was annulled on 2026-11-25
! pymes: hint: `pymes log --key TIPS` shows why
? 65

# What stands: TIPS is a party since its founding signature, as if it never left; the digest
# of that week no longer reports a withdrawal.
$ pymes -f json digest --from 2009-06-29 --to 2009-07-05 | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["membership"]["total"], d["totals"]["parties"])'
0 12

$ pymes membership list TIPS
id  institution  kind      date        place
 8  TIPS         founding  1996-12-10  Arequipa

$ pymes -f csv institution list --status withdrawn
code,name,country,scope,kind,website,email,contact,notes,status,joined_on,joined_via,joined_place,joined_reference,withdrawn_on,founder

$ pymes log --key TIPS --limit 2
at                    actor   action  entity       key   changes
2026-11-25T00:00:00Z  tester  annul   institution  TIPS  event: 13; kind: withdrawal → ∅; date: 2009-06-30 → ∅; reference: Nota 12/2009 → ∅; annulled_on: ∅ → 2026-11-25; reason: ∅ → la nota fue retirada antes de surtir efecto
2026-11-25T00:00:00Z  tester  annul   institution  TIPS  event: 14; kind: accession → ∅; date: 2012-03-01 → ∅; place: Montevideo → ∅; annulled_on: ∅ → 2026-11-25; reason: ∅ → la adhesión se registró por error

$ pymes -f csv institution list --status party | grep ^TIPS
TIPS,Tips,,,,,,,,party,1996-12-10,founding,Arequipa,,,TIPS

# db check reads what stands: a new withdrawal after the annulled one is no second withdrawal.
$ pymes institution withdraw TIPS --date 2015-01-01 > /dev/null

$ pymes db check
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound
