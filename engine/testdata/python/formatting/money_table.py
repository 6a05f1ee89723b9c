from decimal import Decimal, ROUND_HALF_UP
rows = [("Widget", 3, Decimal("4.995")), ("Gadget with long name", 12, Decimal("0.5")), ("Thing", 1, Decimal("1234.5"))]
print(f"{'Item':<22}{'Qty':>5}{'Price':>12}{'Total':>14}")
print("-" * 53)
grand = Decimal(0)
for name, qty, price in rows:
    total = (price * qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    grand += total
    print(f"{name[:20]:<22}{qty:>5}{price:>12,.2f}{total:>14,.2f}")
print("=" * 53)
print(f"{'TOTAL':<22}{'':>5}{'':>12}{grand:>14,.2f}")
print(f"{grand:$>20,.3f}", f"{-grand:+,.1f}", f"{grand / 3:.4}", f"{grand:e}", f"{grand * 100:.2%}")
