#!/usr/bin/python3
"""Checks the annual report's HTML page (stdin): html5lib parses it strictly, without one parse
error; it is self-contained (no script, no event handler, no outside resource: no src, no
href other than '#...', no url(...), no @import); it prints on A4 (@page with size A4, print
rules); it has its language and a phone viewport; every chart is an inline <svg role="img">
named by an element that exists (aria-labelledby) and described by a table that exists
(aria-describedby) with as many rows as the chart has bars. Prints 'ok' or the problems."""
import re
import sys

import html5lib

SVG = "{http://www.w3.org/2000/svg}"
XHTML = "{http://www.w3.org/1999/xhtml}"

page = sys.stdin.buffer.read()
problems = []
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
try:
    doc = parser.parse(page)
except html5lib.html5parser.ParseError as e:
    print(f"parse error: {e}")
    sys.exit(1)

ids = {e.get("id"): e for e in doc.iter() if e.get("id")}
for e in doc.iter():
    tag = e.tag if isinstance(e.tag, str) else ""
    local = tag.split("}")[-1]
    if local in ("script", "link", "iframe", "object", "embed", "img"):
        problems.append(f"<{local}> in a self-contained page")
    for name, value in e.attrib.items():
        if name.startswith("on"):
            problems.append(f"event handler {name}")
        if name in ("src", "href", "{http://www.w3.org/1999/xlink}href") and not value.startswith("#"):
            problems.append(f"outside resource {name}={value}")
style = "".join(e.text or "" for e in doc.iter(XHTML + "style"))
if re.search(r"url\(|@import", style):
    problems.append("the style loads something")
if not re.search(r"@page\s*\{[^}]*size:\s*A4", style):
    problems.append("no @page of size A4")
if "@media print" not in style:
    problems.append("no print rules")
html = doc.getroot() if hasattr(doc, "getroot") else doc
if not html.get("lang"):
    problems.append("<html> has no lang")
if not any(m.get("name") == "viewport" for m in doc.iter(XHTML + "meta")):
    problems.append("no viewport")
charts = list(doc.iter(SVG + "svg"))
if not charts:
    problems.append("no chart")
for svg in charts:
    if svg.get("role") != "img":
        problems.append("an <svg> without role=img")
    name = ids.get(svg.get("aria-labelledby"))
    if name is None or not "".join(name.itertext()).strip():
        problems.append(f"chart {svg.get('aria-labelledby')}: no name")
    table = ids.get(svg.get("aria-describedby"))
    if table is None or table.tag != XHTML + "table":
        problems.append(f"chart {svg.get('aria-describedby')}: no table describes it")
        continue
    bars = len(list(svg.iter(SVG + "rect")))
    rows = len(list(table.find(XHTML + "tbody")))
    if bars != rows:
        problems.append(f"chart {svg.get('aria-describedby')}: {bars} bars, {rows} rows")
print("\n".join(problems) if problems else "ok")
sys.exit(1 if problems else 0)
