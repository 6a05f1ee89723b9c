d = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", "1": "str", True: "bool"}
print(d)
print(d[1], d[(1, 2)], d[None], len(d))
print(sorted(d.keys(), key=str))
