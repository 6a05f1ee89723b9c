from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def total(self):
        return self.price * self.qty

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    owner: Optional[str] = None

    def add(self, item):
        self.items.append(item)
        return self

inv = Inventory()
inv.add(Item("widget", 2.5, 4)).add(Item("gadget", 10.0, 1, ["x"])).add(Item("bolt", 0.1, 100))
for it in sorted(inv.items):
    print(it, it.total)
print(inv)
print(asdict(inv.items[1]))
print(astuple(inv.items[0]))
print(replace(inv.items[0], qty=1))
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) < Item("b", 2.0, 1))
a = Inventory()
b = Inventory()
a.items.append(1)
print(a, b)
