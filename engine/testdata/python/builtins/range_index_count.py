# source: edges of the fix for held-out program aoc_intervals_merge (range.index, range.count)
r = range(3, 20, 4)
print(r.index(15), r.count(7), r.count(7.0), r.index(7.0), r.count(8), range(5).count(True), range(3).index(True), range(10, 0, -3).index(4), range(0).count(0))
for f in (lambda: range(3).index(7), lambda: range(3).index("a"), lambda: range(1, 3).index(False), lambda: range(10**20, 10**20+3).index(5) if False else range(3).index(2**70), lambda: range(3).index()):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
