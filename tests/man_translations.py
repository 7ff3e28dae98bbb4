#!/usr/bin/python3
"""The man pages in Spanish and Portuguese (issue 29, item 7; SPEC §11), as a reader gets them:

1. every English page in the build tree has its translation in build/man/es and build/man/pt;
2. each renders with `man -l` (groff, every warning on) without a warning, under the page header
   and with its section names translated, and `mandoc -Tlint` finds nothing in it but the two
   messages that translated section names cause by design (mandoc knows NAME, not NOMBRE);
   man-db's lexgrog (apropos, whatis) reads its translated NAME line;
3. no paragraph of an English page is in its translation unchanged (rendered both, one paragraph
   to a line: an English paragraph found again is an untranslated one);
4. the catalogues are in step with the English sources: po4a translates 100% of every page from
   man/po/LANG.po (it discards a page below --keep 100 and says how much it lacks), and
   `update-man-po` would not change man/po/LANG.po (no new, changed or dropped English text);
5. installed by `cmake --install` into a prefix, `man -w pymes` with MANPATH into it finds
   share/man/es/man1/pymes.1 under LANG=es_ES.UTF-8 and share/man/pt/man1/pymes.1 under
   LANG=pt_BR.UTF-8 (the locales built with localedef into a temporary LOCPATH), and the English
   page under LANG=C.

    man_translations.py pages|installed LANGUAGES MAN_SOURCE_DIR BUILD_DIR PO4A [PO4A_OPTION...]

LANGUAGES are the languages with a catalogue, "es,pt": the build's list (PYMES_LANGUAGES, which
po/CMakeLists.txt reads from the language table); `pages` also checks that man/po4a.cfg's
[po4a_langs] translates the pages into each of them, and into no other. A language's NAME
heading is the one its man/po/LANG.add gives groff.

`pages` checks 1-4 (seconds), `installed` checks 5 (an install and two locales: slower).
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile

# {language: (the locale its reader is tested under, its NAME heading)}: main() fills it in.
LANGUAGES = {}
# The reader's locale, where it is not LL_LL (es_ES): the agreement's Portuguese is Brazil's.
READER_LOCALE = {"pt": "pt_BR"}
# Words of English prose that are no Spanish or Portuguese word: a paragraph holding two of them
# is English text, not a command line or a list of names (those may stay as they are).
ENGLISH = {"the", "and", "with", "when", "which", "is", "are", "of", "to", "for", "from", "that",
           "this", "by", "its", "it", "be", "not", "or", "in", "an", "at", "into", "every",
           "each", "only", "else", "than", "there", "was", "were", "has", "have", "after"}


def run(args, env=None, cwd=None):
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd)


def render(page, width):
    """The page as man shows it: (text, groff's warnings)."""
    env = dict(os.environ, LANG="C.UTF-8", MANWIDTH=str(width))
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "MAN_KEEP_FORMATTING", "MANROFFOPT"):
        env.pop(var, None)
    r = run(["man", "--warnings=w", "-l", page], env=env)
    return r.stdout, r.stderr + ("" if r.returncode == 0 else f"man exited {r.returncode}\n")


def whatis_line(page):
    """What apropos and whatis show of the page: "NAME - DESCRIPTION" (man-db's lexgrog)."""
    return run(["lexgrog", page]).stdout.strip().split(": ", 1)[-1]


def paragraphs(text):
    return {re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()}


def is_prose(paragraph):
    words = re.findall(r"(?<![\w-])[a-z]+", paragraph.lower())  # not the words of --options
    return len([w for w in words if w in ENGLISH]) >= 2


