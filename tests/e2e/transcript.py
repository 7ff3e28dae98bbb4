#!/usr/bin/python3
"""Runs one transcript against the built pymes and reports every difference.

A transcript is a list of commands, each with what it must print and its exit status:

    # a comment (after a blank line or a comment; right after output, `#` is output)
    $ pymes -f csv institution list --status party    (run by bash; `> ` lines continue it)
    code,name,...                                    (stdout, exactly)
    ! pymes: error: ...                               (stderr, exactly, in order)
    ? 65                                              (exit status; 0 when absent)

Blank lines at the end of a block are ignored. Every command of a transcript runs in the same
fresh directory, with HOME inside it, a clean environment (USER=tester, TZ=UTC, LANG=C.UTF-8,
PYMES_TODAY=2026-11-25: no transcript depends on the day it runs) and the pymes under test
first on PATH. `--faketime OFFSET LIBRARY` runs every command with Debian's libfaketime (LIBRARY,
libfaketimeMT.so.1) preloaded and FAKETIME=OFFSET (`+365d`), for the command and everything it
starts (pymes included): a test that still read the real date would fail there. The library is
preloaded directly, not through the `faketime` wrapper: the wrapper makes a semaphore named by
its pid in /dev/shm, and when a stale one of that name is left there (by any earlier run on the
machine) it refuses to start ("sem_open: File exists"). A relative offset needs no shared state.
The folder's path is written $WORK in expected output. FIXTURES names tests/data/corpora, and
E2E the folder of the transcripts.
"""
import os
import subprocess
import sys
import tempfile


# "Today" for every transcript (issue 12): the day the golden files describe.
TODAY = "2026-11-25"


def language_of(path):
    """The `# language: xx` line before a transcript's first command, else en."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("$ "):
                break
            if line.startswith("# language: "):
                return line.split(":", 1)[1].strip()
    return "en"


def parse(path):
    blocks, current = [], None
    after_text = False  # the previous line was a command or output, so '#' here is output
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            was_text, after_text = after_text, False
            if line.startswith("$ "):
                current = {"line": number, "cmd": line[2:], "out": [], "err": [], "status": 0}
                blocks.append(current)
                after_text = True
            elif current is None or (line.startswith("#") and not was_text):
                continue
            elif line.startswith("> ") and not current["out"] and not current["err"]:
                current["cmd"] += "\n" + line[2:]
            elif line.startswith("! ") or line == "!":
                current["err"].append(line[2:])
            elif line.startswith("? "):
                current["status"] = int(line[2:])
            else:
                current["out"].append(line)
                after_text = line != ""
    for b in blocks:
        while b["out"] and b["out"][-1] == "":
            b["out"].pop()
    return blocks


def main():
    args = sys.argv[1:]
    faketime = None
    if args[0] == "--faketime":  # an offset for the commands, not for this harness
        faketime, library, args = args[1], args[2], args[3:]
        if not os.path.isfile(library):
            sys.exit(f"transcript.py: no libfaketime at {library}")
    pymes, transcript = args[0], args[1]
    here = os.path.dirname(os.path.abspath(transcript))
    corpora = os.path.abspath(os.path.join(here, "..", "data", "corpora"))
    failures = 0
    blocks = parse(transcript)
    language = language_of(transcript)
    with tempfile.TemporaryDirectory(prefix="pymes-e2e-") as work:
        home = os.path.join(work, "home")
        os.mkdir(home)
        env = {
            "PATH": os.path.dirname(os.path.abspath(pymes)) + ":/usr/bin:/bin",
            "HOME": home,
            "USER": "tester",
            "TZ": "UTC",
            "LANG": "C.UTF-8",
            # English unless a transcript says otherwise (`# language: es` before its first
            # command): the English transcripts keep testing the msgids, and i18n_es.t and
            # i18n_pt.t the catalogues (SPEC §11; without it the default would be Spanish).
            "LANGUAGE": language,
            "PYMES_TODAY": TODAY,
            "E2E": here,
            "FIXTURES": corpora,
        }
        if faketime:
            env["LD_PRELOAD"] = library
            env["FAKETIME"] = faketime
            env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
        for b in blocks:
            r = run(["bash", "-c", b["cmd"]], work, env)
            out = r.stdout.decode("utf-8", "replace").replace(work, "$WORK").split("\n")
            err = r.stderr.decode("utf-8", "replace").replace(work, "$WORK").split("\n")
            while out and out[-1] == "":
                out.pop()
            while err and err[-1] == "":
                err.pop()
            problems = []
            if out != b["out"]:
                problems.append("stdout differs:\n" + diff(b["out"], out))
            if err != b["err"]:
                problems.append("stderr differs:\n" + diff(b["err"], err))
            if r.returncode != b["status"]:
                problems.append(f"exit status {r.returncode}, expected {b['status']}")
            if problems:
                failures += 1
                print(f"{transcript}:{b['line']}: $ {b['cmd']}")
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
    print(f"{len(blocks) - failures} passed, {failures} failed")
    return 1 if failures else 0


def run(argv, cwd, env):
    """Runs one command, for at most two minutes."""
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=120)


def diff(expected, actual):
    import difflib
    return "\n".join(difflib.unified_diff(expected, actual, "expected", "actual", lineterm="", n=2))


if __name__ == "__main__":
    sys.exit(main())
