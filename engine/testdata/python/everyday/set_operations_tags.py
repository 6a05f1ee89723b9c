post_tags = {
    "intro": {"python", "sql", "beginner"},
    "orm": {"python", "sqlalchemy", "sql", "advanced"},
    "async": {"python", "asyncio", "advanced"},
}
all_tags = set().union(*post_tags.values())
common = set.intersection(*post_tags.values())
print(sorted(all_tags), common, len(all_tags))
print(sorted(post_tags["orm"] - post_tags["intro"]), sorted(post_tags["orm"] ^ post_tags["async"]))
print(post_tags["intro"] <= all_tags, {"sql"} < post_tags["orm"], post_tags["intro"].isdisjoint({"go"}))
s = {3, 1, 2}
s.add(2)
s.discard(9)
print(s, {10, 5, 1, 100, 7}, {"b", "a"} == {"a", "b"}, frozenset([1, 2]) | {3})
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e)
print(set(), frozenset(), {x % 4 for x in range(10)}, sorted({"b", "a", "c"}))
fs = frozenset({"x"})
print({fs: 1}, fs | {"y"} == {"x", "y"}, type(fs | {"y"}).__name__)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
ids = [5, 3, 5, 1, 3]
print(list(dict.fromkeys(ids)), len(set(ids)), sorted(set(ids), reverse=True))
s2 = set(range(5))
s2 -= {0, 1}
s2 |= {9}
s2 &= {2, 3, 9, 11}
print(s2, s2.pop() in {2, 3, 9}, len(s2))
