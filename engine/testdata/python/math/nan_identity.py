import math
n = float("nan")
m = float("nan")
print(n is n, n is m, n == n, n in [n], n in [m], [n].count(n), [m, n].index(n))
d = {n: 1, m: 2}
print(len(d), d[n], d[m], n in d, n in {n}, len({n, m}))
x = n + 1
print(x is n, x in [n], math.isnan(x), math.nan is math.nan, math.nan in [math.nan])
inf = float("inf")
a = inf - inf
print(a is a, a in [a], (inf - inf) in [a], repr(a), repr(-n), str(m))
t = (n,)
print(t == t, t == (n,), [n] == [n], [n] == [m], (n, 1) in [(n, 1)])
print(0.0 is -0.0, 0.0 == -0.0, {0.0: "z"}[-0.0], float("-nan") is float("-nan"))
print(sorted(x for x in [n] if x != x) == [n], max([1.0, n]) is n or "not", min([n, 1.0]) is n)
