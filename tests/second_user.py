#!/usr/bin/python3
"""A second user on the machine (SPEC §6): a registry another user owns, readable but not
writable by this one (file 0644 in a folder 0755), is read by every reading command without
writing anything, and a command that writes is refused with a clear message; nothing of the
owner's registry changes. As root the second user is `nobody` (setpriv); otherwise the file and
its folder are made read-only, which is what `nobody` sees.

    second_user.py PYMES
"""
import hashlib
import os
import subprocess
import sys
import tempfile

pymes = os.path.abspath(sys.argv[1])
failures = []
env = {"PATH": "/usr/bin:/bin", "PYMES_TODAY": "2026-11-25", "TZ": "UTC", "LANG": "C.UTF-8",
       "LANGUAGE": "en", "USER": "owner"}


def check(ok, what):
    if not ok:
        failures.append(what)


def run(args, other=False):
    argv = [pymes, "--no-config", "-R", db] + args
    if other and os.geteuid() == 0:
        argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + argv
    return subprocess.run(argv, env=dict(env, HOME=work), capture_output=True, text=True)


with tempfile.TemporaryDirectory(prefix="pymes-user-") as work:
    os.chmod(work, 0o755)
    folder = os.path.join(work, "shared")
    os.mkdir(folder)
    db = os.path.join(folder, "registry.db")
    for args in (["-q", "init"],
                 ["-q", "activity", "add", "--institution", "SELA", "--area", "training",
                  "--title", "Taller", "--start", "2026-03-02"],
                 ["-q", "meeting", "add", "--date", "2026-12-10", "--title", "Reunión"]):
        check(run(args).returncode == 0, f"owner: {args}")
    os.chmod(db, 0o644)
    os.chmod(folder, 0o755 if os.geteuid() == 0 else 0o555)
    if os.geteuid() != 0:
        os.chmod(db, 0o444)
    before = hashlib.sha256(open(db, "rb").read()).hexdigest()

    for args, expect in ((["-f", "csv", "activity", "list"], "Taller"),
                         (["-f", "csv", "meeting", "list"], "Reunión"),
                         (["search", "taller"], "Taller"),
                         (["db", "status"], "schema"),
                         (["db", "check"], "sound"),
                         (["digest", "--week", "2026-W10"], "Taller"),
                         (["activity", "export"], "Taller")):
        r = run(args, other=True)
        check(r.returncode == 0 and expect in r.stdout + r.stderr,
              f"second user: {args}: exit {r.returncode}: {r.stdout[-300:]}{r.stderr}")

    r = run(["activity", "add", "--institution", "SELA", "--area", "training", "--title", "X"],
            other=True)
    check(r.returncode == 73 and "cannot be written" in r.stderr,
          f"second user writing: exit {r.returncode}: {r.stderr}")
    check(hashlib.sha256(open(db, "rb").read()).hexdigest() == before,
          "the owner's registry changed")
    os.chmod(folder, 0o755)
    os.chmod(db, 0o600)
    r = run(["-f", "csv", "activity", "list"])
    check(r.returncode == 0 and "Taller" in r.stdout and "X" not in r.stdout.split("\n")[-2],
          f"owner afterwards: {r.stdout}{r.stderr}")

for f in failures:
    print("FAIL:", f)
print(f"{'failed' if failures else 'passed'}: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
