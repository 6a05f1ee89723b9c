import copy
cfg = {"db": {"host": "h", "ports": [1, 2]}, "debug": False}
s = copy.copy(cfg); d = copy.deepcopy(cfg)
cfg["db"]["ports"].append(3); cfg["debug"] = True
print(s, d)
class Node:
    def __init__(self, v, children=None):
        self.v, self.children = v, children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
t = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(t); t2.children[0].v = 20
print(t, t2)
lst = [[0]] * 3
lst[0].append(1)
print(lst, [x[:] for x in lst] == lst, lst[0] is lst[1])
class Custom:
    def __init__(self): self.n = 1
    def __copy__(self):
        c = Custom(); c.n = self.n + 100; return c
print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n)
a = [1, 2]; a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, repr(a))
