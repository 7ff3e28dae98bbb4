P=/work/main/build/cmd/pymes
export HOME=$(mktemp -d); export PYMES_TODAY=2026-11-25
cd $HOME; $P -q init
H=id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on
t(){ echo "=== $1"; shift; "$@" 2>&1 | head -c 600; echo "[rc=${PIPESTATUS[0]}]"; }
printf "$H\n,r1,SELA,training,=HYPERLINK(\"http://x\"),,done,2026-01-01,2026-01-02,false,,,\n" > f.csv
t formula $P activity import f.csv
$P activity export --spreadsheet-safe | tail -1; $P activity export --excel | tail -1 | od -c | head -3
printf "$H\n,r2,SELA,training,a\0b,,done,,,,,,\n" > nul.csv; t nul $P activity import nul.csv
python3 -c "
import sys; sys.stdout.write('$H\n,r3,SELA,training,t,'+'x'*10*1024*1024+',done,,,,,,\n')" > big.csv; t big /usr/bin/time -f '%MkB %es' $P activity import big.csv
python3 -c "
import sys; sys.stdout.write('$H\n,r4,SELA,training,\"unclosed'+'x'*10*1024*1024+'\n')" > unc.csv; t unclosed /usr/bin/time -f '%MkB %es' $P activity import unc.csv
printf "\xef\xbb\xbf$H\r\n,r5,SELA,capacitación,\"multi\r\nline\",\"d1\r\nd2\",done,,,,,,\r\n" > crlf.csv; t crlfbom $P activity import crlf.csv
$P -f json activity list --columns ref,title,description
printf "$H\n,r6,SELA,training,Informaci\xf3n,,done,,,,,,\n" > l1.csv; t latin1-noenc $P activity import l1.csv; t latin1 $P activity import --encoding latin1 l1.csv
$P -f csv activity list --columns ref,title | tail -1
echo notzip > bad.xlsx; t notworkbook $P activity import bad.xlsx
python3 - <<'PY'
import zipfile
z=zipfile.ZipFile('bomb.xlsx','w',zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml','<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr('xl/workbook.xml','<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
z.writestr('_rels/.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
z.writestr('xl/worksheets/sheet1.xml','<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'+' '*(1500*1024*1024)+'</sheetData></worksheet>')
z.close()
PY
ls -la bomb.xlsx; t bomb /usr/bin/time -f '%MkB %es' $P activity import bomb.xlsx
t dbcheck $P db check
ls -la .local/share/pymes/
