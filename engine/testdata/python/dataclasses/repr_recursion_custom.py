from dataclasses import dataclass, field
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False)
root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
@dataclass
class Loop:
    other: object = None
a = Loop()
a.other = a
print(a)
@dataclass
class Custom:
    x: int
    def __repr__(self):
        return f"<Custom {self.x}>"
print(Custom(3), [Custom(4)])
@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
class Outer:
    @dataclass
    class Inner:
        y: int
print(Outer.Inner(5))
