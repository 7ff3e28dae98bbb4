#!/usr/bin/python3
"""Crash test: kill -9 pymes at many moments (seeded) during a large import and during a
stream of single writes; after every kill, `pymes db check` passes and the registry equals
exactly the state before the command or after it, never anything in between.

    crash.py PYMES GENERATE_PY [--rows N] [--kills K] [--seed S]
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def run(pymes, registry, *args, stdin=None, check=True):
    r = subprocess.run([pymes, "--no-config", "-q", "-R", registry, *args], input=stdin,
                       capture_output=True, timeout=600)
    if check and r.returncode != 0:
        raise SystemExit(f"pymes {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
    return r


def state(pymes, registry):
    """Everything a user can see of the registry's records, as bytes."""
    return b"".join(run(pymes, registry, e, "export").stdout for e in ("institution", "meeting", "activity", "project"))


def main():
    a = argparse.ArgumentParser()
    a.add_argument("pymes")
    a.add_argument("generate")
    a.add_argument("--rows", type=int, default=150_000)
    a.add_argument("--kills", type=int, default=8)
    a.add_argument("--seed", type=int, default=1996)
    o = a.parse_args()
    rng = random.Random(o.seed)
    failures = passed = 0
    with tempfile.TemporaryDirectory(prefix="pymes-crash-") as work:
        data = os.path.join(work, "data")
        subprocess.run([sys.executable, o.generate, data, "--institutions", "200", "--meetings", "50",
                        "--projects", "50", "--activities", str(o.rows)], check=True)
        base = os.path.join(work, "base.db")
        run(o.pymes, base, "init", "--empty")
        run(o.pymes, base, "institution", "import", os.path.join(data, "institution.csv"))
        run(o.pymes, base, "meeting", "import", os.path.join(data, "meeting.csv"))

        # How long a whole import takes, to spread the kills over it.
        timing = os.path.join(work, "timing.db")
        shutil.copy(base, timing)
        t0 = time.monotonic()
        run(o.pymes, timing, "activity", "import", os.path.join(data, "activity.csv"))
        duration = time.monotonic() - t0
        after_import = state(o.pymes, timing)
        before = state(o.pymes, base)

        def check(registry, allowed, what):
            nonlocal failures, passed
            r = run(o.pymes, registry, "db", "check", check=False)
            now = state(o.pymes, registry)
            if r.returncode != 0:
                failures += 1
                print(f"FAIL {what}: db check: {r.stdout.decode()}{r.stderr.decode()}")
            elif now not in allowed:
                failures += 1
                print(f"FAIL {what}: the registry is neither the state before nor after")
            else:
                passed += 1

        for k in range(o.kills):
            registry = os.path.join(work, f"import-{k}.db")
            shutil.copy(base, registry)
            delay = rng.uniform(0.02, duration * 1.1)
            p = subprocess.Popen([o.pymes, "--no-config", "-q", "-R", registry, "activity", "import",
                                  os.path.join(data, "activity.csv")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            p.send_signal(signal.SIGKILL)
            p.wait()
            check(registry, (before, after_import), f"import killed after {delay:.2f}s of {duration:.2f}s")

        # A stream of single writes, each one transaction: add activity i, then note i on an
        # institution. After a kill, the activities are exactly "Taller 1" .. "Taller n", and the
        # note is whole: "nota k" with k never ahead of n and never going back. (A kill between
        # the two writes leaves the note behind; the next stream starts with the next add.)
        registry = os.path.join(work, "stream.db")
        shutil.copy(base, registry)
        script = os.path.join(work, "stream.sh")
        with open(script, "w") as f:
            f.write(f"""set -e
p() {{ "{o.pymes}" --no-config -q -R "{registry}" "$@" > /dev/null; }}
i=$START
while true; do
  i=$((i + 1))
  p activity add --institution INST-00001 --area training --title "Taller $i" --start 2026-01-01
  p institution edit INST-00002 --notes "nota $i"
done
""")
        n = note_k = 0
        for k in range(o.kills):
            p = subprocess.Popen(["sh", script], env={**os.environ, "START": str(n)}, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
            time.sleep(rng.uniform(0.05, 0.6))
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            r = run(o.pymes, registry, "db", "check", check=False)
            titles = [l.split(",")[4] for l in run(o.pymes, registry, "activity", "export").stdout.decode().splitlines()[1:]]
            n = len(titles)
            note = [l for l in run(o.pymes, registry, "institution", "export").stdout.decode().splitlines()
                    if l.startswith("INST-00002,")][0].split(",")[8]
            whole = note == "" or (note.startswith("nota ") and note[5:].isdigit())
            k_now = int(note[5:]) if note else 0
            ok = (r.returncode == 0 and titles == [f"Taller {i}" for i in range(1, n + 1)] and whole
                  and note_k <= k_now <= n)
            note_k = k_now
            if ok:
                passed += 1
            else:
                failures += 1
                print(f"FAIL stream kill {k}: db check {r.returncode}, {n} activities, note {note!r}")
    print(f"{passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
