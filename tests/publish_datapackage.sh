#!/bin/sh
# The published data package (datapackage.json and its CSV files) through the Frictionless
# project's JavaScript library (npm `datapackage`, installed into the build by the set-up test):
# descriptor, types and formats, primary and foreign keys, every resource read whole with
# `relations: true`. The registry is the demo's, plus records whose text has quotes, apostrophes,
# `;`, commas and line breaks in every file (a reference like `Denuncia 'O'Brien' 2026` once made
# the library guess a space as the delimiter of membership.csv). The check also counts each
# file's rows against `pymes ENTITY export` and finds those texts whole.
# Usage: publish_datapackage.sh PYMES NPM_PREFIX
set -eu
pymes=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYMES_TODAY=2026-11-25
PYMES=$pymes sh "$here/../examples/demo-registry" "$work/demo.db"
p() { "$pymes" --no-config -q -R "$work/demo.db" "$@" >/dev/null; }

name='Cámara "La Unión"; O'\''Higgins, Chile'
reference="Denuncia 'O'Brien' 2026"
notes=$(printf 'Primera línea; con "comillas" y O'\''Brien\nSegunda línea, con coma')
title='Taller "Exporta"; O'\''Higgins, 2026'
agenda=$(printf '1. Apertura; "bienvenida"\n2. Informe de O'\''Brien, tesorería\n\n3. Cierre')
funding='Fondo "A"; '\''B'\'', C'
p accede EJEMPLO-CL --date 2020-05-04 --place "Viña del Mar; Valparaíso" --reference "$reference" \
  --name "$name" --country CL
p institution edit EJEMPLO-CL --notes "$notes"
p activity add --institution EJEMPLO-CL --area capacitación --title "$title" --description "$notes" \
  --start 2026-10-01 --end 2026-10-02 --status done
p meeting add --date 2026-12-01 --place "Sala O'Brien; piso 2" --country CL --title "$title" \
  --host EJEMPLO-CL --attendee EJEMPLO-CL --attendee SELA --agenda "$agenda"
p project add --title "$title" --area capacitación --lead EJEMPLO-CL --partner SELA --meeting 3 \
  --funding "$funding" --description "$agenda" --status proposed

printf '[publish]\nlicense = "CC-BY-4.0"\nhomepage = "https://acuerdo.example.org/"\n' > "$work/c.toml"
"$pymes" -c "$work/c.toml" -q -R "$work/demo.db" publish "$work/site"

# What each resource must hold: as many rows as `export` writes, and the texts above, whole.
count() { "$pymes" --no-config -q -R "$work/demo.db" "$@" --format json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'; }
NAME=$name REFERENCE=$reference NOTES=$notes TITLE=$title AGENDA=$agenda FUNDING=$funding \
  python3 - "$(count institution export)" "$(count membership export)" "$(count activity export)" \
  "$(count meeting export)" "$(count project export)" > "$work/expect.json" <<'PY'
import json, os, sys
n = [int(a) for a in sys.argv[1:]]
e = os.environ
print(json.dumps({
    "institution": {"rows": n[0], "values": [e["NAME"], e["NOTES"]]},
    "membership": {"rows": n[1], "values": [e["REFERENCE"], "Viña del Mar; Valparaíso"]},
    "activity": {"rows": n[2], "values": [e["TITLE"], e["NOTES"]]},
    "meeting": {"rows": n[3], "values": [e["TITLE"], e["AGENDA"], "Sala O'Brien; piso 2"]},
    "project": {"rows": n[4], "values": [e["TITLE"], e["AGENDA"], e["FUNDING"]]},
}))
PY
NODE_PATH=$2/node_modules node "$here/datapackage_check.js" "$work/site/datapackage.json" "$work/expect.json"
