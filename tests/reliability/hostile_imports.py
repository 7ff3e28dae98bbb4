#!/usr/bin/python3
"""Hostile imports (issue 28, items 2, 3 and 5): files built to make an import hold too much or
parse for hours. Each file is generated here (nothing large is kept in the repository), imported,
and must end with its exit code and message, under a generous bound of peak resident memory.
Nothing is timed: a file that made the old reader quadratic would now run into ctest's timeout.

    hostile_imports.py PYMES [CASE ...]
    hostile_imports.py --seeds DIR     writes small versions of the workbooks (fuzz seeds)
"""
import os
import subprocess
import sys
import tempfile
import zipfile

MIB = 1 << 20
LEVEL = 1  # deflate's: fast for the large files; the seeds are written at 9, to be small
PYMES = None
failures = []
passed = 0

NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
WORKBOOK = (HEAD + b'<workbook ' + NS + b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (HEAD + b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def inline(ref, text):
    return b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def header_row():
    """An activity's required columns, inline strings."""
    return (b'<row r="1">' + inline(b"A1", b"institution") + inline(b"B1", b"area") +
            inline(b"C1", b"title") + b"</row>")


def activity_row(n, title_cell=None):
    """Row n: an activity of SELA; its title is `title_cell` (a whole <c>) or inline text."""
    title = title_cell or inline(b"C%d" % n, b"Taller %d" % n)
    return (b'<row r="%d">' % n + inline(b"A%d" % n, b"SELA") + inline(b"B%d" % n, b"training") +
            title + b"</row>")


def sheet_begin():
    return HEAD + b"<worksheet " + NS + b"><sheetData>"


SHEET_END = b"</sheetData></worksheet>"


def write_workbook(path, sheet, strings=None, extra=()):
    """A workbook at `path`: `sheet` and `strings` are lists of byte strings
    or of callables that write to the part's stream (for parts of hundreds of MiB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as z:
        put = lambda name, data: z.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)  # 1980: the same bytes each time
        put("xl/workbook.xml", WORKBOOK)
        put("xl/_rels/workbook.xml.rels", RELS)
        for name, pieces in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)):
            if pieces is None:
                continue
            with z.open(name, "w", force_zip64=True) as f:
                for p in pieces:
                    if callable(p):
                        p(f)
                    else:
                        f.write(p)
        for name, data in extra:
            put(name, data)


def repeated(unit, size):
    """A writer of `size` bytes of `unit` repeated, in pieces of about 1 MiB."""
    def write(f):
        piece = unit * max(1, MIB // len(unit))
        left = size
        while left > 0:
            f.write(piece[:left])
            left -= len(piece)
    return write


def simple_sheet(rows=3, before_rows=()):
    return [sheet_begin(), header_row(), *before_rows] + [activity_row(n) for n in range(2, rows + 1)] + [SHEET_END]


# The workbooks: name -> (function writing it at `path` with a token or string of `size` bytes).

def comment_in_sheet(path, size):
    """One XML comment of `size` bytes between two rows."""
    write_workbook(path, simple_sheet(before_rows=[b"<!--", repeated(b"x", size), b"-->"]))


def attribute_in_sheet(path, size):
    """One attribute value of `size` bytes ('>' included: it ends no tag inside quotes)."""
    write_workbook(path, simple_sheet(before_rows=[b'<extLst note="', repeated(b"1:2>", size), b'"/>']))


def instruction_in_strings(path, size):
    """A processing instruction of `size` bytes in the shared strings."""
    write_workbook(path, simple_sheet(), [HEAD, b"<sst " + NS + b"><?pi ", repeated(b"y", size),
                                          b"?><si><t>a</t></si></sst>"])


def text_in_sheet(path, size):
    """Character data of `size` bytes between two rows, where no value holds it."""
    write_workbook(path, simple_sheet(before_rows=[repeated(b"z", size)]))


def utf16_sheet(path, size):
    """A sheet in UTF-16 whose attribute of `size` bytes holds '<' and '>' bytes in every
    character (U+3E3C): a scanner of single bytes must not take it for many short tags."""
    head = '<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData><row r="1" spans="'
    write_workbook(path, [b"\xff\xfe" + head.encode("utf-16-le"), repeated("\u3e3c".encode("utf-16-le"), size),
                          '"/></sheetData></worksheet>'.encode("utf-16-le")])


def long_shared_string(path, size, rows=40, runs=1):
    """One shared string of `size` bytes (in `runs` runs of rich text, each its own <t>), the
    title of `rows` rows: each row would copy it."""
    run = [b"<r><t>", repeated(b"s", size // runs), b"</t></r>"] * runs
    strings = [HEAD, b'<sst ' + NS + b' count="1" uniqueCount="1"><si>', *run, b"</si></sst>"]
    sheet = [sheet_begin(), header_row()] + [
        activity_row(n, b'<c r="C%d" t="s"><v>0</v></c>' % n) for n in range(2, rows + 2)] + [SHEET_END]
    write_workbook(path, sheet, strings)


def many_references(path, size, rows):
    """One shared string of `size` bytes (under the value bound) as the title of `rows` rows."""
    long_shared_string(path, size, rows)


def row_past_the_last(path, size=0):
    """A row numbered 1,048,577: one past a sheet's last."""
    write_workbook(path, [sheet_begin(), header_row(), activity_row(2), activity_row(1048577), SHEET_END])


def duplicate_entry(path, size=0):
    """Two parts named xl/worksheets/sheet1.xml: one reader would take the first, another the last."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
        write_workbook(path, simple_sheet(2), extra=[
            ("xl/worksheets/sheet1.xml", b"".join([sheet_begin(), header_row(),
                                                   activity_row(2, inline(b"C2", b"Otro")), SHEET_END]))])


SEEDS = {  # small versions for the fuzz corpus (its bounds are lower: see tests/fuzz/fuzz_xlsx.cpp)
    "huge-comment.xlsx": (comment_in_sheet, 2 * MIB),
    "huge-attribute.xlsx": (attribute_in_sheet, 2 * MIB),
    "huge-instruction.xlsx": (instruction_in_strings, 2 * MIB),
    "huge-text.xlsx": (text_in_sheet, 9 * MIB),
    "utf16-attribute.xlsx": (utf16_sheet, 2 * MIB),
    "long-shared-string.xlsx": (lambda p, s: long_shared_string(p, s, rows=3, runs=2), 2 * MIB),
    "shared-references.xlsx": (lambda p, s: many_references(p, s, rows=50), 100_000),
    "row-past-the-last.xlsx": (row_past_the_last, 0),
    "duplicate-entry.xlsx": (duplicate_entry, 0),
}


# Running pymes.

def env(work):
    e = dict(os.environ, HOME=work, PYMES_TODAY="2026-11-25", USER="tester", TZ="UTC", LANG="C.UTF-8", LANGUAGE="en")
    for k in ("PYMES_CONFIG", "PYMES_REGISTRY", "LC_ALL", "LC_MESSAGES"):
        e.pop(k, None)
    return e


def pymes(work, *args):
    """Exit code, stderr and peak resident MiB of one run. The peak is measured by /usr/bin/time:
    a child forked from this process would count this process's pages in its own peak."""
    peak = os.path.join(work, ".peak")
    p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak, PYMES, "--no-config", "-R",
                        os.path.join(work, "r.db"), *args],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(work), cwd=work)
    with open(peak) as f:
        kib = int(f.read().split()[-1])
    return p.returncode, p.stderr.decode(), kib / 1024


