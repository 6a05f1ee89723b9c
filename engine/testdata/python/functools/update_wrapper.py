import functools
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.__wrapped__(*a, **k)
@CountCalls
def greet(name: str) -> str:
    "Say hi."
    return "hi " + name
print(greet("a"), greet("b"), greet.calls, greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__annotations__, sorted(vars(greet)))
def target(x: int = 1):
    "target doc"
    return x
target.tag = "t"
def wrapper(*a):
    return target(*a)
r = functools.update_wrapper(wrapper, target)
print(r is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.tag, wrapper.__wrapped__ is target, wrapper.__annotations__, wrapper.__annotations__ is target.__annotations__)
def w2(*a):
    "own"
functools.update_wrapper(w2, target, assigned=("__name__",))
print(w2.__name__, w2.__doc__, w2.tag, w2.__qualname__)
def w3():
    pass
functools.update_wrapper(w3, target, assigned=(), updated=())
print(w3.__name__, hasattr(w3, "tag"), w3.__wrapped__.__name__)
def deco(f):
    @functools.wraps(f, assigned=("__doc__",))
    def inner():
        return f()
    return inner
@deco
def doc_only():
    "the doc"
print(doc_only.__name__, doc_only.__doc__)
def plainf(a: int):
    "pd"
plainf.note = 1
print(plainf.__dict__, plainf.__annotations__ is plainf.__annotations__)
plainf.__doc__ = "changed"
plainf.__module__ = "elsewhere"
plainf.__annotations__ = {"a": str}
print(plainf.__doc__, plainf.__module__, plainf.__annotations__, plainf.__dict__)
try:
    plainf.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(wrapper.__dict__))
