#!/usr/bin/python3
"""As-of truth, proved by replay (issue 27, item 7).

A registry lives fifteen months, day by day under --today (2025-01-02 to 2026-03-31): accessions,
a withdrawal and a re-accession, an instrument that arrives late, a correction, annulments, a
rename, names edited, activities added, edited, removed and imported, projects whose statuses
change on the day and back-dated (--on), meetings scheduled, held and cancelled. At the end of
every day the answers a depositary would have sent are saved: each Monday the weekly digest
(JSON and text), on the last day of each month the status table and the membership log, on the
day an accession or a withdrawal is recorded its notice, on 31 December the annual report. Then,
on the last day, every one is asked again with --as-of its day and must come back byte for byte.

So that the comparison compares something, the same questions asked without --as-of (today's
corrected view) must differ for a good number of them: what was learnt later would have changed
those answers, and --as-of does not let it.

Under the sanitizers, where each run of pymes costs eight times as much, the registry lives
its first five months only (`--last 2025-05-31`: accessions, the withdrawal, the late
instrument, a name edited, and every digest, notice and status table of those months asked
again on their last day); the plain build lives all fifteen.

Usage: replay_year.py PYMES [--last YYYY-MM-DD]
"""
import csv
import datetime as dt
import io
import json
import os
import random
import subprocess
import sys
import tempfile

PYMES = sys.argv[1]
FOUNDERS = ["ALIDE", "CLAMPI", "INTAL", "MIPYMES-MERCOSUR", "OLAMP", "BOLIVAR", "SELA", "TIPS",
            "UNESCO", "ALADI", "PARLATINO"]
AREAS = ["information", "management", "training", "technology-transfer", "public-policy"]
FIRST, YEAR_END, LAST = dt.date(2025, 1, 2), dt.date(2025, 12, 31), dt.date(2026, 3, 31)
if len(sys.argv) == 4 and sys.argv[2] == "--last":
    LAST = dt.date.fromisoformat(sys.argv[3])
elif len(sys.argv) != 2:
    sys.exit("usage: replay_year.py PYMES [--last YYYY-MM-DD]")

work = tempfile.mkdtemp(prefix="pymes-replay-")
env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8", "TZ": "UTC", "USER": "tester",
       "PYMES_REGISTRY": os.path.join(work, "registry.db")}
for name in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"):
    if name in os.environ:
        env[name] = os.environ[name]


def run(day, *args, stdin=None, ok=True):
    p = subprocess.run([PYMES, "--no-config", "--today", day.isoformat(), *args], env=env,
                       cwd=work, input=stdin, capture_output=True)
    if ok and p.returncode != 0:
        sys.exit(f"FAIL on {day}: pymes {' '.join(args)} exited {p.returncode}:\n"
                 f"{p.stderr.decode(errors='replace')}")
    return p


def events(day):
    """Every membership event id the registry holds now (annulled ones are not listed)."""
    out = run(day, "-f", "json", "membership", "list").stdout
    return {e["id"]: e for e in json.loads(out)}


rng = random.Random(27)
saved = []  # (day, the question's arguments, where --as-of goes, the bytes answered)


def without_as_of(value):
    """A JSON answer less the day it was written as of, and the commands it suggests."""
    if isinstance(value, dict):
        return {k: without_as_of(v) for k, v in value.items() if k not in ("as_of", "command")}
    if isinstance(value, list):
        return [without_as_of(v) for v in value]
    return value


def save(day, args):
    saved.append((day, args, run(day, *args).stdout))


# The year's fixed facts, by the day they are recorded (the random ones come on top).
def script(day, codes):
    d = day.isoformat()
    facts = {
        "2025-01-15": [["accede", "CAF", "--date", "2025-01-10", "--place", "Caracas",
                        "--reference", "Instrumento 1", "--name", "Corporación Andina de Fomento",
                        "--country", "VE"]],
        "2025-02-20": [["institution", "withdraw", "TIPS", "--date", "2025-02-18",
                        "--reference", "Nota 1/2025"]],
        "2025-03-03": [["institution", "add", "BCIE", "--name", "Banco Centroamericano"]],
        "2025-04-10": [["institution", "edit", "SELA", "--name",
                        "Sistema Económico Latinoamericano y del Caribe"]],
        "2025-05-05": [["accede", "AECID", "--date", "2025-05-02", "--place", "Madrid",
                        "--name", "Agencia Española de Cooperación", "--country", "ES"]],
        "2025-07-01": [["institution", "rename", "CAF", "CAF-BDAL"]],
        "2025-09-01": [["accede", "TIPS", "--date", "2025-08-29", "--place", "Montevideo"]],
        "2025-11-03": [["accede", "IICA", "--date", "2025-10-31", "--name",
                        "Instituto Interamericano de Cooperación", "--country", "CR"]],
        "2026-01-19": [["institution", "edit", "ALIDE", "--name", "Asociación Latinoamericana "
                        "de Instituciones Financieras para el Desarrollo"]],
        "2026-02-02": [["institution", "rename", "SELA", "SELA-LAC"]],
    }
    return facts.get(d, [])


