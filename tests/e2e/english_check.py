#!/usr/bin/python3
"""No English word in what a Spanish or Portuguese reader sees (SPEC §11; issue 29, item 6).

    english_check.py PYMES SOURCE_DIR LANGUAGES [TRANSCRIPT...]

LANGUAGES are the languages with a catalogue, "es,pt": the build's list (PYMES_LANGUAGES, which
po/CMakeLists.txt reads from the language table).

What is read:
- the commands of the e2e transcripts (tests/e2e/*.t: every command's normal and error paths,
  hints, import reports, notices, the digest and the report), each transcript again from its
  start in a fresh folder, in Spanish or in Portuguese (LANGUAGE=es for one transcript, pt for the
  next: a text that is not translated leaks in both, and a catalogue's own English is caught
  below);
- `--help` of every command and subcommand, in each;
- each command's error paths (an unknown option, no arguments, an unknown id or code, a
  missing file, a date written another way, a misspelt code), half of the commands in each;
- the site `publish` makes of the demo registry, in both, its pages without their tags (the
  text, and the alt, title and aria-label a reader hears);
- the digests and annual reports in tests/e2e/golden/ that the transcripts compare (every
  format for people, on the test data of tests/e2e/data/digest);
- every msgstr of po/es.po and po/pt.po (an entry "translated" as its English).

The English words are those of the msgids that no msgstr of that language uses, and a list of
common words besides (COMMON). Not read as words of the interface: machine output (CSV, JSON,
iCalendar, IATI, workbooks: SPEC §11 keeps them in one language), options, `commands`,
{choices}, a code followed by its word ("training (capacitación)"), 'quoted values',
FILE:LINE: field: prefixes, keys with '_', paths, addresses, command lines shown as examples;
and the data: the words of a transcript's command lines and of the test data (titles and names
people typed), the founders `init` writes, what the demo registry holds. A command that asks
for another language (`--language en`, a locale variable) runs for its effects and is not read,
and so is output that is not pymes's (sqlite3's "Error: ..."). Commands that run the
transcripts' own checkers, real clients or generated files of thousands of rows are not run
(NOT_RUN): what they print is theirs, and they are most of the transcripts' time.

Run as a test: a failure names the place, the language, the command, the English words and
the line; the last line is "N passed, M failed".
"""
import concurrent.futures
import glob
import html
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import transcript  # noqa: E402  (the transcripts' parser, environment and runner)

LANGUAGES = []  # the command line's: the languages with a catalogue

# Common English words a message would use; the msgids add the rest.
COMMON = set("""
the of and or to for with from by on at is are was were be been being has have had not does
did doesn't don't can cannot can't will would should must may might this that these those
there here it its which what when where who why how than then into onto over under after before
since until about above below between without within while each every any some all none nothing
already yet still only also just more most less least very too such same other another new old
file files folder error errors warning hint usage option options argument arguments command
commands subcommand subcommands required missing expected invalid unknown found exist exists
added updated removed deleted changed unchanged rows row line lines column columns value values
field fields date dates day days week weeks month months year years time zone status name names
number code codes list show print write read open close save saved written wrote see use used
try again please run help default true false yes empty full start end starting ending begin
first last next previous today tomorrow yesterday directory such denied permission space left
""".split())

# Words of the reader's language that are also English words (the msgstrs add the rest); none
# listed for a language not here.
NATIVE = {
    "es": set("a con de en no use once error era final real total general local sea".split()),
    "pt": set("a as do for no come more use total final real general local sole".split()),
}

# Words that stand as they are in every language: codes, formats, names.
ALLOWED = set("""
pymes csv json ics iati xlsx xml html markdown md text table email atom utf cp latin toml
sqlite fts id ok url http https www org mailto iso wal bom api backup shell bash zsh fish
""".split())

# A code followed by its word: "training (capacitación)", "party (parte)".
CODE_WITH_WORD = re.compile(r"\b[a-z][a-z-]*(?: [a-z]+)? \([^()]*\)")

