class S(str): pass
print(S("a") < "b", "a" < S("b"), "b" <= "b", "c" >= "b")
for a, b in [("a", 1), ("a", None), ("a", [1]), ("a", 1.5)]:
    for f in [lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b, lambda: b < a]:
        try:
            f()
        except TypeError as e:
            print(e)
