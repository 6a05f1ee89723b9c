d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[("t", 1)]
except KeyError as e:
    print("KeyError", e)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
d[[1]] = 2
