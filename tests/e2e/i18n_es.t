# language: es
# The interface in Spanish (SPEC §11): help, messages and hints, table headings and labels, from
# po/es.po. The transcript runs with LANGUAGE=es; machine output stays the same (i18n_formats.t).
$ pymes --help | head -4
pymes lleva el registro del Acuerdo Marco de Cooperación Interinstitucional (Arequipa, 1996): sus partes, sus actividades, las reuniones de coordinación y los proyectos conjuntos.
Uso: pymes [OPCIONES] [SUBCOMANDO]

Opciones:

$ pymes activity list --help | head -8
Listar actividades, con filtros
Uso: pymes activity list [OPCIONES]

Opciones:
  -h,--help                   Mostrar esta ayuda y salir
  --institution TEXTO:CÓDIGO ...
                              De esta institución (se puede repetir)
  --area TEXTO ...            En esta área (se puede repetir)

$ pymes -q init && pymes -q activity add --institution SELA --area capacitación --title "Taller de exportación" --start 2026-03-02 --end 2026-03-06 --status realizada --highlight > /dev/null && pymes -q meeting add --date 2026-12-10 --place Arequipa --country PE --title "Reunión de coordinación" --host BOLIVAR --attendee SELA > /dev/null && pymes -q project add --title "Red de centros" --area training --lead SELA --status cancelado > /dev/null

# Statuses agree with their noun: la actividad realizada, la reunión programada, el proyecto cancelado.
$ pymes activity list
id  institución  área          título                 estado     inicio      fin         destacada  etiquetas  registrada
 1  SELA         capacitación  Taller de exportación  realizada  2026-03-02  2026-03-06  sí                    2026-11-25

$ pymes meeting list
id  título                   fecha       lugar     país  anfitrión  asistentes  estado
 1  Reunión de coordinación  2026-12-10  Arequipa  PE    BOLIVAR    SELA        programada

$ pymes project list
id  título          área          líder  socios  estado
 1  Red de centros  capacitación  SELA           cancelado

$ pymes institution list --status party | head -3
código            nombre                     estado  adhesión    vía        lugar     fundadora
ALIDE             Alide                      parte   1996-12-10  fundadora  Arequipa  ALIDE
CLAMPI            Clampi                     parte   1996-12-10  fundadora  Arequipa  CLAMPI

$ pymes institution show SELA | tail -4

pertenencia:
fecha       evento     lugar     referencia
1996-12-10  fundadora  Arequipa

# Errors and hints; the prefixes stay "pymes: error:" and "pymes: hint:".
$ pymes frobnicate
! pymes: error: No se esperaba este argumento: frobnicate
! pymes: hint: vea `pymes --help`
? 64

$ pymes activity
! pymes: error: `pymes activity` necesita un subcomando
! pymes: hint: vea `pymes activity --help`
? 64

$ pymes activity add --institution SELA --area training --title T --status finished
! pymes: error: --status: 'finished' no es un estado de una actividad (use planned, ongoing, done, cancelled)
! pymes: hint: vea `pymes activity add --help`
? 64

$ pymes institution remove SELA
! pymes: error: no se puede borrar SELA: 1 evento de pertenencia, 1 actividad, 1 proyecto y 1 reunión se refieren a ella
! pymes: hint: el registro conserva su ficha; para terminar una pertenencia use `pymes institution withdraw SELA --date FECHA`
? 65

$ pymes -R nowhere.db institution list
! pymes: error: no hay ningún registro en nowhere.db
! pymes: hint: cree uno con `pymes init`, o indique otro con --registry
? 66

$ pymes -q activity import -
! pymes: error: -: el archivo está vacío
! pymes: hint: la primera línea debe nombrar las columnas
? 65

$ printf 'institution,area,title,status\nSELA,training,Uno,planned\nSELA,nada,Dos,planned\nSELA,training,Tres,hecho\n' | pymes activity import -
! -:3: area: 'nada' no es un área (use information (información), management (administración y gestión), training (capacitación), technology-transfer (transferencia tecnológica), public-policy (políticas públicas))
! -:4: status: 'hecho' no es un estado de una actividad (use planned, ongoing, done, cancelled)
! pymes: error: 2 problemas en -; no se escribió nada
! pymes: hint: corrija las líneas indicadas arriba e importe el archivo de nuevo
? 65

$ printf 'institution,area,title\nSELA,training,Uno\n' | pymes activity import --dry-run -
! pymes: 1 fila (agregadas: 1, actualizadas: 0, sin cambios: 0; simulación: no se escribió nada)

# The digest follows the interface language.
$ pymes digest --week 2026-W48 | head -3
Acuerdo Marco de Cooperación Pymes: resumen semanal
===================================================
Semana 2026-W48: del 23 al 29 de noviembre de 2026. Situación al 25 de

