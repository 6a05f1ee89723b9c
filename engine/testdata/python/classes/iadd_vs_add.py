class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, other):
        print("add")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return OnlyAdd(self.n + o)
a = Bag([1])
b = a
a += Bag([2])
print(a, b, a is b)
c = a + Bag([3])
print(c, c is a)
x = OnlyAdd(1)
y = x
x += 5
print(x.n, y.n, x is y)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(t)
