rows = [("Widget", 3, 4.5), ("Gadget, large", 12, 19.999), ("Ünïcode", 100, 0.5)]
print(f"{'Item':<15}|{'Qty':>5}|{'Price':>10}|{'Total':>10}")
print("-" * 43)
total = 0
for name, qty, price in rows:
    line = qty * price
    total += line
    print(f"{name:<15.15}|{qty:>5d}|{price:>10.2f}|{line:>10,.2f}")
print(f"{'TOTAL':<15}|{'':>5}|{'':>10}|{total:>10,.2f}")
width = 12
print(f"{'centered':^{width}}|{3.14159:.{2}f}|{42:0{width}d}")
x = 7
print(f"{x = }, {x*2 = }, {x!r:>4}, {x:#x}, {x:#o}, {x:#b}, {x:08.3f}")
print(f"{1234567.891:_.2f} {0.000123:.2e} {12.5:%} {0.5:.0%} {-3:+d} {3: d}")
name = "model"
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{{literal}} {name.upper()} {[1, 2][-1]} {dict(a=1)['a']}")
print(f"{3.0} {1e16} {1e-5} {1.5e300*1e10} {-0.0} {2**0.5}")
print(f"{'abc':*^9} {'abc':-<6} {123:x>6}")
