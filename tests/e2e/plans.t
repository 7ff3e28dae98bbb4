# Activities, coordination meetings and projects, search and iCalendar (issue 4).
$ pymes -q init && sqlite3 home/.local/share/pymes/registry.db "UPDATE registry_identity SET uuid = '0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07'" && pymes -q institution edit SELA --email sela@example.org --country VE > /dev/null

$ pymes -f csv activity add --institution sela --area Capacitación --title "Taller de exportación para pymes" --start 2026-03-02 --end 2026-03-06 --status done --highlight --tag exportación --tag pymes
id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on
1,,SELA,training,Taller de exportación para pymes,,done,2026-03-02,2026-03-06,true,,exportación;pymes,2026-11-25

$ pymes -f json activity add --institution ALIDE --area info --title "Boletín trimestral" --description "Información financiera para la pyme" --start 2026-04-01 --ref B-1
{"id":2,"ref":"B-1","institution":"ALIDE","area":"information","title":"Boletín trimestral","description":"Información financiera para la pyme","status":"planned","start_on":"2026-04-01","end_on":null,"highlight":false,"url":null,"tags":[],"recorded_on":"2026-11-25"}

$ pymes -f csv activity add --institution INTAL --area "transferencia tecnológica" --title "Misión técnica" --start 2026-05-10 --ref B-1 | cut -d, -f1-5
id,ref,institution,area,title
3,B-1,INTAL,technology-transfer,Misión técnica

$ pymes activity add --institution ALIDE --area info --title "Otro boletín" --ref B-1
! pymes: error: ref: 'B-1' is already the ref of activity 2 of ALIDE
? 65

$ pymes activity add --institution NOPE --area info --title X
! pymes: error: --institution: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code
? 65

$ pymes activity add --institution ALIDE --area deportes --title X
! pymes: error: --area: 'deportes' is not an area (use information (información), management (administración y gestión), training (capacitación), technology-transfer (transferencia tecnológica), public-policy (políticas públicas))
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes activity add --institution ALIDE --area info --title X --start 2026-05-02 --end 2026-05-01
! pymes: error: end_on: 2026-05-01 is before start_on 2026-05-02
? 65

$ pymes activity add --institution ALIDE --area info --title X --start 2026-02-30
! pymes: error: --start: '2026-02-30' is not a date (YYYY-MM-DD, today or yesterday)
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes activity add --institution ALIDE --area info --title X --status finished
! pymes: error: --status: 'finished' is not a status of an activity (use planned, ongoing, done, cancelled)
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes activity add --institution ALIDE --title X
! pymes: error: --area is required
! pymes: hint: see `pymes activity add --help`
? 64

$ pymes activity list
id  ref  institution  area                 title                             description                          status   start_on    end_on      highlight  tags               recorded_on
 1       SELA         training             Taller de exportación para pymes                                       done     2026-03-02  2026-03-06  true       exportación;pymes  2026-11-25
 2  B-1  ALIDE        information          Boletín trimestral                Información financiera para la pyme  planned  2026-04-01              false                         2026-11-25
 3  B-1  INTAL        technology transfer  Misión técnica                                                         planned  2026-05-10              false                         2026-11-25

$ pymes --no-config -c /dev/null activity list --limit 1 -f csv
id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on
1,,SELA,training,Taller de exportación para pymes,,done,2026-03-02,2026-03-06,true,,exportación;pymes,2026-11-25

$ pymes -f csv activity list --area capacitacion --area tech | cut -d, -f1,3,4
id,institution,area
1,SELA,training
3,INTAL,technology-transfer

$ pymes -f csv activity list --from 2026-03-05 --to 2026-04-01 | cut -d, -f1,8,9
id,start_on,end_on
1,2026-03-02,2026-03-06
2,2026-04-01,

$ pymes -f csv activity list --from 2026-03-07 --to 2026-03-31 | cut -d, -f1
id

# Dates may be typed as today or yesterday.
$ pymes -f csv activity list --from yesterday --to today | cut -d, -f1
id

