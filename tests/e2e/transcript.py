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
PYMES_TODAY=2026-11-25: no transcript depends on the day it runs; the sanitizers' *_OPTIONS
when the run has them) and the pymes under test first on PATH. `--faketime OFFSET` runs every
command under Debian's `faketime` wrapper with that offset (`+365d`), which sets LD_PRELOAD and
FAKETIME for the command and everything it starts (pymes included) and keeps libfaketime's
shared clock alive while they run: a test that still read the real date would fail there. The
folder's path is written $WORK in expected output. FIXTURES names tests/data/corpora, and E2E
the folder of the transcripts.
"""
import os
import re
import subprocess
import sys
import tempfile


# "Today" for every transcript (issue 12): the day the golden files describe.
TODAY = "2026-11-25"

# What the faketime wrapper prints when a stale semaphore has its pid's name (see run()).
WRAPPER_REFUSED = b"faketime: sem_open: File exists"


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
        faketime, args = args[1], args[2:]
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
        # The sanitizers' settings of the run (./bootstrap test: abort on the first error, the
        # leak suppressions) reach the commands as well.
        for name in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"):
            if name in os.environ:
                env[name] = os.environ[name]
        prefix = []
        if faketime:
            sweep_faketime_leftovers()
            prefix = ["faketime", "-m", "-f", faketime]
            env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
            # Under AddressSanitizer (clang's, linked into pymes) the allocator reads the clock
            # before libfaketime has started, to time its returns of memory to the system: its
            # clock_gettime then starts libfaketime, which allocates, and the allocator's lock is
            # taken twice (a hang at `pymes init`). Without those returns it never reads it.
            options = env.get("ASAN_OPTIONS", "")
            env["ASAN_OPTIONS"] = (options + ":" if options else "") + \
                "allocator_release_to_os_interval_ms=-1"
        for b in blocks:
            r = run(prefix + ["bash", "-c", b["cmd"]], work, env)
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


def sweep_faketime_leftovers():
    """Removes the faketime pairs in /dev/shm whose process is gone (libfaketime's README asks
    for it: "you should occasionally delete" them), so that few wrappers need run()'s retry."""
    try:
        names = os.listdir("/dev/shm")
    except OSError:
        return
    for name in names:
        found = re.fullmatch(r"(?:sem\.)?faketime_(?:sem|shm)_(\d+)", name)
        if not found:
            continue
        try:
            os.kill(int(found.group(1)), 0)
        except ProcessLookupError:
            try:
                os.unlink(os.path.join("/dev/shm", name))
            except OSError:
                pass
        except OSError:  # alive, another user's
            pass


def run(argv, cwd, env):
    """Runs one command. The faketime wrapper keeps libfaketime's clock in a semaphore and a
    shared memory object named by its own pid, in /dev/shm. It removes them when it ends; they
    are removed here as well, in case it did not. A stale pair of some earlier process with the
    same pid (any run on the machine, killed before it could clean up) makes the wrapper refuse to
    start ("sem_open: File exists") before it runs anything: that pair is removed and the command
    run again under a new pid. (Preloading libfaketime without the wrapper is worse: each process
    then makes its own pair, and a forked shell that exits removes its parent's, under its
    children.)"""
    for attempt in range(50):
        with subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) as p:
            try:
                out, err = p.communicate(timeout=120)
            finally:
                if argv[0] == "faketime":
                    for name in (f"/dev/shm/faketime_shm_{p.pid}",
                                 f"/dev/shm/sem.faketime_sem_{p.pid}"):
                        try:
                            os.unlink(name)
                        except OSError:  # gone already, or another user's
                            pass
        if not (argv[0] == "faketime" and err.startswith(WRAPPER_REFUSED)):
            break
    return subprocess.CompletedProcess(argv, p.returncode, out, err)


def diff(expected, actual):
    import difflib
    return "\n".join(difflib.unified_diff(expected, actual, "expected", "actual", lineterm="", n=2))


if __name__ == "__main__":
    sys.exit(main())
