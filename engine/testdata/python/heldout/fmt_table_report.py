rows = [("Widget", 3, 4.5), ("Gadget extra long", 12, 19.999), ("Ünïcode", 1, 0.5)]
header = f"{'Item':<15}{'Qty':>5}{'Price':>10}{'Total':>10}"
print(header)
print("-" * len(header))
total = 0
for name, qty, price in rows:
    line_total = qty * price
    total += line_total
    print(f"{name[:15]:<15}{qty:>5}{price:>10.2f}{line_total:>10.2f}")
print("=" * len(header))
print(f"{'TOTAL':<15}{'':>5}{'':>10}{total:>10.2f}")
print(f"{'Avg':<15}{total / len(rows):>25.3f}")
print("|".join(f"{c:^7}" for c in ["a", "bb", "ccc"]))
print(str.format("{0}-{1}-{0}", "x", "y"), "{a}{b!r}".format(a=1, b="2"), "{0[1]} {1.real}".format([5, 6], 3))
print("{:>{w}}|".format("r", w=6), "{!r:>6}|".format("q"))
