# source: a receipt/invoice printing exercise (f-string columns with widths, alignment, thousands separators, totals and a discount)
items = [
    ("Widget", 3, 4.5),
    ("Gadget with a very long name", 1, 1299.99),
    ("Thingamajig", 12, 0.35),
    ("Doohickey", 2, 10.0),
]
width = 44
print("INVOICE".center(width, "="))
print(f"{'Item':<20}{'Qty':>5}{'Price':>9}{'Total':>10}")
print("-" * width)
subtotal = 0
for name, qty, price in items:
    total = qty * price
    subtotal += total
    label = name if len(name) <= 20 else name[:17] + "..."
    print(f"{label:<20}{qty:>5}{price:>9.2f}{total:>10,.2f}")
print("-" * width)
discount = subtotal * 0.1 if subtotal > 1000 else 0
tax = (subtotal - discount) * 0.0725
print(f"{'Subtotal:':>34}{subtotal:>10,.2f}")
print(f"{'Discount (10%):':>34}{-discount:>10,.2f}")
print(f"{'Tax:':>34}{tax:>10,.2f}")
print(f"{'TOTAL:':>34}{subtotal - discount + tax:>10,.2f}")
print("=" * width)
print(f"{subtotal=:.3f} {len(items)=} {discount!r}")
print(f"{'%':^5}|{12.5:^+10.1f}|{-0.0:.2f}|{1e6:,.0f}|{0.000012:.2e}")