# Commands whose stdout is for programs (SPEC §11): only their stderr is read.
MACHINE = re.compile(
    r"(?:-f|--format)[ =]*(?:csv|json|ics|iati|xlsx|\$)|"
    r"\b(?:export|template|ics|completion)\b|sqlite3|python3|xmllint|unzip|"
    r"\.(?:csv|json|ics|xml|xlsx|sql)\b|datapackage|\bod\b|\bxxd\b|base64|sha256sum|\bwc\b")

# Commands that ask for a language, or that are about the choice itself: not read.
OTHER_LANGUAGE = re.compile(
    r"--language[ =]*(?:en\b|\$)|\b(?:LANGUAGE|LANG|LC_ALL|LC_MESSAGES)=|-u LANGUAGE|"
    r"language *= *\\?\"")

# Commands that run the transcripts' own checkers, real clients or large generated files: what
# they print is theirs, and they are slow. Not run (a later command that needs what they made
# fails in the reader's language as well, and is read).
NOT_RUN = re.compile(r"python3 \$E2E/(?!\.\./\.\./examples)|bench/generate\.py|\bkhal\b|"
                     r"\bsleep [0-9]|k<=[0-9]{4,}")

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:'[a-z]+)?")


def catalogue(path):
    """[(msgid texts, msgstr texts)] of a .po file, without the header and obsolete entries."""
    entries = []
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        entry, key = {}, None
        for line in block.split("\n"):
            m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line)
            if m:
                key = m.group(1)
                entry[key] = m.group(2)
            elif line.startswith('"') and key:
                entry[key] += line[1:-1]
        if not entry.get("msgid"):
            continue
        unescape = lambda v: v.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t")
        entries.append(([unescape(v) for k, v in entry.items() if k.startswith("msgid")],
                        [unescape(v) for k, v in entry.items() if k.startswith("msgstr")]))
    return entries


def visible(text, commands=()):
    """The words of a text that belong to the interface, with what it quotes taken out."""
    text = html.unescape(text)
    text = re.sub(r"(?m)^\s+(?:\$ )?pymes .*$", " ", text)        # an example command line
    text = re.sub(r"pymes: (?:error|hint|warning):", " ", text)
    if commands:  # pymes institution list [OPTIONS]
        text = re.sub(r"\bpymes((?: (?:" + "|".join(commands) + r")\b)*)", " ", text)
    text = re.sub(r"\{[^{}\n]*\}", " ", text)                     # {0}, {choices}
    text = re.sub(r"`[^`\n]*`", " ", text)                        # `pymes command`
    text = re.sub(r"(?<![\w])'[^'\n]*'(?![\w])", " ", text)        # 'a value'
    text = re.sub(r'"[^"\n]*"', " ", text)                        # "a value"
    text = re.sub(r"\[\w+\] \w+", " ", text)                       # [mail] from: a config key
    text = re.sub(r"\[[^\]\n]*\]", " ", text)                     # [a match], [OPTIONS]
    text = re.sub(r"https?://\S+|mailto:\S+|\S+@\S+", " ", text)
    text = re.sub(r"(?m)^\S+:\d+:(?:\d+:)?(?: [a-z_.]+:)?", " ", text)  # FILE:LINE: field:
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)       # options
    text = re.sub(r"\$[A-Z_]+", " ", text)                        # $LANGUAGE
    text = re.sub(r"\S*[/\\.]\w\S*", " ", text)                   # paths, file names, x.y
    text = re.sub(r"\b\w+_\w+\b", " ", text)                      # keys: start_on
    text = CODE_WITH_WORD.sub(" ", text)
    return WORD.findall(text)


def english_words(source):
    """{language: the words that are English there}."""
    entries = {lang: catalogue(os.path.join(source, "po", f"{lang}.po")) for lang in LANGUAGES}
    ours = {w.lower() for lang in LANGUAGES for ids, _ in entries[lang] for s in ids
            for w in visible(s)}
    # Not English: a word some translation uses (the agreement's name, "total", "no").
    theirs = {w.lower() for lang in LANGUAGES for _, strs in entries[lang] for s in strs
              for w in visible(s)}
    words = {lang: ((ours - theirs) | (COMMON - NATIVE.get(lang, set()))) - ALLOWED
             for lang in LANGUAGES}
    return words, entries


