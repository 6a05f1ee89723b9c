class A:
    pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(repr(A))
print(str(A), A)
print(repr(int), repr(type), repr(object))