def check(ok, what):
    global passed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failures.append(what)
        print(f"FAIL {what}")


def refused(work, name, build, size, code, message, peak_mib, *extra):
    """Builds a file, imports it, and checks the exit code, a part of the message and the peak."""
    path = os.path.join(work, name)
    build(path, size)
    got, err, peak = pymes(work, "activity", "import", path, *extra)
    os.remove(path)
    last = err.strip().splitlines()[-2:] if err.strip() else []
    print(f"     {name}: exit {got}, peak {peak:.0f} MiB: {' / '.join(last)}")
    check(got == code, f"{name}: exit {code} (got {got})")
    check(message in err, f"{name}: says '{message}'")
    check(peak < peak_mib, f"{name}: peak {peak:.0f} MiB, under {peak_mib} MiB")


def count_activities(work):
    out = subprocess.run([PYMES, "--no-config", "-R", os.path.join(work, "r.db"), "db", "status"],
                         capture_output=True, text=True, env=env(work), check=True).stdout
    return next(int(l.split()[1]) for l in out.splitlines() if l.startswith("activity:"))


def case_xml_tokens(work):
    """Item 3: one huge comment, attribute or instruction made expat 2.5 quadratic (32 MiB: 13 s;
    900 MiB: hours). Each is refused at 1 MiB, naming its part; a text run at 8 MiB."""
    refused(work, "comment.xlsx", comment_in_sheet, 900 * MIB, 65,
            "the part xl/worksheets/sheet1.xml has an XML tag, comment or instruction over 1 MiB", 100)
    refused(work, "attribute.xlsx", attribute_in_sheet, 64 * MIB, 65,
            "the part xl/worksheets/sheet1.xml has an XML tag, comment or instruction over 1 MiB", 100)
    refused(work, "instruction.xlsx", instruction_in_strings, 64 * MIB, 65,
            "the part xl/sharedStrings.xml has an XML tag, comment or instruction over 1 MiB", 100)
    refused(work, "text.xlsx", text_in_sheet, 64 * MIB, 65,
            "the part xl/worksheets/sheet1.xml has a run of text over 8 MiB without markup", 100)
    refused(work, "utf16.xlsx", utf16_sheet, 64 * MIB, 65,
            "the part xl/worksheets/sheet1.xml is not UTF-8", 100)
    check(count_activities(work) == 0, "nothing was written")


