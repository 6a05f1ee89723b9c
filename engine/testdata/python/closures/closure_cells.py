def outer(b, a):
    z = 0
    def inner():
        return a + b
    def none():
        return 1
    def later():
        return late
    late = "set after"
    return inner, none, later
i, n, l = outer(1, 2)
print([c.cell_contents for c in i.__closure__], n.__closure__, l.__closure__[0].cell_contents)
class K:
    def m(self):
        return super().__repr__
print(len(K.m.__closure__), K.m.__closure__[0].cell_contents is K)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c()
print(c.__closure__[0].cell_contents)
