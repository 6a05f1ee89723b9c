# source: interval merging / range-overlap solutions (sort by start, merge, count covered) from Advent-of-Code 2022 day 4 and day 15 repos
def parse(line):
    a, b = line.split(",")
    return tuple(map(int, a.split("-"))), tuple(map(int, b.split("-")))

PAIRS = """2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8"""

pairs = [parse(l) for l in PAIRS.splitlines()]
contains = sum((a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]) for a, b in pairs)
overlaps = sum(not (a[1] < b[0] or b[1] < a[0]) for a, b in pairs)
print(contains, overlaps, type(contains).__name__)

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

ivs = [(5, 8), (1, 3), (2, 4), (10, 12), (9, 9), (15, 20), (13, 14)]
m = merge(ivs)
print(m, sum(e - s + 1 for s, e in m), [tuple(x) for x in m])
print(sorted(ivs, key=lambda t: t[1] - t[0]), min(ivs), max(ivs, key=sum))
r = range(3, 20, 4)
print(r, list(r), len(r), r[1], r[-1], 11 in r, 12 in r, r.index(15), r.count(7), range(5)[::-1], range(0))
print(set(range(2, 9)) & set(range(5, 12)), set(range(3)) ^ {2, 3}, sorted({5, 1, 3} - {1}), {1, 2} <= {1, 2, 3}, {1, 2}.isdisjoint({3}))
