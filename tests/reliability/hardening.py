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


def program_schema():
    """The schema this pymes writes, as `pymes --version` says it."""
    out = subprocess.run([PYMES, "--version"], capture_output=True, text=True, check=True).stdout
    return int(out.rsplit("registry schema ", 1)[1].rstrip(")\n"))


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
    """A `db backup` killed at any moment leaves no backup file: either the whole backup or
    nothing; whatever partial file it left is gone once the next backup has run."""
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
    # A killed backup may leave its hidden temporary (SQLite's backup writes to a path); the
    # next backup in the folder removes it (SPEC §6).
    r = run(work, "--no-config", "-q", "-R", registry, "db", "backup", "last.db")
    check(r.returncode == 0, f"a backup after the kills succeeds ({r.stderr})")
    os.remove(os.path.join(work, "last.db"))
    names = sorted(os.listdir(work))
    stray = [n for n in names if n not in ("r.db", "r.db-wal", "r.db-shm") and not n.startswith("b")]
    check(not stray, f"{kills} backups killed at 5-150 ms leave no partial file once the next has run ({stray})")
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
        # Migrated once: to the program's schema, one `migrate` row per step from schema 1.
        latest = program_schema()
        check(version == latest and migrations == latest - 1,
              f"round {round}: migrated once (schema {version} of {latest}, {migrations} migrate rows)")
        check(added == codes.count(0), f"round {round}: every process that exited 0 wrote its activity ({added})")


OTHER = "pymes-hardening-other"


def other_user():
    """An unprivileged user made for the test when run as root (None otherwise)."""
    if os.geteuid() != 0:
        return None
    import pwd
    try:
        pwd.getpwnam(OTHER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OTHER],
                       check=True, capture_output=True)
    return OTHER


def remove_other_user():
    if os.geteuid() == 0:
        subprocess.run(["userdel", OTHER], capture_output=True)


def case_second_user_cannot_read(work):
    """Another local user can read neither a new registry nor its backup nor a migration copy."""
    user = other_user()
    if user is None:
        print("skip second-user case: not root, so no second user can be made")
        return
    registry = init(work)
    run(work, "--no-config", "-q", "-R", registry, "db", "backup", "copy.db")
    old = older_registry(work)
    run(work, "--no-config", "-q", "-R", old, "institution", "list")
    for path in (registry, os.path.join(work, "copy.db"), old + ".schema-1.bak"):
        r = subprocess.run(["cat", path], user=user, capture_output=True)
        check(r.returncode != 0 and b"Permission denied" in r.stderr,
              f"user {user} cannot read {os.path.basename(path)} ({r.returncode})")


def sqlite_registry_with_data(work, rows=3000):
    registry = init(work)
    with open(os.path.join(work, "a.csv"), "w") as f:
        f.write("ref,institution,area,title,start_on\n")
        for i in range(rows):
            f.write(f"A-{i},SELA,training,Taller de exportación {i},2026-01-05\n")
    r = run(work, "--no-config", "-q", "-R", registry, "activity", "import", "a.csv")
    assert r.returncode == 0, r.stderr
    return registry


def config(work, text):
    path = os.path.join(work, "config.toml")
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, 0o644)
    return path


