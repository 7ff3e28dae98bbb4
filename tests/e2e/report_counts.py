#!/usr/bin/python3
"""The annual report's figures equal what the list commands count (issue 18, item 7).

    report_counts.py REGISTRY YEAR...      (runs the `pymes` first on PATH; prints 'ok')

For each year: `report --year Y -f json` against `activity list` (with --from/--to and each
--area, --institution, --highlight), `meeting list --status held`, `membership list`,
`institution list --status party --as-of`, `project list` and `log --entity project` read by the
counting rules of pymes/annual_report.hpp. Budgets are added as decimals per currency here,
never across currencies. Prints every difference and exits 1 when there is one.
"""
import json
import subprocess
import sys
from decimal import Decimal

REGISTRY = sys.argv[1]
AREAS = ["information", "management", "training", "technology-transfer", "public-policy"]
LIVE = {"proposed", "approved", "active"}
problems = []


def pymes(*args):
    out = subprocess.run(["pymes", "--no-config", "-R", REGISTRY, "-f", "json", *args],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def expect(what, report, lists):
    if report != lists:
        problems.append(f"{what}: the report says {report!r}, the lists {lists!r}")


def project_counts(p, first, last):
    start, end = p["start_on"], p["end_on"]
    if start and end:
        return start <= last and end >= first
    if start:
        return start <= last if p["status"] in LIVE else first <= start <= last
    history = pymes("log", "--entity", "project", "--key", str(p["id"]))
    history = sorted(reversed(history), key=lambda h: h["at"])  # log lists the newest first
    if end:
        added = history[0]["at"][:10] if history else end
        return added <= last and end >= first
    if not history:
        return p["status"] in LIVE
    status = None
    for h in history:
        day = h["at"][:10]
        if day > last:
            break
        if day >= first and status in LIVE:
            return True
        new = h["changes"].get("status", [None, None])[1]
        status = new or status or "proposed"
    return status in LIVE


def check(year):
    first, last = f"{year}-01-01", f"{year}-12-31"
    r = pymes("report", "--year", str(year))
    period = ["--from", first, "--to", last]
    activities = pymes("activity", "list", *period)
    expect(f"{year} activities.total", r["activities"]["total"], len(activities))
    for area in AREAS:
        expect(f"{year} activities.by_area.{area}", r["activities"]["by_area"][area],
               len(pymes("activity", "list", "--area", area, *period)))
    codes = [i["code"] for i in pymes("institution", "list")]
    for code in codes:
        n = len(pymes("activity", "list", "--institution", code, *period))
        expect(f"{year} activities.by_institution.{code}",
               r["activities"]["by_institution"].get(code, 0), n)
    expect(f"{year} highlights", sorted(h["id"] for h in r["highlights"]),
           sorted(a["id"] for a in pymes("activity", "list", "--highlight", *period)))
    expect(f"{year} meetings.held", r["meetings"]["held"],
           len(pymes("meeting", "list", "--status", "held", *period)))
    events = [e for e in pymes("membership", "list") if first <= e["date"] <= last]
    expect(f"{year} membership.events", sorted(e["id"] for e in r["membership"]["events"]),
           sorted(e["id"] for e in events))
    as_of = r["as_of"]
    parties = sorted(i["code"] for i in pymes("institution", "list", "--status", "party",
                                                "--as-of", as_of))
    expect(f"{year} membership.parties_at_end", r["membership"]["parties_at_end"], len(parties))
    active = {a["institution"] for a in activities}
    expect(f"{year} silent_parties", r["silent_parties"], [c for c in parties if c not in active])
    projects = [p for p in pymes("project", "list") if project_counts(p, first, last)]
    expect(f"{year} projects", sorted(p["id"] for p in r["projects"]["items"]),
           sorted(p["id"] for p in projects))
    for status in ["proposed", "approved", "active", "completed", "cancelled"]:
        expect(f"{year} projects.by_status.{status}", r["projects"]["by_status"][status]["count"],
               sum(1 for p in projects if p["status"] == status))
    budgets = {}
    for p in projects:
        if p["status"] != "cancelled" and p["budget"] is not None:
            budgets[p["currency"]] = budgets.get(p["currency"], Decimal(0)) + Decimal(p["budget"])
    expect(f"{year} budgets", r["budgets"],
           [{"currency": c, "total": f"{budgets[c]:.2f}"} for c in sorted(budgets)])
    previous = r["previous_year"]
    if year > 1996:
        p = pymes("report", "--year", str(year - 1))
        expect(f"{year} previous_year.activities", previous["activities"],
               {"total": p["activities"]["total"], "by_area": p["activities"]["by_area"]})
        expect(f"{year} previous_year.budgets", previous["budgets"], p["budgets"])
        expect(f"{year} previous_year.silent_parties", previous["silent_parties"],
               len(p["silent_parties"]))
        expect(f"{year} previous_year.meetings_held", previous["meetings_held"],
               p["meetings"]["held"])


for y in sys.argv[2:]:
    check(int(y))
print("\n".join(problems) if problems else "ok")
sys.exit(1 if problems else 0)
