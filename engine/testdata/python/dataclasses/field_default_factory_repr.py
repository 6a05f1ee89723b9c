from dataclasses import dataclass, field
@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)
    secret: str = field(default="x", compare=False)
a = Inventory("ann")
b = Inventory("ann")
a.items.append("sword")
print(a, b, a == b, a.items is b.items)
b.items.append("sword")
b.secret = "different"
print(a == b, repr(b), Inventory.__dataclass_fields__["count"].repr)
print(Inventory("bob", ["x"], {"k": 1}, 5))