def case_shared_strings(work):
    """Item 2: a 16 MiB shared string that 40 rows refer to took 857 MB and grew the registry by
    641 MB. A value over 1 MiB is an error on the first row that takes it, as in CSV; of such a
    string only 1 MiB is kept. Here it is four runs of rich text, each under the text bound."""
    refused(work, "shared.xlsx", lambda p, s: long_shared_string(p, s, rows=40, runs=4), 16 * MIB,
            65, "shared.xlsx:2: C2: a value over 1 MiB", 200)
    # One run of 16 MiB without a line end: the text bound refuses it before it is read.
    refused(work, "shared-run.xlsx", lambda p, s: long_shared_string(p, s, rows=40), 16 * MIB,
            65, "the part xl/sharedStrings.xml has a run of text over 8 MiB without markup", 200)
    check(count_activities(work) == 0, "nothing was written")
    size = os.path.getsize(os.path.join(work, "r.db"))
    check(size < 8 * MIB, f"the registry stays small ({size} bytes)")


def case_csv_large_rows(work):
    """Item 5: 1,500 rows of 1 MiB took 1.1 GB in --dry-run: the reading thread ran 4,096 rows
    ahead of the writer whatever their size. Here 400 rows of 1 MiB (a 400 MiB file; 517 MiB
    before). And a record of millions of empty fields."""
    path = os.path.join(work, "large.csv")
    desc = "d" * (MIB - 16)
    with open(path, "w", encoding="utf-8") as f:
        f.write("institution,area,title,description\n")
        for n in range(400):
            f.write(f"SELA,training,Taller {n},{desc}\n")
    got, err, peak = pymes(work, "activity", "import", "--dry-run", path)
    os.remove(path)
    print(f"     large.csv: exit {got}, peak {peak:.0f} MiB: {err.strip().splitlines()[-1:]}")
    check(got == 0, f"large rows: exit 0 (got {got}: {err[-300:]})")
    check(peak < 200, f"large rows: peak {peak:.0f} MiB, under 200 MiB")
    # A row of 8 Mi empty fields (each a string's slot, 32 bytes): 540 MiB before, as a header
    # 800 MiB and 20 s.
    for name, head in (("commas.csv", "institution,area,title\nSELA,training,"), ("commas-header.csv", "")):
        refused(work, name, lambda p, s, head=head: open(p, "w").write(head + "," * s + "\n"), 8 * MIB,
                65, "a record of more than 16,384 fields starts on this line", 100)


CASES = {"xml_tokens": case_xml_tokens, "shared_strings": case_shared_strings,
         "csv_large_rows": case_csv_large_rows}


def main():
    global PYMES
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        global LEVEL
        LEVEL = 9
        for name, (build, size) in SEEDS.items():
            build(os.path.join(sys.argv[2], name), size)
            print(name, os.path.getsize(os.path.join(sys.argv[2], name)))
        return 0
    PYMES = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(CASES)
    for name in names:
        with tempfile.TemporaryDirectory(prefix="pymes-hostile-") as work:
            r = subprocess.run([PYMES, "--no-config", "-q", "-R", os.path.join(work, "r.db"), "init"],
                               env=env(work), capture_output=True, text=True)
            assert r.returncode == 0, r.stderr
            print(f"{name}:")
            CASES[name](work)
    print(f"{passed} passed, {len(failures)} failed")
    for f in failures:
        print(f"  {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
