a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), {1, 2} < a)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference([1, 7]))
s = set()
s.add(3); s.update([1, 2], {5}); s.discard(9); s.remove(1)
print(s, len(s), 2 in s, sorted(s, reverse=True), s.pop() in {2, 3, 5})
print(frozenset([1, 2]) | {3}, {frozenset([1]): "x"}, set("hello") == set("olleh"), sorted(set("mississippi")))
print(set(), frozenset(), {1, 2} == frozenset({1, 2}), {(1, 2), (1, 2)}, {1, 1.0, True})
tags = ["py", "db", "py", "web", "db"]
seen = set(); dedup = [t for t in tags if not (t in seen or seen.add(t))]
print(dedup, list(dict.fromkeys(tags)), sorted(set(tags)))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
print({x % 3 for x in range(10)}, {i: i for i in {3, 1, 2}})
