import textwrap

print(textwrap.wrap("a b c d e f g", width=3))
print(textwrap.wrap("hello\tworld  again", width=8))
print(textwrap.wrap("one. two three. four", width=9, fix_sentence_endings=True))
print(textwrap.wrap("x" * 25, width=10, break_long_words=False))
print(textwrap.wrap("well-known hyper-active", width=6, break_on_hyphens=False))
print(textwrap.wrap("lines\nwith\nnewlines here", width=12, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", width=10, drop_whitespace=False))
print(textwrap.wrap("a b c d e f g h i j k l", width=5, max_lines=2, placeholder=" ..."))
print(textwrap.fill("tab\tsep", width=20, expand_tabs=False, tabsize=4))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   x\n   \n   y")), repr(textwrap.dedent("\n  x\n    y\n")))
print(textwrap.shorten("   ", 5) == "", textwrap.shorten("abc def", 7))
try:
    textwrap.shorten("abcdef ghi", 3)
except ValueError as e:
    print("ValueError:", e)