def section_name(add_file):
    """The NAME heading groff gives the pages of a language: its .add's doc-section-name."""
    with open(add_file, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\.ds doc-section-name (.+)$", line.strip())
            if m:
                return m.group(1)
    return None


def po4a_languages(source):
    """The languages po4a translates the pages into: po4a.cfg's [po4a_langs]."""
    with open(os.path.join(source, "po4a.cfg"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("[po4a_langs]"):
                return line.split()[1:]
    return []


def main():
    part, languages, source, build, po4a, *po4a_options = sys.argv[1:]
    mandir = os.path.join(build, "man")
    failures = []
    checks = 0
    for lang in filter(None, languages.split(",")):
        heading = None
        add = os.path.join(source, "po", f"{lang}.add")
        if os.path.exists(add):
            heading = section_name(add)
        if not heading:
            failures.append(f"man/po/{lang}.add: missing, or without `.ds doc-section-name`")
        LANGUAGES[lang] = (READER_LOCALE.get(lang, f"{lang}_{lang.upper()}"), heading or "NAME")
    if not LANGUAGES:
        failures.append("no language to check (LANGUAGES is empty)")
    if part == "pages":
        checks += 1
        if sorted(po4a_languages(source)) != sorted(LANGUAGES):
            failures.append(f"man/po4a.cfg: [po4a_langs] is {' '.join(po4a_languages(source))}, "
                            f"the languages with a catalogue are {' '.join(LANGUAGES)}")
    pages = sorted(f for f in os.listdir(mandir) if re.search(r"\.[1-8]$", f))
    if len(pages) < 17:
        failures.append(f"{mandir}: {len(pages)} English pages, expected every one of man/*.in")

    with tempfile.TemporaryDirectory() as tmp:
        if part == "pages":
            checks += check_pages(mandir, pages, failures)
            checks += check_catalogues(source, tmp, po4a, po4a_options, pages, failures)
        else:
            checks += check_installed(build, tmp, pages, failures)
    for f in failures:
        print(f)
    print(f"{max(checks - len(failures), 0)} passed, {len(failures)} failed")
    return 1 if failures else 0


def check_pages(mandir, pages, failures):
    """1-3: every translation is there, renders cleanly, and leaves no English paragraph."""
    checks = 0
    prose_seen = 0
    for page in pages:
        english, _ = render(os.path.join(mandir, page), 2000)
        english_prose = {p for p in paragraphs(english) if is_prose(p)}
        prose_seen += len(english_prose)
        for lang, (_, name_heading) in LANGUAGES.items():
            checks += 1
            translated_page = os.path.join(mandir, lang, page)
            if not os.path.exists(translated_page):
                failures.append(f"{lang}/{page}: not built")
                continue
            text, warnings = render(translated_page, 2000)
            if warnings:
                failures.append(f"{lang}/{page}: man -l warns:\n{warnings}")
            lines = text.splitlines()
            title = page.rsplit(".", 1)[0].upper() + "(" + page.rsplit(".", 1)[1] + ")"
            if not lines or not lines[0].startswith(title):
                failures.append(f"{lang}/{page}: the page header is missing: {lines[:1]}")
            if name_heading not in lines:
                failures.append(f"{lang}/{page}: no {name_heading} section")
            r = run(["mandoc", "-Tlint", "-Wwarning", translated_page])
            lint = [line for line in (r.stdout + r.stderr).splitlines()
                    if "first section is not \"NAME\"" not in line
                    and "description line outside NAME section" not in line]
            if lint:
                failures.append(f"{lang}/{page}: mandoc -Tlint:\n" + "\n".join(lint))
            # apropos and whatis (man-db's lexgrog) read the translated NAME line.
            whatis = whatis_line(translated_page)
            if " - " not in whatis or whatis == whatis_line(os.path.join(mandir, page)):
                failures.append(f"{lang}/{page}: lexgrog finds no translated NAME line: {whatis}")
            left = sorted(english_prose & paragraphs(text))
            for paragraph in left:
                failures.append(f"{lang}/{page}: untranslated: {paragraph[:160]}")
    # The comparison finds English when there is some: the English pages hold many paragraphs.
    if prose_seen < 100:
        failures.append(f"only {prose_seen} English paragraphs found to compare: the check is blind")
    # The synopsis keeps one form to a line (groff lays it out so only under SINOPSIS/SINOPSE).
    for lang in LANGUAGES:
        text, _ = render(os.path.join(mandir, lang, "pymes.1"), 80)
        if not re.search(r"^ +pymes --version$", text, re.M):  # at 80 columns, as a reader sees it
            failures.append(f"{lang}/pymes.1: `pymes --version` is not a synopsis line of its own")
    return checks


def check_catalogues(source, tmp, po4a, po4a_options, pages, failures):
    """4: the catalogues against the English sources as they are now."""
    checks = 0
    copy = os.path.join(tmp, "man")
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("CMakeLists.txt"))
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    r = run([po4a, "--no-update", "--keep", "100", *po4a_options, "--variable", f"potdir={tmp}",
             "--destdir", out, "po4a.cfg"], cwd=copy)
    for line in (r.stdout + r.stderr).splitlines():
        if "Discard" in line or "translated" in line:
            failures.append(f"po4a: {line.strip()} (translate man/po/*.po to 100%)")
    if r.returncode != 0:
        failures.append(f"po4a exited {r.returncode}:\n{r.stdout}{r.stderr}")
    for page in pages:
        for lang in LANGUAGES:
            checks += 1
            if not os.path.exists(os.path.join(out, lang, page + ".in")):
                failures.append(f"po4a --keep 100 did not write {lang}/{page}.in")
    r = run([po4a, "--no-translations", *po4a_options, "--variable", f"potdir={tmp}", "po4a.cfg"],
            cwd=copy)
    if r.returncode != 0:
        failures.append(f"po4a --no-translations exited {r.returncode}:\n{r.stdout}{r.stderr}")
    for lang in LANGUAGES:
        checks += 1
        committed = os.path.join(source, "po", f"{lang}.po")
        merged = os.path.join(copy, "po", f"{lang}.po")
        if not filecmp.cmp(committed, merged, shallow=False):
            stats = run(["msgfmt", "--statistics", "-o", os.devnull, merged]).stderr.strip()
            failures.append(f"man/po/{lang}.po is stale against the English pages (merged: {stats});"
                            " run `cmake --build build --target update-man-po` and translate")
    return checks


def check_installed(build, tmp, pages, failures):
    """5: installed where man looks, for each reader's language."""
    checks = 0
    prefix = os.path.join(tmp, "prefix")
    r = run(["cmake", "--install", build, "--prefix", prefix])
    if r.returncode != 0:
        failures.append(f"cmake --install failed:\n{r.stdout}{r.stderr}")
    locpath = os.path.join(tmp, "locale")
    os.mkdir(locpath)
    manpath = os.path.join(prefix, "share", "man")
    expected = {"C": (os.path.join(manpath, "man1", "pymes.1"), "NAME")}
    for lang, (locale, name_heading) in LANGUAGES.items():
        r = run(["localedef", "-i", locale, "-f", "UTF-8", os.path.join(locpath, f"{locale}.UTF-8")])
        if r.returncode not in (0, 1):  # 1: warnings only, the locale is written
            failures.append(f"localedef {locale}: {r.stderr.strip()}")
        expected[f"{locale}.UTF-8"] = (os.path.join(manpath, lang, "man1", "pymes.1"), name_heading)
        for page in pages:
            checks += 1
            section = page.rsplit(".", 1)[1]
            if not os.path.exists(os.path.join(manpath, lang, f"man{section}", page)):
                failures.append(f"not installed: share/man/{lang}/man{section}/{page}")
    for lang_env, (want, name_heading) in expected.items():
        checks += 1
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env.update(LANG=lang_env, LOCPATH=locpath, MANPATH=manpath, MANWIDTH="80")
        r = run(["man", "-w", "pymes"], env=env)
        if r.stdout.strip() != want or r.stderr:
            failures.append(f"LANG={lang_env} man -w pymes: {r.stdout.strip()!r} {r.stderr.strip()}"
                            f" (expected {want})")
        r = run(["man", "pymes"], env=env)  # what the reader sees
        if name_heading not in r.stdout.splitlines() or r.stderr:
            failures.append(f"LANG={lang_env} man pymes: no {name_heading} section {r.stderr.strip()}")
    return checks


if __name__ == "__main__":
    sys.exit(main())
