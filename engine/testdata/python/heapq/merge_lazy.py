import heapq
def gen(name, xs):
    for x in xs:
        print("pull", name, x)
        yield x
m = heapq.merge(gen("a", [1, 3, 5]), gen("b", [2, 4]))
print("made")
print(next(m))
print(next(m))
print(list(m))
def key(x):
    print("key", x)
    return -x
print(list(heapq.merge(gen("c", [3, 2]), gen("d", [9, 1, 0]), key=key)))
print(list(heapq.merge(gen("e", [7, 8]), key=key)))
print(next(heapq.merge(iter([]), [], [4])))