$ pymes -f csv activity list --highlight --institution SELA | cut -d, -f1,10
id,highlight
1,true

$ pymes -f csv activity list --search EXPORTACION | cut -d, -f1,5
id,title
1,Taller de exportación para pymes

$ pymes activity list --from 2026-05-01 --to 2026-04-01
! pymes: error: --to is before --from
? 64

$ pymes -f csv activity edit 1 --no-highlight --url https://sela.org/taller --tag exportación | cut -d, -f1,10-12
id,highlight,url,tags
1,false,https://sela.org/taller,exportación

$ pymes activity edit 1
! pymes: error: nothing to change
! pymes: hint: give at least one field, such as --status
? 64

$ pymes activity show 99
! pymes: error: there is no activity 99
! pymes: hint: `pymes activity list` shows every id
? 1

$ pymes -f csv activity show 2 | cut -d, -f1-6
id,ref,institution,area,title,description
2,B-1,ALIDE,information,Boletín trimestral,Información financiera para la pyme

$ pymes -f csv meeting add --date 2026-12-10 --time 09:30 --timezone America/Lima --place Arequipa --country pe --title "Reunión de coordinación, 30 años" --host BOLIVAR --attendee SELA --attendee alide --agenda "1. Balance; 2. Proyectos"
id,title,date,end_date,time,end_time,timezone,place,country,host,attendees,status,agenda,minutes,uid
1,"Reunión de coordinación, 30 años",2026-12-10,,09:30,,America/Lima,Arequipa,PE,BOLIVAR,ALIDE;SELA,scheduled,1. Balance; 2. Proyectos,,meeting-1-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes

$ pymes -f csv meeting add --date 2027-03-15 --end-date 2027-03-16 --place "São Paulo" --country BR --attendee INTAL --status scheduled
id,title,date,end_date,time,end_time,timezone,place,country,host,attendees,status,agenda,minutes,uid
2,,2027-03-15,2027-03-16,,,,São Paulo,BR,,INTAL,scheduled,,,meeting-2-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes

$ pymes meeting add --date 2027-03-15 --time 25:00
! pymes: error: --time: '25:00' is not a time (write times as HH:MM, 24-hour, or H:MM AM/PM)
! pymes: hint: see `pymes meeting add --help`
? 64

$ pymes meeting add --date 2027-03-15 --time 10:00 --timezone Lima
! pymes: error: --timezone: 'Lima' is not an IANA time zone (use a name such as America/Lima or Europe/Madrid)
! pymes: hint: see `pymes meeting add --help`
? 64

$ pymes meeting add --date 2027-03-15 --attendee NOPE
! pymes: error: --attendee: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code
? 65

$ pymes -f csv project add --title "Red de centros de capacitación" --area capacitación --lead SELA --partner ALIDE --partner INTAL --meeting 1 --budget 25000 --currency usd --funding BID
id,ref,title,area,lead,partners,meeting,status,start_on,end_on,budget,currency,funding,description
1,,Red de centros de capacitación,training,SELA,ALIDE;INTAL,1,proposed,,,25000.00,USD,BID,

$ pymes -f csv project add --title "Observatorio pyme" --area "políticas públicas" --lead ALADI --meeting 1 --budget 1200.5 --currency EUR --status approved --start 2027-01-01 --end 2027-12-31 | cut -d, -f1,3,4,11,12
id,title,area,budget,currency
2,Observatorio pyme,public-policy,1200.50,EUR

$ pymes -f csv project add --title "Portal" --area info --lead OLAMP --partner SELA --ref P-3 | cut -d, -f1,2,5,6
id,ref,lead,partners
3,P-3,OLAMP,SELA

$ pymes project add --title X --area info --lead SELA --budget 1.005 --currency USD
! pymes: error: --budget: '1.005' is not an amount (write amounts with a point and at most two decimals, without thousands separators: 25000.50)
! pymes: hint: see `pymes project add --help`
? 64

$ pymes project add --title X --area info --lead SELA --budget 10
! pymes: error: currency: is required with a budget
! pymes: hint: give the ISO 4217 code, such as USD
? 65

