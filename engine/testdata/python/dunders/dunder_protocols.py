class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
print(list(Seq(3)), 20 in Seq(3), [x for x in Seq(2)])
class Countdown:
    def __init__(self, start): self.cur = start
    def __iter__(self): return self
    def __next__(self):
        if self.cur <= 0: raise StopIteration
        self.cur -= 1
        return self.cur + 1
c = Countdown(3)
print(list(c), list(c), sum(Countdown(4)))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)
class Lower(str):
    def __new__(cls, v):
        return super().__new__(cls, v.lower())
    def shout(self):
        return self.upper() + "!"
s = Lower("HeLLo")
print(s, s.shout(), isinstance(s, str), s + "x", type(s + "x").__name__, len(s), repr(s))
class MyList(list):
    def sum(self): return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), type(m[1:]).__name__, m == [1, 2, 3, 4], len(m))
class Money:
    def __init__(self, c): self.c = c
    def __iadd__(self, o):
        self.c += o
        return self
    def __int__(self): return self.c
    def __float__(self): return self.c / 100
    def __index__(self): return self.c
    def __round__(self, n=None): return Money(round(self.c, n or 0))
    def __repr__(self): return f"Money({self.c})"
    def __gt__(self, o): return self.c > o.c
m = Money(150)
m += 50
print(m, int(m), float(m), hex(m), [0, 1, 2][Money(1)], Money(3) > Money(2), Money(1) < Money(2), round(m))
class Box:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items or x == "magic"
    def __reversed__(self): return iter(self.items[::-1])
    def __call__(self, *a): return len(a)
    def __getitem__(self, k):
        if isinstance(k, slice): return Box(*self.items[k])
        return self.items[k]
    def __repr__(self): return f"Box{tuple(self.items)}"
    def __eq__(self, o): return isinstance(o, Box) and self.items == o.items
b = Box(1, 2, 3)
print(len(b), 2 in b, "magic" in b, 9 in b, list(reversed(b)), b(1, 2), b[1:], b[::-1], b[-1], bool(Box()), b == Box(1, 2, 3))
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
print(iter(b) is not None, list(b))
