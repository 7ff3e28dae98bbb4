# Meeting times as spreadsheets save them (issue 14, SPEC §4): HH:MM:SS with zero seconds and
# 12-hour H:MM[:SS] AM|PM import, stored and exported as HH:MM; a row with a time and no time
# zone takes the configured one, as `meeting add` does.
$ pymes -q init && printf 'timezone = "America/Lima"\n' > c.toml && printf 'title,date,time,timezone\nUno,2027-03-15,10:00:00,\nDos,2027-03-16,9:05 am,Europe/Madrid\nTres,2027-03-17,12:00 AM,\nCuatro,2027-03-18,11:00:00 PM,\nCinco,2027-03-19,,\n' | pymes -c c.toml meeting import - && pymes meeting export | cut -d, -f2,5,7
title,time,timezone
Uno,10:00,America/Lima
Dos,09:05,Europe/Madrid
Tres,00:00,America/Lima
Cuatro,23:00,America/Lima
Cinco,,
! pymes: 5 rows: 5 added, 0 updated, 0 unchanged

# Seconds that are not zero, and hours a 12-hour clock does not have, are refused.
$ printf 'title,date,time\nX,2027-03-15,10:00:30\nY,2027-03-15,13:00 PM\n' | pymes meeting import -
! -:2: time: '10:00:30' is not a time (write times as HH:MM, 24-hour, or H:MM AM/PM)
! -:3: time: '13:00 PM' is not a time (write times as HH:MM, 24-hour, or H:MM AM/PM)
! pymes: error: 2 problems in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# The export imports back unchanged.
$ pymes meeting export > m.csv && pymes -c c.toml meeting import m.csv
! pymes: 5 rows: 0 added, 0 updated, 5 unchanged
