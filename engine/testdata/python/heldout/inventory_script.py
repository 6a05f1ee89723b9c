from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict
@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int = 0
    def value(self):
        return self.price * self.stock
@dataclass
class Inventory:
    products: Dict[str, Product] = field(default_factory=dict)
    def add(self, p: Product):
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p
    def restock(self, sku, n):
        self.products[sku].stock += n
    def low_stock(self, threshold=5):
        return sorted((p for p in self.products.values() if p.stock < threshold), key=lambda p: p.stock)
    def total_value(self):
        return round(sum(p.value() for p in self.products.values()), 2)
inv = Inventory()
for sku, name, price, stock in [("A1", "Pen", 1.2, 100), ("B2", "Book", 12.99, 3), ("C3", "Bag", 25.0, 0)]:
    inv.add(Product(sku, name, price, stock))
try:
    inv.add(Product("A1", "Dup", 0))
except KeyError as e:
    print("KeyError:", e)
inv.restock("C3", 2)
print(inv.low_stock())
print(inv.total_value(), f"{inv.total_value():,.2f}")
for p in inv.products.values():
    print(f"{p.sku:4}{p.name:<6}{p.price:>8.2f}{p.stock:>5}{p.value():>10.2f}")
