from dataclasses import dataclass, field
@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    total: float = 0.0
    def add(self, price):
        self.items.append(price)
        self.total += price
o = Order(1)
o.add(2.5)
o.add(1.25)
print(o)
print(Order(2) == Order(2), Order(2) == Order(3))
