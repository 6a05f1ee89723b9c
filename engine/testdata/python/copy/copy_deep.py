import copy
a = {"l": [1, [2, 3]], "t": (1, [2]), "s": {1}}
b = copy.copy(a)
c = copy.deepcopy(a)
a["l"][1].append(4)
a["t"][1].append(9)
print(a, b, c, sep="\n")
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
    def add(self, n):
        n.parent = self
        self.children.append(n)
        return n
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.add(Node(2)).add(Node(3))
r2 = copy.deepcopy(root)
r2.children[0].v = 20
print(root, r2, r2.children[0].parent is r2, r2.children[0].parent is root)
lst = [1, 2]
lst.append(lst)
l2 = copy.deepcopy(lst)
print(lst, l2, l2[2] is l2)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.x, memo))
c1 = copy.copy(Custom([1]))
c2 = copy.deepcopy(Custom([1]))
print(c1.x, c2.x)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
