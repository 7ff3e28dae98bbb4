#!/usr/bin/python3
"""The progress line of long work (issue 20): with stderr on a terminal (a pty) an import, an
export and a backup draw one line on stderr that says how far they are, and erase it when done;
never when stderr is a pipe, never with -q. $PYMES_PROGRESS_AFTER_MS=0 lifts the one-second
threshold, so that nothing here depends on time.

    progress_pty.py PYMES GENERATE_PY
"""
import os
import pty
import re
import subprocess
import sys
import tempfile

ERASE = b"\r\x1b[K"
failures = 0


def check(ok, what, detail=b""):
    global failures
    if ok:
        print(f"ok   {what}")
    else:
        failures += 1
        print(f"FAIL {what}\n     stderr: {detail!r}")


def on_pty(pymes, registry, *args, quiet=False):
    """Runs pymes with stderr on a pty (stdout to a file); returns (exit code, stderr bytes)."""
    master, slave = pty.openpty()
    env = dict(os.environ, PYMES_PROGRESS_AFTER_MS="0")
    cmd = [pymes, "--no-config", *(["-q"] if quiet else []), "-R", registry, *args]
    with open(os.devnull, "wb") as out:
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=slave, env=env)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the pty
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    return p.wait(), err


def on_pipe(pymes, registry, *args):
    env = dict(os.environ, PYMES_PROGRESS_AFTER_MS="0")
    r = subprocess.run([pymes, "--no-config", "-R", registry, *args], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    return r.returncode, r.stderr


def import_drawn(err, rows):
    """An import line with a row count between 1 and `rows` (which one depends on the
    throttle), erased before the summary."""
    counts = [int(n) for n in re.findall(rb"activity import: (\d+) rows", err)]
    return bool(counts) and all(0 < n <= rows for n in counts) and drawn_and_erased(
        err, b"activity import: %d rows" % counts[-1])


def drawn_and_erased(err, needle):
    """The line holds `needle`, and the last thing about it on stderr is the erase."""
    at = err.rfind(needle)
    return at >= 0 and ERASE in err[:at] and ERASE in err[at:]


def main():
    pymes, generate = sys.argv[1], sys.argv[2]
    rows = 5000  # more than export's 4096 rows between calls
    with tempfile.TemporaryDirectory(prefix="pymes-progress-") as work:
        data = os.path.join(work, "data")
        subprocess.run([sys.executable, generate, data, "--institutions", "20", "--meetings", "0",
                        "--projects", "0", "--activities", str(rows)], check=True)
        csv = os.path.join(data, "activity.csv")
        reg = os.path.join(work, "r.db")
        subprocess.run([pymes, "--no-config", "-q", "-R", reg, "init", "--empty"], check=True)
        subprocess.run([pymes, "--no-config", "-q", "-R", reg, "institution", "import",
                        os.path.join(data, "institution.csv")], check=True)

        # A dry run first (same reading, nothing written), so the real import still adds rows.
        code, err = on_pty(pymes, reg, "activity", "import", "--dry-run", csv)
        check(code == 0, "import --dry-run on a pty exits 0", err)
        check(import_drawn(err, rows),
              "import draws the row count on the pty and erases it", err)
        size = os.path.getsize(csv)
        check(b" of " in err and b"%" in err and b" left" in err,
              f"import of a {size}-byte file says how much of it is read and the time left", err)
        check(err.endswith(b"\r\x1b[Kpymes: %d rows: %d added, 0 updated, 0 unchanged (dry run: "
                           b"nothing was written)\r\n" % (rows, rows)),
              "the summary follows the erased line", err)

        code, err = on_pipe(pymes, reg, "activity", "import", "--dry-run", csv)
        check(code == 0 and ERASE not in err and b"activity import:" not in err,
              "no progress line when stderr is a pipe", err)

        code, err = on_pty(pymes, reg, "activity", "import", "--dry-run", csv, quiet=True)
        check(code == 0 and err == b"", "nothing at all on the pty with -q", err)

        code, err = on_pty(pymes, reg, "activity", "import", csv)
        check(code == 0 and import_drawn(err, rows),
              "the real import draws and erases its line", err)

        code, err = on_pty(pymes, reg, "activity", "export")
        check(code == 0 and drawn_and_erased(err, b"activity export: 4096 rows"),
              "export draws the rows written and erases the line", err)
        check(err.endswith(ERASE), "export leaves nothing behind on stderr", err)
        code, err = on_pipe(pymes, reg, "activity", "export")
        check(code == 0 and err == b"", "export on a pipe: stderr empty", err)
        code, err = on_pty(pymes, reg, "activity", "export", quiet=True)
        check(code == 0 and err == b"", "export with -q: stderr empty", err)

        code, err = on_pty(pymes, reg, "db", "backup", os.path.join(work, "copy.db"))
        check(code == 0 and drawn_and_erased(err, b"db backup: 256 of ")
              and b" pages" in err, "backup draws the pages copied of the total and erases", err)
        code, err = on_pipe(pymes, reg, "db", "backup", os.path.join(work, "copy2.db"))
        check(code == 0 and ERASE not in err, "backup on a pipe: no progress line", err)
        code, err = on_pty(pymes, reg, "db", "backup", os.path.join(work, "copy3.db"), quiet=True)
        check(code == 0 and err == b"", "backup with -q: nothing", err)

    if failures:
        sys.exit(f"{failures} check(s) failed")


if __name__ == "__main__":
    main()
