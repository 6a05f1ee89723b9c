# source: Dijkstra on a weighted grid with heapq (Advent-of-Code 2021 day 15 "chiton" solutions)
import heapq

GRID = """1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581"""

risk = [[int(c) for c in line] for line in GRID.splitlines()]

def shortest(risk):
    h, w = len(risk), len(risk[0])
    dist = {(0, 0): 0}
    pq = [(0, 0, 0)]
    while pq:
        d, r, c = heapq.heappop(pq)
        if (r, c) == (h - 1, w - 1):
            return d
        if d > dist.get((r, c), float("inf")):
            continue
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w:
                nd = d + risk[nr][nc]
                if nd < dist.get((nr, nc), float("inf")):
                    dist[(nr, nc)] = nd
                    heapq.heappush(pq, (nd, nr, nc))

def tile(risk, k):
    h, w = len(risk), len(risk[0])
    return [[(risk[r % h][c % w] + r // h + c // w - 1) % 9 + 1 for c in range(w * k)] for r in range(h * k)]

print(shortest(risk))
big = tile(risk, 2)
print(len(big), len(big[0]), big[10][:12], shortest(big))
print(float("inf") > 10 ** 400, float("inf") == float("inf"), min(float("inf"), 3), -float("inf") < -(10 ** 400))
