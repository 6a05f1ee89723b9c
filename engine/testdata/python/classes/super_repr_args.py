# super()'s repr, and its argument checks
class A:
    def f(self):
        return super()
    @classmethod
    def g(cls):
        return super()

class D(A):
    pass

d = D()
print(super(D, d), super(D, D), super(A, d), d.f(), D.g())
for args in [(D, A()), (D, 5), (5, D()), (A, D), (D, A), (D, D(), 1)]:
    try:
        print(super(*args))
    except TypeError as e:
        print("TypeError:", e)
print(super(D, d).f.__qualname__)
