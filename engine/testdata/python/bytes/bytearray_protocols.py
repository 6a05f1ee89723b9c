import copy, collections.abc, re
ba = bytearray(b"xyz")
c = copy.copy(ba)
d = copy.deepcopy([ba, ba])
c[0] = 65
print(c, ba, d, d[0] is d[1], d[0] is ba)
print(isinstance(ba, collections.abc.MutableSequence), isinstance(ba, collections.abc.Hashable), isinstance(ba, (bytes, bytearray)))
print(*ba, sep=",")
print(hasattr(ba, "append"), hasattr(b"", "append"), callable(bytearray))
print(bytearray.__name__, bytearray.__mro__ if False else "", bytearray is type(ba))
print(getattr(ba, "upper")(), ba.__len__(), len(bytearray(10)))
print("%s" % ba, "{}".format(ba), "{!r:>30}".format(ba), format(ba))
x = [bytearray(b"b"), bytearray(b"a")]
x.sort()
print(x, x.index(b"b"), b"a" in x, x.count(bytearray(b"a")))
print(bytearray(b"x") in {b"x": 1} if False else "")
m = memoryview
print(ba.translate(None) if False else "")
