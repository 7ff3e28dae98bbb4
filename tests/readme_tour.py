#!/usr/bin/python3
"""Runs the README's "A first tour" exactly as written, in a fresh HOME, with the built pymes
first on PATH: every command must succeed, so the README cannot rot.

    readme_tour.py PYMES README
"""
import os
import re
import subprocess
import sys
import tempfile

pymes, readme = sys.argv[1], sys.argv[2]
text = open(readme, encoding="utf-8").read()
tour = text.split("## A first tour", 1)[1]
block = re.search(r"```sh\n(.*?)```", tour, re.S).group(1)
# The Spanish quick start runs too, in a registry of its own.
inicio = text.split("## Inicio rápido", 1)[1]
block += "\n".join("PYMES_REGISTRY=$HOME/inicio.db " + l if l.startswith("pymes") else l
                   for l in re.search(r"```sh\n(.*?)```", inicio, re.S).group(1).splitlines())
commands, current = [], ""
for line in block.splitlines():
    line = line.split("  #")[0].rstrip() if not line.lstrip().startswith("#") else ""
    if not line and not current:
        continue
    current += line[:-1] + " " if line.endswith("\\") else line
    if not line.endswith("\\"):
        commands.append(current.strip())
        current = ""
failures = 0
with tempfile.TemporaryDirectory(prefix="pymes-tour-") as home:
    env = {"PATH": os.path.dirname(os.path.abspath(pymes)) + ":/usr/bin:/bin", "HOME": home, "USER": "tester",
           "PYMES_TODAY": "2026-11-25",
           "TZ": "UTC", "LANG": "C.UTF-8"}
    for c in commands:
        r = subprocess.run(["bash", "-c", c], cwd=home, env=env, capture_output=True, timeout=120)
        if r.returncode != 0:
            failures += 1
            print(f"README tour: `{c}` exited {r.returncode}:\n{r.stderr.decode()}")
print(f"{len(commands) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
