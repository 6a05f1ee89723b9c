import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, width=20))
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=25))
print(repr(textwrap.dedent("""
    indented
      more
    back
""")))
print(textwrap.indent("a\nb", "> "))