$ pymes project add --title X --area info --lead SELA --meeting 9
! pymes: error: meeting: there is no meeting 9
! pymes: hint: `pymes meeting list` shows every id
? 65

$ pymes project add --title X --area info --lead SELA --ref P-3
! pymes: error: ref: 'P-3' is already the ref of project 3
? 65

$ pymes meeting show 1
id:        1
title:     Reunión de coordinación, 30 años
date:      2026-12-10
end_date:
time:      09:30
end_time:
timezone:  America/Lima
place:     Arequipa
country:   PE
host:      BOLIVAR
attendees: ALIDE;SELA
status:    scheduled
agenda:    1. Balance; 2. Proyectos
minutes:

attending:
code   name
ALIDE  Alide
SELA   Sela

projects:
id  title                           lead   status      budget  currency
 1  Red de centros de capacitación  SELA   proposed  25000.00  USD
 2  Observatorio pyme               ALADI  approved   1200.50  EUR

$ pymes -f json meeting show 1
{"id":1,"title":"Reunión de coordinación, 30 años","date":"2026-12-10","end_date":null,"time":"09:30","end_time":null,"timezone":"America/Lima","place":"Arequipa","country":"PE","host":"BOLIVAR","attendees":["ALIDE","SELA"],"status":"scheduled","agenda":"1. Balance; 2. Proyectos","minutes":null,"uid":"meeting-1-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes","attending":[{"code":"ALIDE","name":"Alide"},{"code":"SELA","name":"Sela"}],"projects":[{"id":1,"title":"Red de centros de capacitación","lead":"SELA","status":"proposed","budget":"25000.00","currency":"USD"},{"id":2,"title":"Observatorio pyme","lead":"ALADI","status":"approved","budget":"1200.50","currency":"EUR"}]}

$ pymes meeting remove 1
! pymes: error: cannot remove meeting 1: the projects it selected refer to it (1, 2)
! pymes: hint: detach them first with `pymes project edit ID --meeting ''`, or keep the meeting
? 65

$ pymes -f csv meeting edit 1 --status held --minutes "Se seleccionaron dos proyectos" --add-attendee INTAL --remove-attendee SELA
id,title,date,end_date,time,end_time,timezone,place,country,host,attendees,status,agenda,minutes,uid
1,"Reunión de coordinación, 30 años",2026-12-10,,09:30,,America/Lima,Arequipa,PE,BOLIVAR,ALIDE;INTAL,held,1. Balance; 2. Proyectos,Se seleccionaron dos proyectos,meeting-1-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes

$ pymes meeting edit 1 --remove-attendee TIPS
! pymes: error: --remove-attendee: TIPS is not among them
? 65

$ pymes -f csv project edit 1 --status active --add-partner OLAMP --remove-partner INTAL | cut -d, -f1,6,8
id,partners,status
1,ALIDE;OLAMP,active

$ pymes -f csv project list --institution SELA | cut -d, -f1,3,5,6
id,title,lead,partners
1,Red de centros de capacitación,SELA,ALIDE;OLAMP
3,Portal,OLAMP,SELA

$ pymes -f csv project list --meeting 1 --status approved | cut -d, -f1,3
id,title
2,Observatorio pyme

$ pymes project list
id  ref  title                           area           lead   partners     meeting  status    start_on    end_on        budget  currency  funding
 1       Red de centros de capacitación  training       SELA   ALIDE;OLAMP        1  active                            25000.00  USD       BID
 2       Observatorio pyme               public policy  ALADI                     1  approved  2027-01-01  2027-12-31   1200.50  EUR
 3  P-3  Portal                          information    OLAMP  SELA                  proposed

$ pymes -f csv log --entity project --key 1 | cut -d, -f3-
action,entity,key,changes
edit,project,1,"{""partners"":[""ALIDE;INTAL"",""ALIDE;OLAMP""],""status"":[""proposed"",""active""]}"
add,project,1,"{""title"":[null,""Red de centros de capacitación""],""area"":[null,""training""],""lead"":[null,""SELA""],""partners"":[null,""ALIDE;INTAL""],""meeting"":[null,""1""],""status"":[null,""proposed""],""budget"":[null,""25000.00""],""currency"":[null,""USD""],""funding"":[null,""BID""]}"

