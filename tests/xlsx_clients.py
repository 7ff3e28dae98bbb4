#!/usr/bin/python3
"""Workbooks with a real client (issue 16): openpyxl reads what pymes writes and checks each
cell's type and number format; openpyxl writes workbooks (shared strings, dates, times,
booleans, the 1904 date system; Debian's openpyxl 3.0 writes text as inline strings) that pymes
imports; a workbook as other programs write it (shared strings with rich-text runs and phonetic
readings, inline strings, formulas with cached values, skipped rows and cells, custom date
formats) is built part by part and imported (LibreOffice's shared strings: xlsx_libreoffice.py); the template's drop-downs are there and a filled one imports."""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

failures = 0
passed = 0


def check(ok, what, detail=""):
    global failures, passed
    print(f"{'ok' if ok else 'FAILED'}: {what}" + (f" ({detail})" if detail and not ok else ""))
    if ok:
        passed += 1
    else:
        failures += 1


def main():
    pymes = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="pymes-xlsx-") as work:
        env = dict(os.environ, PYMES_TODAY="2026-11-25", HOME=work)
        db = os.path.join(work, "r.db")

        def run(*args, stdin=None, ok=True):
            r = subprocess.run([pymes, "--no-config", "-R", db, *args], input=stdin, env=env,
                               capture_output=True)
            if ok and r.returncode != 0:
                raise SystemExit(f"{args}: {r.returncode} {r.stderr.decode()}")
            return r

        def path(name):
            return os.path.join(work, name)

        run("-q", "init")
        run("-q", "activity", "import", "-", stdin=(
            "ref,institution,area,title,description,start_on,highlight,tags\n"
            "007,SELA,info,=1+1,1E10,2026-01-05,true,a;b\n"
            "12345678901234567890,SELA,training,1/2,10:00,,false,\n").encode())
        run("-q", "project", "add", "--title", "P", "--area", "info", "--lead", "ALIDE",
            "--partner", "SELA", "--budget", "25000.5", "--currency", "USD")

        # 1. openpyxl reads what pymes writes.
        run("activity", "export", "--format", "xlsx", "-o", path("a.xlsx"))
        ws = openpyxl.load_workbook(path("a.xlsx")).active
        head = [c.value for c in ws[1]]
        row = {h: c for h, c in zip(head, ws[2])}
        row2 = {h: c for h, c in zip(head, ws[3])}
        check(ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:M3", "frozen header, filter",
              f"{ws.freeze_panes} {ws.auto_filter.ref}")
        check(row["ref"].value == "007" and row["ref"].data_type == "s", "007 is text")
        check(row["title"].value == "=1+1" and row["title"].data_type == "s", "=1+1 is text, not a formula",
              row["title"].data_type)
        check(row["description"].value == "1E10" and row["description"].data_type == "s", "1E10 is text")
        check(row2["ref"].value == "12345678901234567890" and row2["title"].value == "1/2"
              and row2["description"].value == "10:00", "long numbers, fractions, times stay text")
        check(row["start_on"].value == datetime.datetime(2026, 1, 5) and row["start_on"].number_format == "yyyy-mm-dd",
              "a date cell shown yyyy-mm-dd", f"{row['start_on'].value!r} {row['start_on'].number_format}")
        check(row["highlight"].value is True and row["highlight"].data_type == "b"
              and row2["highlight"].value is False, "booleans")
        check(row["tags"].value == "a;b" and row["id"].value == 1 and row["id"].data_type == "n", "lists, ids")
        run("project", "export", "--format", "xlsx", "-o", path("p.xlsx"))
        ws = openpyxl.load_workbook(path("p.xlsx")).active
        p = {h.value: c for h, c in zip(ws[1], ws[2])}
        check(p["budget"].value == 25000.5 and p["budget"].data_type == "n" and p["budget"].number_format == "0.00",
              "a budget is a number with two decimals", f"{p['budget'].value!r} {p['budget'].number_format}")

        # A workbook is not for a terminal (script(1) gives pymes one).
        r = subprocess.run(["script", "-qec", f"{pymes} --no-config -R {db} activity export --format xlsx",
                            "/dev/null"], env=env, capture_output=True, text=True)
        check(r.returncode == 64 and "a workbook is not for the terminal" in r.stdout
              and "-o activities.xlsx" in r.stdout, "refused on a terminal", r.stdout)

        # 2. openpyxl writes workbooks pymes imports: shared strings, dates, times, booleans,
        # and the 1904 date system.
        for epoch in (None, CALENDAR_MAC_1904):
            wb = openpyxl.Workbook()
            if epoch:
                wb.epoch = epoch
            ws = wb.active
            ws.append(["title", "date", "time", "host", "status"])
            ws.append(["Reunión", datetime.date(2027, 3, 4), datetime.time(9, 30), "SELA", "scheduled"])
            ws.append([])
            ws.append(["Otra", datetime.datetime(2027, 12, 31), None, None, None])
            name = path(f"m{1 if epoch else 0}.xlsx")
            wb.save(name)
            r = run("meeting", "import", name, ok=False)
            out = run("-f", "csv", "meeting", "list", "--from", "2027-01-01").stdout.decode()
            check(r.returncode == 0 and "2 rows: 2 added" in r.stderr.decode()
                  and ",2027-03-04,,09:30," in out and ",2027-12-31," in out,
                  f"openpyxl's workbook{' in the 1904 system' if epoch else ''} imports",
                  r.stderr.decode() + out)
            run("-q", "meeting", "remove", out.splitlines()[1].split(",")[0])
            run("-q", "meeting", "remove", out.splitlines()[2].split(",")[0])

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["ref", "institution", "area", "title", "highlight", "start_on"])
        ws.append(["x-1", "SELA", "capacitación", "Booleano", True, datetime.date(2027, 1, 2)])
        ws.append(["x-2", "SELA", "info", 42, False, None])
        wb.save(path("b.xlsx"))
        r = run("activity", "import", path("b.xlsx"), ok=False)
        out = run("-f", "csv", "activity", "list", "--search", "Booleano").stdout.decode()
        check(r.returncode == 0 and "x-1,SELA,training,Booleano,,planned,2027-01-02,,true" in out,
              "booleans, areas in Spanish, dates", r.stderr.decode() + out)

        # A bad row is reported with the row number the spreadsheet shows.
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["institution", "area", "title"])
        ws["A7"], ws["B7"], ws["C7"] = "SELA", "nada", "t"
        wb.save(path("bad.xlsx"))
        r = run("activity", "import", path("bad.xlsx"), ok=False)
        check(r.returncode == 65 and f"{path('bad.xlsx')}:7: area:" in r.stderr.decode(),
              "FILE:ROW: column: message with the sheet's row", r.stderr.decode())

        # 3. A workbook as other programs write it, part by part: inline strings, formulas with
        # cached values (text and number), a custom date format, a t="d" cell, skipped rows and
        # cells, the 1904 system.
        sheet = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
                 '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>institution</x:t></x:is></x:c>'
                 '<x:c r="C2" t="inlineStr"><x:is><x:t>area</x:t></x:is></x:c>'
                 '<x:c r="D2" t="inlineStr"><x:is><x:r><x:t>ti</x:t></x:r><x:r><x:t>tle</x:t></x:r></x:is></x:c>'
                 '<x:c r="E2" t="s"><x:v>1</x:v></x:c>'
                 '<x:c r="F2" t="inlineStr"><x:is><x:t>end_on</x:t></x:is></x:c>'
                 '<x:c r="G2" t="inlineStr"><x:is><x:t>ref</x:t></x:is></x:c></x:row>'
                 '<x:row r="5"><x:c r="B5" t="str"><x:f>UPPER("sela")</x:f><x:v>SELA</x:v></x:c>'
                 '<x:c r="C5" t="inlineStr"><x:is><x:t>info</x:t></x:is></x:c>'
                 '<x:c r="D5" t="inlineStr"><x:is><x:t xml:space="preserve">Hecho a mano</x:t></x:is></x:c>'
                 '<x:c r="E5" s="1"><x:v>44927</x:v></x:c><x:c r="F5" t="d"><x:v>2027-01-10T00:00:00</x:v></x:c>'
                 '<x:c r="G5"><x:f>40+2</x:f><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>')
        parts = {
            "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/></Relationships>',
            "book/main.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="a" sheetId="1" r:id="rS"/></sheets></workbook>',
            "book/_rels/main.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/book/s.xml"/><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="st.xml"/><Relationship Id="rU" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>',
            "book/st.xml": '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="dd&quot;/&quot;mm&quot;/&quot;yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="170"/></cellXfs></styleSheet>',
            "book/s.xml": sheet,
            "book/strings.xml": '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si><si><r><t>start</t></r><r><t>_on</t></r><rPh><t>ignored</t></rPh></si></sst>',
        }
        with zipfile.ZipFile(path("hand.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
            for n, t in parts.items():
                z.writestr(n, t)
        r = run("activity", "import", path("hand.xlsx"), ok=False)
        out = run("-f", "csv", "activity", "list", "--search", "Hecho").stdout.decode()
        # 44927 days after 1904-01-01 is 2027-01-02.
        check(r.returncode == 0 and ",42,SELA,information,Hecho a mano,,planned,2027-01-02,2027-01-10," in out,
              "shared and inline strings, cached formulas, custom date format, 1904, t=d, skipped rows",
              r.stderr.decode() + out)

        # 4. The template: drop-downs, notes, instructions; filled in, it imports. In Spanish,
        # the language of the interface (also the default).
        run("--language", "es", "activity", "template", "-o", path("t.xlsx"), "--institution",
            "SELA")
        wb = openpyxl.load_workbook(path("t.xlsx"))
        ws = wb.worksheets[0]
        lists = {str(d.sqref).split(":")[0][0]: d.formula1 for d in ws.data_validations.dataValidation}
        head = [c.value for c in ws[1]]
        check(head[:4] == ["ref", "institution", "area", "title"] and ws["B1"].comment is not None
              and "Obligatoria" in ws["B1"].comment.text and ws["B1"].font.color.rgb.endswith("FF0000"),
              "the template's header: columns, required marked, notes", str(head))
        def values(f, book=None):
            book = book or wb
            sheet, cells = f.split("!")
            return [c.value for c in book[sheet.lstrip("=").strip("'")][cells.replace("$", "").split(":")[0][0]]
                    if c.value is not None]
        check(set(lists) >= {"B", "C", "F", "I"} and values(lists["C"])[0] == "información"
              and values(lists["B"]) == ["SELA"] and wb["listas"].sheet_state == "hidden",
              "drop-downs: codes, areas in Spanish, statuses, booleans", str(lists))
        check(head[5] == "status" and values(lists["F"]) == ["planificada", "en curso", "realizada", "cancelada"]
              and values(lists["I"]) == ["sí", "no"],
              "the drop-downs of statuses and yes/no are in Spanish", str(values(lists["F"])))
        check(wb.sheetnames == ["actividad", "instrucciones", "listas"]
              and "planilla" in wb.worksheets[1]["A1"].value,
              "sheet names and instructions in Spanish", str(wb.sheetnames))
        # Text columns are Text (@), so that 007 typed in a spreadsheet stays 007; dates, dates.
        formats = {h: ws.column_dimensions[c.column_letter].number_format for h, c in zip(head, ws[1])}
        text_columns = ["ref", "institution", "area", "title", "description", "status", "tags", "notes"]
        check(all(formats[h] == "@" for h in text_columns if h in formats)
              and {"ref", "title", "status"} <= set(formats)
              and formats["start_on"] == "yyyy-mm-dd" and formats["highlight"] != "@",
              "text columns have the Text number format (@)", str(formats))
        ws["A2"], ws["B2"], ws["C2"], ws["D2"], ws["F2"], ws["G2"], ws["I2"] = (
            "t-1", "SELA", values(lists["C"])[2], "Del formulario", values(lists["F"])[1],
            datetime.date(2027, 5, 6), "sí")
        ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["F3"] = (
            "0070", "SELA", "información", "Del formulario cancelada", "cancelada")
        wb.save(path("filled.xlsx"))
        r = run("activity", "import", "--as", "SELA", path("filled.xlsx"), ok=False)
        out = run("-f", "csv", "activity", "list", "--search", "formulario").stdout.decode()
        check(r.returncode == 0 and "2 rows: 2 added" in r.stderr.decode()
              and "t-1,SELA,training,Del formulario,,ongoing,2027-05-06,,true" in out
              and "0070,SELA,information,Del formulario cancelada,,cancelled," in out,
              "a template filled with the Spanish words of its drop-downs imports", r.stderr.decode() + out)
        # An institution's own template holds its fields as the registry does: sent back with
        # one cell changed, it changes that field alone (an empty cell would clear one).
        run("institution", "edit", "SELA", "--country", "VE", "--email", "info@sela.org",
            "--notes", "Sede\nCaracas")
        run("institution", "template", "-o", path("own.xlsx"), "--institution", "sela")
        wb = openpyxl.load_workbook(path("own.xlsx"))
        ws = wb.worksheets[0]
        row = {h.value: c.value for h, c in zip(ws[1], ws[2])}
        check(row["code"] == "SELA" and row["country"] == "VE" and row["email"] == "info@sela.org"
              and row["notes"] == "Sede\nCaracas" and row["contact"] is None,
              "an institution's own template holds its fields", str(row))
        ws["H2"] = "Ana Pérez"  # contact
        wb.save(path("own-filled.xlsx"))
        r = run("institution", "import", "--as", "SELA", path("own-filled.xlsx"), ok=False)
        out = run("-f", "json", "institution", "show", "SELA").stdout.decode()
        shown = json.loads(out)
        check(r.returncode == 0 and "1 updated" in r.stderr.decode()
              and shown["contact"] == "Ana Pérez" and shown["country"] == "VE"
              and shown["notes"] == "Sede\nCaracas",
              "its own template sent back changes the one field filled in", r.stderr.decode() + out)
        env["PYMES_LANGUAGE"] = ""
        for lang, word in (("en", "information"), ("pt", "informação")):
            with open(path("c.toml"), "w") as f:
                f.write(f'language = "{lang}"\n')
            subprocess.run([pymes, "-c", path("c.toml"), "-R", db, "project", "template", "-o",
                            path(f"t-{lang}.xlsx")], env=env, check=True)
            wb = openpyxl.load_workbook(path(f"t-{lang}.xlsx"))
            names, statuses, sheet = {
                "en": (["project", "instructions", "lists"],
                       ["proposed", "approved", "active", "completed", "cancelled"], "lists"),
                "pt": (["projeto", "instruções", "listas"],
                       ["proposto", "aprovado", "ativo", "concluído", "cancelado"], "listas")}[lang]
            ws = wb.worksheets[0]
            by_column = {ws[str(d.sqref).split(":")[0].rstrip("0123456789") + "1"].value: d.formula1
                         for d in ws.data_validations.dataValidation}
            check(wb.sheetnames == names and wb[sheet]["B1"].value == word
                  and values(by_column["status"], wb) == statuses,
                  f"sheets, areas and statuses in the template in {lang}",
                  f"{wb.sheetnames} {values(by_column['status'], wb)}")
            # Filled in with its own words, it imports.
            head = [c.value for c in ws[1]]
            ws.cell(2, head.index("title") + 1, f"Proyecto {lang}")
            ws.cell(2, head.index("area") + 1, word)
            ws.cell(2, head.index("lead") + 1, "SELA")
            ws.cell(2, head.index("status") + 1, statuses[1])
            wb.save(path(f"t-{lang}-filled.xlsx"))
            r = run("project", "import", path(f"t-{lang}-filled.xlsx"), ok=False)
            out = [l for l in run("project", "export").stdout.decode().splitlines() if f"Proyecto {lang}" in l]
            check(r.returncode == 0 and len(out) == 1 and ",approved," in out[0],
                  f"a {lang} project template filled with its own status words imports",
                  r.stderr.decode() + str(out))
    print(f"{passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
