class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price
    @property
    def total(self):
        return self.qty * self.price
    def __repr__(self):
        return f"Item({self.name!r}, qty={self.qty}, price={self.price})"
items = [Item("bolt", 100, 0.05), Item("nut", 250, 0.02), Item("gear", 3, 12.5)]
for it in sorted(items, key=lambda i: i.total, reverse=True):
    print(f"{it.name:<6} {it.qty:>5} x {it.price:>6.2f} = {it.total:>8.2f}")
print("grand total:", round(sum(i.total for i in items), 2))
print(items[0])
