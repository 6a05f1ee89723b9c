import heapq
for args, kw in [(([1], None), {}), (([1], [2]), {"keys": 1}), ((3,), {}), (([1, "a"], [2]), {}), (([1], [2]), {"key": 5})]:
    try:
        print(list(heapq.merge(*args, **kw)))
    except TypeError as e:
        print("TypeError", e)
g = heapq.merge([1, 2], [3])
print(next(g), list(g), list(g))
print(list(heapq.merge([1], reverse=0)), list(heapq.merge([2, 1], [3], reverse=[1])))
