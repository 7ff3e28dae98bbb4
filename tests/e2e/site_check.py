#!/usr/bin/python3
"""Checks a site written by `pymes publish` as its readers' programs would see it.

    site_check.py DIR            links, scripts, lang, strict HTML5 parse, the Atom feed
    site_check.py --narrow DIR PAGE...   each PAGE (relative to DIR) in headless Chromium at
                                 360 px, its stylesheet inlined: no sideways scrolling

Every href and src of every page resolves to a file of the site (and its #fragment to an id in
that file); no page has a <script> or a resource from outside; every page has <html lang>;
html5lib (python3-html5lib) parses every page in strict mode without an error; Python's XML
parser reads feed.xml with id, updated, title and link on the feed and on every entry; every
chart (<svg>) is role="img", named, and described by a table with a row per bar, and every <img>
has alt text. Prints
one line per problem and a summary; exit 1 when there is any.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import html5lib

ATOM = "{http://www.w3.org/2005/Atom}"


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.ids, self.lang, self.scripts = [], set(), None, 0
        self.tags = {}  # id -> tag
        self.charts = []  # [attributes of <svg>, bars (<rect>) drawn]
        self.images = []  # attributes of every <img>
        self.rows = {}  # table id -> rows in its <tbody>
        self.in_svg, self.table = False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "script":
            self.scripts += 1
        if "id" in a:
            self.ids.add(a["id"])
            self.tags[a["id"]] = tag
        if tag == "svg":
            self.in_svg = True
            self.charts.append([a, 0])
        elif tag == "rect" and self.in_svg:
            self.charts[-1][1] += 1
        elif tag == "img":
            self.images.append(a)
        elif tag == "table":
            self.table = a.get("id")
            self.rows.setdefault(self.table, 0)
        elif tag == "tbody" and self.table is not None:
            self.rows[self.table] = 0
        elif tag == "tr" and self.table is not None:
            self.rows[self.table] += 1
        for key in ("href", "src"):
            if key in a:
                self.links.append(a[key])

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False
        elif tag == "table":
            self.table = None
        elif tag == "thead" and self.table is not None:
            self.rows[self.table] = 0  # header rows are not data


def check_charts(rel, p):
    """Every chart says what it draws in text: an <svg> is role="img", named by an element of
    the page (aria-labelledby) and described by a table (aria-describedby) with one row per bar
    it draws; every <img> has alt text."""
    problems = []
    for i, (a, bars) in enumerate(p.charts, 1):
        name, table = a.get("aria-labelledby"), a.get("aria-describedby")
        if a.get("role") != "img" or name not in p.ids:
            problems.append(f"{rel}: chart {i} has no role=img named by an element of the page")
        if p.tags.get(table) != "table":
            problems.append(f"{rel}: chart {i} is described by no table")
        elif p.rows.get(table) != bars:
            problems.append(f"{rel}: chart {i} draws {bars} bars, its table has {p.rows.get(table)} rows")
    for a in p.images:
        if not a.get("alt"):
            problems.append(f"{rel}: <img src={a.get('src')}> has no alt text")
    return problems


def check_site(root):
    problems, pages = [], {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                p = Page()
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                p.feed(text)
                pages[os.path.relpath(path, root)] = (p, text)
    for rel, (p, text) in sorted(pages.items()):
        if not p.lang:
            problems.append(f"{rel}: no lang on <html>")
        if p.scripts:
            problems.append(f"{rel}: has a <script>")
        problems += check_charts(rel, p)
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(text)
        except Exception as e:  # html5lib's ParseError
            problems.append(f"{rel}: html5lib: {e}")
        for link in p.links:
            target, fragment = urldefrag(link)
            if urlsplit(target).scheme or target.startswith("//"):
                problems.append(f"{rel}: link outside the site: {link}")
                continue
            path = os.path.normpath(os.path.join(os.path.dirname(rel), target)) if target else rel
            if not os.path.isfile(os.path.join(root, path)):
                problems.append(f"{rel}: broken link {link}")
            elif fragment and path.endswith(".html") and fragment not in pages[path][0].ids:
                problems.append(f"{rel}: no id '{fragment}' in {path}")
    problems += check_feed(os.path.join(root, "feed.xml"))
    return problems, len(pages)


def check_feed(path):
    problems = []
    feed = ET.parse(path).getroot()
    if feed.tag != ATOM + "feed":
        return [f"feed.xml: root is {feed.tag}"]
    entries = feed.findall(ATOM + "entry")
    for where, element in [("feed", feed)] + [(f"entry {i + 1}", e) for i, e in enumerate(entries)]:
        for name in ("id", "updated", "title", "link"):
            found = element.find(ATOM + name)
            if found is None or (name != "link" and not (found.text or "").strip()):
                problems.append(f"feed.xml: {where} has no {name}")
        updated = element.findtext(ATOM + "updated") or ""
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", updated):
            problems.append(f"feed.xml: {where}: updated '{updated}' is not an RFC 3339 time")
    ids = [e.findtext(ATOM + "id") for e in entries]
    if len(set(ids)) != len(ids):
        problems.append("feed.xml: two entries share an id")
    print(f"feed: {len(entries)} entries")
    return problems


def narrow(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        page = f.read()
    with open(os.path.join(root, "style.css"), encoding="utf-8") as f:
        style = f.read()
    page = re.sub(r'<link rel="stylesheet" href="[^"]*">', lambda _: "<style>" + style + "</style>", page)
    here = os.path.dirname(os.path.abspath(__file__))
    run = subprocess.run([sys.executable, os.path.join(here, "narrow_check.py"), "-", "360"],
                         input=page, capture_output=True, text=True)
    return run.returncode == 0, f"{rel}: {run.stdout.strip() or run.stderr.strip()}"


def main():
    if sys.argv[1] == "--narrow":
        failed = 0
        for rel in sys.argv[3:]:
            ok, line = narrow(sys.argv[2], rel)
            failed += not ok
            print(line)
        return 1 if failed else 0
    problems, count = check_site(sys.argv[1])
    for p in problems:
        print(p)
    print(f"{count} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
