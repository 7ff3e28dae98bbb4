# language: es
# pymes publish (issue 19, SPEC §10): the demo registry as a static site. Every link resolves,
# no page has a script, every page has lang, html5lib parses every page strictly, the Atom feed
# has its required elements (site_check.py).
$ PYMES=pymes sh $E2E/../../examples/demo-registry demo.db && pymes -R demo.db publish site
! pymes: se publicó el sitio en site (archivos: 99; resúmenes semanales: 58)

$ python3 $E2E/site_check.py site
feed: 13 entries
87 pages, 0 problems

$ ls site site/data && ls site/weeks | sed -n '1,3p;$p' && ls site/meetings | head -3
site:
activities.html
annual
data
data.html
datapackage.json
feed.xml
index.html
institutions
institutions.html
meetings
meetings.html
projects.html
style.css
weeks

site/data:
activity.csv
institution.csv
meeting.csv
membership.csv
project.csv
1996-W50.html
1998-W14.html
2003-W42.html
index.html
1.ics
2.ics
all.ics

# The agreement comes from the registry (the seed's title, place and date), and the status
# table gives each party's dated history.
$ grep -o '<h1>[^<]*</h1>\|<p>Firmado[^<]*</p>' site/index.html && grep -o '<tr><th scope="row"><a href="institutions/EJEMPLO-AR.html">.*</tr>' site/index.html
<h1>Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las Pymes</h1>
<p>Firmado en Arequipa el 10 de diciembre de 1996.</p>
<tr><th scope="row"><a href="institutions/EJEMPLO-AR.html">Agencia de Ejemplo para la Pyme</a> <span class="code">EJEMPLO-AR</span></th><td>parte</td><td><ul><li>adhesión, 2 de abril de 1998, Buenos Aires (Nota 4/98)</li><li>retiro, 30 de junio de 2009 (Nota 12/2009)</li><li>adhesión, 1 de marzo de 2012, Montevideo (Acta <span style="white-space:nowrap">2012-1</span>)</li></ul></td></tr>

# The annual reports (`report --year`'s own model and renderer) are pages of the site: one per
# year with an activity, a project, a meeting held or a membership event counted in it, listed
# with their figures on annual/index.html, which every page's navigation links.
$ ls site/annual | tr '\n' ' ' && echo && grep -c 'href="../annual/index.html">Informes anuales<' site/institutions/SELA.html && grep -o '<tr><th scope="row"><a href="2026.html">.*</tr>' site/annual/index.html
1996.html 1998.html 2003.html 2009.html 2012.html 2025.html 2026.html index.html 
1
<tr><th scope="row"><a href="2026.html">2026</a></th><td class="n">25</td><td class="n">2</td><td class="n">1</td><td class="n">1</td></tr>

$ grep -o '<html lang="es">\|<link rel="stylesheet" href="../style.css">\|<h1>[^<]*</h1>\|<h2>[^<]*</h2>' site/annual/2026.html
<html lang="es">
<link rel="stylesheet" href="../style.css">
<h1>Acuerdo Marco de Cooperación Pymes: informe anual 2026</h1>
<h2>El año en cifras</h2>
<h2>Adhesiones y retiros</h2>
<h2>Reuniones realizadas (1)</h2>
<h2>Proyectos por estado (2)</h2>
<h2>Actividades por área e institución (25)</h2>
<h2>Acciones de mayor relevancia (6)</h2>
<h2>Partes sin actividad registrada en 2026 (4)</h2>

# The page says what `report --year 2026 --format html` says: the same content in the site's frame.
$ pymes -R demo.db report --year 2026 --format html | sed -n '/^<h1>/,/^<\/main>/p' | sed '$d' > alone && sed -n '/^<div class="annual">/,/^<\/main>/p' site/annual/2026.html | sed '1d;$d' | sed '$d' | diff alone - && echo same
same

# Every chart of the annual pages (inline SVG) has its text equivalent, which site_check.py
# checks: role img, named by its caption, described by a table with one row per bar. A chart
# that lost its table, or draws a bar its table lacks, is caught.
$ grep -c '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-[a-z]*-title" aria-describedby="chart-[a-z]*-data"' site/annual/2026.html
3

$ cp -r site bad && sed -i 's/ aria-describedby="chart-areas-data"//' bad/annual/2026.html && sed -i '0,/<rect /s//<rect x="0" y="0" width="1" height="1"\/><rect /' bad/annual/2025.html && python3 $E2E/site_check.py bad | tail -3
annual/2025.html: chart 1 draws 31 bars, its table has 30 rows
annual/2026.html: chart 2 is described by no table
87 pages, 2 problems

