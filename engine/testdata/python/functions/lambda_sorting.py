pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(sorted(pairs, key=lambda p: -p[0])[0])
print((lambda x, y=2, *z, **w: (x, y, z, w))(1, 2, 3, k=4))
print((lambda: None)())
