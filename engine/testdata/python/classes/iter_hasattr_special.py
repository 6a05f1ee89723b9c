# source: edges of the fixes for held-out programs iter_protocol_classes, validators_schema, closures_memo_counter (iter(it) is it, hasattr of a special name)
class A:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class B:
    def __iter__(self): return [1, 2]
class C:
    def __iter__(self): return iter([1, 2])
class G:
    def __iter__(self):
        yield 1
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
class Bad:
    def __iter__(self): raise ValueError("no")
a = A()
print(iter(a) is a, list(C()), next(iter(C())), type(iter(G())).__name__, list(iter(S())), type(iter(S())).__name__)
for t in (B, Bad, int):
    try:
        iter(t() if t is not int else 5)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for x in B(): pass
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2])
print(it.__next__(), next(it), type(it).__name__, iter(it) is it)
e = enumerate("ab")
print(e.__next__(), e.__iter__() is e, next(e))
print(hasattr(5, "__len__"), hasattr("x", "__len__"), hasattr([], "__iter__"), hasattr(5, "__iter__"))
def f(): pass
print(hasattr(f, "__wrapped__"), getattr(f, "__wrapped__", "none"))
import dataclasses
class A:
    x = 1
class B(A):
    def __len__(self): return 3
class C:
    __slots__ = ("a",)
@dataclasses.dataclass
class D:
    a: int = 1
a, b = A(), B()
print(hasattr(a, "__len__"), hasattr(b, "__len__"), hasattr(a, "__iter__"), hasattr(a, "__call__"), hasattr(C(), "__dict__") if False else "-")
print(hasattr(D(), "__dataclass_fields__"), hasattr(a, "__dataclass_fields__"), getattr(a, "__wrapped__", None))
try:
    a.__enter__
except AttributeError as e:
    print("AttributeError", e)
class E(Exception): pass
print(hasattr(E(), "__len__") if False else "")
