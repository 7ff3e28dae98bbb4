# IATI dates and languages (issue 29, item 10). An actual date is never in the future: a start
# still to come is planned (type 1), a project's actual end (type 4) is the day its last change
# to completed took effect (before its planned end, kept as type 3), a project not completed has
# no actual end; a done activity's actual end is its end, or the day the history shows it made
# done when that end is still to come. The file validates against the official 2.03 schema.
$ pymes -q init && printf '[publish]\niati_reporting_org = "XM-EXAMPLE-1"\niati_org_type = "40"\n' > c.toml && pymes -q project add --title "Red de centros" --area training --lead SELA --status active --on 2026-01-10 --start 2026-01-10 --end 2027-06-30 >/dev/null && pymes -q project edit 1 --status completed --on 2026-09-15 >/dev/null && pymes -q project add --title "Observatorio" --area training --lead ALADI --status active --on 2026-02-01 --start 2026-02-01 --end 2026-10-31 >/dev/null && pymes -q project add --title "Futuro" --area training --lead ALADI --status active --start 2027-02-01 --end 2027-10-31 >/dev/null && pymes -c c.toml project export --format iati > p.xml && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd p.xml && grep -E '<iati-identifier>|<activity-(status|date)' p.xml
    <iati-identifier>XM-EXAMPLE-1-pymes-project-1</iati-identifier>
    <activity-status code="3"/>
    <activity-date iso-date="2026-01-10" type="2"/>
    <activity-date iso-date="2027-06-30" type="3"/>
    <activity-date iso-date="2026-09-15" type="4"/>
    <iati-identifier>XM-EXAMPLE-1-pymes-project-2</iati-identifier>
    <activity-status code="2"/>
    <activity-date iso-date="2026-02-01" type="2"/>
    <activity-date iso-date="2026-10-31" type="3"/>
    <iati-identifier>XM-EXAMPLE-1-pymes-project-3</iati-identifier>
    <activity-status code="2"/>
    <activity-date iso-date="2027-02-01" type="1"/>
    <activity-date iso-date="2027-10-31" type="3"/>
! p.xml validates

# Completed, then active again, then completed: the last change counts.
$ pymes -q project edit 2 --status completed --on 2026-11-01 >/dev/null && pymes -q project edit 2 --status active --on 2026-11-10 >/dev/null && pymes -q project edit 2 --status completed --on 2026-11-20 >/dev/null && pymes -c c.toml project export --format iati | sed -n '/project-2</,/<\/iati-activity>/p' | grep activity-date
    <activity-date iso-date="2026-02-01" type="2"/>
    <activity-date iso-date="2026-10-31" type="3"/>
    <activity-date iso-date="2026-11-20" type="4"/>

$ pymes -q activity add --institution SELA --title "Taller" --area training --status done --start 2026-11-20 --end 2026-12-10 >/dev/null && pymes -q activity add --institution SELA --title "Taller 2" --area training --status done --start 2026-10-20 --end 2026-10-22 >/dev/null && pymes -c c.toml activity export --format iati > a.xml && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd a.xml && grep -E '<iati-identifier>|<activity-date' a.xml
    <iati-identifier>XM-EXAMPLE-1-pymes-activity-1</iati-identifier>
    <activity-date iso-date="2026-11-20" type="2"/>
    <activity-date iso-date="2026-12-10" type="3"/>
    <activity-date iso-date="2026-11-25" type="4"/>
    <iati-identifier>XM-EXAMPLE-1-pymes-activity-2</iati-identifier>
    <activity-date iso-date="2026-10-20" type="2"/>
    <activity-date iso-date="2026-10-22" type="4"/>
! a.xml validates

# The narratives are in the registry's language ([publish] data_language, default es), not
# the interface's: in English, the file still says es, and names the area in Spanish. The
# agreement's title, the reporting organisation's name, is Spanish whatever the data language.
$ pymes --language en -c c.toml activity export --format iati | grep -E 'xml:lang|<sector' -A1 | head -5
  <iati-activity xml:lang="es">
    <iati-identifier>XM-EXAMPLE-1-pymes-activity-1</iati-identifier>
--
    <sector vocabulary="99" vocabulary-uri="urn:pymes:areas" code="training">
      <narrative>capacitación</narrative>

$ printf 'data_language = "pt"\n' >> c.toml && pymes --language en -c c.toml -q publish site && xmllint --noout --schema $E2E/../data/iati-2.03/iati-activities-schema.xsd site/iati-activities.xml && grep -E 'xml:lang|<sector' -A1 site/iati-activities.xml | head -8
  <iati-activity xml:lang="pt">
    <iati-identifier>XM-EXAMPLE-1-pymes-activity-1</iati-identifier>
--
      <narrative xml:lang="es">Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las Pymes</narrative>
    </reporting-org>
--
    <sector vocabulary="99" vocabulary-uri="urn:pymes:areas" code="training">
      <narrative>capacitação</narrative>
! site/iati-activities.xml validates

$ printf '[publish]\ndata_language = "fr"\n' > fr.toml && pymes -c fr.toml config show
! pymes: error: fr.toml:2:17: 'publish.data_language' must be one of es, pt, en
! pymes: hint: fix the file, or see `pymes config init` for every key
? 78

# An activity an import added as done (its history row holds no fields: the record does) ends,
# in IATI, on the day of that import, a later edit of its title notwithstanding; one imported as
# planned and made done later ends on the day of that change.
$ printf 'institution,area,title,status,start_on,end_on\nSELA,training,Importada,done,2026-01-10,2027-03-01\nSELA,training,Planeada,planned,2026-02-01,2027-04-01\n' > imp.csv && pymes -q --today 2026-11-02 activity import imp.csv && pymes -q --today 2026-11-03 activity edit 3 --title "Importada, otra" > /dev/null && pymes -q --today 2026-11-04 activity edit 4 --status done > /dev/null && pymes -c c.toml activity export --format iati | sed -n '/activity-3</,/<\/iati-activity>/p;/activity-4</,/<\/iati-activity>/p' | grep 'type="4"'
    <activity-date iso-date="2026-11-02" type="4"/>
    <activity-date iso-date="2026-11-04" type="4"/>
