#!/usr/bin/python3
"""A real spreadsheet (issue 14, SPEC §4): LibreOffice Calc, headless, opens an `--excel` export
of awkward values with every column as text, saves it as CSV with ';' and as CSV with ',', and
`pymes activity import --excel` reads each back with nothing changed. Slow: LibreOffice starts
twice (label `slow`).

Then as a person opens it (issue 29): no column types, Calc's defaults, in the es-ES and en-US
locales, with formulas evaluated (the default) or not, and with "detect special numbers": text
a spreadsheet reads as a number, a date or a boolean (refs with leading zeros, long digit
strings, 1E5, 1/2, dates and times in text fields, TRUE) comes back unchanged, and a file whose
007 a spreadsheet did turn into 7 is refused, not imported as 7."""
import os
import shutil
import subprocess
import sys
import tempfile

AWKWARD = (
    "ref,institution,area,title,description,tags\n"
    "007,SELA,info,'=SUM(A1),\"Taller, uno; dos\",a;b\n"
    "A-2,SELA,info,@menciones,\"=1+1\nsegunda línea\",\n"
    "A-3,SELA,info,\"a;b\",\"con \"\"comillas\"\" y acentos: ñandú, São Paulo\",\n"
    "A-4,SELA,info,'apóstrofo,+51 1 234,\n"
    "A-5,SELA,info,-guion,0012,\n"
)

# Text that a spreadsheet opening a CSV file reads as something else.
NUMERIC = (
    "ref,institution,area,title,description,tags,start_on,highlight\n"
    "007,SELA,info,1E5,12345678901234567890,0012;1/2,2026-01-05,true\n"
    "0012,SELA,info,2026-01-05,1/2,,,false\n"
    "12345678901234567890,SELA,info,10:00,TRUE,,,false\n"
    "1E5,SELA,info,\"1,5\",5%,,,false\n"
    "00123,SELA,info,3 mar 2026,1.234.567,,,false\n"
    "A-6,SELA,info,Taller 2026,\"1.000,50 €\",,,false\n"
)


def main():
    pymes = os.path.abspath(sys.argv[1])
    soffice = shutil.which("soffice")
    if not soffice:
        print("spreadsheet round trip: soffice not found (./bootstrap test installs libreoffice-calc)")
        print("0 passed, 1 failed")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory(prefix="pymes-calc-") as work:
        env = dict(os.environ, PYMES_TODAY="2026-11-25", HOME=work)
        db = os.path.join(work, "r.db")

        def run(*args, stdin=None):
            return subprocess.run([pymes, "--no-config", "-R", db, *args], input=stdin, env=env,
                                  capture_output=True, text=True, check=True)

        run("-q", "init")
        run("-q", "activity", "import", "-", stdin=AWKWARD)
        plain = run("activity", "export").stdout
        excel = os.path.join(work, "excel.csv")
        with open(excel, "w", encoding="utf-8", newline="") as f:
            f.write(run("activity", "export", "--excel").stdout)
        columns = len(plain.split("\n", 1)[0].split(","))
        as_text = "/".join(f"{c}/2" for c in range(1, columns + 1))  # every column read as text
        for name, code in (("semicolon", 59), ("comma", 44)):
            out = os.path.join(work, name)
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/profile",
                            f"--infilter=CSV:59,34,76,1,{as_text}",
                            "--convert-to", f"csv:Text - txt - csv (StarCalc):{code},34,76,1,,0,true,true,false,false",
                            "--outdir", out, excel], env=env, check=True, capture_output=True, timeout=300)
            saved = os.path.join(out, "excel.csv")
            r = subprocess.run([pymes, "--no-config", "-R", db, "activity", "import", "--excel",
                                "--delimiter", chr(code), saved], env=env, capture_output=True, text=True)
            after = run("activity", "export").stdout
            ok = r.returncode == 0 and "0 added, 0 updated, 5 unchanged" in r.stderr and after == plain
            print(f"{'ok' if ok else 'FAILED'}: saved by LibreOffice with '{chr(code)}': {r.stderr.strip()}")
            if not ok:
                failures += 1
                with open(saved, encoding="utf-8", errors="replace") as f:
                    print(f.read())
        failures += as_a_person(pymes, soffice, work, env)
    print(f"{2 + PERSON_CHECKS - failures} passed, {failures} failed")
    return 1 if failures else 0


