#!/usr/bin/python3
"""Checks text on stdin for the 72-column promise (SPEC §5) and that nothing was lost.

Usage: width_check.py [WORD...]. Every line must fit 72 columns of display width (characters,
not bytes: a wide East Asian character takes 2 columns, a combining mark none), and every WORD
must be in the text once line breaks and indents are taken out (a word broken across lines is
still all there). Prints `ok`, else each long line and missing word, and exits 1.
"""
import sys
import unicodedata


def width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line)


def main(words):
    text = sys.stdin.read()
    problems = []
    for number, line in enumerate(text.split("\n"), 1):
        if width(line) > 72:
            problems.append(f"line {number}: {width(line)} columns: {line[:60]}...")
    joined = "".join(text.split())
    for word in words:
        if "".join(word.split()) not in joined:
            problems.append(f"missing: {word[:60]}")
    if not text.strip():
        problems.append("no text")
    print("\n".join(problems) if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
