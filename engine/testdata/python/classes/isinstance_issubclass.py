class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(1, (str, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(A, type))
isinstance(b, "A")
