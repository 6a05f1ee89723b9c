calls = [
    lambda: len([1], x=1),
    lambda: [].append(1, key=2),
    lambda: "a".upper(x=1),
    lambda: "a b".split(sep=" ", n=1),
    lambda: print("x", sepp="-"),
    lambda: sorted([2, 1], reversed=True),
    lambda: sorted([2, 1], cmp=None),
    lambda: min([1], keys=len),
    lambda: {}.get("a", default=1),
    lambda: list("ab", x=1),
    lambda: tuple([1], x=1),
    lambda: set([1], x=1),
    lambda: int("1", bas=2),
    lambda: float("1", x=1),
    lambda: object(x=1),
    lambda: isinstance(1, int, x=1),
    lambda: range(3, step=1),
    lambda: enumerate([1], begin=1),
    lambda: zip([1], [2], x=1),
    lambda: sum([1], begin=1),
    lambda: round(1.5, digits=1),
    lambda: {}.pop("a", default=None),
    lambda: "a".startswith(prefix="a"),
    lambda: [3, 1].sort(reverse=True, cmp=None),
    lambda: "abc".replace("a", "b", count=1),
    lambda: "a".join(["b"], sep=""),
    lambda: "x".encode(encodin="utf-8"),
    lambda: (1).to_bytes(2, "big", signd=True),
    lambda: property(fget=None, getter=None),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(sorted([2, 3, 1], reverse=True, key=lambda v: -v), "a,b,c".split(sep=",", maxsplit=1), list(enumerate("ab", start=5)))
print(int("ff", base=16), sum([1, 2], start=10), round(2.675, ndigits=2), max([], default="none"), "x".encode(encoding="ascii"))
l = [3, 1, 2]
l.sort(key=lambda v: v % 3, reverse=False)
print(l, dict(a=1, **{"b": 2}), (258).to_bytes(length=2, byteorder="big"), "{a}-{b}".format(a=1, b=2), "a\tb".expandtabs(tabsize=4))
print("x", "y", sep="|", end="!\n", flush=True)
