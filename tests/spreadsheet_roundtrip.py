#!/usr/bin/python3
"""A real spreadsheet (issue 14, SPEC §4): LibreOffice Calc, headless, opens an `--excel` export
of awkward values with every column as text, saves it as CSV with ';' and as CSV with ',', and
`pymes activity import --excel` reads each back with nothing changed. Slow: LibreOffice starts
twice (label `slow`)."""
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
    print(f"{2 - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
