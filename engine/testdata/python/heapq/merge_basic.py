import heapq
print(list(heapq.merge([1, 4], [2, 3])))
print(list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge([3,1],[2])))
def k(x):
    print("key", x)
    return x % 10
print(list(heapq.merge([11, 22, 33], [1, 2, 12], key=k)))
print(list(heapq.merge([5, 3, 1], [4, 4, 2], reverse=True)))
print(list(heapq.merge(["b", "a"], ["c", "a"], key=str.upper, reverse=True)))
g = heapq.merge([1], 5)
print(type(g).__name__)
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.merge([1], foo=1)
except TypeError as e:
    print("TypeError", e)
print(list(heapq.merge([(1, "b")], [(1, "a")])), list(heapq.merge("ace", "bd")))
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print("TypeError", e)
