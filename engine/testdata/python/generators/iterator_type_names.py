d = {'a': 1}
def g():
    yield 1
cases = [iter([]), iter(()), iter(''), iter({}), iter(d.values()), iter(d.items()), iter(set()), iter(range(3)), reversed([1]), reversed(d), reversed(d.values()), reversed(d.items()), reversed(range(2)), reversed((1,)), reversed('ab'), (x for x in []), g(), map(str, []), filter(None, []), zip(), enumerate([]), iter(b''), iter(frozenset())]
for c in cases:
    print(type(c).__name__, c.__class__.__name__, type(c))
print(type(iter([])) is type(iter([1])), type(iter([])) is type(iter(())), type(g()) is type(g()))
print(iter([]).__class__ is type(iter([])), type(reversed({})).__name__)
import collections, itertools
for v in [iter(collections.OrderedDict(a=1)), reversed(collections.OrderedDict(a=1)), iter(collections.ChainMap({'a': 1})), iter(collections.Counter('ab')), collections.Counter('ab').elements(), iter(collections.defaultdict(int)), reversed(collections.deque([1])), iter(collections.deque()), itertools.count(), itertools.chain([1]), iter(d.keys()), reversed(d.keys())]:
    print(type(v).__name__)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Bad:
    def __iter__(self):
        return [1]
s = It()
print(type(iter(Seq())).__name__, list(iter(Seq())), iter(s) is s)
try:
    reversed(Seq())
except TypeError as e:
    print('TypeError:', e)
try:
    iter(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in Bad(): pass
except TypeError as e:
    print("TypeError:", e)
