# source: maze solvers with BFS over a text grid (deque, parents dict to rebuild the path, drawing the path back into the maze)
from collections import deque

MAZE = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########"""

grid = [list(r) for r in MAZE.splitlines()]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")

def bfs(grid, start, end):
    q = deque([start])
    parent = {start: None}
    while q:
        cur = q.popleft()
        if cur == end:
            break
        r, c = cur
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in parent:
                parent[(nr, nc)] = cur
                q.append((nr, nc))
    if end not in parent:
        return None, len(parent)
    path, node = [], end
    while node:
        path.append(node)
        node = parent[node]
    return path[::-1], len(parent)

path, explored = bfs(grid, start, end)
print(start, end, len(path) - 1, explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid[5][6] = "#"
grid[3][7] = "#"
print(bfs(grid, start, end))
