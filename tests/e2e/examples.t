# The files in examples/ work as they are.
$ pymes -q init && for f in instituciones membresia reuniones actividades proyectos; do e=$(case $f in instituciones) echo institution;; membresia) echo membership;; reuniones) echo meeting;; actividades) echo activity;; proyectos) echo project;; esac); pymes $e import $E2E/../../examples/csv/$f.csv; done
! pymes: 3 rows: 3 added, 0 updated, 0 unchanged
! pymes: 2 rows stated a membership that the log does not hold: not applied; the log travels with `pymes membership import`
! pymes: 3 rows: 3 added, 0 updated, 0 unchanged
! pymes: 1 row: 1 added, 0 updated, 0 unchanged
! pymes: 4 rows: 4 added, 0 updated, 0 unchanged
! pymes: 2 rows: 2 added, 0 updated, 0 unchanged

$ pymes -f csv activity list --highlight | cut -d, -f2,3,4
ref,institution,area
SELA-2026-01,SELA,training
CAF-2026-01,CAF,public-policy

$ pymes meeting show 1 | sed -n '/projects:/,$p'
projects:
id  title                                    lead  status      budget  currency
 1  Red regional de centros de capacitación  SELA  proposed  25000.00  USD
 2  Observatorio de políticas pyme           CAF   proposed  12000.50  EUR

$ pymes -c $E2E/../../examples/config.toml -f csv config show | grep -E '^(user|timezone|csv.delimiter|digest.format),' | cut -d, -f1,2
user,coordinacion-lima
timezone,America/Lima
digest.format,html
csv.delimiter,;

$ sh -n $E2E/../../examples/demo-registry && sh -n $E2E/../../examples/mail-digest && echo scripts parse
scripts parse
