print(set(), {1}, frozenset(), frozenset({1, 2}))
print(type({}).__name__, type(set()).__name__)
print(repr(set([3, 2, 1])))
print(set("aab") == {"a", "b"}, len(set("mississippi")))
