#!/usr/bin/python3
"""Tables for people at 80 columns (SPEC §3, issue 17): `activity list` and `meeting list` run
with stdout on a pseudo-terminal 80 columns wide show every date, code and id whole and no line
wider than the terminal; `--columns` chooses the columns; a pipe gets the whole table. In
English and in Spanish (the default: headings and statuses are longer there).

    terminal_width.py PYMES
"""
import csv
import fcntl
import io
import os
import re
import struct
import subprocess
import sys
import tempfile
import termios
import unicodedata

pymes = sys.argv[1]
failures = []


def width(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def check(ok, what):
    if not ok:
        failures.append(what)


def on_terminal(args, env, columns=80):
    """stdout and stderr on a pty `columns` wide; returns what the terminal showed."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen([pymes] + args, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the program closed its side
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    check(proc.wait() == 0, f"{args} exited {proc.returncode}")
    return shown.decode("utf-8").replace("\r\n", "\n")


def run(args, env):
    return subprocess.run([pymes] + args, env=env, capture_output=True, check=True,
                          text=True).stdout


with tempfile.TemporaryDirectory(prefix="pymes-width-") as home:
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "USER": "tester", "PYMES_TODAY": "2026-11-25",
           "TZ": "UTC", "LANG": "C.UTF-8", "NO_COLOR": "1"}
    run(["-q", "init"], env)
    activities = [
        ("SELA", "transferencia tecnológica", "Taller regional de exportación para pequeñas y "
         "medianas empresas del Caribe", "2026-03-02", "2026-03-06", "done"),
        ("ALIDE", "capacitación", "Curso de financiamiento del desarrollo para la pyme "
         "latinoamericana", "2026-04-01", "2026-06-30", "ongoing"),
        ("BOLIVAR", "información", "Boletín trimestral de oportunidades de cooperación "
         "interinstitucional", "2026-05-10", "2026-05-10", "cancelled"),
    ]
    for code, area, title, start, end, status in activities:
        run(["-q", "activity", "add", "--institution", code, "--area", area, "--title", title,
             "--description", "Una descripción larga que nadie quiere ver entera en la lista " * 2,
             "--start", start, "--end", end, "--status", status, "--highlight", "--tag",
             "exportación", "--tag", "pymes", "--url", "https://www.sela.org/actividades/2026"],
            env)
    run(["-q", "meeting", "add", "--date", "2026-09-14", "--end-date", "2026-09-16", "--time",
         "09:30", "--timezone", "America/Lima", "--place", "Centro de Convenciones de Arequipa, "
         "sala principal", "--country", "PE", "--title", "Reunión de coordinación del Acuerdo "
         "Marco de Cooperación Interinstitucional", "--host", "BOLIVAR", "--attendee", "SELA",
         "--attendee", "ALIDE", "--attendee", "INTAL", "--agenda", "Informe anual; proyectos"],
        env)

    # The words of the table in each language: headings and statuses as people read them.
    words = {
        "en": {},
        "es": {"title": "título", "recorded_on": "registrada", "tags": "etiquetas",
               "institution": "institución", "done": "realizada", "ongoing": "en curso",
               "cancelled": "cancelada", "scheduled": "programada"},
    }
    for language, said in words.items():
        env["LANGUAGE"] = language

        def w(word):
            return said.get(word, word)

        for entity in ("activity", "meeting"):
            shown = on_terminal([entity, "list"], env)
            lines = shown.rstrip("\n").split("\n")
            for line in lines:
                check(width(line) <= 80,
                      f"{language}: {entity} list: a line of {width(line)} columns: {line!r}")
            records = list(csv.DictReader(io.StringIO(run(["-f", "csv", entity, "list"], env))))
            check(len(lines) == len(records) + 1, f"{language}: {entity} list: {len(lines)} lines")
            for record, line in zip(records, lines[1:]):
                for key, value in record.items():
                    if key in ("id", "institution", "host", "date", "end_date", "start_on",
                               "end_on", "status") and value:
                        shown_value = w(value) if key == "status" else value
                        whole = re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d+|[A-Z][A-Z0-9-]+|[a-z ]+",
                                             shown_value)
                        check(whole and re.search(rf"(^| ){re.escape(shown_value)}( |$)", line),
                              f"{language}: {entity} list: {key} {shown_value!r} not whole in "
                              f"{line!r}")
            # Low-value columns went first; the title is shortened rather than left out.
            header = lines[0].split()
            check(w("recorded_on") not in header and w("tags") not in header,
                  f"{language}: {entity} list kept a low-value column: {header}")
            check(w("title") in header, f"{language}: {entity} list lost its title: {header}")
            print(shown, end="")

        # Columns chosen by name (the CSV's names in every language), in that order, on the
        # terminal and through a pipe alike.
        chosen = on_terminal(["activity", "list", "--columns", "id,recorded_on,institution"], env)
        check(chosen.split("\n")[0].split() == ["id", w("recorded_on"), w("institution")],
              f"{language}: --columns on a terminal: {chosen!r}")
        check("2026-11-25" in chosen, f"{language}: --columns: recorded_on not shown: {chosen!r}")
        piped = run(["--columns", "id,recorded_on", "activity", "list"], env)
        check(piped.split("\n")[0].split() == ["id", w("recorded_on")],
              f"{language}: --columns piped: {piped!r}")

        # A pipe gets the whole table: every value of every column, nothing cut.
        piped = run(["activity", "list"], env)
        check("…" not in piped and w("recorded_on") in piped and "Caribe" in piped,
              f"{language}: a pipe got a cut table: {piped!r}")
        # A terminal too narrow for the dates and codes alone still shows them whole.
        narrow = on_terminal(["activity", "list"], env, columns=30)
        check("2026-03-02" in narrow and "BOLIVAR" in narrow,
              f"{language}: at 30 columns: {narrow!r}")

for f in failures:
    print("FAIL:", f)
print(f"{'failed' if failures else 'passed'}: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
