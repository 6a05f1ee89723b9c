class A: pass
class B:
    def __eq__(self, o): return isinstance(o, B)
a = A()
print(object.__eq__, A.__eq__, A.__eq__ is object.__eq__, A.__ne__ is object.__ne__, B.__eq__ is object.__eq__, B.__ne__ is object.__ne__)
print(object.__eq__(a, a), object.__eq__(a, A()), A.__ne__(a, a), A.__ne__(a, 1), object.__ne__(B(), B()), object.__ne__(B(), 1))
print(type(object.__eq__).__name__)
