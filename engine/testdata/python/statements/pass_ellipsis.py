def f():
    ...
class C:
    pass
print(f(), ..., type(...).__name__, Ellipsis is ...)
if True:
    pass
print("done")
