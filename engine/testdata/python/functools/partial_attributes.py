# a partial object has a __dict__: what a script sets on it is kept (functools.update_wrapper
# style __doc__/__name__), func/args/keywords are read-only
from functools import partial
p = partial(int, base=2)
p.__doc__ = "Convert base 2 string to an int."
p.label = 3
print(p.__doc__, p.label, p.__dict__, p("101"))
try:
    p.func = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.nosuch)
except AttributeError as e:
    print("AttributeError:", e)
q = partial(p, "11")
print(q(), q.func is p, q.args, q.keywords)
