#!/usr/bin/python3
"""Concurrency test: two imports and a stream of `activity add` run at the same time against
one registry, while a reader lists and digests. Every writer exits 0, or 75 with a clear
message after the busy timeout; every committed row is there; the reader always exits 0 and
sees whole imports or none (never half of one); `db check` passes at the end.

    concurrency.py PYMES [--rows N] [--adds N]
"""
import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile
import threading


def main():
    a = argparse.ArgumentParser()
    a.add_argument("pymes")
    a.add_argument("--rows", type=int, default=20_000)
    a.add_argument("--adds", type=int, default=40)
    o = a.parse_args()
    failures = []
    with tempfile.TemporaryDirectory(prefix="pymes-concurrency-") as work:
        registry = os.path.join(work, "r.db")
        base = [o.pymes, "--no-config", "-q", "-R", registry]
        subprocess.run(base + ["init"], check=True)
        files = {}
        for name in ("a", "b"):
            path = os.path.join(work, f"{name}.csv")
            with open(path, "w", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["ref", "institution", "area", "title", "start_on"])
                for i in range(o.rows):
                    w.writerow([f"{name}-{i}", "SELA" if name == "a" else "ALIDE", "training", f"{name} {i}", "2026-01-05"])
            files[name] = path

        results = {}

        def writer(name, args):
            r = subprocess.run(base + args, capture_output=True, timeout=600)
            results[name] = r

        def adder():
            for i in range(o.adds):
                writer(f"add-{i}", ["activity", "add", "--institution", "INTAL", "--area", "info",
                                    "--title", f"add {i}", "--start", "2026-01-06"])

        stop = threading.Event()
        seen = []

        def reader():
            while not stop.is_set():
                r = subprocess.run(base + ["activity", "export"], capture_output=True, timeout=600)
                d = subprocess.run(base + ["digest", "--as-of", "2026-01-12"], capture_output=True, timeout=600)
                if r.returncode != 0 or d.returncode != 0:
                    failures.append(f"reader exited {r.returncode}/{d.returncode}: {r.stderr.decode()}{d.stderr.decode()}")
                    return
                rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
                per = {k: sum(1 for x in rows if x["institution"] == k) for k in ("SELA", "ALIDE")}
                for k, n in per.items():
                    if n not in (0, o.rows):
                        failures.append(f"reader saw {n} of the {o.rows} rows of one import")
                seen.append(len(rows))

        threads = [threading.Thread(target=writer, args=("import-a", ["activity", "import", files["a"]])),
                   threading.Thread(target=writer, args=("import-b", ["activity", "import", files["b"]])),
                   threading.Thread(target=adder)]
        rt = threading.Thread(target=reader)
        rt.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        rt.join()

        expected = 0
        for name, r in sorted(results.items()):
            if r.returncode == 0:
                expected += o.rows if name.startswith("import") else 1
            elif r.returncode == 75 and b"locked" in r.stderr:
                pass  # waited past the busy timeout: a clear refusal, nothing written
            else:
                failures.append(f"{name} exited {r.returncode}: {r.stderr.decode()}")
        rows = subprocess.run(base + ["activity", "export"], capture_output=True, check=True).stdout.decode().splitlines()
        if len(rows) - 1 != expected:
            failures.append(f"{len(rows) - 1} activities, but the commands that succeeded wrote {expected}")
        if seen != sorted(seen):
            failures.append("the reader saw the number of activities go down")
        check = subprocess.run(base + ["db", "check"], capture_output=True)
        if check.returncode != 0:
            failures.append("db check: " + check.stdout.decode())
        ok75 = sum(1 for r in results.values() if r.returncode == 75)
        print(f"{len(results)} writers: {len(results) - ok75} succeeded, {ok75} timed out (75); reader ran {len(seen)} times")
        checks = len(results) + len(seen) + 3  # each writer, each reading, count, order, db check
    for f in failures:
        print("FAIL " + f)
    print(f"{max(checks - len(failures), 0)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
