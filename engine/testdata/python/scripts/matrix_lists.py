def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(w) for v in row))
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
show(matmul(A, B))
show(transpose(A))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, matmul(I, I) == I)
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
bad = [["."] * 3] * 2
bad[0][0] = "X"
print(bad)
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1.5, 2], [3, 4]]))


