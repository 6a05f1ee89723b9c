fs = frozenset([1, 2])
d = {fs: "pair"}
print(d[frozenset([2, 1])])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
print({frozenset([1]), frozenset([1])})
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError", e)
