# source: matrix exercises of list-comprehension tutorials (transpose with zip(*m), multiply with nested comprehensions, flatten, identity)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])
print([[row[i] for row in m] for i in range(3)])
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
prod = [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(prod)
print([x for row in m for x in row], sum(m, []))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
for row in ident:
    print(" ".join(f"{v:>2}" for v in row))
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages, dict(zip(names, ages)))
print(list(zip([1, 2, 3], "ab")), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print({v: k for k, v in {"a": 1, "b": 2}.items()}, {x % 3 for x in range(10)})
