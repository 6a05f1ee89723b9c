# source: grid helpers in ypisetsky/advent-of-code-2023 util.py and thomdemo/advent-of-code-2025 day04_part_two.py
RAW = """\
..@@.@@@@.
@@@.@.@.@@
@@@@@.@.@@
@.@@@@..@.
@@.@@@@.@@
.@@@@@@@.@
.@.@.@.@@@
@.@@@.@@@@
.@@@@@@@@.
@.@.@@@.@.
"""

def neighbors8(i, j, h, w):
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            if (di or dj) and 0 <= i + di < h and 0 <= j + dj < w:
                yield i + di, j + dj

grid = [list(line) for line in RAW.splitlines()]
h, w = len(grid), len(grid[0])

def accessible(grid):
    return [(r, c) for r in range(h) for c in range(w)
            if grid[r][c] == "@" and sum(grid[a][b] == "@" for a, b in neighbors8(r, c, h, w)) < 4]

print("part 1:", len(accessible(grid)))
total = 0
rounds = 0
while cells := accessible(grid):
    rounds += 1
    total += len(cells)
    for r, c in cells:
        grid[r][c] = "."
print("part 2:", total, "in", rounds, "rounds")
print("\n".join("".join(row) for row in grid[:3]))
