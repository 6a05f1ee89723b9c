def g(name, n):
    for i in range(n):
        print(name, i)
        yield i
print(list(zip(g("a", 3), g("b", 2))))
