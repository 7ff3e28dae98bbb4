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


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schema")


def older_registry(work, name="old.db"):
    """A registry as pymes 0.1.0 made it: migration 0001 alone, WAL, 0600."""
    path = os.path.join(work, name)
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 1348029765")  # 'PYME'
    with open(os.path.join(SCHEMA, "0001_initial.sql"), encoding="utf-8") as f:
        db.executescript(f.read())
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO institution (code, name) VALUES ('SELA', 'Sistema Económico Latinoamericano')")
    db.commit()
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    os.chmod(path, 0o600)
    return path


def case_private_files(work):
    """New registries, backups and migration copies are readable by their owner only; a backup
    keeps its registry's mode."""
    os.umask(0o022)
    registry = init(work)
    check(mode(registry) == 0o600, f"a new registry is 0600 ({oct(mode(registry))})")
    r = run(work, "--no-config", "-q", "-R", registry, "db", "backup", "copy.db")
    check(r.returncode == 0 and mode(os.path.join(work, "copy.db")) == 0o600, "a backup of a 0600 registry is 0600")
    os.chmod(registry, 0o640)
    r = run(work, "--no-config", "-q", "-R", registry, "db", "backup", "copy2.db")
    check(r.returncode == 0 and mode(os.path.join(work, "copy2.db")) == 0o640, "a backup of a 0640 registry is 0640")
    old = older_registry(work)
    r = run(work, "--no-config", "-R", old, "institution", "list")
    copy = old + ".schema-1.bak"
    check(r.returncode == 0 and os.path.exists(copy) and mode(copy) == 0o600,
          f"the migration copy of a 0600 registry is 0600 ({r.returncode}: {r.stderr.decode().strip()})")
    leftovers = [n for n in os.listdir(work) if n.startswith(".")]
    check(not leftovers, f"no temporary is left in the folder ({leftovers})")


def case_refused_registry_untouched(work):
    """A registry from a newer pymes, or with an impossible schema version, is refused (65) and
    left byte for byte as it was: not even its journal mode is switched; no backup is written."""
    for version, words in ((999, "newer pymes"), (0, "damaged"), (-3, "damaged")):
        registry = init(work, f"r{version}.db")
        db = sqlite3.connect(registry)
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute(f"PRAGMA user_version = {version}")
        db.commit()
        db.close()
        with open(registry, "rb") as f:
            before = f.read()
        for args in (["db", "status"], ["institution", "list"], ["db", "migrate"]):
            r = run(work, "--no-config", "-R", registry, *args)
            check(r.returncode == 65 and words in r.stderr.decode(),
                  f"user_version {version}: {' '.join(args)} exits 65 saying '{words}' ({r.returncode}: {r.stderr.decode().strip()})")
        with open(registry, "rb") as f:
            check(f.read() == before, f"user_version {version}: the file is byte for byte as it was")
        backups = [n for n in os.listdir(work) if n.startswith(f"r{version}.db.") or n.startswith(f".r{version}")]
        check(not backups, f"user_version {version}: no backup and no journal beside it ({backups})")


def case_interrupted_backup(work):
    """A `db backup` killed at any moment leaves no file: either the whole backup or nothing."""
    registry = init(work)
    rows = "\n".join(f"A-{i},SELA,training,Taller {i} {'x' * 200},2026-01-05" for i in range(60000))
    with open(os.path.join(work, "a.csv"), "w") as f:
        f.write("ref,institution,area,title,start_on\n" + rows + "\n")
    r = run(work, "--no-config", "-q", "-R", registry, "activity", "import", "a.csv")
    assert r.returncode == 0, r.stderr
    os.remove(os.path.join(work, "a.csv"))
    import time
    kills = 0
    for delay in (0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15):
        e = dict(os.environ, HOME=work)
        p = subprocess.Popen([PYMES, "--no-config", "-q", "-R", registry, "db", "backup", f"b{kills}.db"],
                             cwd=work, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.kill()
        p.wait()
        kills += 1
    names = sorted(os.listdir(work))
    stray = [n for n in names if n not in ("r.db", "r.db-wal", "r.db-shm") and not n.startswith("b")]
    check(not stray, f"{kills} backups killed at 5-150 ms leave no partial file ({stray})")
    for n in names:
        if n.startswith("b"):
            db = sqlite3.connect(os.path.join(work, n))
            ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and \
                db.execute("SELECT count(*) FROM activity").fetchone()[0] == 60000
            db.close()
            check(ok, f"{n}, a backup that was completed before the kill, is whole")


def case_concurrent_first_opens(work):
    """Eight processes open an older registry at the same moment: one migrates and writes one
    backup; the others wait and use the migrated registry (or exit 75 after the busy timeout)."""
    for round in range(3):
        old = older_registry(work, f"old{round}.db")
        e = dict(os.environ, HOME=work, PYMES_TODAY="2026-11-25")
        procs = [subprocess.Popen([PYMES, "--no-config", "-R", old, "activity", "add", "--institution", "SELA",
                                   "--area", "training", "--title", f"Taller {i}"],
                                  cwd=work, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for i in range(8)]
        results = [(p.wait(), p.stderr.read().decode()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        codes = sorted(c for c, _ in results)
        check(all(c in (0, 75) for c in codes), f"round {round}: every process exits 0 or 75 ({codes}; "
              + " | ".join(err.strip() for c, err in results if c not in (0, 75)) + ")")
        backups = [n for n in os.listdir(work) if n.startswith(f"old{round}.db.schema")]
        check(len(backups) == 1, f"round {round}: one backup ({backups})")
        db = sqlite3.connect(old)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        migrations = db.execute("SELECT count(*) FROM history WHERE action = 'migrate'").fetchone()[0]
        added = db.execute("SELECT count(*) FROM activity").fetchone()[0]
        db.close()
        check(version == 2 and migrations == 1, f"round {round}: migrated once (schema {version}, {migrations} migrate rows)")
        check(added == codes.count(0), f"round {round}: every process that exited 0 wrote its activity ({added})")


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
