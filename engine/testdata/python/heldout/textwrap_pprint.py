import textwrap, pprint
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world", width=11))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
    """))
print(textwrap.fill("averyveryverylongwordthatdoesnotfit in", width=10))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
data = {"users": [{"id": i, "name": f"user{i}", "tags": ["a", "b"] * i} for i in range(4)], "meta": {"count": 4, "ok": True}}
pprint.pprint(data)
pprint.pprint(data, width=60, compact=True)
print(pprint.pformat(list(range(30))))
pprint.pprint({"z": 1, "a": 2, "m": [3] * 3}, sort_dicts=False)
pprint.pprint(("tuple", {"nested": {"deep": {"deeper": list(range(12))}}}), depth=2)
