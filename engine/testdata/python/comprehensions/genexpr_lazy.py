def noisy(n):
    print("produce", n)
    return n
g = (noisy(i) for i in range(3))
print("created")
print(next(g))
print("after first")
print(list(g))