# The language comes from --language, then the config's `language`, then LANGUAGE, LC_ALL,
# LC_MESSAGES, LANG (C and POSIX name none), else Spanish; the only locale installed is C.UTF-8.
$ pymes --language en activity list | head -1; pymes activity list --language pt | head -1
id  institution  area      title                  status  start_on    end_on      highlight  tags  recorded_on
id  instituição  área         título                 estado     início      fim         destaque  etiquetas  registrada

$ env -u LANGUAGE LANG=es_PE.UTF-8 pymes meeting list | head -1; env -u LANGUAGE LANG=pt_BR.UTF-8 pymes meeting list | head -1; env -u LANGUAGE LANG=C.UTF-8 pymes meeting list | head -1; env -u LANGUAGE LANG=en_GB.UTF-8 pymes meeting list | head -1
id  título                   fecha       lugar     país  anfitrión  asistentes  estado
id  título                   data        local     país  anfitrião  participantes  estado
id  título                   fecha       lugar     país  anfitrión  asistentes  estado
id  title                    date        place     country  host     attendees  status

$ env -u LANGUAGE LANG=es_PE.UTF-8 LC_ALL=pt_BR.UTF-8 pymes meeting list | head -1; LANGUAGE=fr:pt LANG=es_PE.UTF-8 pymes meeting list | head -1; env -u LANGUAGE LC_ALL=POSIX LANG=pt_BR.UTF-8 pymes meeting list | head -1
id  título                   data        local     país  anfitrião  participantes  estado
id  título                   data        local     país  anfitrião  participantes  estado
id  título                   fecha       lugar     país  anfitrión  asistentes  estado

$ printf 'language = "pt"\n' > pt.toml && pymes -c pt.toml meeting list | head -1 && pymes -c pt.toml --language en meeting list | head -1
id  título                   data        local     país  anfitrião  participantes  estado
id  title                    date        place     country  host     attendees  status

# El historial dice los cambios con las palabras de las tablas: estados y formas de adhesión.
$ pymes -q -R log.db init && pymes -q -R log.db activity add --institution SELA --area capacitación --title "Taller" > /dev/null && pymes -q -R log.db activity edit 1 --status realizada > /dev/null && pymes -R log.db log --entity activity | awk -F '  +' '{print $NF}'
cambios
estado: planificada → realizada
institución: ∅ → SELA; área: ∅ → capacitación; título: ∅ → Taller; estado: ∅ → planificada; destacada: ∅ → no; registrada: ∅ → 2026-11-25

# Las palabras de la tabla sirven de filtro; las confirmaciones y el historial de una importación
# hablan el idioma del lector (issue 29, punto 6).
$ pymes -q -R w.db init && pymes -R w.db institution list --status Parte | wc -l && pymes -R w.db institution list --status "no parte" | wc -l && printf 'institution,area,title\nSELA,training,T\n' > w.csv && pymes -q -R w.db activity import w.csv && pymes -R w.db activity remove 1 && pymes -R w.db accede CAF --date 2001-05-14 --name Caf > /dev/null && pymes -R w.db membership annul 12 --reason "Error" && pymes -R w.db log --entity activity | awk -F '  +' '{print $3 " | " $NF}'
12
1
acción | cambios
baja | institución: SELA → ∅; área: capacitación → ∅; título: T → ∅; estado: planificada → ∅; destacada: no → ∅; registrada: 2026-11-25 → ∅
importación | filas: ∅ → 1; agregadas: ∅ → 1; actualizadas: ∅ → 0
alta | institución: ∅ → SELA; área: ∅ → capacitación; título: ∅ → T; estado: ∅ → planificada; destacada: ∅ → no; registrada: ∅ → 2026-11-25
! pymes: se borró actividad 1
! pymes: se anuló el evento 12 (adhesión de CAF el 2001-05-14)

$ pymes -R w.db institution list --status miembro
? 64
! pymes: error: --status: 'miembro' no es un estado de institución: party (parte), withdrawn (retirada), non-party (no parte), all (todas)
! pymes: hint: vea `pymes institution list --help`

# Una lista vacía del sitio no presume el género de lo que falta (actividades, reuniones, proyectos).
$ pymes -q -R v.db init && pymes -q -R v.db publish sitio && grep -l '<p>Sin registros.</p>' sitio/activities.html sitio/meetings.html sitio/projects.html; grep -l 'Ninguno' sitio/*.html
sitio/activities.html
sitio/meetings.html
sitio/projects.html
? 1

# `config init` escribe sus comentarios en el idioma de quien edita el archivo; las claves y los
# valores quedan como TOML los lee.
$ pymes -q -c nuevo.toml config init && head -1 nuevo.toml && grep -c '^#[a-z_]* = ' nuevo.toml && grep -ci 'default' nuevo.toml; pymes -c nuevo.toml -f csv config show | grep -c ',default$'
nuevo.toml
# Configuración de pymes (TOML). Todas las claves son opcionales; los valores que se muestran son los de omisión.
23
0
20
