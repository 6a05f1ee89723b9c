# source: invoice/line-item dataclasses with computed properties and a formatted summary, common in billing examples
from dataclasses import dataclass, field, asdict, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import List, Optional

@dataclass
class LineItem:
    sku: str
    description: str
    qty: int
    unit_price: Decimal
    discount: Decimal = Decimal("0")

    @property
    def total(self) -> Decimal:
        return (self.qty * self.unit_price * (1 - self.discount)).quantize(Decimal("0.01"))

@dataclass
class Invoice:
    number: str
    customer: str
    issued: date
    items: List[LineItem] = field(default_factory=list)
    terms_days: int = 30
    notes: Optional[str] = None

    @property
    def due(self):
        return self.issued + timedelta(days=self.terms_days)
    @property
    def subtotal(self):
        return sum((i.total for i in self.items), Decimal("0"))
    def tax(self, rate=Decimal("0.0825")):
        return (self.subtotal * rate).quantize(Decimal("0.01"))

inv = Invoice("INV-001", "ACME", date(2024, 1, 31))
inv.items.append(LineItem("A1", "Widget", 3, Decimal("19.99")))
inv.items.append(LineItem("B2", "Service hour", 2, Decimal("120.00"), Decimal("0.15")))
print(inv.items[1])
print(f"Invoice {inv.number} for {inv.customer}, due {inv.due:%d %b %Y} ({inv.due.strftime('%A')})")
for it in inv.items:
    print(f"  {it.sku:<4}{it.description:<15}{it.qty:>3} x {it.unit_price:>7} = {it.total:>8}")
print(f"  subtotal {inv.subtotal:>10}  tax {inv.tax():>7}  total {inv.subtotal + inv.tax():>9}")
d = asdict(inv)
print(d["items"][0], d["issued"], d["notes"])
inv2 = replace(inv, number="INV-002", terms_days=15)
print(inv2.due, inv2.items is inv.items, inv2 == inv, replace(inv2, number="INV-001", terms_days=30) == inv)
try:
    replace(inv, missing=1)
except TypeError as e:
    print("TypeError:", e)
