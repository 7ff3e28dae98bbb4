# The membership log travels as its own entity (issue 14, SPEC §2, §4); institution rows never
# make events.
$ pymes -q init --empty && printf 'code,name,joined_on,joined_via\nSELA,Sela,1996-12-10,founding\nCAF,Caf,2001-05-14,accession\n' | pymes institution import - && pymes -f csv institution list | cut -d, -f1,10
code,status
CAF,non-party
SELA,non-party
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged
! pymes: 2 rows stated a membership that the log does not hold: not applied; the log travels with `pymes membership import`

# joined_via = founding for a code outside the 11 is refused, in either file.
$ printf 'code,name,joined_via\nCAF,Caf,founding\n' | pymes institution import -; printf 'institution,kind,date\nCAF,founding,1996-12-10\n' | pymes membership import -
! -:2: joined_via: CAF is not one of the 11 founding signatories
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
! -:2: kind: CAF is not one of the 11 founding signatories
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# A membership import restores a founder's founding event into a registry made with --empty, and
# keeps each event's id and recorded_on; the export is in order of institution, date, id.
$ printf 'id,institution,kind,date,place,reference,recorded_on\n7,SELA,founding,1996-12-10,Arequipa,,2020-01-02\n12,CAF,accession,2001-05-14,Caracas,,2020-01-02\n13,CAF,withdrawal,2009-06-30,,Nota 1,2020-01-03\n20,CAF,accession,2015-02-01,Lima,,2020-01-04\n' > m.csv && pymes membership import m.csv && pymes membership export && pymes -f csv institution list | cut -d, -f1,10,11
id,institution,kind,date,place,reference,recorded_on
12,CAF,accession,2001-05-14,Caracas,,2020-01-02
13,CAF,withdrawal,2009-06-30,,Nota 1,2020-01-03
20,CAF,accession,2015-02-01,Lima,,2020-01-04
7,SELA,founding,1996-12-10,Arequipa,,2020-01-02
code,status,joined_on
SELA,party,1996-12-10
CAF,party,2015-02-01
! pymes: 4 rows: 4 added, 0 updated, 0 unchanged

# Again: nothing changes. An event that says otherwise is refused (the log is never rewritten),
# as is a founding event for a founder that has one, and an institution row that contradicts it.
$ pymes membership import m.csv; printf 'id,institution,kind,date\n13,CAF,withdrawal,2009-07-01\n' | pymes membership import -; printf 'institution,kind,date\nSELA,founding,1996-12-10\n' | pymes membership import -; printf 'code,name,withdrawn_on\nCAF,Caf,2010-01-01\n' | pymes institution import -
! pymes: 4 rows: 0 added, 0 updated, 4 unchanged
! -:2: id: membership event 13 is already in the registry and says otherwise (the log is never rewritten by an import: a wrong event is corrected or annulled)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
! -:2: date: SELA is a party since 1996-12-10 (founding signatory)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
! -:2: withdrawn_on: '2010-01-01' differs from the membership log of CAF, which says nothing (the log changes with accede, institution withdraw and membership import)
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# An id used twice in one membership file is refused with both lines.
$ printf 'id,institution,kind,date\n30,CAF,withdrawal,2016-01-01\n30,CAF,accession,2017-01-01\n' | pymes membership import -
! -:3: id: 30 is also on line 2: a key may appear once in a file
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65
