a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a.isdisjoint({9}))
a |= {10}
a -= {1}
a &= {2, 3, 10, 11}
a ^= {2, 99}
print(sorted(a), len(a))
s = set()
s.add((1, 2))
s.add(frozenset({1}))
print(s, {frozenset({1, 2}): "fs"}[frozenset({2, 1})])
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)), sorted({w[0] for w in words}))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs.union([9]), hash(fs) == hash(frozenset([1, 2, 3])))
print({1, 2} == {2, 1}, {1} == frozenset({1}), set("aab"), set([1, 1.0, True]), {0, False, 0.0}, set(range(5)) - set(range(0, 5, 2)))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
x = {3, 1, 2}
print(x.pop() in {1, 2, 3}, sorted(x.copy()), x.discard(100), set.union({1}, {2}, {3}), {1, 2}.intersection({2, 3}, {2, 4}))
print({-1, -2, 5, 3}, {"b", "a"} == {"a", "b"}, sorted({"b", "a", "c"}), {10, 1, 100})
