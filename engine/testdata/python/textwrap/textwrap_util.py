import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=12, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
    """))
print(textwrap.fill("word " * 10, width=20, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("a-b-c-d-e-f well-known hyphen-ated", width=8))
print(textwrap.fill("short", 80), repr(textwrap.fill("", 10)), textwrap.wrap("  lead  space ", 6))
w = textwrap.TextWrapper(width=15, break_long_words=False)
print(w.wrap("abcdefghijklmnopqrstuvwxyz and more"))
print(textwrap.wrap("tab\there and\tthere", 10))
