a, b = bytearray(b"abc"), b"abc"
print(a == b, b == a, a != b, a is not b, a == bytearray(b), a == "abc", a == [97, 98, 99])
print(a < b"abd", a <= b, a > b"ab", a >= bytearray(b"abc"), bytearray() < a, bytearray(b"\xff") > a)
print(sorted([b"b", bytearray(b"a"), b"c", bytearray(b"ab")]))
print(max([bytearray(b"x"), b"y"]), min(bytearray(b"a"), bytearray(b"A")))
for f in [lambda: hash(a), lambda: {a}, lambda: {a: 1}, lambda: frozenset([a]), lambda: a < "abc", lambda: a < 1, lambda: [a] < [1]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(a in [b], b in [a], [a].index(b), (a, 1) == (b, 1), {1: a} == {1: b})
print(bytes(a) in {b: 1}, hash(bytes(a)) == hash(b))
