import collections
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Callable, Hashable, Sized, Container, Set, MutableSet, Generator, Reversible, Collection, ByteString, KeysView, ValuesView, ItemsView, MappingView
from collections import OrderedDict, defaultdict, Counter, deque

def gen():
    yield 1

class WithLen:
    def __len__(self):
        return 0

class WithIter:
    def __iter__(self):
        return iter([])

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class Eq:
    def __eq__(self, other):
        return True

class EqHash(Eq):
    def __hash__(self):
        return 1

class Getitem:
    def __getitem__(self, i):
        raise IndexError

class Call:
    def __call__(self):
        pass

class All:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
    def __reversed__(self): return iter([])

class MyList(list):
    pass

class MyDict(dict):
    pass

d = {"a": 1}
values = [1, 1.5, True, None, "s", b"b", (1,), [1], d, {1}, frozenset(), range(3), gen(), iter([1]), iter(d), d.keys(), d.values(), d.items(),
          len, print, lambda: 0, int, WithLen(), WithIter(), It(), Eq(), EqHash(), Getitem(), Call(), All(), MyList(), MyDict(),
          OrderedDict(), defaultdict(list), Counter(), deque(), ValueError("x"), zip([], []), map(str, []), enumerate([]), reversed([1]), slice(1)]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString]
print(" ".join(a.__name__[:6] for a in abcs))
labels = "int float bool None str bytes tuple list dict set frozenset range gen listiter dictiter keys values items len print lambda int WithLen WithIter It Eq EqHash Getitem Call All MyList MyDict OrderedDict defaultdict Counter deque ValueError zip map enumerate reversed slice".split()
for label, v in zip(labels, values, strict=True):
    print(label.ljust(12), "".join("X" if isinstance(v, a) else "." for a in abcs))
for t in [range, zip, enumerate, int, str, bytes, tuple, list, dict, set, frozenset, range, type(None), WithLen, It, Eq, All, MyList, MyDict, OrderedDict, Counter, deque, bool, object, ValueError]:
    print(t.__name__.ljust(12), "".join("X" if issubclass(t, a) else "." for a in abcs))
print(issubclass(MutableMapping, Mapping), issubclass(Sequence, Iterable), issubclass(Mapping, Hashable), issubclass(KeysView, Set))
print(cabc.Mapping, type(cabc.Mapping).__name__, cabc.Mapping.__module__, collections.abc.Sized is Sized, cabc.Mapping.__mro__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))

class Point:
    pass
Sequence.register(Point)
print(isinstance(Point(), Sequence), isinstance(Point(), Iterable), issubclass(Point, Collection), isinstance(Point(), MutableSequence))
MutableMapping.register(Point)
print(isinstance(Point(), Mapping), Mapping.register(Point) is Point)

class Szd(Sized):
    def __len__(self):
        return 3
print(len(Szd()), isinstance(Szd(), Sized), isinstance(Szd(), Iterable))
class Bad(Sized):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class Count(Iterator):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Count()), next(iter(Count())), isinstance(Count(), Iterable))
class Coll(Collection):
    def __len__(self): return 1
    def __iter__(self): return iter([7])
    def __contains__(self, x): return x == 7
c = Coll()
print(len(c), list(c), 7 in c, isinstance(c, Container), isinstance(c, Sequence))
class H(Hashable):
    def __hash__(self):
        return 5
print(hash(H()))
class Cl(Callable):
    def __call__(self, x):
        return x * 2
print(Cl()(4))
try:
    isinstance(1, cabc.Sequence[int])
except TypeError as e:
    print("TypeError", e)
from collections.abc import Mapping as M2
def f(x: Sequence[int], y: M2[str, int]) -> Iterator[str]:
    return iter([str(v) for v in x])
print(list(f([1, 2], {})), f.__annotations__["x"], Mapping[str, int])
print(sorted(cabc.__all__)[:3] if hasattr(cabc, "__all__") else "")
