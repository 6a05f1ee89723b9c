a = [1, 2.0, "3", None, [4]]
print(1 in a, 2 in a, 3 in a, "3" in a, None in a, [4] in a, 4 in a)
print(a.count(None), a.index([4]))
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n])
