# source: edges of the fix for held-out program typing_literal_overload (def annotations: evaluated when the def runs, strings under the __future__ import)
T = int
def f(x: T, *a: "str", k: T = 3, **kw: list[int]) -> T: pass
T = str
print(f.__annotations__, f.__annotations__ is f.__annotations__)
f.__annotations__["z"] = 1
print(f.__annotations__)
print((lambda x: x).__annotations__)
def g(a, b=2): pass
print(g.__annotations__)
try:
    def h(x: Undefined): pass
except NameError as e:
    print("NameError", e)
import functools
def f(x: int): pass
f.__annotations__ = {"a": 1}
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
