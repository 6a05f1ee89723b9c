# source: a "Dataclasses — Exercises" practice file found by code search (Product with price * quantity, asdict, field(default_factory))
from dataclasses import dataclass, field, asdict, astuple, replace


@dataclass
class Product:
    name: str
    price: float
    quantity: int = 0

    def total_value(self):
        return self.price * self.quantity


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add(self, product):
        self.items.append(product)

    @property
    def total(self):
        return round(sum(p.total_value() for p in self.items), 2)


laptop = Product("Laptop", 999.99, 2)
mouse = Product("Mouse", 19.5)
print(laptop)
print(mouse)
cart = Cart("ann")
cart.add(laptop)
cart.add(replace(mouse, quantity=3))
print(cart)
print(cart.total)
print(asdict(cart))
print(astuple(laptop))
other = Cart("bob")
print(other.items is cart.items, other)
try:
    Product("x")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)
