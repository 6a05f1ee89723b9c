l = [1, 2, 3, 2, 1, 2]
print(l.index(2), l.index(2, 2), l.index(2, 4), l.index(1, -2), l.count(2), l.count(9))
l.remove(2)
print(l)
try:
    l.index(2, 0, 1)
except ValueError as e:
    print("ValueError", e)
try:
    l.index(3, 4)
except ValueError as e:
    print("ValueError", e)
print("abcabc".index("c", 3), "abcabc".find("c", 3, 5), "abcabc".rfind("a", 0, 3), "abcabc".count("bc", 1))
t = (5, 6, 5)
print(t.index(5, 1), t.count(5))
