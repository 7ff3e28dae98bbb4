#!/bin/sh
# The published demo site on a 360-pixel phone, in headless Chromium (label slow): the front
# page with its status table, an institution page, the projects table and a week's digest
# scroll no sideways. Usage: publish_narrow.sh PYMES
set -eu
pymes=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYMES_TODAY=2026-11-25
PYMES=$pymes sh "$here/../examples/demo-registry" "$work/demo.db"
"$pymes" --no-config -q -R "$work/demo.db" publish "$work/site"
/usr/bin/python3 "$here/e2e/site_check.py" --narrow "$work/site" index.html \
  institutions/EJEMPLO-AR.html projects.html activities.html weeks/2026-W47.html \
  annual/index.html annual/2026.html
