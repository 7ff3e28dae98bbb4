#!/usr/bin/python3
"""Checks a message written by `--format email` as a mail program would read it: Python's
`email` package with policy.strict (any defect is an error).

    mail_check.py MESSAGE TEXT HTML

MESSAGE is the message file; TEXT and HTML the bodies it must carry (what --format text and
--format html print). Checks: parsed without a defect; From, To, Subject, Date, Message-ID and
MIME-Version present, each once; multipart/alternative of text/plain then text/html, UTF-8,
quoted-printable or base64; the decoded bodies equal TEXT and HTML; no line over 998 octets
and every octet 7-bit; RFC 2047 encoded words of at most 75 characters; the boundary occurs
in no body. Prints 'ok' and the decoded Subject, or
the problems (exit 1).
"""
import email
import re
import sys
from email import policy


def main():
    raw = open(sys.argv[1], "rb").read()
    text = open(sys.argv[2], encoding="utf-8").read()
    html = open(sys.argv[3], encoding="utf-8").read()
    problems = []
    for n, line in enumerate(raw.split(b"\n"), 1):
        if len(line) > 998:
            problems.append(f"line {n} has {len(line)} octets")
        if any(b > 127 for b in line):
            problems.append(f"line {n} is not 7-bit")
    header = raw.split(b"\n\n", 1)[0].decode("ascii", "replace")
    for word in re.findall(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", header):
        if len(word) > 75:
            problems.append(f"encoded word of {len(word)} characters: {word[:40]}...")
    try:
        msg = email.message_from_bytes(raw, policy=policy.strict)
    except Exception as e:  # policy.strict raises on the first defect
        print(f"defect: {e}")
        sys.exit(1)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        values = msg.get_all(name) or []
        if len(values) != 1:
            problems.append(f"{name}: {len(values)} headers")
    if msg.get_content_type() != "multipart/alternative":
        problems.append(f"content type {msg.get_content_type()}")
    parts = list(msg.iter_parts()) if msg.is_multipart() else []
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]:
        problems.append(f"parts {[p.get_content_type() for p in parts]}")
    for part, expected in zip(parts, (text, html)):
        if part.get_content_charset() != "utf-8":
            problems.append(f"{part.get_content_type()}: charset {part.get_content_charset()}")
        if part["Content-Transfer-Encoding"] not in ("quoted-printable", "base64"):
            problems.append(f"{part.get_content_type()}: {part['Content-Transfer-Encoding']}")
        if part.get_content() != expected:
            problems.append(f"{part.get_content_type()}: the decoded body differs")
        if msg.get_boundary() and msg.get_boundary() in part.get_content():
            problems.append("the boundary occurs in a body")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok")
    print("Subject:", msg["Subject"])


if __name__ == "__main__":
    main()
