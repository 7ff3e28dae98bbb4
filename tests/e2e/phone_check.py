#!/usr/bin/python3
"""Reads HTML pages as a phone and a desktop show them, in a real browser: headless Chromium
(Debian `chromium`), and measures what a reader sees.

    phone_check.py [--width W]... PAGE...     (default widths: 360 and 1280 CSS pixels)

A PAGE is an HTML file; a directory stands for every .html file under it (a published site).
A page's stylesheet (<link rel="stylesheet">) is inlined from its file. At every width, for
every page:
  - the page does not scroll sideways (its scrollWidth fits the width; a table may scroll
    inside its own box);
  - no word of up to 24 characters is split across two lines: numbers, dates, ranges and
    status words stay whole (each run of non-space characters of a text node is a DOM Range,
    and its line boxes, Range.getClientRects, must all sit on one line). A line may break after
    a hyphen or a dash that a letter follows, as in print (extra-|regional), not in a number
    (2012-1, 22–24) nor in a code (an element of class `code` or `id`: EJEMPLO-AR); a longer
    word, a URL in free text, may wrap;
  - every text of a chart (<svg>) is drawn at least 12 CSS pixels tall (its font size times
    the scale the chart is drawn at, getScreenCTM).
Prints one line per problem and `N pages, N problems`; exit 1 when there is any, 2 when
Chromium gave no answer.

Headless Chromium never makes its window narrower than 500 px, so each page is loaded into an
iframe of the width (as `srcdoc`, so the wrapper may read it); one Chromium reads every page at
every width, one after another, and writes what it found into the wrapper's DOM, which
--dump-dom prints.
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

LONGEST_WHOLE = 24  # characters: a word up to this long never breaks
SMALLEST_CHART_TEXT = 12  # CSS pixels

WRAPPER = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="page" style="height:2000px;border:0;display:block"></iframe>
<script id="pages" type="application/json">{pages}</script>
<script>
var pages = JSON.parse(document.getElementById('pages').textContent);
var widths = {widths}, jobs = [], problems = [], frame = document.getElementById('page');
document.getElementById('pages').remove();
pages.forEach(function (p) {{ widths.forEach(function (w) {{ jobs.push([p, w]); }}); }});
function say(job, what) {{ problems.push(job[0][0] + ' at ' + job[1] + ' px: ' + what); }}
function measure(job) {{
  var doc = frame.contentDocument, win = frame.contentWindow, width = job[1];
  if (doc.documentElement.scrollWidth > width)
    say(job, 'scrolls sideways: scrollWidth ' + doc.documentElement.scrollWidth);
  var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT), node, seen = 0;
  while ((node = walker.nextNode())) {{
    if (node.parentElement.closest('svg, script, style')) continue;
    // A piece is a run of non-space characters, cut after a hyphen or a dash that a letter
    // follows: a line may break there (extra-|regional), never inside a number (2012-1, 22–24).
    // A code (class code or id: EJEMPLO-AR) is one piece.
    var re = node.parentElement.closest('.code, .id') ? /\\S+/g :
             /[^\\s\\-\u2013\u2014]*(?:[\\-\u2013\u2014]+(?=\\d)[^\\s\\-\u2013\u2014]*)*[\\-\u2013\u2014]*/g, m;
    while ((m = re.exec(node.data))) {{
      if (!m[0].length) {{ re.lastIndex++; continue; }}
      if (m[0].length > {longest}) continue;
      var range = doc.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      var tops = [];
      Array.prototype.forEach.call(range.getClientRects(), function (r) {{
        if (r.width > 0 && tops.every(function (t) {{ return Math.abs(t - r.top) > r.height / 2; }}))
          tops.push(r.top);
      }});
      seen++;
      if (tops.length > 1) {{
        say(job, 'breaks "' + m[0] + '" across ' + tops.length + ' lines in <' +
            node.parentElement.tagName.toLowerCase() + '>');
      }}
    }}
  }}
  doc.querySelectorAll('svg text').forEach(function (t) {{
    var size = parseFloat(win.getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    if (size < {smallest} - 0.01)
      say(job, 'chart text "' + t.textContent + '" is ' + size.toFixed(1) + ' px');
  }});
  if (!seen) say(job, 'no text found');
}}
function next(i) {{
  if (i == jobs.length) {{
    var out = document.createElement('pre');
    out.id = 'phone-result';
    out.textContent = 'CHECKED ' + jobs.length + '\\n' + problems.join('\\n');
    document.body.appendChild(out);
    return;
  }}
  frame.style.width = jobs[i][1] + 'px';
  frame.onload = function () {{ measure(jobs[i]); next(i + 1); }};
  frame.srcdoc = jobs[i][0][1];
}}
next(0);
</script></body></html>
"""


def browser_env():
    """The environment without libfaketime: under a faked clock Chromium's timers never settle
    and it hangs. The page's bytes are what is checked; the browser needs the real time."""
    env = dict(os.environ)
    for key in list(env):
        if key == "LD_PRELOAD" or key.startswith("FAKETIME"):
            del env[key]
    return env


def inline_styles(path, text):
    def inline(m):
        with open(os.path.join(os.path.dirname(path), m.group(1)), encoding="utf-8") as f:
            return "<style>" + f.read() + "</style>"
    return re.sub(r'<link rel="stylesheet" href="([^"]*)">', inline, text)


def pages_of(args):
    pages = []
    for arg in args:
        if os.path.isdir(arg):
            files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(arg)
                           for name in names if name.endswith(".html"))
            names = [(f, os.path.relpath(f, arg)) for f in files]
        else:
            names = [(arg, arg)]
        for path, name in names:
            with open(path, encoding="utf-8") as f:
                pages.append([name, inline_styles(path, f.read())])
    return pages


def measure(pages, widths):
    data = json.dumps(pages).replace("</", "<\\/")
    with tempfile.TemporaryDirectory(prefix="phone-") as tmp:
        wrapper = os.path.join(tmp, "wrapper.html")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write(WRAPPER.format(pages=data, widths=json.dumps(widths), longest=LONGEST_WHOLE,
                                   smallest=SMALLEST_CHART_TEXT))
        run = subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--user-data-dir=" + os.path.join(tmp, "profile"),
             "--virtual-time-budget=600000", "--dump-dom", "file://" + wrapper],
            capture_output=True, text=True, timeout=600, env=browser_env())
    found = re.search(r'<pre id="phone-result">CHECKED (\d+)\n?([^<]*)</pre>', run.stdout)
    if not found:
        sys.stderr.write(f"phone_check: chromium exited {run.returncode}: {run.stderr[-1000:]}\n")
        return None, []
    return int(found.group(1)), [html.unescape(p) for p in found.group(2).split("\n") if p]


def main(argv):
    widths, args = [], []
    while argv:
        if argv[0] == "--width" and len(argv) > 1:
            widths.append(int(argv[1]))
            argv = argv[2:]
        else:
            args.append(argv[0])
            argv = argv[1:]
    if not args:
        sys.exit("usage: phone_check.py [--width W]... PAGE|DIR...")
    pages = pages_of(args)
    widths = widths or [360, 1280]
    # A loaded machine sometimes gets no answer from a Chromium start-up: try three times.
    for _ in range(3):
        checked, problems = measure(pages, widths)
        if checked is not None:
            break
    if checked is None:
        print("phone_check: no answer from chromium")
        return 2
    if checked != len(pages) * len(widths):
        problems.append(f"checked {checked} of {len(pages) * len(widths)} pages and widths")
    for p in problems:
        print(p)
    print(f"{len(pages)} pages at {', '.join(map(str, widths))} px, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
