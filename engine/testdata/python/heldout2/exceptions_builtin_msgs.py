# source: defensive accessors in scripts that print the builtin exception messages they catch (KeyError, IndexError, AttributeError, TypeError...)
cases = [
    lambda: {"a": 1}["b"],
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: "abc"[10],
    lambda: None.upper(),
    lambda: (5).foo,
    lambda: len(5),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "2",
    lambda: int("x12"),
    lambda: float("1,5"),
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: 2.0 // 0,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: next(iter([])),
    lambda: undefined_name,
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: dict([(1, 2, 3)]),
    lambda: tuple(5),
    lambda: "x".join([1, 2]),
    lambda: {[]: 1},
    lambda: sorted([1, None]),
    lambda: divmod(1, 0),
    lambda: round("1"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: list.append(),
    lambda: "{0} {2}".format(1, 2),
    lambda: "%d" % "x",
    lambda: int(None),
    lambda: [1, 2, 3][1:2:0],
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
