# source: copy semantics demos for objects holding lists (copy.copy vs deepcopy, __copy__/__deepcopy__ hooks, shared references)
import copy

class Node:
    def __init__(self, name, children=None, meta=None):
        self.name = name
        self.children = children or []
        self.meta = meta or {}
    def __repr__(self):
        return f"Node({self.name}, {self.children}, {self.meta})"

class Tracked:
    copies = 0
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.v, memo))
    def __repr__(self):
        return f"Tracked({self.v})"

shared = {"tag": "x"}
root = Node("root", [Node("a", meta=shared), Node("b", meta=shared)])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
shallow.children.append(Node("c"))
deep.children[0].meta["tag"] = "changed"
print(root)
print(deep)
print(deep.children[0].meta is deep.children[1].meta, root.children is shallow.children, deep.children[0].meta is shared)
t = Tracked([1, 2])
c1 = copy.copy(t)
c2 = copy.deepcopy([t, t])
print(c1, c1.v is t.v, c2, c2[0] is c2[1], Tracked.copies)
lst = [1, [2, 3]]
lst.append(lst)
d = copy.deepcopy(lst)
print(d[2] is d, d[1] is not lst[1], lst[:2])
print(copy.copy((1, [2])) , copy.deepcopy((1, 2)) , copy.copy("s"), copy.copy({1, 2}), copy.deepcopy(frozenset({3})))
