#!/usr/bin/env python3
"""Count the real-world corpus per level and rank why the cases below `all` stop.

    python3 conformance/realworld-causes.py [engine/testdata/realworld]

Reads levels.txt and failures.txt, which `go test ./engine -run TestRealWorld -update`
writes, and prints Markdown: the count per level, then the first failure causes grouped
(a missing import, an unsupported module or call, an AttributeError on a SQLAlchemy
object, a silent difference...) with their counts and example cases.
"""
import collections
import os
import re
import sys

GROUPS = [
    # (kind, pattern on "Class: message"; the group key is kind plus the first captured group)
    ("missing import", r"ImportError: cannot import name '([^']+)' from '([^']+)'"),
    ("unsupported module", r"NotImplementedError: cascadelab does not support module '([^']+)'"),
    ("unsupported", r"NotImplementedError: cascadelab does not support (.+?)(?: \(|:|$)"),
    ("AttributeError", r"AttributeError: (.*)"),
    ("TypeError", r"TypeError: (.*)"),
    ("NameError", r"NameError: (.*)"),
]


def cause(why):
    if why.startswith("- "):
        diff = why[2:]
        m = re.match(r"(stdout differs|error differs|tables differ|table \S+ differs|write #\d+ differs|statement #\d+ differs)", diff)
        kind = m.group(1) if m else diff
        kind = re.sub(r"#\d+", "#n", re.sub(r"table \S+ differs", "a table differs", kind))
        return "no exception, " + kind
    m = re.match(r"\d+:\d+ (.*)", why)
    text = m.group(1) if m else why
    for kind, pattern in GROUPS:
        g = re.match(pattern, text)
        if g:
            key = g.group(1)
            if kind == "missing import":
                key = f"{g.group(2)}.{g.group(1)}"
            return f"{kind}: {key[:110]}"
    return text.split(":")[0] + ": " + text[len(text.split(":")[0]) + 2:][:110]


def main(d):
    levels = {}
    with open(os.path.join(d, "levels.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, level = line.split()
                levels[name] = level
    counts = collections.Counter(levels.values())
    print(f"| level | cases |\n|---|---|")
    for level in ("all", "writes", "outcome", "none"):
        print(f"| {level} | {counts[level]} |")
    print(f"| total | {len(levels)} |\n")
    groups = collections.defaultdict(list)
    with open(os.path.join(d, "failures.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, why = line.rstrip("\n").split(" ", 1)
                groups[cause(why)].append(name)
    print("| # | first failure cause | cases | examples |\n|---|---|---|---|")
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for i, (c, names) in enumerate(ranked, 1):
        c = c.replace("|", "\\|")
        print(f"| {i} | {c} | {len(names)} | {', '.join(names[:3])} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "engine/testdata/realworld")
