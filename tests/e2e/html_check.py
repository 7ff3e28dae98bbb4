#!/usr/bin/python3
"""Checks that stdin is one self-contained, well-formed HTML page fit for a mail body: every
element closed in order, one <html>, no scripts, no external resources; prints 'ok' or the
problems."""
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "hr", "link", "input"}


class Check(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.problems, self.counts = [], [], {}

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag in ("script", "link", "iframe", "object", "style"):
            self.problems.append(f"<{tag}> is not allowed in a mail body")
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith(("mailto:", "#")):
                self.problems.append(f"external resource {name}={value}")
            if name.startswith("on"):
                self.problems.append(f"event handler {name}")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
        else:
            self.stack.pop()


c = Check()
c.feed(sys.stdin.read())
c.close()
if c.stack:
    c.problems.append("unclosed: " + " ".join(c.stack))
if c.counts.get("html") != 1 or c.counts.get("body") != 1:
    c.problems.append("not exactly one <html> and one <body>")
print("\n".join(c.problems) if c.problems else "ok")
