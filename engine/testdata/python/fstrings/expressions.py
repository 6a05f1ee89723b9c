d = {"a": 1, "b": 2}
print(f"{d['a'] + d['b']}")
print(f"{'yes' if d else 'no'}")
print(f"{[i * i for i in range(4)]}")
print(f"{len(d):03d}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda y: y + 1)(2)}")
