#!/usr/bin/python3
"""Writes the registry of SPEC §9's scale as CSV files pymes imports, deterministic (seeded):

    bench/generate.py DIR [--activities N] [--institutions N] [--projects N] [--meetings N]
    bench/generate.py DIR --dense YEAR [--activities N]

DIR gets institution.csv, meeting.csv, activity.csv and project.csv, in that import order.
With --dense, DIR gets activity.csv alone: N activities of the 11 founding signatories (`init`
makes them), all taking place in YEAR, so that every week holds about N/52 of them; most last a
day, some up to two weeks, a few a quarter.
"""
import argparse
import csv
import datetime
import os
import random

AREAS = ["information", "management", "training", "technology-transfer", "public-policy"]
WORDS = ("capacitación exportación gestión pymes red técnica asistencia crédito innovación "
         "comercio digital mujeres jóvenes rural turismo calidad financiamiento alianzas "
         "diagnóstico cooperación información políticas encuentro taller seminario misión").split()


def vocabulary(rng, size=3000):
    """Text as people write it: a few words are everywhere, most are rare (Zipf's law). The
    agreement's own words are among the common ones; the rest are made of Spanish syllables."""
    syllables = "ca pa ci ta ción ex por ge tión re de cré di to in no va co mer gi tal mu je res".split()
    made = set()
    while len(made) < size - len(WORDS):
        made.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    words = WORDS + sorted(made)
    rng.shuffle(words)
    weights, total = [], 0.0
    for rank in range(len(words)):
        total += 1.0 / (rank + 1)
        weights.append(total)
    return words, weights
COUNTRIES = "AR BO BR CL CO CR CU EC SV GT HN MX NI PA PY PE DO UY VE ES PT IT US".split()


VOCABULARY = None


def words(rng, n):
    return " ".join(rng.choices(VOCABULARY[0], cum_weights=VOCABULARY[1], k=n))


def date(rng, year_from=2000, year_to=2026):
    return f"{rng.randint(year_from, year_to):04}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dir")
    p.add_argument("--institutions", type=int, default=10_000)
    p.add_argument("--activities", type=int, default=1_000_000)
    p.add_argument("--projects", type=int, default=100_000)
    p.add_argument("--meetings", type=int, default=20_000)
    p.add_argument("--dense", type=int, metavar="YEAR")
    a = p.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    rng = random.Random(1996)
    global VOCABULARY
    VOCABULARY = vocabulary(rng)
    if a.dense:
        dense(a, rng)
        return
    codes = [f"INST-{i:05}" for i in range(a.institutions)]

    with open(os.path.join(a.dir, "institution.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "country", "scope", "joined_on", "joined_via"])
        for i, code in enumerate(codes):
            joined = date(rng, 1997, 2025) if i % 3 else ""
            w.writerow([code, f"Institución {words(rng, 2)} {i}", rng.choice(COUNTRIES),
                        "regional" if i % 5 else "extra-regional", joined, "accession" if joined else ""])

    with open(os.path.join(a.dir, "meeting.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "title", "date", "place", "country", "host", "attendees", "status", "agenda"])
        for i in range(1, a.meetings + 1):
            w.writerow([i, f"Reunión de coordinación {i}", date(rng), "Lima", "PE", rng.choice(codes),
                        ";".join(sorted(set(rng.sample(codes, 4)))), rng.choice(["scheduled", "held"]),
                        words(rng, 12)])

    with open(os.path.join(a.dir, "activity.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "ref", "institution", "area", "title", "description", "status", "start_on",
                    "end_on", "highlight", "url", "tags", "recorded_on"])
        for i in range(1, a.activities + 1):
            start = date(rng)
            w.writerow([i, f"A-{i}", rng.choice(codes), rng.choice(AREAS), words(rng, 4).capitalize(),
                        words(rng, 14), rng.choice(["planned", "ongoing", "done"]), start,
                        start if i % 4 else "", "true" if i % 17 == 0 else "false", "",
                        "pymes;" + rng.choice([w for w in WORDS if w != "pymes"]), start])

    with open(os.path.join(a.dir, "project.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "ref", "title", "area", "lead", "partners", "meeting", "status", "start_on",
                    "end_on", "budget", "currency", "funding", "description"])
        for i in range(1, a.projects + 1):
            start = date(rng)
            lead, *partners = rng.sample(codes, 3)  # a lead is never its own partner
            w.writerow([i, f"P-{i}", f"Proyecto {words(rng, 3)}", rng.choice(AREAS), lead,
                        ";".join(sorted(partners)), rng.randint(1, a.meetings),
                        rng.choice(["proposed", "approved", "active", "completed"]), start, "",
                        f"{rng.randint(1000, 500000)}.{rng.randint(0, 99):02}", "USD", "BID", words(rng, 10)])


FOUNDERS = ("ALIDE CLAMPI INTAL MIPYMES-MERCOSUR OLAMP BOLIVAR SELA TIPS UNESCO ALADI "
            "PARLATINO").split()


def dense(a, rng):
    first = datetime.date(a.dense, 1, 1)
    days = (datetime.date(a.dense, 12, 31) - first).days + 1
    with open(os.path.join(a.dir, "activity.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "ref", "institution", "area", "title", "description", "status", "start_on",
                    "end_on", "highlight", "url", "tags", "recorded_on"])
        for i in range(1, a.activities + 1):
            start = first + datetime.timedelta(days=rng.randrange(days))
            kind = i % 100
            span = 0 if kind < 70 else rng.randint(1, 13) if kind < 99 else rng.randint(14, 90)
            end = "" if i % 4 == 0 else (start + datetime.timedelta(days=span)).isoformat()
            recorded = min(start + datetime.timedelta(days=rng.randint(0, 30)),
                           datetime.date(a.dense, 12, 31))
            w.writerow([i, f"D-{i}", rng.choice(FOUNDERS), rng.choice(AREAS), words(rng, 4).capitalize(),
                        words(rng, 14), rng.choice(["planned", "ongoing", "done"]), start.isoformat(),
                        end, "true" if i % 17 == 0 else "false", "",
                        "pymes;" + rng.choice([w for w in WORDS if w != "pymes"]), recorded.isoformat()])


if __name__ == "__main__":
    main()
