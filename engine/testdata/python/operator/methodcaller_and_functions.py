import operator
from operator import methodcaller, itemgetter, attrgetter

print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", "o", count=1) if False else methodcaller("center", 5, "*")("x"))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter("a", "b")({"a": 1, "b": 2}), itemgetter(0)("xyz"))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-1), operator.abs(-3), operator.inv(5))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt("a", "b"), operator.ge(3, 3), operator.not_(0), operator.truth([]))
print(operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.getitem({"k": 1}, "k"))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 70), operator.rshift(256, 4), operator.concat([1], [2]))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.length_hint([1, 2, 3]))
l = [1, 2]
print(operator.iadd(l, [3]), l, operator.iconcat("a", "b"), operator.imul(3, 4))
d = {"x": 1}
operator.setitem(d, "y", 2)
operator.delitem(d, "x")
print(d, sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(object())
except AttributeError as e:
    print("AttributeError:", e)
