import datetime, collections, enum, json
print(int, str, type(None), len, print, str.upper, dict.get, datetime.datetime, collections.OrderedDict)
print(repr(None), repr(...), NotImplemented, type(...).__name__, repr(type), object)
print([int, "a", 1.0, None, True], {"k": (1,)}, (1,), (), [()], {1: {2: [3]}})
print(repr("it's"), repr('"'), repr("\\"), repr("\n\t"), repr("é\u200b"), repr("\x7f"), str(["a'b"]))
print(range(5), range(1, 10, 2), slice(1, None), repr(range(0)), type(range(1)).__name__, enumerate, zip)
print(json.JSONDecodeError.__mro__[1], enum.Enum, type(enum.Enum), KeyError, ValueError("v").__class__)
def f(): pass
class C:
    def m(self): pass
print(f.__name__, C.m.__qualname__, C.__name__, C().m.__func__ is C.m, repr(C).startswith("<class '__main__.C'"))
print(type(f).__name__, type(C().m).__name__, type(len).__name__, type(str.upper).__name__, type(lambda: 0).__name__)
print(float, bool, bytes, complex if False else "", frozenset, property, staticmethod, classmethod, super)
