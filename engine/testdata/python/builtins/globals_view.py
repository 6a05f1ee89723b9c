x = 1
g = globals()
g["y"] = 5
print(y, g["x"], "y" in g, g.get("zz", "none"), isinstance(g, dict), g["__name__"])
def f():
    globals()["made"] = "in f"
    return globals().get("x")
print(f(), made)
del g["y"]
try:
    print(y)
except NameError as e:
    print("NameError", e)
try:
    g["nope"]
except KeyError as e:
    print("KeyError", e)
