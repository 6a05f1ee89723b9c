a = [1, 2, 3]
a.insert(True, "x")
a.insert(-100, "y")
for big in (2 ** 70, -(2 ** 70)):
    try:
        a.insert(big, "z")
    except OverflowError as e:
        print("OverflowError:", e)
print(a, a.index(3, -2), a.index(3, 0, 2 ** 80))
try:
    a.insert("s", 1)
except TypeError as e:
    print("TypeError:", e)
from collections import deque
d = deque([1, 2, 3, 2])
d.insert(1, 9)
print(d, d.count(2), d.index(2), d.index(2, 3))
d.remove(2)
d.reverse()
print(d, d.copy(), type(d.copy()).__name__)
try:
    d.remove(7)
except ValueError as e:
    print("ValueError:", e)
try:
    d.index(7)
except ValueError as e:
    print("ValueError:", e)
m = deque([1], maxlen=1)
try:
    m.insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
print(list.append, set.union({1}, [2], (3,)), list.copy([1]), dict.get({"a": 1}, "a"), tuple.count((1, 1), 1), int.bit_length(255), str.join("-", "ab"))
print(list(map(list.copy, [[1], [2]])), sorted([[3, 1], [2]], key=list.__len__) if False else "", dict.keys({"a": 1}))
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
print(list.__name__, list.append.__name__, repr(set.union)[:30])
