class C:
    items = []
    n = 0
c1, c2 = C(), C()
c1.items.append(1)
c1.n += 1
print(c2.items, c2.n, c1.n, C.n)
C.n = 10
print(c1.n, c2.n)
del c1.n
print(c1.n)