def words_of_files(pattern):
    words = set()
    for p in glob.glob(pattern, recursive=True):
        with open(p, encoding="utf-8", errors="replace") as f:
            words |= {w.lower() for w in WORD.findall(f.read())}
    return words


def data_words(source):
    """The words of the test data and of the examples' CSV files: names and titles the
    registry holds once a transcript imports them."""
    return (words_of_files(os.path.join(source, "tests", "e2e", "data", "**", "*.csv")) |
            words_of_files(os.path.join(source, "examples", "csv", "*.csv")))


def registry_words(pymes, db, env):
    """The words of everything a registry holds, from its exports (not their headers)."""
    words = set()
    for entity in ["institution", "membership", "activity", "meeting", "project"]:
        out = subprocess.run([pymes, "-R", db, entity, "export"], env=env, capture_output=True,
                             text=True).stdout
        rows = out.split("\n", 1)[1] if "\n" in out else ""
        words |= {w.lower() for w in WORD.findall(rows)}
    return words


def page_text(text):
    """What a reader of a page sees and hears: its text, alt, title and aria-label."""
    text = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", text)
    heard = re.findall(r'\b(?:alt|title|aria-label)="([^"]*)"', text)
    return re.sub(r"<[^>]*>", "\n", text) + "\n" + "\n".join(heard)


def config_keys_out(out):
    """`config show` without its keys: they are what the file says (registry, format)."""
    return re.sub(r"(?m)^\S+", " ", out)


# Lines that are not pymes's: sqlite3's errors, mail headers for programs.
FOREIGN = re.compile(r"(?m)^(?:Error: .*|Parse error.*|(?:Content-[\w-]+|MIME-Version|"
                     r"Message-ID|X-[\w-]+): .*)$")