# The stylesheet's text colours meet WCAG AA against their backgrounds (4.5:1), computed from
# the colours style.css sets; a grey too light is caught.
$ python3 $E2E/contrast_check.py site/style.css
.code: #52606d on #fff 6.46:1
.sub,.detail: #52606d on #fff 6.46:1
a: #0b4f6c on #fff 8.94:1
body: #1f2933 on #fff 14.76:1
footer: #52606d on #fff 6.46:1
h1: #0b4f6c on #fff 8.94:1
6 pairs, 0 under 4.5:1

$ sed 's/^footer{\(.*\)color:#52606d/footer{\1color:#9aa5b1/' site/style.css > light.css && python3 $E2E/contrast_check.py light.css | grep -v ' on #fff [0-9.]*:1$'
footer: #9aa5b1 on #fff 2.50:1 under 4.5:1
6 pairs, 1 under 4.5:1

# As of an earlier date, the status table stands as it did then.
$ pymes -R demo.db -q publish then --as-of 2010-01-01 && grep -o '<h2 id="status">[^<]*</h2>' then/index.html && grep -o 'EJEMPLO-AR</span></th><td>[^<]*' then/index.html
<h2 id="status">Estado de las partes al 1 de enero de 2010</h2>
EJEMPLO-AR</span></th><td>retirada

# Publishing twice gives the same bytes; publishing over a site replaces the files it wrote and
# keeps a file someone else put there (publish_edges.t: what goes, what stays), in one swap that
# leaves nothing beside it.
$ pymes -R demo.db -q publish again && diff -r site again && echo identical
identical

$ touch site/mine.html && pymes -R demo.db -q publish site && ls site/mine.html && rm site/mine.html && diff -r site again && ls -a | grep -c 'site.new'
site/mine.html
0
? 1

# In English and Portuguese, each page says so.
$ pymes -R demo.db -q publish en --language en && pymes -R demo.db -q publish pt --language pt && python3 $E2E/site_check.py en | tail -1 && python3 $E2E/site_check.py pt | tail -1 && grep -o '<html lang="..">\|<p>Signed[^<]*</p>' en/index.html && grep -o '<html lang="..">\|<p>Assinado[^<]*</p>' pt/index.html
87 pages, 0 problems
87 pages, 0 problems
<html lang="en">
<p>Signed in Arequipa on 10 December 1996.</p>
<html lang="pt">
<p>Assinado em Arequipa em 10 de dezembro de 1996.</p>

# A folder that pymes did not publish, or a file, is never replaced.
$ mkdir mine && touch mine/notes.txt && pymes -R demo.db publish mine; ls mine
! pymes: error: la carpeta mine contiene archivos que pymes no publicó; quedó intacta
! pymes: hint: publique en una carpeta nueva o vacía; pymes solo reemplaza sus propias publicaciones
notes.txt

$ touch afile && pymes -R demo.db publish afile
! pymes: error: afile existe y no es una carpeta
! pymes: hint: indique una carpeta nueva, o una que pymes ya haya publicado
? 73

# With an IATI reporting organisation in the config, the site holds the activities and projects
# as IATI 2.03 XML, valid against the official schema (tests/data/iati-2.03, CC BY 4.0).
$ printf '[publish]\nhomepage = "https://acuerdo.example.org/"\niati_reporting_org = "XM-EXAMPLE-1"\niati_org_type = "40"\n' > iati.toml && pymes -c iati.toml -R demo.db -q publish iati && python3 $E2E/site_check.py iati | tail -1 && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd iati/iati-activities.xml && grep -c '<iati-activity ' iati/iati-activities.xml
87 pages, 0 problems
30
! iati/iati-activities.xml validates

$ grep -A16 '<iati-identifier>XM-EXAMPLE-1-pymes-project-1<' iati/iati-activities.xml | grep -v narrative
    <iati-identifier>XM-EXAMPLE-1-pymes-project-1</iati-identifier>
    <reporting-org ref="XM-EXAMPLE-1" type="40">
    </reporting-org>
    <title>
    </title>
    <description>
    </description>
    <participating-org role="1">
    </participating-org>
    <participating-org role="2">
    </participating-org>
    <participating-org role="4">

# The same XML on its own: `activity export --format iati` and `project export --format iati`,
# with the list filters; other entities, and a config without the reporting organisation, are
# refused.
$ pymes -c iati.toml -R demo.db project export --format iati > p.xml && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd p.xml 2>&1 && pymes -c iati.toml -R demo.db activity export --format iati --area training > a.xml && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd a.xml 2>&1 && grep -c '<sector vocabulary="99" vocabulary-uri="https://acuerdo.example.org/#areas" code="training">' a.xml
p.xml validates
a.xml validates
6

$ pymes -R demo.db activity export --format iati
! pymes: error: IATI necesita la organización informante
! pymes: hint: ponga [publish] iati_reporting_org (como XM-DAC-41304) e iati_org_type (como 40) en la configuración
? 78

$ pymes -c iati.toml -R demo.db meeting export --format iati
! pymes: error: --format iati es para actividades y proyectos
! pymes: hint: exporte estos registros en csv, json o xlsx
? 64
