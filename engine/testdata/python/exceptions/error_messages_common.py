tests = [
    lambda: len(5), lambda: None + 1, lambda: "a" + 1, lambda: 1 + "a", lambda: [1][5], lambda: {}["k"], lambda: (1, 2)[9],
    lambda: int("x1"), lambda: None(), lambda: (1).foo, lambda: "abc".nope, lambda: [].pop(), lambda: 5[0], lambda: iter(5),
    lambda: {}.fromkeys(1), lambda: sorted([1, None]), lambda: list(1), lambda: dict(1), lambda: "x" * "y", lambda: -"x",
    lambda: divmod(1, 0), lambda: 2 ** "x", lambda: [1, 2].index(3), lambda: "abc".index("z"), lambda: tuple()[0],
    lambda: int(None), lambda: float([]), lambda: hash([]), lambda: {[]: 1}, lambda: set([[]]), lambda: abs("x"),
    lambda: "a".join([1]), lambda: max(), lambda: min([]), lambda: chr(1114112), lambda: ord(""), lambda: range(1.5),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
