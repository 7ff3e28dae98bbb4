#!/bin/sh
# The published demo site's datapackage.json and CSV files through the Frictionless project's
# JavaScript validator (npm `datapackage`, installed into the build by the set-up test):
# descriptor, types and formats, primary and foreign keys. Usage: publish_datapackage.sh PYMES NPM_PREFIX
set -eu
pymes=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYMES_TODAY=2026-11-25
PYMES=$pymes sh "$here/../examples/demo-registry" "$work/demo.db"
printf '[publish]\nlicense = "CC-BY-4.0"\nhomepage = "https://acuerdo.example.org/"\n' > "$work/c.toml"
"$pymes" -c "$work/c.toml" -q -R "$work/demo.db" publish "$work/site"
NODE_PATH=$2/node_modules node "$here/datapackage_check.js" "$work/site/datapackage.json"
