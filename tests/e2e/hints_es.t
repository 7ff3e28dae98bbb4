# language: es
# Las pistas de hints.t en castellano: un código renombrado después, un código o un área mal
# escritos en una fila, una fecha escrita de otro modo; y la búsqueda por el nombre de un área.
$ pymes -q init && pymes -q institution rename TIPS TIPS-UY > /dev/null

$ pymes institution show TIPS
! pymes: error: TIPS es ahora TIPS-UY desde el 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` muestra el cambio de código
? 1

$ pymes activity list --institution tips
! pymes: error: --institution: TIPS es ahora TIPS-UY desde el 2026-11-25
! pymes: hint: use TIPS-UY; `pymes log --key TIPS` muestra el cambio de código
? 65

$ printf 'institution,area,title,start_on\nTIPS,training,Taller,2026-01-10\nSELLA,training,Curso,2026-01-12\nSELA,capacitacion tecnica,Foro,2026-01-14\nSELA,training,Feria,14/01/2026\nSELA,training,Misión,02/03/2026\n' | pymes activity import
! -:2: institution: TIPS es ahora TIPS-UY desde el 2026-11-25 (use TIPS-UY; `pymes log --key TIPS` muestra el cambio de código)
! -:3: institution: no existe la institución SELLA (¿quiso decir SELA?)
! -:4: area: 'capacitacion tecnica' no es un área (use information (información), management (administración y gestión), training (capacitación), technology-transfer (transferencia tecnológica), public-policy (políticas públicas))
! -:5: start_on: '14/01/2026' no es una fecha (escriba las fechas como AAAA-MM-DD: 2026-01-14)
! -:6: start_on: '02/03/2026' no es una fecha (escriba las fechas como AAAA-MM-DD: 2026-03-02 (primero el día) o 2026-02-03 (primero el mes))
! pymes: error: 5 problemas en -; no se escribió nada
! pymes: hint: corrija las líneas indicadas arriba e importe el archivo de nuevo
? 65

$ printf 'code,name\nTIPS,Tips\n' | pymes institution import
! -:2: code: TIPS es ahora TIPS-UY desde el 2026-11-25 (escriba TIPS-UY en el archivo; `pymes institution add TIPS` registra una institución nueva con el código antiguo)
! pymes: error: 1 problema en -; no se escribió nada
! pymes: hint: corrija las líneas indicadas arriba e importe el archivo de nuevo
? 65

$ pymes activity list --from 14/01/2026
! pymes: error: --from: '14/01/2026' no es una fecha (escriba las fechas como AAAA-MM-DD: 2026-01-14)
! pymes: hint: vea `pymes activity list --help`
? 64

$ pymes activity add --institution SELA --area capacitación --title Taller --start 14/01/2026
! pymes: error: --start: '14/01/2026' no es una fecha (escriba las fechas como AAAA-MM-DD: 2026-01-14)
! pymes: hint: vea `pymes activity add --help`
? 64

# La búsqueda: obrien encuentra O'Brien; el nombre de un área, sus actividades y proyectos.
$ pymes -q activity add --institution SELA --area transferencia --title "Misión técnica de innovación" > /dev/null && pymes -q activity add --institution SELA --area información --title "Denuncia de O'Brien" > /dev/null && pymes -q meeting add --date 2026-12-01 --agenda "Informe de O'Brien" > /dev/null

$ pymes search obrien
clase      id  fecha       título                  coincidencia
reunión     1  2026-12-01  reunión del 2026-12-01  Informe de [O'Brien]
actividad   2              Denuncia de O'Brien     Denuncia de [O'Brien]

$ pymes search transferencia tecnologica
clase      id  título                        coincidencia
actividad   1  Misión técnica de innovación  [transferencia tecnológica]

$ pymes search --help | tail -3
Ejemplos:
  pymes search capacitacion exportacion
  pymes -f json search "transferencia tecnologica" --limit 5
