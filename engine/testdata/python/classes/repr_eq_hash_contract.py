class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and o.v == self.v
class B(A):
    def __hash__(self):
        return hash(self.v)
print(A.__hash__ is None, B.__hash__ is not None, A(1) == A(1), B(1) in {B(1)}, len({B(1), B(1), B(2)}))
try:
    {A(1)}
except TypeError as e:
    print("TypeError", e)
class C:
    pass
x = C()
print(x == x, x != C(), hash(x) == hash(x), {x: 1}[x])
class D:
    __hash__ = None
try:
    hash(D())
except TypeError as e:
    print("TypeError", e)
