import textwrap

doc = """
    Usage: manage.py [options]

        Run the management command with the given options. Each option is
        documented below, and unknown options are rejected.
    """
print(textwrap.dedent(doc))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=12, placeholder="..."))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "> ", lambda line: True))
print(textwrap.fill("supercalifragilisticexpialidocious word", width=10))
print(textwrap.fill("a-b-c-d-e-f long-hyphenated-word-here", width=12))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ")
print(w.fill("Item one with a fairly long description that wraps."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
