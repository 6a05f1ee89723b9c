from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional


@dataclass(order=True)
class Product:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    sku: Optional[str] = None

    def __post_init__(self):
        self.sort_index = self.price


items = [Product("widget", 9.99), Product("gadget", 4.5, ["new"]), Product("doohickey", 12.0, sku="D-1")]
for p in sorted(items):
    print(p)
print(asdict(items[1]))
print(astuple(items[2]))
cheap = replace(items[0], price=1.25)
print(cheap, cheap.sort_index)
print(items[0] == Product("widget", 9.99))
print(max(items).name, min(items).name)
try:
    Product("x")
except TypeError as e:
    print("TypeError:", e)
