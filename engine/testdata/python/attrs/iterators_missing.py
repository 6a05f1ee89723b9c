# Iterators and views lack what CPython's lack.
d = {"a": 1, "b": 2}
objs = [iter([1]), iter(d), iter("ab"), iter((1,)), iter(range(2)), iter({1}), reversed([1, 2]), map(str, [1]), filter(None, [1]), zip([1], [2]), enumerate("a"), d.keys(), d.values(), d.items()]
for o in objs:
    try:
        o.nosuch
    except AttributeError as e:
        print(e)
    print(type(o).__name__, hasattr(o, "nosuch"))
