#!/usr/bin/python3
"""Hardening (issue 15, SPEC §6 and §7): hostile output paths, refused and damaged registries,
`db check` that only reads, private files, bounded configuration, concurrent first opens.
Each case prints what it checked; the run ends with "N passed, M failed".

    hardening.py PYMES [CASE ...]
"""
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

PYMES = None
failures = []
passed = 0


def run(work, *args, env=None, **kw):
    e = dict(os.environ, HOME=work, PYMES_TODAY="2026-11-25", USER="tester", TZ="UTC")
    e.pop("PYMES_CONFIG", None)
    e.pop("PYMES_REGISTRY", None)
    if env:
        e.update(env)
    return subprocess.run([PYMES, *args], capture_output=True, env=e, cwd=work, timeout=300, **kw)


def check(ok, what):
    global passed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failures.append(what)
        print(f"FAIL {what}")


def init(work, name="r.db", *extra):
    path = os.path.join(work, name)
    r = run(work, "--no-config", "-q", "-R", path, "init", *extra)
    assert r.returncode == 0, r.stderr
    return path


def case_planted_symlink(work):
    """A symlink planted at every name the old predictable temporary could take (.FILE.tmp-PID
    for the next PIDs) is never followed: the file it points to is left as it was."""
    registry = init(work)
    victim = os.path.join(work, "victim.txt")
    with open(victim, "w") as f:
        f.write("precious\n")
    with open("/proc/sys/kernel/ns_last_pid") as f:
        last = int(f.read())
    planted = []
    for pid in range(last + 1, last + 3000):
        link = os.path.join(work, f".digest.txt.tmp-{pid}")
        os.symlink(victim, link)
        planted.append(link)
    r = run(work, "--no-config", "-R", registry, "digest", "-o", "digest.txt")
    check(r.returncode == 0, f"digest -o beside 3000 planted symlinks exits 0 ({r.returncode}: {r.stderr.decode().strip()})")
    with open(victim) as f:
        check(f.read() == "precious\n", "the file the planted symlinks point to is unchanged")
    check(all(os.path.islink(p) for p in planted), "the planted symlinks are still there, untouched")
    check(os.path.isfile(os.path.join(work, "digest.txt")) and not os.path.islink(os.path.join(work, "digest.txt")),
          "the digest is a new regular file")


def main():
    global PYMES
    PYMES = os.path.abspath(sys.argv[1])
    wanted = sys.argv[2:]
    cases = [(n, f) for n, f in sorted(globals().items()) if n.startswith("case_")]
    for name, f in cases:
        if wanted and name[5:] not in wanted:
            continue
        with tempfile.TemporaryDirectory(prefix="pymes-hardening-") as work:
            os.chmod(work, 0o755)
            try:
                f(work)
            except Exception as e:  # a case that breaks is a failure, not the end of the run
                check(False, f"{name}: {type(e).__name__}: {e}")
    for f in failures:
        print("FAIL " + f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
