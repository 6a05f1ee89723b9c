import operator, heapq, bisect
print(operator.add(2, 3), operator.itemgetter(0)("ab"), operator.neg(5), operator.contains([1], 1), operator.truediv(7, 2))
print(list(map(operator.mul, [1, 2], [3, 4])), sorted([("b", 2), ("a", 2)], key=operator.itemgetter(1, 0)))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 2), heapq.heapreplace(h, 9), h)
print(heapq.nlargest(2, [4, 1, 7, 3], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
tasks = []
for p, name in [(2, "b"), (1, "a"), (2, "a"), (0, "z")]:
    heapq.heappush(tasks, (p, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
grades = [60, 70, 80, 90]
def grade(s):
    return "FDCBA"[bisect.bisect(grades, s)]
print([grade(s) for s in [33, 60, 75, 90, 100]])
a = [1, 3, 3, 5]
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10))
print(bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
