# source: matrix puzzle solutions (rotate 90 with zip(*m[::-1]), spiral order, transpose, diagonal sums) from LeetCode-style repos
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(rotate(m))
print(rotate(rotate(rotate(rotate(m)))) == m, spiral(m), spiral([[1]]), spiral([]))
sq = [[i * 4 + j for j in range(4)] for i in range(4)]
print(sum(sq[i][i] for i in range(4)), sum(sq[i][3 - i] for i in range(4)), [row[::-1] for row in sq][0])
print([list(col) for col in zip(*sq)][1], list(map(sum, sq)), list(map(sum, zip(*sq))))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, [r.copy() for r in grid] == grid, grid.copy()[0] is grid[0])
flat = [x for row in sq for x in row]
print(flat[::5], flat[-3:], flat[10:2:-3], len(flat))
a = list(range(10))
a[2:5] = ["x"]
del a[::3]
print(a)
a[1:1] = [7, 7]
print(a, a[100:], a[-100:2])
