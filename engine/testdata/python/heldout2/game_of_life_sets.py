# source: Norvig-style set implementation of Conway's Game of Life (neighbors/step over a set of cells), seen in several repos found by search
from collections import Counter

def neighbors(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}

def step(cells):
    counts = Counter(n for c in cells for n in neighbors(c))
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells):
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    for y in range(min(ys), max(ys) + 1):
        print("".join("#" if (x, y) in cells else "." for x in range(min(xs), max(xs) + 1)))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for gen in range(4):
    cells = step(cells)
print(sorted(cells))
show(cells)
print(cells == {(x + 1, y + 1) for x, y in glider})
blinker = {(0, 1), (1, 1), (2, 1)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
print(len(step(set())), Counter("abracadabra").most_common(3))
