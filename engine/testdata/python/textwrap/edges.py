import textwrap
s = "A well-known self-evident state-of-the-art  x--y over-\tthe top; supercalifragilisticexpialidocious words."
for w in [5, 10, 13, 22]:
    print(w, textwrap.wrap(s, width=w))
print(textwrap.wrap(s, width=12, break_on_hyphens=False))
print(textwrap.wrap(s, width=12, break_long_words=False))
print(textwrap.wrap("  lead  and trail  ", width=8), textwrap.wrap("  lead  and trail  ", width=8, drop_whitespace=False))
print(textwrap.wrap("a\tb\nc", width=40), textwrap.wrap("a\tb", width=40, expand_tabs=False, replace_whitespace=False), textwrap.wrap(""))
print(textwrap.shorten("one two three four", width=10), textwrap.shorten("one two", width=20), textwrap.shorten("toolongword here", width=9))
print(textwrap.wrap(s, width=30, max_lines=2), textwrap.wrap(s, width=30, max_lines=2, placeholder=" ~"))
w = textwrap.TextWrapper(width=16, initial_indent="- ", subsequent_indent="  ")
print(w.fill("wrap me with a reusable text wrapper please"))
print(w.width, w.wrap("short"))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("    x\n  \n      y\n")), repr(textwrap.dedent("\tq\n\t\tr")))
print(repr(textwrap.indent("x\n\ny\n", "# ")), repr(textwrap.indent("x\n\ny", "+", lambda l: True)))
for bad in [lambda: textwrap.wrap("x", width=0), lambda: textwrap.shorten("x y", width=2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
