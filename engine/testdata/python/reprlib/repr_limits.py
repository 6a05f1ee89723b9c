# reprlib.repr: aRepr's limits by the name of the value's type (sets and dict keys sorted when they compare)
import reprlib
from collections import deque, OrderedDict
print(reprlib.repr(set('supercalifragilisticexpialidocious')))
print(reprlib.repr(list(range(20))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()), reprlib.repr([]))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("\x00" * 10), reprlib.repr("é" * 40))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr({}), reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr(frozenset("ab")))
print(reprlib.repr(set(range(12))), reprlib.repr(deque(range(10))), reprlib.repr(10 ** 50), reprlib.repr(2 ** 100))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(reprlib.repr(OrderedDict(a=1)), reprlib.repr(1.23456789e-300), reprlib.repr(object.__name__ * 10), reprlib.repr({1, "a", 2.5}))
print(reprlib.repr([1, "a" * 50, (2, 3), {"k": [1] * 10}]), reprlib.repr(True), reprlib.repr(None))
class Big:
    def __repr__(self): return "B" * 50
print(reprlib.repr(Big()), reprlib.repr([Big()]))
