import random
r = random.Random()
r.seed(77)
print(r.random(), r.randint(0, 9), r.choice(["x", "y"]))
r2 = random.Random(77)
print(r2.random() == random.Random(77).random(), isinstance(r, random.Random), type(r).__name__, type(r).__module__)
print(random.Random.__name__, random.Random.__module__, random.Random.__mro__[1].__module__)
r.seed("text")
print(r.random())
r.seed(b"bytes")
print(r.random())
r.seed(bytearray(b"bytes"))
print(r.random())
r.seed(1.5)
print(r.random())
print(hasattr(r, "gauss_next"), r.gauss_next)
r.gauss()
print(type(r.gauss_next).__name__)
for bad in [lambda: r.seed([1]), lambda: random.Random({}), lambda: r.getrandbits(-1), lambda: r.randrange(1, 1), lambda: r.setstate((2,))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(random.Random.random(r) < 1, callable(random.Random.seed))
