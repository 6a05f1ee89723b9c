tests = [
    lambda: [1][5], lambda: {"a": 1}["b"], lambda: int("4.5"), lambda: float("x"), lambda: None.foo,
    lambda: "a" + 1, lambda: 1 + "a", lambda: len(5), lambda: [].pop(), lambda: {}.popitem(),
    lambda: "abc".index("z"), lambda: [1].remove(2), lambda: 1 / 0, lambda: 1 % 0, lambda: 2 ** -1 // 0,
    lambda: int(None), lambda: undefined_name, lambda: (1, 2).append(3), lambda: next(iter([])),
    lambda: {"a"}.remove("b"), lambda: "x".join([1]), lambda: sum(["a"]), lambda: tuple(5), lambda: abs("x"),
    lambda: max([]), lambda: divmod(1, 0), lambda: [1, 2][1:2:0], lambda: "%d" % None, lambda: object().x,
    lambda: int("99999999999999999999999", 2), lambda: chr(-1), lambda: ord("ab"), lambda: hash([]),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
