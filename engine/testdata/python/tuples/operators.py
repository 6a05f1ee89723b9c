t = (1, 2)
print(t * 3, 2 * t, t + (3,), t * 0)
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), (1,) + ())
print(t.count(1), t.index(2), len(t), 2 in t)
t2 = t
t2 += (9,)
print(t, t2)