$ pymes search capacitacion
kind      id  date        title                             match
project    1              Red de centros de capacitación    Red de centros de [capacitación]
activity   1  2026-03-02  Taller de exportación para pymes  [training]

$ pymes -f csv search reunion coordinacion
kind,id,date,title,match
meeting,1,2026-12-10,"Reunión de coordinación, 30 años","[Reunión] de [coordinación], 30 años"

$ pymes -f json search "MISION tecnica" --limit 1
[
{"kind":"activity","id":3,"date":"2026-05-10","title":"Misión técnica","match":"[Misión] [técnica]"}
]

$ pymes search '" OR *'
kind  id  date  title  match

$ pymes -q project remove 3 && pymes project show 3
! pymes: error: there is no project 3
! pymes: hint: `pymes project list` shows every id
? 1

# The registry's identifier is random (made at init); the golden calendar is written with the one
# the first command gave it, which each meeting's UID took when the meeting was added.
$ sqlite3 home/.local/share/pymes/registry.db "UPDATE history SET at = '2026-11-20T12:00:00Z' WHERE entity = 'meeting'" && pymes meeting ics > meetings.ics && cmp meetings.ics $E2E/golden/meetings.ics && echo identical
identical

$ pymes meeting ics | python3 $E2E/ics_check.py
meeting-1-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes | 2026-12-10T14:30:00+00:00 | 2026-12-10T16:30:00+00:00 | Reunión de coordinación, 30 años | Arequipa, PE | 1. Balance; 2. Proyectos | CONFIRMED | Alide<urn:pymes:institution:ALIDE>,Intal<urn:pymes:institution:INTAL>
meeting-2-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes | 2027-03-15 | 2027-03-17 | Reunión de coordinación | São Paulo, BR | - | CONFIRMED | Intal<urn:pymes:institution:INTAL>

$ pymes meeting ics 2 | python3 $E2E/ics_check.py
meeting-2-0f6e2c1a-5b7d-4e3f-9a21-8c4d6b2e1f07@pymes | 2027-03-15 | 2027-03-17 | Reunión de coordinación | São Paulo, BR | - | CONFIRMED | Intal<urn:pymes:institution:INTAL>

$ pymes meeting ics --from 2027-01-01 | grep -c BEGIN:VEVENT
1

$ pymes meeting ics 7
! pymes: error: there is no meeting 7
! pymes: hint: `pymes meeting list` shows every id
? 1


# Activities recorded in a period (the digest's "and N more" command), not only taking place in it.
$ pymes -f csv activity list --recorded-from today --recorded-to today | wc -l; pymes -f csv activity list --recorded-from 2000-01-01 --recorded-to 2000-12-31
4
id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on

# An edit the schema refuses is explained in the same words as an add, and changes nothing.
$ id=$(pymes -f csv activity add --institution SELA --area info --title Revisión --start 2026-05-02 | tail -1 | cut -d, -f1); pymes activity edit $id --institution NOPE; echo "exit $?"; pymes activity edit $id --end 2026-05-01; echo "exit $?"; pymes -f csv activity show $id | tail -1 | cut -d, -f3,8,9
exit 65
exit 65
SELA,2026-05-02,
! pymes: error: --institution: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code
! pymes: error: end_on: 2026-05-01 is before start_on 2026-05-02

$ id=$(pymes -f csv meeting add --date 2026-06-01 --title Taller | tail -1 | cut -d, -f1); pymes meeting edit $id --add-attendee NOPE; echo "exit $?"; pymes -f csv meeting show $id | tail -1 | cut -d, -f10
exit 65

! pymes: error: --add-attendee: there is no institution NOPE
! pymes: hint: `pymes institution list` shows every code; `pymes institution add` records a new one
