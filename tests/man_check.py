#!/usr/bin/python3
"""Man pages: `mandoc -Tlint` finds nothing in any page, and every command the binary knows
(read from its own --help, so this cannot drift) has its pymes-COMMAND(1) page, which names
each of its subcommands; the --help of every command shows an example; and every config key
(`config show`, from the key table) has its entry in pymes.toml(5), and no other key has one.

    man_check.py PYMES MANDIR
"""
import os
import re
import subprocess
import sys


def subcommands(pymes, *path):
    out = subprocess.run([pymes, *path, "--help"], capture_output=True, text=True, check=True).stdout
    if "Subcommands:" not in out:
        return []
    block = out.split("Subcommands:", 1)[1]
    return re.findall(r"^  (\S+)\s", block, re.M)


def main():
    pymes, mandir = sys.argv[1], sys.argv[2]
    failures = []
    pages = sorted(f for f in os.listdir(mandir) if re.search(r"\.[1-8]$", f))
    for page in pages:
        r = subprocess.run(["mandoc", "-Tlint", "-Wwarning", os.path.join(mandir, page)],
                           capture_output=True, text=True)
        if r.returncode != 0 or r.stdout or r.stderr:
            failures.append(f"{page}: mandoc -Tlint:\n{r.stdout}{r.stderr}")
    commands = subcommands(pymes)
    if not commands:
        failures.append("pymes --help lists no commands")
    for command in commands:
        page = f"pymes-{command}.1"
        if page not in pages:
            failures.append(f"{page}: missing (pymes knows `{command}`)")
            continue
        text = open(os.path.join(mandir, page), encoding="utf-8").read()
        subs = subcommands(pymes, command)
        for sub in subs:
            if not re.search(rf"^\.Cm .*\b{re.escape(sub)}\b", text, re.M):
                failures.append(f"{page}: does not document `pymes {command} {sub}`")
        for path in ([[command, s] for s in subs] or [[command]]):
            out = subprocess.run([pymes, *path, "--help"], capture_output=True, text=True).stdout
            if "Example" not in out:
                failures.append(f"`pymes {' '.join(path)} --help` shows no example")
    # Every config key (from `config show`, which reads the key table) has its entry in
    # pymes.toml(5), and the page documents no key pymes does not know.
    show = subprocess.run([pymes, "--no-config", "-f", "csv", "config", "show"], capture_output=True, text=True).stdout
    keys = [line.split(",", 1)[0] for line in show.splitlines()[1:]]
    if not keys:
        failures.append("`pymes config show` lists no keys")
    toml5 = open(os.path.join(mandir, "pymes.toml.5"), encoding="utf-8").read()
    documented = re.findall(r"^\.It Cm (\S+) No \(", toml5, re.M)
    for key in keys:
        if key not in documented:
            failures.append(f"pymes.toml.5: does not document the key `{key}`")
    for key in documented:
        if key not in keys:
            failures.append(f"pymes.toml.5: documents `{key}`, which pymes does not know")
    for f in failures:
        print(f)
    print(f"{len(pages) + len(commands) + len(keys) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
