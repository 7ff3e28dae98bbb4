#!/usr/bin/env python3
"""The public headers (lib/include/pymes) name no SQLite type (issue 13, docs/ARCHITECTURE.md),
and show their layer (issue 30, item 4).

Each header is compiled alone (it includes what it uses); neither its own text nor any header it
opens (the compiler's -H list) may be SQLiteCpp's or sqlite3.h. Each lives in the folder of
its layer (pymes/core, store, entities, io, report), and no header or source of a layer
includes a header of a layer above it: the linker's layer checks (lib/CMakeLists.txt) catch a
call upwards, this catches an include that would need one.

usage: public_headers.py CXX INCLUDE_DIR GENERATED_DIR
"""
import concurrent.futures
import pathlib
import re
import subprocess
import sys

cxx, include, generated = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
# Code, not prose: a comment may say "SQLite's online backup".
named = re.compile(r"SQLite::|SQLiteCpp|sqlite3")
# sqlite3.h or a SQLiteCpp header, among the headers a compilation opened.
brought = re.compile(r"(^|/)(sqlite3\.h|sqlite3ext\.h|SQLiteCpp/)")
flags = ["-std=c++20", "-I", str(include), "-I", generated, "-x", "c++"]


def check(header: pathlib.Path) -> list:
    problems = []
    for n, line in enumerate(header.read_text().splitlines(), 1):
        code = line.split("//")[0]
        if named.search(code):
            problems.append(f"{header}:{n}: names SQLite: {line.strip()}")
    # One compiler run: -H lists every header the compilation opens, on stderr, one per line
    # with a dot for each level of nesting.
    alone = subprocess.run([cxx, *flags, "-fsyntax-only", "-H", str(header)], capture_output=True,
                           text=True)
    opened = [line.lstrip(". ") for line in alone.stderr.splitlines() if line.startswith(".")]
    if alone.returncode != 0:
        problems.append(f"{header}: does not compile alone:\n{alone.stderr}")
    elif not opened:
        problems.append(f"{header}: the compiler listed no header it opened (-H)")
    else:
        problems += [f"{header}: brings in SQLite through its includes ({path})"
                     for path in opened if brought.search(path)]
    return problems


layers = ["core", "store", "entities", "io", "report"]
headers = sorted(p for p in include.glob("pymes/*/*.hpp"))
if not headers:
    sys.exit(f"no headers under {include}/pymes")
with concurrent.futures.ThreadPoolExecutor(2) as pool:
    problems = [p for found in pool.map(check, headers) for p in found]
problems += [f"{p}: a public header outside a layer's folder"
             for p in sorted(include.glob("pymes/*.hpp"))]
problems += [f"{p}: in no layer's folder" for p in headers if p.parent.name not in layers]
# An include of pymes/LAYER/... (public) or LAYER/... (the library's private headers).
includes = re.compile(r'^\s*#\s*include\s+"(?:pymes/)?(core|store|entities|io|report)/', re.M)
source = include.parent / "src"
for path in sorted([*headers, *source.glob("*/*.cpp"), *source.glob("*/*.hpp")]):
    layer = path.parent.name
    if layer not in layers:
        continue
    for used in includes.findall(path.read_text()):
        if layers.index(used) > layers.index(layer):
            problems.append(f"{path}: {layer} includes a header of {used}, a layer above it")
# A catalogue's key written in the code is checked when it compiles (WordKey, pymes/core/i18n.hpp):
# the digest's "title" compiles, a mistyped "titel" does not.
for key, compiles in (("title", True), ("titel", False)):
    snippet = ('#include "report/digest_catalogue.hpp"\n'
               f'auto f(pymes::Language l) {{ return pymes::digest_text::word("{key}", l); }}\n')
    run = subprocess.run([cxx, *flags, "-I", str(include.parent / "src"), "-fsyntax-only", "-"],
                         input=snippet, capture_output=True, text=True)
    if (run.returncode == 0) != compiles:
        problems.append(f'digest_text::word("{key}"): expected it to '
                        f'{"compile" if compiles else "fail to compile"}:\n{run.stderr[-2000:]}')
for p in problems:
    print(p)
print(f"{len(headers)} public headers, {len(problems)} problems")
sys.exit(1 if problems else 0)