def main():
    run(FIRST, "-q", "init")
    codes = list(FOUNDERS)
    activities, projects, meetings = [], {}, {}
    known_events = set(events(FIRST))
    annulled_later = None
    day = FIRST
    while day <= LAST:
        d = day.isoformat()
        membership_changed = False
        for fact in script(day, codes):
            membership_changed = True
            run(day, "-q", *fact)
            if fact[:2] == ["institution", "rename"]:
                codes[codes.index(fact[2])] = fact[3]
            elif fact[0] == "accede" and fact[1] not in codes:
                codes.append(fact[1])
        if d == "2025-03-10":
            # An instrument that arrives late: dated last November, recorded today.
            run(day, "-q", "membership", "import", "-",
                stdin=b"institution,kind,date,place,reference\n"
                      b"BCIE,accession,2024-11-05,Tegucigalpa,Nota 9/2024\n")
            codes.append("BCIE")
        membership_changed |= d in ("2025-03-10", "2025-06-16", "2025-10-06", "2026-01-12",
                                    "2026-02-16")
        if d == "2025-06-16":  # a correction of CAF's accession, recorded in June
            caf = [e for e in events(day).values() if e["institution"] in ("CAF", "CAF-BDAL")]
            run(day, "-q", "membership", "correct", str(caf[0]["id"]), "--date", "2025-01-11",
                "--reason", "El instrumento tiene fecha 11 de enero")
        if d == "2025-10-06":  # AECID's accession annulled
            aecid = [e for e in events(day).values() if e["institution"] == "AECID"]
            run(day, "-q", "membership", "annul", str(aecid[0]["id"]), "--reason",
                "Registrada por error")
        if d == "2026-01-12":  # a correction made after the notices and the report were sent
            bcie = [e for e in events(day).values() if e["institution"] == "BCIE"]
            run(day, "-q", "membership", "correct", str(bcie[0]["id"]), "--place",
                "San Pedro Sula", "--reason", "Lugar del instrumento")
        if d == "2026-02-16":  # IICA's accession annulled, after its notice was sent
            iica = [e for e in events(day).values() if e["institution"] == "IICA"]
            annulled_later = iica[0]["id"]
            run(day, "-q", "membership", "annul", str(annulled_later), "--reason",
                "El instrumento no fue depositado")

        # Activities: reported, some late, some ahead; edited; removed.
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            start = day + dt.timedelta(days=rng.randint(-40, 30))
            args = ["-f", "json", "activity", "add", "--institution", rng.choice(codes),
                    "--area", rng.choice(AREAS), "--title", f"Actividad {d} {rng.randint(1, 999)}",
                    "--start", start.isoformat(), "--status",
                    rng.choice(["planned", "ongoing", "done"])]
            if rng.random() < 0.6:
                args += ["--end", (start + dt.timedelta(days=rng.randint(0, 90))).isoformat()]
            if rng.random() < 0.2:
                args.append("--highlight")
            activities.append(json.loads(run(day, *args).stdout)["id"])
        if activities and rng.random() < 0.25:
            a = rng.choice(activities)
            run(day, "-q", "activity", "edit", str(a), "--title", f"Actividad revisada {d}",
                "--status", rng.choice(["ongoing", "done", "cancelled"]))
        if len(activities) > 20 and rng.random() < 0.04:
            a = activities.pop(rng.randrange(len(activities)))
            run(day, "-q", "activity", "remove", str(a))
        if day.day == 20 and activities:
            # A focal point's spreadsheet: three new rows and one changed.
            out = run(day, "activity", "export").stdout.decode()
            rows = list(csv.DictReader(io.StringIO(out)))
            header = list(rows[0].keys())
            changed = rng.choice(rows)
            changed["title"] = f"Corregida por planilla {d}"
            buffer = io.StringIO()
            w = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
            w.writeheader()
            w.writerow(changed)
            for k in range(3):
                w.writerow({**{h: "" for h in header}, "institution": rng.choice(codes),
                            "area": rng.choice(AREAS), "title": f"Importada {d} {k}",
                            "status": "planned", "start_on": d})
            path = os.path.join(work, "import.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write(buffer.getvalue())
            run(day, "-q", "activity", "import", path)
            activities = [int(r["id"]) for r in json.loads(
                run(day, "-f", "json", "activity", "list").stdout)]

        # Projects: proposed, then approved, active, completed; some changes back-dated.
        if rng.random() < 0.06:
            start = day + dt.timedelta(days=rng.randint(0, 60))
            p = json.loads(run(day, "-f", "json", "project", "add", "--title", f"Proyecto {d}",
                               "--area", rng.choice(AREAS), "--lead", rng.choice(codes),
                               "--start", start.isoformat(), "--end",
                               (start + dt.timedelta(days=rng.randint(60, 300))).isoformat(),
                               "--budget", f"{rng.randint(1, 900000)}.{rng.randint(0, 99):02}",
                               "--currency", rng.choice(["USD", "EUR"])).stdout)
            projects[p["id"]] = ("proposed", day)
        for pid, (status, since) in list(projects.items()):
            following = {"proposed": "approved", "approved": "active", "active": "completed"}
            if status in following and rng.random() < 0.05:
                back = min(rng.choice([0, 0, 3, 10]), (day - since).days)
                on = day - dt.timedelta(days=back)
                run(day, "-q", "project", "edit", str(pid), "--status", following[status],
                    "--on", on.isoformat())
                projects[pid] = (following[status], on)

        # Meetings: scheduled ahead, then held or cancelled once their day has passed.
        if rng.random() < 0.03:
            when = day + dt.timedelta(days=rng.randint(5, 50))
            m = json.loads(run(day, "-f", "json", "meeting", "add", "--date", when.isoformat(),
                               "--place", "Lima", "--country", "PE", "--host", rng.choice(codes),
                               "--attendee", rng.choice(codes)).stdout)
            meetings[m["id"]] = when
        for mid, when in list(meetings.items()):
            if when < day and rng.random() < 0.3:
                run(day, "-q", "meeting", "edit", str(mid), "--status",
                    rng.choice(["held", "held", "cancelled"]))
                del meetings[mid]

        # What was sent today, once the day's work is done.
        if membership_changed:
            now = events(day)
            for eid in sorted(set(now) - known_events):
                if now[eid]["kind"] != "founding":
                    save(day, ["membership", "notice", str(eid)])
                    save(day, ["membership", "notice", str(eid), "--format", "html"])
            known_events |= set(now)
        if day.weekday() == 0:
            save(day, ["digest", "--format", "json"])
            save(day, ["digest"])
        if (day + dt.timedelta(days=1)).day == 1:
            save(day, ["-f", "csv", "institution", "list"])
            save(day, ["-f", "csv", "membership", "list"])
        if day == YEAR_END:
            save(day, ["report", "--year", "2025", "--format", "json"])
            save(day, ["report", "--year", "2025"])
        day += dt.timedelta(days=1)

    # Every answer again, on the last day, with --as-of the day it was given.
    different_today, compared_today, mismatches = 0, 0, []
    for when, args, answer in saved:
        again = run(LAST, *args, "--as-of", when.isoformat()).stdout
        if again != answer:
            mismatches.append((when, args, answer, again))
        # Today's view of the same question (the notices, the JSON of the digests and the
        # report, less the day they are written as of).
        if "json" in args or "notice" in args and "html" not in args:
            plain = list(args)
            if plain[0] == "digest":
                monday = when - dt.timedelta(days=when.weekday() + 7)
                plain += ["--week", f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02}"]
            today = run(LAST, *plain, ok=False).stdout
            compared_today += 1
            if "json" in args:
                different_today += without_as_of(json.loads(today)) != without_as_of(
                    json.loads(answer))
            else:
                different_today += today != answer
    for when, args, answer, again in mismatches[:5]:
        print(f"MISMATCH: pymes --today {LAST} {' '.join(args)} --as-of {when}")
        import difflib
        sys.stdout.writelines(difflib.unified_diff(
            answer.decode(errors="replace").splitlines(True),
            again.decode(errors="replace").splitlines(True), f"sent on {when}", "again"))
    print(f"{len(saved)} answers saved over {(LAST - FIRST).days + 1} days; "
          f"{len(saved) - len(mismatches)} identical again with --as-of; "
          f"{different_today} of {compared_today} differ from today's view")
    if mismatches:
        sys.exit(f"FAIL: {len(mismatches)} answers changed")
    # The comparison compared something: what was learnt later changes many answers.
    if different_today < compared_today // 4:
        sys.exit(f"FAIL: only {different_today} answers differ from today's view")
    # An annulled event keeps its number, and its notice says so today.
    if annulled_later is None:  # a life that ends before the annulment (--last)
        print("passed")
        return
    notice = run(LAST, "membership", "notice", str(annulled_later)).stdout.decode()
    sent = [a for w, args, a in saved if args == ["membership", "notice", str(annulled_later)]]
    if "anulada" not in notice or sent[0].decode().split("\n")[4] != notice.split("\n")[4]:
        sys.exit("FAIL: the annulled event's notice lost its number or does not say so:\n" + notice)
    print("passed")


main()
