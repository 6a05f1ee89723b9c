class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s + [5], type(s + [5]).__name__)
print(sorted(s, reverse=True), sum(s), 3 in s, s == [1, 2, 3, 4], s.pop(), s, list(reversed(s)))
s[0] = 10
del s[1]
print(s, s * 2, [0] + s, max(s), s.index(10), isinstance(s, list))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), p == (1, 2), hash(p) == hash((1, 2)), {p: "x"}[(1, 2)], p < (1, 3), len(p))
x, y = p
print(x, y, "%s-%s" % p, p + (3,), type(p + (3,)).__name__, p.count(1), Pair.__bases__)
try:
    Pair(1)
except TypeError as e:
    print("TypeError", e)
class Bad(tuple):
    def __init__(self, a, b):
        self.a = a
try:
    Bad(1, 2)
except TypeError as e:
    print("TypeError", e)
