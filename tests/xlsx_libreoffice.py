#!/usr/bin/python3
"""A real spreadsheet (issue 16, SPEC §4): LibreOffice Calc, headless, opens the XLSX export of
every entity of the demo registry (plus awkward values) and saves it again as XLSX, and also as
ODS and that back as XLSX; `pymes ENTITY import` of each is a no-op: every row unchanged, the
CSV export as before, no history. Slow: LibreOffice starts three times (label `slow`)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ENTITIES = ("institution", "membership", "meeting", "activity", "project")
AWKWARD = (
    "ref,institution,area,title,description,tags,start_on\n"
    "007,SELA,info,=1+1,1E10,a;b,2026-01-05\n"
    "0042,SELA,info,1/2,\"10:00\nsegunda línea, ñandú\",,\n"
)


def main():
    pymes, demo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    soffice = shutil.which("soffice")
    if not soffice:
        print("xlsx LibreOffice: soffice not found (./bootstrap test installs libreoffice-calc)")
        print("0 passed, 1 failed")
        return 1
    failures = passed = 0
    with tempfile.TemporaryDirectory(prefix="pymes-calc-xlsx-") as work:
        env = dict(os.environ, PYMES_TODAY="2026-11-25", HOME=work, PYMES=pymes)
        db = os.path.join(work, "r.db")

        def run(*args, stdin=None, check=True):
            return subprocess.run([pymes, "--no-config", "-R", db, *args], input=stdin, env=env,
                                  capture_output=True, text=True, check=check)

        subprocess.run([demo, db], env=env, check=True, capture_output=True)
        run("-q", "activity", "import", "-", stdin=AWKWARD)
        before = {e: run(e, "export").stdout for e in ENTITIES}
        history = run("-f", "csv", "log").stdout
        original = os.path.join(work, "original")
        os.mkdir(original)
        books = []
        for e in ENTITIES:
            books.append(os.path.join(original, f"{e}.xlsx"))
            run(e, "export", "--format", "xlsx", "-o", books[-1])

        def office(convert, outdir, files):
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/profile",
                            "--convert-to", convert, "--outdir", outdir, *files],
                           env=env, check=True, capture_output=True, timeout=600)

        resaved = os.path.join(work, "xlsx")
        office("xlsx:Calc MS Excel 2007 XML", resaved, books)
        ods = os.path.join(work, "ods")
        office("ods", ods, books)
        back = os.path.join(work, "ods-xlsx")
        office("xlsx:Calc MS Excel 2007 XML", back, [os.path.join(ods, f"{e}.ods") for e in ENTITIES])
        for how, folder in (("xlsx -> xlsx", resaved), ("xlsx -> ods -> xlsx", back)):
            for e in ENTITIES:
                r = run(e, "import", os.path.join(folder, f"{e}.xlsx"), check=False)
                rows = len(json.loads(run(e, "export", "--format", "json").stdout))
                after = run(e, "export").stdout
                ok = (r.returncode == 0 and f"{rows} rows: 0 added, 0 updated, {rows} unchanged" in r.stderr
                      and after == before[e])
                print(f"{'ok' if ok else 'FAILED'}: {e} {how}: {r.stderr.strip()}")
                passed += ok
                failures += not ok
        ok = run("-f", "csv", "log").stdout == history
        print(f"{'ok' if ok else 'FAILED'}: no history written")
        passed += ok
        failures += not ok
    print(f"{passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
