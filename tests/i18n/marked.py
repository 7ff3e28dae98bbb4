#!/usr/bin/python3
"""Every text a person reads is marked for translation (SPEC §11).

    marked.py PYMES POT

A pseudo-catalogue is made from the template extracted from today's sources: every msgstr is its
msgid inside «…». pymes runs under it (PYMES_LOCALEDIR, --language es) for the help of every
command and subcommand, a set of errors and hints, and the tables of a small registry; any word
left outside «…» is a text that does not go through tr()/trf()/trn() — the test names it. What
may stand outside: option names, metavariables in capitals, command names, codes in {…}, the
"pymes: error:"/"pymes: hint:" prefixes, data from the registry (table cells) and what the user
typed (quoted).
"""
import os
import re
import subprocess
import sys
import tempfile


def pseudo_po(pot_text):
    """The template with every msgstr filled as «msgid»."""
    out = []
    for block in pot_text.split("\n\n"):
        lines = block.split("\n")
        if not any(l.startswith("msgid ") for l in lines):
            out.append(block)
            continue
        mid = re.search(r'^msgid ((?:".*"\n?)+)', block + "\n", re.M)
        text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', mid.group(1)))
        if text == "":  # the header
            out.append('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                       '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n"Language: es\\n"')
            continue
        plural = re.search(r'^msgid_plural ((?:".*"\n?)+)', block + "\n", re.M)
        keep = [l for l in lines if not l.startswith("msgstr") and not (l.startswith('"') and False)]
        # drop the old msgstr lines (and their continuations)
        kept, skipping = [], False
        for l in lines:
            if l.startswith("msgstr"):
                skipping = True
                continue
            if skipping and l.startswith('"'):
                continue
            skipping = False
            kept.append(l)

        def wrap(t):
            # keep leading/trailing newlines outside the markers (msgfmt checks they match)
            lead = "\\n" if t.startswith("\\n") else ""
            trail = "\\n" if t.endswith("\\n") and len(t) > 2 else ""
            core = t[len(lead):len(t) - len(trail)] if trail else t[len(lead):]
            return f'{lead}«{core}»{trail}'

        if plural:
            ptext = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', plural.group(1)))
            kept.append(f'msgstr[0] "{wrap(text)}"')
            kept.append(f'msgstr[1] "{wrap(ptext)}"')
        else:
            kept.append(f'msgstr "{wrap(text)}"')
        out.append("\n".join(l for l in kept if not l.startswith("#, fuzzy")))
    return "\n\n".join(out)


ALLOWED = [
    r"«[^«»]*»",                     # marked (innermost first, repeatedly)
    r"^\S+:\d+:( [a-z_]+:)?",         # FILE:LINE: column: (machine locations)
    r"pymes: (error|hint|warning):",
    r"--?[A-Za-z][\w-]*(=\S*)?",    # options
    r"\{[^{}]*\}",                   # choices, codes
    r"\b[A-Z][A-Z0-9_:]*\b",         # metavariables, codes (SELA, PE)
    r"\$?\bpymes\b",
    r"`[^`]*`",                      # a command quoted
    r"'[^']*'",                      # a value quoted
    r"\b\d[\d\-:TZ.]*\b",            # numbers, dates
]


def leftovers(line, commands):
    s = line
    while True:
        t = re.sub(r"«[^«»]*»", " ", s)
        if t == s:
            break
        s = t
    for pattern in ALLOWED[1:]:
        s = re.sub(pattern, " ", s)
    words = [w for w in re.findall(r"[A-Za-záéíóúñç]{2,}", s) if w not in commands]
    return words


def main():
    pymes, pot = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory(prefix="pymes-pseudo-") as tmp:
        po = os.path.join(tmp, "pseudo.po")
        with open(pot, encoding="utf-8") as f:
            open(po, "w", encoding="utf-8").write(pseudo_po(f.read()))
        mo_dir = os.path.join(tmp, "locale", "es", "LC_MESSAGES")
        os.makedirs(mo_dir)
        subprocess.run(["msgfmt", "--check", "-o", os.path.join(mo_dir, "pymes.mo"), po], check=True)
        home = os.path.join(tmp, "home")
        os.mkdir(home)
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "USER": "tester", "TZ": "UTC",
               "LANG": "C.UTF-8", "PYMES_TODAY": "2026-11-25",
               "PYMES_LOCALEDIR": os.path.join(tmp, "locale")}
        english = dict(env, LANGUAGE="en")
        pseudo = dict(env, LANGUAGE="es")

        def run(args, environment, cwd=tmp):
            return subprocess.run([pymes] + args, env=environment, cwd=cwd, capture_output=True,
                                  text=True)

        # Every command path, from the English help's "Subcommands:" blocks.
        paths, todo, commands = [], [[]], {"pymes"}
        while todo:
            path = todo.pop(0)
            paths.append(path)
            out = run(path + ["--help"], english).stdout
            if "Subcommands:" in out:
                for line in out.split("Subcommands:", 1)[1].splitlines():
                    m = re.match(r"  (\S+)", line)
                    if m:
                        commands.add(m.group(1))
                        todo.append(path + [m.group(1)])
        runs = [(p + ["--help"], None) for p in paths]
        registry = ["-R", os.path.join(tmp, "r.db")]
        runs += [
            (["frobnicate"], None), (["activity"], None), (["institution", "add"], None),
            (["activity", "list", "--status", "bogus"], None), (["--color", "pink", "log"], None),
            (["-R", "missing.db", "institution", "list"], None),
            (registry + ["init"], None),
            (registry + ["institution", "list"], "table"), (registry + ["log"], "table"),
            (registry + ["activity", "add", "--institution", "SELA", "--area", "training",
                         "--title", "T", "--status", "finished"], None),
            (registry + ["activity", "add", "--institution", "SELA", "--area", "training",
                         "--title", "T", "--highlight"], "table"),
            (registry + ["activity", "list"], "table"), (registry + ["membership", "list"], "table"),
            (registry + ["institution", "remove", "SELA"], None),
            (registry + ["institution", "show", "SELA"], "table"),
            (registry + ["db", "status"], "table"), (registry + ["db", "check"], None),
            (registry + ["meeting", "show", "99"], None), (registry + ["digest"], None),
            (registry + ["activity", "import", os.path.join(tmp, "bad.csv")], None),
            (registry + ["activity", "import", "--dry-run", os.path.join(tmp, "good.csv")], None),
            (registry + ["institution", "import", os.path.join(tmp, "bad.csv")], None),
            (registry + ["db", "migrate", "--dry-run"], None),
            (registry + ["digest", "--week", "2026-W60"], None),
            (registry + ["activity", "edit", "1"], None),
            (registry + ["meeting", "add", "--date", "2026-02-30", "--title", "x"], None),
            (registry + ["--no-config", "config", "show"], "table"),
        ]
        with open(os.path.join(tmp, "bad.csv"), "w") as f:
            f.write("institution,area,title,status\nSELA,nada,Uno,planned\nSELA,training,Dos,hecho\n")
        with open(os.path.join(tmp, "good.csv"), "w") as f:
            f.write("institution,area,title\nSELA,training,Uno\n")
        checked = 0
        for args, kind in runs:
            r = run(args, pseudo)
            if kind == "table":
                # Only the headings and labels are the program's; cells hold the registry's data:
                # the first line of a table, the part before ':' of a record's lines.
                out_lines = r.stdout.splitlines()
                if out_lines and re.match(r"^«[^»]*»:", out_lines[0]):
                    out_lines = [l.split(":", 1)[0] for l in out_lines if l and ":" in l]
                else:
                    out_lines = out_lines[:1]
                text = "\n".join(out_lines) + "\n" + r.stderr
            else:
                text = r.stdout + r.stderr
            # Strip the markers over the whole text: a marked text may span lines.
            while True:
                stripped = re.sub(r"«[^«»]*»", " ", text)
                if stripped == text:
                    break
                text = stripped
            for line in text.splitlines():
                words = leftovers(line, commands)
                if words:
                    failures.append(f"pymes {' '.join(args)}: not marked: {' '.join(words)}\n    {line}")
            checked += 1
    for f in failures:
        print(f)
    failed = len({f.split(": not marked")[0] for f in failures})
    print(f"{checked - failed} passed, {failed} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