class Checker:
    def __init__(self, pymes, source):
        self.pymes = os.path.abspath(pymes)
        self.source = os.path.abspath(source)
        self.english, self.entries = english_words(self.source)
        self.data = data_words(self.source)
        self.failures = []
        self.outputs = 0

    def env(self, work, lang):
        home = os.path.join(work, "home")
        os.makedirs(home, exist_ok=True)
        return {
            "PATH": os.path.dirname(self.pymes) + ":/usr/bin:/bin", "HOME": home,
            "USER": "tester", "TZ": "UTC", "LANG": "C.UTF-8", "LANGUAGE": lang,
            "PYMES_TODAY": transcript.TODAY, "E2E": HERE,
            "FIXTURES": os.path.join(self.source, "tests", "data", "corpora"),
        }

    def check(self, where, lang, command, text, allowed):
        self.outputs += 1
        text = FOREIGN.sub(" ", text)
        for line in text.splitlines():
            if line.strip() and line.strip() in command:  # echo "what the test says"
                continue
            words = [w for w in visible(line, self.commands)
                     if w.lower() in self.english[lang] and w.lower() not in allowed]
            if words:
                self.failures.append(f"{where} [{lang}] $ {command.split(chr(10))[0][:160]}\n"
                                     f"    English: {' '.join(words)}\n    {line.strip()[:300]}")

    def transcript(self, path, lang):
        """Every command of a transcript, in order, in one fresh folder."""
        blocks = transcript.parse(path)
        allowed = set(self.data) | self.founders
        typed, quoted = set(), set()
        for b in blocks:
            typed |= {w.lower() for w in WORD.findall(re.sub(r"(?<!\S)--?[a-z][\w-]*", " ", b["cmd"]))}
            for q in re.findall(r"'[^']*'|\"[^\"]*\"", b["cmd"]):
                quoted |= {w.lower() for w in WORD.findall(q)}
        # A command's name is data only where it is quoted ("1; DROP TABLE project").
        allowed |= (typed - set(self.commands)) | quoted
        if any("$FIXTURES" in b["cmd"] for b in blocks):  # third-party CSV, in English
            allowed |= words_of_files(os.path.join(self.source, "tests", "data", "corpora",
                                                   "**", "*.csv"))
        name = os.path.basename(path)
        with tempfile.TemporaryDirectory(prefix="pymes-english-") as work:
            env = self.env(work, lang)
            for b in blocks:
                if NOT_RUN.search(b["cmd"]):
                    continue
                r = transcript.run(["bash", "-c", b["cmd"]], work, env)
                if OTHER_LANGUAGE.search(b["cmd"]):
                    continue
                out = r.stdout.decode("utf-8", "replace")
                err = r.stderr.decode("utf-8", "replace")
                if MACHINE.search(b["cmd"]):
                    text = err
                elif "config show" in b["cmd"]:
                    text = config_keys_out(out) + "\n" + err
                elif "<html" in out:
                    text = page_text(out) + "\n" + err
                else:
                    text = out + "\n" + err
                self.check(f"{name}:{b['line']}", lang, b["cmd"], text, allowed)

    def help_pages(self, lang):
        with tempfile.TemporaryDirectory(prefix="pymes-english-") as work:
            env = self.env(work, lang)
            for path in self.paths:
                r = subprocess.run([self.pymes] + path + ["--help"], env=env, cwd=work,
                                   capture_output=True, text=True)
                # The names in a list of subcommands are commands.
                text = re.sub(r"(?m)^  (?:" + "|".join(self.commands) + r")(?=\s)", " ",
                              r.stdout + r.stderr)
                self.check("help", lang, "pymes " + " ".join(path + ["--help"]), text,
                           self.founders)

    def probes(self, lang, leaves):
        """Each command's own error paths, whether a transcript tries them or not: an unknown
        option, no arguments, an id or code that does not exist, a missing file, a date written
        another way, a code misspelt; on a registry with a record of each kind."""
        with tempfile.TemporaryDirectory(prefix="pymes-english-") as work:
            env = self.env(work, lang)

            def run(args):
                r = subprocess.run([self.pymes] + args, env=env, cwd=work, capture_output=True,
                                   text=True, stdin=subprocess.DEVNULL, timeout=120)
                return r.stdout, r.stderr

            run(["-q", "init"])
            run(["-q", "activity", "add", "--institution", "SELA", "--area", "training",
                 "--title", "Taller"])
            run(["-q", "meeting", "add", "--date", "2026-12-10", "--place", "Lima", "--host",
                 "SELA", "--attendee", "ALIDE"])
            run(["-q", "project", "add", "--title", "Red", "--area", "training", "--lead",
                 "SELA"])
            for path, positionals, options in leaves:
                probes = [path + ["--no-such-option"], path]
                wrong = {"ID": "999", "CODE": "NOSUCH", "FILE": "no-such-file.csv",
                         "TEXT": "zzzz"}
                if positionals and positionals[0] in wrong:
                    probes.append(path + [wrong[positionals[0]]])
                right = [{"ID": "1", "CODE": "SELA", "TEXT": "taller"}.get(p, "x")
                         for p in positionals[:1]]
                for option, kind in options:
                    if kind == "DATE":
                        probes.append(path + right + [option, "14/01/2026"])
                    elif kind == "CODE":
                        probes.append(path + right + [option, "SELLA"])
                for args in probes:
                    out, err = run(args)
                    if MACHINE.search(" ".join(path)):
                        out = ""
                    elif path == ["config", "show"]:
                        out = config_keys_out(out)
                    self.check("probe", lang, "pymes " + " ".join(args), out + "\n" + err,
                               self.founders | {"taller", "red"})

    def site(self, lang):
        with tempfile.TemporaryDirectory(prefix="pymes-english-") as work:
            env = self.env(work, lang)
            db = os.path.join(work, "demo.db")
            subprocess.run(["sh", os.path.join(self.source, "examples", "demo-registry"), db],
                           env=dict(env, PYMES=self.pymes), check=True, capture_output=True)
            site = os.path.join(work, "site")
            subprocess.run([self.pymes, "-q", "-R", db, "publish", site], env=env, check=True,
                           capture_output=True)
            allowed = self.founders | registry_words(self.pymes, db, env)
            for page in sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True)):
                with open(page, encoding="utf-8") as f:
                    self.check("site " + os.path.relpath(page, site), lang,
                               f"pymes publish --language {lang}", page_text(f.read()), allowed)

    def goldens(self):
        """The digest and the annual report as the transcripts compare them (tests/e2e/golden):
        every section, on the richest registry the tests build."""
        for lang in LANGUAGES:
            for path in sorted(glob.glob(os.path.join(HERE, "golden", f"*.{lang}.*"))):
                if path.endswith(".json"):
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if path.endswith(".html"):
                    text = page_text(text)
                self.check("golden " + os.path.basename(path), lang, "(compared by digest.t, "
                           "report.t)", text, self.data | self.founders)

    def catalogues(self):
        """A msgstr is not English: no COMMON word in it that the msgid has too."""
        for lang in LANGUAGES:
            for ids, strs in self.entries[lang]:
                id_words = {w.lower() for s in ids for w in visible(s)}
                for s in strs:
                    native = NATIVE.get(lang, set())
                    words = [w for w in visible(s) if w.lower() in COMMON - native - ALLOWED
                             and w.lower() in id_words]
                    self.outputs += 1
                    if words:
                        self.failures.append(f"po/{lang}.po msgid {ids[0][:100]!r}\n"
                                             f"    English: {' '.join(words)}\n    {s[:300]}")

    def command_paths(self):
        """Every command path, from the English help's subcommand lists."""
        with tempfile.TemporaryDirectory() as work:
            env = self.env(work, "en")
            paths, todo, commands, leaves = [], [[]], set(), []
            while todo:
                path = todo.pop(0)
                paths.append(path)
                out = subprocess.run([self.pymes] + path + ["--help"], env=env,
                                     capture_output=True, text=True).stdout
                if "Subcommands:" not in out and path:
                    positionals = re.findall(r"(?m)^  ([A-Z]+) ", out.split("Options:")[0])
                    options = re.findall(r"(?m)^  (--[\w-]+) [A-Z]+:(DATE|CODE)\b", out)
                    leaves.append((path, positionals, options))
                if "Subcommands:" in out:
                    for line in out.split("Subcommands:", 1)[1].splitlines():
                        m = re.match(r"  ([a-z][\w-]*)", line)
                        if m:
                            commands.add(m.group(1))
                            todo.append(path + [m.group(1)])
            # The founders and everything `init` writes.
            db = os.path.join(work, "founders.db")
            subprocess.run([self.pymes, "-q", "-R", db, "init"], env=env, capture_output=True)
            founders = registry_words(self.pymes, db, env)
        self.leaves = leaves
        return paths, sorted(commands, key=len, reverse=True), founders

    def run(self, transcripts):
        self.paths, self.commands, self.founders = self.command_paths()
        self.catalogues()
        self.goldens()
        jobs = [(self.help_pages, lang) for lang in LANGUAGES]
        jobs += [(self.site, lang) for lang in LANGUAGES]
        jobs += [(lambda lang, n=n: self.probes(lang, self.leaves[n::len(LANGUAGES)]), lang)
                 for n, lang in enumerate(LANGUAGES)]
        jobs += [(lambda lang, t=t: self.transcript(t, lang), LANGUAGES[i % len(LANGUAGES)])
                 for i, t in enumerate(sorted(transcripts))]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for f in [pool.submit(fn, lang) for fn, lang in jobs]:
                f.result()
        for f in self.failures:
            print(f)
        failed = len({f.split("\n")[0] for f in self.failures})
        counts = ", ".join(f"{len(self.english[lang])} ({lang})" for lang in LANGUAGES)
        print(f"English words: {counts}; "
              f"read: {self.outputs} outputs and msgstrs ({len(transcripts)} transcripts, the help "
              f"of {len(self.paths)} commands and the site in {' and '.join(LANGUAGES)}, the "
              f"catalogues)")
        print(f"{self.outputs - failed} passed, {failed} failed")
        return 1 if self.failures else 0


def main():
    pymes, source = sys.argv[1], sys.argv[2]
    LANGUAGES.extend(lang for lang in sys.argv[3].split(",") if lang)
    if not LANGUAGES:
        print("FAIL: no language to read (LANGUAGES is empty)\n0 passed, 1 failed")
        return 1
    transcripts = sys.argv[4:] or sorted(glob.glob(os.path.join(source, "tests", "e2e", "*.t")))
    return Checker(pymes, source).run(transcripts)


if __name__ == "__main__":
    sys.exit(main())
