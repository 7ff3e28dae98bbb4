#!/usr/bin/python3
"""Checks the contrast of a site's text against its background (WCAG 2.1 AA, 1.4.3: 4.5:1 for
body text), read from the one stylesheet the site ships.

    contrast_check.py STYLE.CSS

Every rule that sets a text `color` is paired with the background it sets itself, else the
body's (white when the body sets none); every rule that sets a `background` without a color is
paired with the body's text colour. Colours are #rgb or #rrggbb (`inherit` and the like are the
pairs already counted). Prints each pair with its ratio (WCAG's relative luminance), and exit 1
when one is under 4.5.
"""
import re
import sys

MINIMUM = 4.5
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def luminance(colour):
    h = colour[1:]
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = []
    for i in (0, 2, 4):
        c = int(h[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def declarations(body):
    out = {}
    for d in body.split(";"):
        if ":" in d:
            key, value = d.split(":", 1)
            out[key.strip()] = value.strip()
    return out


def colour(value):
    m = HEX.search(value or "")
    return m.group(0).lower() if m else None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        css = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    rules = [(sel.strip(), declarations(body)) for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)]
    text, ground = "#000000", "#ffffff"
    for sel, d in rules:
        if "body" in [s.strip() for s in sel.split(",")]:
            text = colour(d.get("color")) or text
            ground = colour(d.get("background") or d.get("background-color")) or ground
    pairs = set()
    for sel, d in rules:
        fg = colour(d.get("color"))
        bg = colour(d.get("background") or d.get("background-color"))
        if fg or bg:
            pairs.add((sel, fg or text, bg or ground))
    failed = 0
    for sel, fg, bg in sorted(pairs):
        r = ratio(fg, bg)
        low = r < MINIMUM
        failed += low
        print(f"{sel}: {fg} on {bg} {r:.2f}:1{' under 4.5:1' if low else ''}")
    print(f"{len(pairs)} pairs, {failed} under {MINIMUM}:1")
    return 1 if failed or not pairs else 0


if __name__ == "__main__":
    sys.exit(main())
