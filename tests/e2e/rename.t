# institution rename (issue 18): a new code in one transaction; every reference follows and the
# history stays searchable under both codes.
$ pymes -q init

$ pymes accede CAFF --date 2001-05-14 --place Caracas --name "Corporación Andina de Fomento" > /dev/null

$ pymes activity add --institution CAFF --area training --title "Taller" > /dev/null && pymes meeting add --date 2026-11-20 --host CAFF --attendee CAFF --attendee SELA > /dev/null && pymes meeting add --date 2026-11-21 --host SELA --attendee CAFF > /dev/null && pymes project add --title "Red" --area training --lead CAFF --partner SELA > /dev/null && pymes project add --title "Fondo" --area information --lead SELA --partner CAFF > /dev/null

$ pymes -f csv institution rename caff caf | cut -d, -f1,2,10-12
code,name,status,joined_on,joined_via
CAF,Corporación Andina de Fomento,party,2001-05-14,accession

# Every reference follows: the membership log, activities, meetings' host and attendees,
# projects' lead and partners.
$ pymes -f csv membership list CAF
id,institution,kind,date,place,reference
12,CAF,accession,2001-05-14,Caracas,

$ pymes -f csv activity list --institution CAF | cut -d, -f1,3,5
id,institution,title
1,CAF,Taller

$ pymes -f csv meeting list | cut -d, -f1,3,10,11
id,date,host,attendees
1,2026-11-20,CAF,CAF;SELA
2,2026-11-21,SELA,CAF

$ pymes -f csv project list | cut -d, -f1,3,5,6
id,title,lead,partners
1,Red,CAF,SELA
2,Fondo,SELA,CAF

$ pymes -f json institution show CAF | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["activities"], d["projects"], d["meetings_hosted"], d["meetings_attended"])'
1 2 1 2

$ pymes institution show CAFF
! pymes: error: CAFF is now CAF since 2026-11-25
! pymes: hint: use CAF; `pymes log --key CAFF` shows the rename
? 1

# The history is not rewritten: the rename is in it, and either code finds all of it.
$ pymes -f csv log --key CAFF --entity institution | cut -d, -f3-
action,entity,key,changes
rename,institution,CAF,"{""code"":[""CAFF"",""CAF""]}"
accede,institution,CAFF,"{""status"":[""non-party"",""party""],""joined_on"":[null,""2001-05-14""],""joined_via"":[null,""accession""],""joined_place"":[null,""Caracas""]}"
add,institution,CAFF,"{""name"":[null,""Corporación Andina de Fomento""]}"

$ pymes -f csv log --key caf --entity institution | cut -d, -f3-5
action,entity,key
rename,institution,CAF
accede,institution,CAFF
add,institution,CAFF

# Refusals: a taken code, an invalid one, the same one, an unknown one.
$ pymes institution rename CAF SELA
! pymes: error: institution SELA already exists (Sela)
! pymes: hint: a rename needs a code that is free; two institutions cannot be merged into one
? 65

$ pymes institution rename CAF "C A F"
! pymes: error: NEW: 'C A F' is not an institution code (codes are 2 to 32 letters, digits and '-', starting with a letter or digit)
! pymes: hint: see `pymes institution rename --help`
? 64

$ pymes institution rename CAF caf
! pymes: error: CAF is already the code of Corporación Andina de Fomento; nothing to rename
? 64

$ pymes institution rename NOPE NEW
! pymes: error: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code
? 1

# A renamed founder keeps its founding signature and its place in the agreement's order.
$ pymes institution rename ALIDE ALIDE-BDA > /dev/null && pymes -f csv institution list --status party | cut -d, -f1,11,12 | head -3
code,joined_on,joined_via
ALIDE-BDA,1996-12-10,founding
CLAMPI,1996-12-10,founding

$ pymes db check
! pymes: founding signatories: 11; founding signatures: 11
! pymes: the registry is sound
