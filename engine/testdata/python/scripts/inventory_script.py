#!/usr/bin/env python3
"""Inventory report."""
import sys

INVENTORY = {
    "apples": {"price": 0.5, "qty": 120},
    "bananas": {"price": 0.25, "qty": 0},
    "cherries": {"price": 3.0, "qty": 15},
}

def restock(inv, item, qty):
    if item not in inv:
        raise KeyError(item)
    inv[item]["qty"] += qty

def report(inv):
    print(f"{'item':<10}{'price':>8}{'qty':>6}{'value':>10}")
    total = 0
    for name, info in sorted(inv.items()):
        value = info["price"] * info["qty"]
        total += value
        flag = " (out)" if info["qty"] == 0 else ""
        print(f"{name:<10}{info['price']:>8.2f}{info['qty']:>6d}{value:>10.2f}{flag}")
    print(f"{'total':<24}{total:>10.2f}")

def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    restock(INVENTORY, "bananas", 30)
    try:
        restock(INVENTORY, "durian", 1)
    except KeyError as e:
        print(f"unknown item: {e}", file=sys.stderr)
        print("unknown item:", e)
    report(INVENTORY)
    low = [k for k, v in INVENTORY.items() if v["qty"] < 20]
    print("low stock:", ", ".join(low) or "none")
    return 0

if __name__ == "__main__":
    sys.exit(main())
