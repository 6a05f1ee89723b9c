rows = [("Alice", 34, 1234.5), ("Bob", 7, 99.999), ("Christina", 101, -3.14159), ("Dé", 0, 1e6)]
header = ("Name", "Age", "Balance")
print(f"{header[0]:<12}|{header[1]:^5}|{header[2]:>12}")
print("-" * 12 + "+" + "-" * 5 + "+" + "-" * 12)
for name, age, bal in rows:
    print(f"{name:<12}|{age:^5d}|{bal:>12,.2f}")
print("=" * 31)
total = sum(r[2] for r in rows)
print(f"{'Total':<12}|{len(rows):^5}|{total:>12.3e}")
print("{:>8.3%}|{:<+8.1f}|{:^#10x}|{:08.2f}|{:=+8d}".format(0.12345, 2.25, 255, -3.5, 42))
print("%-10s|%6.2f|%+05d|%x|%5.1e" % ("left", 3.14159, 42, 3054, 12345.678))
for w in (5, 8):
    print(f"[{'x':{w}}] [{3.14159:{w}.{w-4}f}] [{'y':>{w}}]")
print(f"{'abc':.2}|{1234567:_}|{0.000012345:.3g}|{1e21:f}|{123.456:g}|{1e-7:g}")
print(f"{True:d} {True:>5} {None!s:>6} {[1,2]!r:>10}")
