# object() is builtins.object: no __dict__, its own repr and class, a sentinel compared by identity.
o = object()
print(type(o), type(o) is object, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(o == o, hash(o) == hash(o))
print(hasattr(o, "__dict__"))
s = {o, object()}
print(len(s), o in s, object() in s, o != object(), repr(o)[:17], str(o)[:17])
print(o.__class__, o.__class__.__name__, type(o).__name__)
M = object()
def f(x=M):
    return x is M
print(f(), f(1))
print(isinstance(o, (int, object)), issubclass(type(o), object))
try:
    o.nosuch
except AttributeError as e:
    print(e)
print(hasattr(o, "__nosuch__"), hasattr(o, '__dict__'), hasattr(o, '__len__'))
