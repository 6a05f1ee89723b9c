import io
import pprint
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"doc": text, "n": 1})
pprint.pprint(["line one\nline two\n" * 3])
pprint.pprint(set(range(25)), width=30)
pprint.pprint(frozenset({"b", "a"}))
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([(1,), (), [], {}, ("only",) * 1], width=10)
pprint.pprint({"b": [1, 2], "a": {"z": (1, 2), "y": None}}, indent=4, width=20)
pprint.pp({"b": 1, "a": 2})
print(pprint.saferepr({"b": [1], "a": 2}), pprint.pformat([[1, [2]]], depth=1))
buf = io.StringIO()
pprint.pprint([1, 2], stream=buf)
print(repr(buf.getvalue()))
print(pprint.pformat("x" * 100, width=30))
