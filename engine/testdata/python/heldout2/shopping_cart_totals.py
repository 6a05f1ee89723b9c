# source: shopping-cart classes (items dict sku -> [product, qty], coupon rules, tax, receipt printing with rounding) in e-commerce exercises
from decimal import Decimal, ROUND_HALF_UP

class Product:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, Decimal(price)

class Cart:
    TAX = Decimal("0.2")
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError("qty must be positive")
        line = self.lines.setdefault(product.sku, [product, 0])
        line[1] += qty
    def remove(self, sku, qty=None):
        if qty is None or self.lines[sku][1] <= qty:
            del self.lines[sku]
        else:
            self.lines[sku][1] -= qty
    def apply(self, code):
        if code in self.coupons:
            return False
        self.coupons.append(code)
        return True
    def subtotal(self):
        return sum((p.price * q for p, q in self.lines.values()), Decimal(0))
    def discount(self):
        d = Decimal(0)
        for code in self.coupons:
            if code.startswith("PCT"):
                d += self.subtotal() * Decimal(code[3:]) / 100
            elif code.startswith("OFF"):
                d += Decimal(code[3:])
        return min(d, self.subtotal())
    def total(self):
        net = self.subtotal() - self.discount()
        return (net * (1 + self.TAX)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    def receipt(self):
        out = [f"{q:>3} x {p.name:<12}{p.price * q:>9.2f}" for p, q in sorted(self.lines.values(), key=lambda l: l[0].name)]
        out.append(f"{'subtotal':>18}{self.subtotal():>9.2f}")
        out.append(f"{'discount':>18}{-self.discount():>9.2f}")
        out.append(f"{'total incl. tax':>18}{self.total():>9}")
        return "\n".join(out)

cart = Cart()
cart.add(Product("A", "Notebook", "3.99"), 3)
cart.add(Product("B", "Pen", "0.85"), 10)
cart.add(Product("C", "Backpack", "49.90"))
cart.add(Product("A", "Notebook", "3.99"))
cart.remove("B", 4)
print(cart.apply("PCT10"), cart.apply("OFF5"), cart.apply("PCT10"))
print(cart.receipt())
cart.remove("C")
print(cart.total(), len(cart.lines), cart.discount())
try:
    cart.remove("Z")
except KeyError as e:
    print("KeyError:", e)
