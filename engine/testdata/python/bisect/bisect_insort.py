import bisect, os.path
from bisect import bisect_left, insort
a = [1, 3, 3, 5]
bisect.insort(a, 4); bisect.insort_left(a, 3); insort(a, 0)
print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect_left(a, 3, 4), bisect.bisect(a, 3, 0, 2))
print(bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
rows = [(1, "a"), (5, "e")]
bisect.insort(rows, (3, "c"), key=lambda r: r[0])
print(rows, bisect.bisect((1, 2, 3), 2), bisect.bisect_left([1.5, 2.5], 2))
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [33, 60, 75, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
print(os.path.basename("/a/b.txt"), os.path.join("x", "y"))
