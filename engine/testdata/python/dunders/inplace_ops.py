class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, x):
        self.v.append(x)
        return self
a = Acc()
b = a
a += 1
a += 2
print(a.v, a is b)
class NoI:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoI(self.v + o)
n = NoI(1)
m = n
n += 5
print(n.v, m.v, n is m)
