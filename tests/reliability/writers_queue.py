#!/usr/bin/python3
"""Writers queue (issue 28, item 1): every command that writes the registry waits for another
process's write lock for the busy timeout, then does its work; none fails early because it
read the registry before asking for the lock.

1. Another process (python's sqlite3) holds `BEGIN IMMEDIATE` for a second while N copies of
   every writing command start (busy_timeout_ms well above that): every one exits 0 and its
   change is in the registry.
2. The lock is held past a short busy timeout: every writing command exits 75 with the
   "locked" message, not before the timeout has passed, and the registry is unchanged.

    writers_queue.py PYMES [--copies N]
"""
import argparse
import csv
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time


def main():
    a = argparse.ArgumentParser()
    a.add_argument("pymes")
    a.add_argument("--copies", type=int, default=3)
    o = a.parse_args()
    failures = []
    env = dict(os.environ, PYMES_TODAY="2026-06-01", LANGUAGE="en", LC_ALL="C.UTF-8")
    with tempfile.TemporaryDirectory(prefix="pymes-writers-") as work:
        registry = os.path.join(work, "r.db")

        def config(timeout_ms):
            path = os.path.join(work, f"c{timeout_ms}.toml")
            if not os.path.exists(path):  # written once, before the writers run
                with open(path, "w") as f:
                    f.write(f"busy_timeout_ms = {timeout_ms}\n")
            return path

        def pymes(args, timeout_ms=60000, check=True):
            r = subprocess.run([o.pymes, "-c", config(timeout_ms), "-q", "-R", registry] + args,
                               capture_output=True, env=env, timeout=600)
            if check and r.returncode != 0:
                sys.exit(f"setup: pymes {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
            return r

        def new_id(args):
            return str(json.loads(pymes(["-f", "json"] + args).stdout)["id"])

        def event_id(code):
            rows = csv.DictReader(pymes(["membership", "export"]).stdout.decode().splitlines())
            return [r["id"] for r in rows if r["institution"] == code][-1]

        def write_csv(name, header, rows):
            path = os.path.join(work, name)
            with open(path, "w", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows(rows)
            return path

        pymes(["init"])
        timeout_ms = 700
        config(timeout_ms)

        def commands(tag, n):
            """Every writing command, the n-th copy, on records of its own (made here)."""
            t = f"{tag}{n}"
            for prefix in ("E", "R", "D", "A", "M", "X"):
                pymes(["institution", "add", f"{prefix}{t}", "--name", f"{prefix} {t}"])
            for prefix in ("P", "C", "N"):
                pymes(["accede", f"{prefix}{t}", "--date", "2001-01-01", "--name", f"{prefix} {t}"])
            activity = new_id(["activity", "add", "--institution", "SELA", "--area", "info", "--title", t])
            gone_activity = new_id(["activity", "add", "--institution", "SELA", "--area", "info", "--title", t])
            meeting = new_id(["meeting", "add", "--date", "2026-03-01", "--title", t, "--host", "SELA"])
            gone_meeting = new_id(["meeting", "add", "--date", "2026-03-01", "--title", t])
            project = new_id(["project", "add", "--title", t, "--area", "info", "--lead", "SELA"])
            gone_project = new_id(["project", "add", "--title", t, "--area", "info", "--lead", "SELA"])
            return {
                "institution add": ["institution", "add", f"W{t}", "--name", "w"],
                "institution edit": ["institution", "edit", f"E{t}", "--notes", "edited"],
                "institution withdraw": ["institution", "withdraw", f"P{t}", "--date", "2020-01-01"],
                "institution rename": ["institution", "rename", f"R{t}", f"RR{t}"],
                "institution remove": ["institution", "remove", f"D{t}"],
                "institution import": ["institution", "import",
                                       write_csv(f"i{t}.csv", ["code", "name"], [[f"I{t}", "i"]])],
                "accede": ["accede", f"A{t}", "--date", "2020-01-01"],
                "accede --name": ["accede", f"AN{t}", "--date", "2020-01-01", "--name", "an"],
                "membership correct": ["membership", "correct", event_id(f"C{t}"), "--place", "Lima",
                                       "--reason", "r"],
                "membership annul": ["membership", "annul", event_id(f"N{t}"), "--reason", "r"],
                "membership import": ["membership", "import",
                                      write_csv(f"m{t}.csv", ["institution", "kind", "date"],
                                                [[f"M{t}", "accession", "2020-02-02"]])],
                "activity add": ["activity", "add", "--institution", "ALIDE", "--area", "info",
                                 "--title", t],
                "activity edit": ["activity", "edit", activity, "--institution", "ALIDE"],
                "activity remove": ["activity", "remove", gone_activity],
                "activity import": ["activity", "import",
                                    write_csv(f"a{t}.csv", ["ref", "institution", "area", "title"],
                                              [[f"ref-{t}", "SELA", "info", t]])],
                "meeting add": ["meeting", "add", "--date", "2026-04-01", "--title", t, "--host",
                                "ALIDE", "--attendee", "SELA"],
                "meeting edit": ["meeting", "edit", meeting, "--host", "ALIDE"],
                "meeting remove": ["meeting", "remove", gone_meeting],
                "meeting import": ["meeting", "import",
                                   write_csv(f"e{t}.csv", ["title", "date", "host"],
                                             [[t, "2026-05-01", "SELA"]])],
                "project add": ["project", "add", "--title", t, "--area", "info", "--lead", "ALIDE",
                                "--partner", "SELA"],
                "project edit": ["project", "edit", project, "--lead", "ALIDE"],
                "project remove": ["project", "remove", gone_project],
                "project import": ["project", "import",
                                   write_csv(f"p{t}.csv", ["ref", "title", "area", "lead"],
                                             [[f"ref-{t}", t, "info", "SELA"]])],
            }

        def hold_lock(seconds, started):
            con = sqlite3.connect(registry, isolation_level=None, timeout=60)
            con.execute("BEGIN IMMEDIATE")
            started.set()
            time.sleep(seconds)
            con.execute("COMMIT")
            con.close()

        def run_all(jobs, timeout_ms, hold):
            """Starts every job while another process holds the write lock for `hold` seconds."""
            results = {}
            started = threading.Event()
            holder = threading.Thread(target=hold_lock, args=(hold, started))
            holder.start()
            started.wait()

            def one(name, args):
                t0 = time.monotonic()
                r = pymes(args, timeout_ms=timeout_ms, check=False)
                results[name] = (r, time.monotonic() - t0)

            threads = [threading.Thread(target=one, args=item) for item in jobs.items()]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            holder.join()
            return results

        def history_rows():
            con = sqlite3.connect(registry)
            n = con.execute("SELECT count(*) FROM history").fetchone()[0]
            con.close()
            return n

        # 1. Every writer waits for the lock, then succeeds.
        jobs = {}
        for n in range(o.copies):
            for name, args in commands("Q", n).items():
                jobs[f"{name} #{n}"] = args
        before = history_rows()
        results = run_all(jobs, timeout_ms=60000, hold=1.0)
        for name, (r, _) in sorted(results.items()):
            if r.returncode != 0:
                failures.append(f"waiting: {name} exited {r.returncode}: {r.stderr.decode().strip()}")
        if history_rows() <= before + len(jobs) - 1:
            failures.append(f"waiting: {history_rows() - before} history rows for {len(jobs)} writers")
        print(f"{len(jobs)} writers behind a held lock: "
              f"{sum(1 for r, _ in results.values() if r.returncode == 0)} succeeded")

        # 2. A lock held past the timeout: 75, only once the timeout has passed, nothing written.
        jobs = commands("T", 0)
        before = history_rows()
        results = run_all(jobs, timeout_ms=timeout_ms, hold=timeout_ms / 1000 + 4)
        for name, (r, elapsed) in sorted(results.items()):
            if r.returncode != 75 or b"locked" not in r.stderr:
                failures.append(f"held: {name} exited {r.returncode} after {elapsed * 1000:.0f} ms: {r.stderr.decode().strip()}")
            elif elapsed < timeout_ms / 1000:
                failures.append(f"held: {name} gave up after {elapsed * 1000:.0f} ms, before the "
                                f"busy timeout of {timeout_ms} ms")
        if history_rows() != before:
            failures.append("held: the registry changed although every writer was refused")
        print(f"{len(jobs)} writers behind a lock held past {timeout_ms} ms: "
              f"{sum(1 for r, _ in results.values() if r.returncode == 75)} exited 75")

        check = pymes(["db", "check"], check=False)
        if check.returncode != 0:
            failures.append("db check: " + check.stdout.decode() + check.stderr.decode())

    for f in failures:
        print("FAIL " + f)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
