# source: tag management helpers (normalise tags to a set, union/intersection across posts, dedupe preserving order, frozenset keys)
posts = {
    "p1": ["Python", "sql", "SQLAlchemy ", "python"],
    "p2": ["sql", "Databases", "postgres"],
    "p3": ["python", "Testing", "sql"],
}
norm = {pid: {t.strip().lower() for t in tags} for pid, tags in posts.items()}
print({k: sorted(v) for k, v in norm.items()})
all_tags = set().union(*norm.values())
common = set.intersection(*norm.values())
print(sorted(all_tags), common, sorted(norm["p1"] ^ norm["p3"]), sorted(norm["p1"] - norm["p2"]))
print(len(all_tags), "sql" in common, {"python", "sql"} <= norm["p1"], norm["p2"] > {"sql"}, norm["p2"].issuperset(["sql"]))
def dedupe(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1]), list(dict.fromkeys("banana")))
pairs = {frozenset(("a", "b")): 1, frozenset(("b", "a")): 2}
print(pairs, frozenset("ab") == frozenset("ba"), frozenset() | {1}, type(frozenset("a") | {"b"}).__name__)
s = {1, 2, 3}
s.discard(5)
s.remove(1)
s |= {9}
s &= {2, 9, 10}
print(s, s.pop() in {2, 9}, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(7)
except KeyError as e:
    print("KeyError:", e)
print(set("hello"), sorted(set([3, 1, 2])), {1, 2} == {2, 1}, {1, 2} < {1, 2}, set() == frozenset(), {True, 1, 1.0})
print(repr(set()), repr(frozenset()), {x % 4 for x in range(10)}, sorted({(1, "a"), (0, "b")}))
