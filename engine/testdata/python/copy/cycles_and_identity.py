import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b)
t = ([1], [1])
u = copy.deepcopy(t)
print(u, u is t, u[0] is t[0])
shared = [0]
d = {"x": shared, "y": shared, (1, 2): "k"}
e = copy.deepcopy(d)
print(e["x"] is e["y"], e["x"] is shared, e)
f = frozenset([1, 2])
print(copy.copy(f) is f, copy.deepcopy((1, "s", None)) == (1, "s", None), copy.copy(len) is len)
class Node:
    def __init__(self, name):
        print("init", name)
        self.name = name
        self.children = []
n = Node("root")
n.children.append(Node("kid"))
n.children[0].parent = n
m = copy.deepcopy(n)
print(m.children[0].parent is m, m.name, m is n, type(m) is Node)
s = copy.copy(n)
print(s.children is n.children, vars(s) == vars(n))
class Memo:
    def __deepcopy__(self, memo):
        print(type(memo).__name__, id(self) in memo)
        return "replaced"
print(copy.deepcopy([Memo(), Memo()]))
print(copy.deepcopy({1, (2, 3)}), copy.copy(range(3)), copy.copy(b"by"), copy.deepcopy(3.5))
class Slots:
    __slots__ = ("a",)
x = Slots()
x.a = [1]
y = copy.deepcopy(x)
print(y.a, y.a is x.a)
try:
    copy.copy()
except TypeError as e:
    print("TypeError", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
