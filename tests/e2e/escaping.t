# Spreadsheet escaping round trips (issue 14, SPEC §4): a plain export and import keep every value
# exactly, a leading ' included; an --excel export imported with --excel is a no-op.
$ pymes -q init && printf 'ref,institution,area,title,description\nA-1,SELA,info,"'"'"'=SUM(A1)","Taller, uno"\nA-2,SELA,info,@menciones,=1+1\nA-3,SELA,info,"a;b","con ""comillas"""\nA-4,SELA,info,"'"'"'apóstrofo",+34 1 234\n' | pymes -q activity import - && pymes activity export > plain.csv && cat plain.csv
id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on
1,A-1,SELA,information,'=SUM(A1),"Taller, uno",planned,,,false,,,2026-11-25
2,A-2,SELA,information,@menciones,=1+1,planned,,,false,,,2026-11-25
3,A-3,SELA,information,a;b,"con ""comillas""",planned,,,false,,,2026-11-25
4,A-4,SELA,information,'apóstrofo,+34 1 234,planned,,,false,,,2026-11-25

$ pymes activity import plain.csv && pymes activity export | cmp - plain.csv && echo identical
identical
! pymes: 4 rows: 0 added, 0 updated, 4 unchanged

# --excel: BOM, ';', CRLF, formulas inert (a real leading ' gets one more), and every field with
# ',' or ';' quoted, so a spreadsheet set to either delimiter splits it right.
$ pymes activity export --excel > excel.csv && tr -d '\r' < excel.csv
﻿id;ref;institution;area;title;description;status;start_on;end_on;highlight;url;tags;recorded_on
1;A-1;SELA;information;''=SUM(A1);"Taller, uno";planned;;;false;;;2026-11-25
2;A-2;SELA;information;'@menciones;'=1+1;planned;;;false;;;2026-11-25
3;A-3;SELA;information;"a;b";"con ""comillas""";planned;;;false;;;2026-11-25
4;A-4;SELA;information;'apóstrofo;'+34 1 234;planned;;;false;;;2026-11-25

$ pymes activity import --excel excel.csv && pymes activity export | cmp - plain.csv && echo identical
identical
! pymes: 4 rows: 0 added, 0 updated, 4 unchanged

# Without --excel the file is taken as it is: the escaping stays in the values.
$ pymes activity import --delimiter ';' excel.csv
! pymes: 4 rows: 0 added, 3 updated, 1 unchanged
