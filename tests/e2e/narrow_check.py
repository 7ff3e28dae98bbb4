#!/usr/bin/python3
"""Checks that an HTML page reads on a narrow screen without sideways scrolling, in a real
browser: headless Chromium (Debian `chromium`).

    narrow_check.py FILE [WIDTH]      (WIDTH in CSS pixels, default 360; FILE may be -)

Headless Chromium never makes its window narrower than 500 px, so the page is loaded into an
iframe WIDTH pixels wide (as `srcdoc`, so the wrapper may read it: a file:// iframe would be
another origin) and a script in the wrapper writes the iframe document's scrollWidth into the
wrapper's DOM, which --dump-dom prints. Prints 'ok' when scrollWidth <= WIDTH (exit 0); else
the width and the elements that stick out furthest (exit 1). Exit 2 when Chromium gave no
answer. Reusable for any page: the digest, the annual report, the published site.
"""
import html
import os
import re
import subprocess
import sys
import tempfile

WRAPPER = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="page" style="width:{width}px;height:2000px;border:0;display:block"
 srcdoc="{page}"></iframe>
<script>
document.getElementById('page').onload = function () {{
  var doc = this.contentDocument, root = doc.documentElement, worst = [];
  doc.querySelectorAll('*').forEach(function (e) {{
    var r = e.getBoundingClientRect(), right = Math.max(r.right, r.left + e.scrollWidth);
    if (right > {width} + 0.5) worst.push([Math.round(right), e.tagName.toLowerCase() +
      ': ' + (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60)]);
  }});
  worst.sort(function (a, b) {{ return b[0] - a[0]; }});
  var out = document.createElement('pre');
  out.id = 'narrow-result';
  out.textContent = 'SCROLLWIDTH ' + root.scrollWidth + '\\n' + worst.slice(0, 5).map(
    function (w) {{ return 'WIDE ' + w[0] + ' ' + w[1]; }}).join('\\n');
  document.body.appendChild(out);
}};
</script></body></html>
"""


def browser_env():
    """The environment without libfaketime: under a faked clock (the transcripts' "a year
    ahead" run) Chromium's timers never settle and it hangs. The page's bytes are what is
    checked; the browser needs the real time."""
    env = dict(os.environ)
    for key in list(env):
        if key == "LD_PRELOAD" or key.startswith("FAKETIME"):
            del env[key]
    return env


def measure(page, width):
    with tempfile.TemporaryDirectory(prefix="narrow-") as tmp:
        wrapper = os.path.join(tmp, "wrapper.html")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write(WRAPPER.format(width=width, page=html.escape(page, quote=True)))
        run = subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--user-data-dir=" + os.path.join(tmp, "profile"),
             "--virtual-time-budget=5000", "--dump-dom", "file://" + wrapper],
            capture_output=True, text=True, timeout=120, env=browser_env())
    found = re.search(r"SCROLLWIDTH (\d+)((?:\nWIDE [^\n<]*)*)", run.stdout)
    if not found:
        sys.stderr.write(f"narrow_check: chromium exited {run.returncode}: {run.stderr[-1000:]}\n")
        return None, []
    wide = found.group(2).strip().split("\n")
    return int(found.group(1)), [html.unescape(w[5:]) for w in wide if w]


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: narrow_check.py FILE|- [WIDTH]")
    width = int(sys.argv[2]) if len(sys.argv) == 3 else 360
    if sys.argv[1] == "-":
        page = sys.stdin.read()
    else:
        with open(sys.argv[1], encoding="utf-8") as f:
            page = f.read()
    # A loaded machine sometimes gets no answer from a Chromium start-up: try three times.
    for _ in range(3):
        scroll, worst = measure(page, width)
        if scroll is not None:
            break
    if scroll is None:
        print("narrow_check: no answer from chromium")
        sys.exit(2)
    if scroll <= width:
        print("ok")
        return
    print(f"scrolls sideways at {width} px: scrollWidth {scroll}")
    for w in worst:
        print("  right edge at " + w)
    sys.exit(1)


if __name__ == "__main__":
    main()
