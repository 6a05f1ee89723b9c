x = 10
nums = [x for x in range(3)]
print(x, nums)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], list(zip(*matrix)))
print([(i, j) for i in range(3) for j in range(i)], {i % 3 for i in range(10)}, {c: ord(c) for c in "abc"})
print([y for y in (z * 2 for z in range(5)) if y > 2], sum(v for v in range(10) if v % 2))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print([w for line in ["a b", "c d e"] for w in line.split()], [n if n % 2 else -n for n in range(5)])
total = 0
print([total := total + v for v in [1, 2, 3]], total)
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 8, 3]
print(any((big := v) > 6 for v in data), big)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1])})
g = (i for i in range(3))
print(list(g), list(g), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
first, *middle, last = "abcdef"
print(first, middle, last)
print([[0] * 2 for _ in range(2)], [i for i in range(10)][::3], sorted({3, 1, 2}, reverse=True))
