a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 9); a.insert(-1, 8)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3); print(a, a.index(2), a.count(1))
a.reverse(); print(a)
a.clear(); print(a)
