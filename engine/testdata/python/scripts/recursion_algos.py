import sys
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def binsearch(a, x, lo=0, hi=None):
    if hi is None: hi = len(a)
    if lo >= hi: return -1
    mid = (lo + hi) // 2
    if a[mid] == x: return mid
    if a[mid] < x: return binsearch(a, x, mid + 1, hi)
    return binsearch(a, x, lo, mid)
print(binsearch(list(range(0, 100, 3)), 27), binsearch([1, 2], 5))
def qsort(a):
    if len(a) < 2: return a
    p, *rest = a
    return qsort([x for x in rest if x < p]) + [p] + qsort([x for x in rest if x >= p])
print(qsort([5, 3, 8, 1, 9, 2, 7, 3]))
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)
