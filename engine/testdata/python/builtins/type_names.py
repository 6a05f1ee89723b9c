for v in [1, 1.0, "", b"", [], (), {}, set(), frozenset(), None, True, range(1), len, print, type, object()]:
    print(type(v).__name__, end=" ")
print()
print(type(lambda: 0).__name__, type(x for x in []).__name__)
