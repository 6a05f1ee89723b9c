from collections import ChainMap
a = {"x": 1}
b = {"x": 2, "y": 3}
c = ChainMap(a, b)
print(c["x"], c["y"], len(c), sorted(c))
c["z"] = 0
print(a, c.maps[1])