def case_check_beside_a_writer(work):
    """`db check` only reads: a writer holding the write lock (mid-transaction) never makes it
    fail, and it checks the last committed state."""
    registry = sqlite_registry_with_data(work)
    cfg = config(work, "busy_timeout_ms = 300\n")
    writer = sqlite3.connect(registry, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO activity (institution, area, title, recorded_on) VALUES ('SELA', 'training', 'x', '2026-01-01')")
    r = run(work, "-c", cfg, "-R", registry, "db", "check")
    check(r.returncode == 0 and b"sound" in r.stderr,
          f"db check while another process holds the write lock: exit 0, sound ({r.returncode}: {r.stdout.decode()}{r.stderr.decode().strip()})")
    writer.execute("ROLLBACK")
    writer.close()


def case_check_under_exclusive_lock(work):
    """A registry held exclusively past the busy timeout: `db check` exits 75, never 'damaged'."""
    registry = sqlite_registry_with_data(work, 10)
    cfg = config(work, "busy_timeout_ms = 300\n")
    holder = sqlite3.connect(registry, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO activity (institution, area, title, recorded_on) VALUES ('SELA', 'training', 'x', '2026-01-01')")
    r = run(work, "-c", cfg, "-R", registry, "db", "check")
    err = r.stderr.decode()
    check(r.returncode == 75 and "locked" in err and "damaged" not in err and not r.stdout,
          f"db check of a registry held exclusively: exit 75, 'locked' ({r.returncode}: {r.stdout.decode()}{err.strip()})")
    holder.execute("ROLLBACK")
    holder.close()


def case_check_read_only(work):
    """A read-only registry (file 0444, then its folder 0555 too) is checked, and left as it was."""
    user = other_user()
    folder = os.path.join(work, "ro")
    os.mkdir(folder)
    registry = sqlite_registry_with_data(work, 100)
    target = os.path.join(folder, "r.db")
    shutil.copy(registry, target)
    uid = None
    if user:
        import pwd
        uid = pwd.getpwnam(user).pw_uid
        os.chown(folder, uid, -1)
        os.chown(target, uid, -1)
    os.chmod(target, 0o444)
    with open(target, "rb") as f:
        before = f.read()
    kw = {"user": user} if user else {}
    for label, folder_mode in (("file 0444", 0o755), ("file 0444 in a folder 0555", 0o555)):
        os.chmod(folder, folder_mode)
        r = run(work, "--no-config", "-R", target, "db", "check", **kw)
        check(r.returncode == 0 and b"sound" in r.stderr,
              f"{label}{' (as ' + user + ')' if user else ''}: db check exits 0 ({r.returncode}: {r.stdout.decode()}{r.stderr.decode().strip()})")
    os.chmod(folder, 0o755)
    with open(target, "rb") as f:
        check(f.read() == before, "the read-only registry is byte for byte as it was")


def case_check_truncated(work):
    """A truncated registry: `db check` reports what it can and exits 1 (not 65 with a hint to
    run db check)."""
    registry = sqlite_registry_with_data(work, 3000)
    db = sqlite3.connect(registry)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(registry + suffix):
            os.remove(registry + suffix)
    size = os.path.getsize(registry)
    os.truncate(registry, size // 2)
    r = run(work, "--no-config", "-R", registry, "db", "check")
    err = r.stderr.decode()
    check(r.returncode == 1 and r.stdout and "problem" in err and "db check" not in err,
          f"db check of a registry cut to half its size: problems listed, exit 1 ({r.returncode}: {r.stdout.decode()[:300]}{err.strip()})")


def case_config_bounded(work):
    """A config that is a device or a folder (named with -c: 66), or larger than 1 MiB (78), is
    refused without being read into memory: `-c /dev/zero` ends at once instead of filling the
    memory."""
    import resource
    big = os.path.join(work, "big.toml")
    with open(big, "w") as f:
        f.write("# ")
        for _ in range(64):  # in pieces: a forked child's peak counts what this process holds
            f.write("x" * (1 << 20))
        f.write("\n")
    for path, code in (("/dev/zero", 66), (work, 66), (big, 78)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        r = run(work, "-c", path, "institution", "list")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # Under AddressSanitizer the peak counts its shadow memory (~350 MiB for any run): there
        # only the refusal is checked; the plain build checks the bound.
        bounded = peak < 64 * 1024 or os.environ.get("PYMES_SANITIZED") == "1"
        check(r.returncode == code and bounded,
              f"-c {os.path.basename(path) or path}: exit {code}, peak under 64 MiB ({r.returncode}, {peak // 1024} MiB)")


def case_closed_stdout_names_the_write(work):
    """An `add` whose stdout is closed still commits, and says on stderr which record it wrote
    (exit 74), so that a script that retries on failure knows not to add it twice."""
    registry = init(work)
    e = dict(os.environ, HOME=work, PYMES_TODAY="2026-11-25")
    r = subprocess.run(f"'{PYMES}' --no-config -R '{registry}' activity add --institution SELA --area training --title T >&-",
                       shell=True, capture_output=True, env=e, cwd=work)
    err = r.stderr.decode()
    check(r.returncode == 74 and "activity 1 was written" in err,
          f"activity add with stdout closed: 74 naming activity 1 ({r.returncode}: {err.strip()})")
    db = sqlite3.connect(registry)
    check(db.execute("SELECT count(*) FROM activity").fetchone()[0] == 1, "the activity is in the registry")
    db.close()


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
    remove_other_user()
    for f in failures:
        print("FAIL " + f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
