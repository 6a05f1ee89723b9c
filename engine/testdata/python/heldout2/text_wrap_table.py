# source: CLI helpers that print a table with wrapped columns (textwrap.wrap per cell, zip_longest over lines)
import textwrap
from itertools import zip_longest

rows = [
    ("id", "name", "description"),
    (1, "alpha", "The first item, with a description long enough to wrap across several lines."),
    (22, "beta-long-name", "Short."),
    (333, "γάμμα", "Unicode names count characters, not bytes: ünïcödé."),
]
widths = (4, 10, 24)

def render(rows, widths):
    out = []
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out.append(sep)
    for i, row in enumerate(rows):
        cells = [textwrap.wrap(str(v), w) or [""] for v, w in zip(row, widths)]
        for parts in zip_longest(*cells, fillvalue=""):
            out.append("| " + " | ".join(p.ljust(w) for p, w in zip(parts, widths)) + " |")
        if i == 0:
            out.append(sep.replace("-", "="))
    out.append(sep)
    return "\n".join(out)

print(render(rows, widths))
print(textwrap.fill("word " * 12, width=22, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
  """))
print(repr(textwrap.indent("a\n\nb\n", "> ")), textwrap.wrap("", 5), textwrap.wrap("supercalifragilistic", 6))
