import copy
a = {"x": [1, 2], "y": {"z": [3]}}
s = copy.copy(a)
d = copy.deepcopy(a)
a["x"].append(99)
a["y"]["z"].append(4)
print(s, d)
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items, type(q).__name__)