# es-ES (3082) and en-US (1033); Calc's CSV filter options: separator, quote, UTF-8, first line,
# column types (none: Calc guesses, as when a person opens the file), language, quoted field as
# text, detect special numbers, (export: as shown, formulas, spaces, sheet), evaluate formulas.
PERSON_CASES = [
    ("es-ES", 3082, "false,false,false,false,false,0,true"),
    ("en-US", 1033, "false,false,false,false,false,0,true"),
    ("es-ES, formulas not evaluated", 3082, "false,false,false,false,false,0,false"),
    ("en-US, special numbers detected", 1033, "false,true,false,false,false,0,true"),
]
PERSON_CHECKS = len(PERSON_CASES) + 2


def as_a_person(pymes, soffice, work, env):
    failures = 0
    db = os.path.join(work, "numeric.db")

    def run(*args, stdin=None, check=True):
        return subprocess.run([pymes, "--no-config", "-R", db, *args], input=stdin, env=env,
                              capture_output=True, text=True, check=check)

    run("-q", "init")
    run("-q", "activity", "import", "-", stdin=NUMERIC)
    plain = run("activity", "export").stdout
    history = run("-f", "csv", "log").stdout
    excel = os.path.join(work, "numeric.csv")
    with open(excel, "w", encoding="utf-8", newline="") as f:
        f.write(run("activity", "export", "--excel").stdout)
    for name, lang, options in PERSON_CASES:
        out = os.path.join(work, f"person-{lang}-{options.replace(',', '')}")
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/profile",
                        f"--infilter=CSV:59,34,76,1,,{lang},{options}",
                        "--convert-to", f"csv:Text - txt - csv (StarCalc):59,34,76,1,,{lang},false,true,true,false,false",
                        "--outdir", out, excel], env=env, check=True, capture_output=True, timeout=300)
        saved = os.path.join(out, "numeric.csv")
        r = run("activity", "import", "--excel", saved, check=False)
        after = run("activity", "export").stdout
        ok = r.returncode == 0 and "0 added, 0 updated, 6 unchanged" in r.stderr and after == plain
        print(f"{'ok' if ok else 'FAILED'}: opened and saved by Calc as a person does ({name}): {r.stderr.strip()}")
        if not ok:
            failures += 1
            with open(saved, encoding="utf-8", errors="replace") as f:
                print(f.read())
    ok = run("-f", "csv", "log").stdout == history
    print(f"{'ok' if ok else 'FAILED'}: the history has no change from those imports")
    failures += 0 if ok else 1
    # What Calc 7.4 made of a plain CSV (1;7;"SELA"): refused, with the row, not imported as 7.
    with open(excel, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    mangled = os.path.join(work, "mangled.csv")
    with open(mangled, "w", encoding="utf-8", newline="") as f:
        f.write(text.replace('"=""007"""', "7").replace('"=""1E5"""', "1.00E+05"))
    r = run("activity", "import", "--excel", mangled, check=False)
    ok = (r.returncode == 65 and "'007'" in r.stderr and "'7'" in r.stderr and ":2: ref:" in r.stderr
          and "1.00E+05" in r.stderr and "xlsx" in r.stderr and run("activity", "export").stdout == plain)
    print(f"{'ok' if ok else 'FAILED'}: 007 turned into 7 by a spreadsheet is refused: {r.stderr.strip()}")
    failures += 0 if ok else 1
    return failures


if __name__ == "__main__":
    sys.exit(main())
