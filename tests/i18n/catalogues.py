#!/usr/bin/python3
"""The catalogues are complete: every msgid of the pymes.pot extracted from today's sources has a
translation in po/es.po and po/pt.po, none fuzzy, and msgfmt --check accepts them (format
strings, plural forms, header).

    catalogues.py POT PO...

Each .po is first merged with the template (msgmerge, no fuzzy matching), so a string added to
the sources and not yet in the .po counts as untranslated here.
"""
import os
import re
import subprocess
import sys
import tempfile


def main():
    pot, pos = sys.argv[1], sys.argv[2:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for po in pos:
            merged = os.path.join(tmp, os.path.basename(po))
            subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged, po, pot],
                           check=True)
            r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                               capture_output=True, text=True)
            stats = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""
            print(f"{os.path.basename(po)}: {stats}")
            bad = r.returncode != 0 or re.search(r"untranslated|fuzzy", stats)
            if r.returncode != 0:
                print(r.stderr)
            if bad:
                failures += 1
                missing = subprocess.run(["msgattrib", "--untranslated", "--no-wrap", merged],
                                         capture_output=True, text=True).stdout
                print("\n".join(l for l in missing.splitlines() if l.startswith("msgid"))[:4000])
    print(f"{len(pos) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
