#!/usr/bin/python3
"""Completion in zsh and fish, as their users get it (bash is tested in e2e/completion.t).

zsh: an interactive `zsh -f` on a terminal (a pty) loads compinit and `pymes completion zsh`;
Tab is pressed after each partial line and the terminal is read until what the case expects
appears (or a generous deadline passes: nothing here waits for a fixed time). fish: `pymes
completion fish` is sourced and `complete -C LINE` lists what fish would offer. Both in a fresh
HOME whose registry knows the institution CAF, which completes from the registry.

    completion_shells.py PYMES
"""
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import time

# (partial line, what the shell must then show)
CASES = [
    ("pymes ins", ["pymes institution "]),
    ("pymes institution ", ["withdraw", "export"]),
    ("pymes activity list --area cap", ["capacitación"]),
    ("pymes activity add --status ", ["planned", "cancelled"]),
    ("pymes institution show CA", ["CAF"]),
    ("pymes digest --format ", ["markdown", "html"]),
    ("pymes -R other.db institution show XE", ["XEMP"]),
    ("pymes activity add --institution CA", ["CAF"]),
]


# How long a shell may take to show what a case expects. Nothing waits for a fixed time: each
# step reads the terminal until its text appears, and this deadline only ends a step that never
# shows it (a slow machine, a sanitized build, many builds beside it).
DEADLINE = 60.0


def read_until(fd, wanted, deadline=DEADLINE):
    """Reads the pty until every text of `wanted` has appeared in what was read, the shell closes
    the terminal, or `deadline` seconds pass; returns what was read."""
    out, end = b"", time.monotonic() + deadline
    while True:
        text = out.decode("utf-8", "replace")
        left = end - time.monotonic()
        if all(w in text for w in wanted) or left <= 0:
            return text
        ready, _, _ = select.select([fd], [], [], min(left, 1.0))
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return text
            if not chunk:
                return text
            out += chunk


def sync(fd, n):
    """Has zsh run a command that prints a mark, and reads up to the mark: all that an earlier
    step made zsh print has then been read. The typed line echoes `$((n+1))`; only the command's
    output shows the number itself."""
    os.write(fd, f"print -r -- SYNC-$(({n}+1))-MARK\n".encode())
    shown = read_until(fd, [f"SYNC-{n + 1}-MARK"])
    if f"SYNC-{n + 1}-MARK" not in shown:
        raise RuntimeError(f"zsh did not answer within {DEADLINE:.0f} s; it showed {shown[-300:]!r}")


def zsh_cases(env, script, failures):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(env["HOME"])
        os.execvpe("zsh", ["zsh", "-f", "-i"], env)
    try:
        os.write(fd, f"autoload -U compinit && compinit -u; source {script}; PS1='> '\n".encode())
        sync(fd, 0)
        for n, (line, expected) in enumerate(CASES, start=1):
            # What a case expects is never in the typed line itself, so only zsh's answer shows it.
            assert not any(e in line for e in expected), (line, expected)
            os.write(fd, line.encode() + b"\t")
            shown = read_until(fd, expected)
            os.write(fd, b"\x15")  # ^U: clear the line for the next case
            sync(fd, n)
            missing = [e for e in expected if e not in shown]
            print(f"zsh  {line!r} -> {'ok' if not missing else 'MISSING ' + repr(missing)}")
            if missing:
                failures.append(f"zsh: {line!r}<Tab> did not show {missing} within {DEADLINE:.0f} s; "
                                f"it showed {shown[-300:]!r}")
    except RuntimeError as e:
        failures.append(f"zsh: {e}")
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)


def fish_cases(env, script, failures):
    for line, expected in CASES:
        r = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C '{line}'"],
                           env=env, cwd=env["HOME"], capture_output=True, text=True, timeout=60)
        words = [l.split("\t")[0] for l in r.stdout.splitlines()]
        # fish completes the last word alone; a whole word it would insert stands for "line + word".
        shown = " ".join([line.rsplit(" ", 1)[0] + " " + w + " " for w in words] + words)
        missing = [e for e in expected if e not in shown]
        print(f"fish {line!r} -> {'ok' if not missing else 'MISSING ' + repr(missing)}")
        if missing or r.returncode != 0:
            failures.append(f"fish: complete -C {line!r} gave {words} (exit {r.returncode}; {r.stderr.strip()})")


def main():
    pymes = os.path.abspath(sys.argv[1])
    failures = []
    for shell in ("zsh", "fish"):
        if not shutil.which(shell):
            print(f"FAIL: {shell} is not installed (`./bootstrap test` installs it)")
            print("0 passed, 1 failed")
            return 1
    with tempfile.TemporaryDirectory(prefix="pymes-completion-") as home:
        bindir = os.path.join(home, "bin")
        os.mkdir(bindir)
        os.symlink(pymes, os.path.join(bindir, "pymes"))
        env = {"HOME": home, "PATH": bindir + ":/usr/bin:/bin", "TERM": "dumb", "LANG": "C.UTF-8",
               "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": os.path.join(home, ".config"),
               "XDG_DATA_HOME": os.path.join(home, ".local/share")}
        run = lambda *a: subprocess.run(["pymes", *a], env=env, check=True, capture_output=True)
        run("-q", "init")
        run("-q", "accede", "CAF", "--date", "2001-05-14", "--name", "Corporación Andina de Fomento")
        run("-q", "-R", os.path.join(home, "other.db"), "init")
        run("-q", "-R", os.path.join(home, "other.db"), "accede", "XEMP", "--date", "2003-02-01", "--name", "Ejemplo")
        for shell in ("zsh", "fish"):
            with open(os.path.join(home, f"pymes.{shell}"), "wb") as f:
                f.write(run("completion", shell).stdout)
        zsh_cases(env, os.path.join(home, "pymes.zsh"), failures)
        fish_cases(env, os.path.join(home, "pymes.fish"), failures)
    for f in failures:
        print("FAIL:", f)
    print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
