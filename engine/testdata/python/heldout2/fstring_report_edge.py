# source: f-string heavy report code (nested format specs, !r/!s/!a, = debugging, dict access inside braces, multi-line f-strings)
from datetime import date
name, qty, price, d = "Widget ☂", 7, 1234.5, date(2024, 3, 9)
width, prec = 12, 2
row = {"sku": "W-1", "tags": ["a", "b"]}
print(f"{name:>{width}}|{qty:^5}|{price:>{width},.{prec}f}|{d:%Y-%m-%d}|")
print(f"{name!r} {name!a} {name!s:.3} {qty=} {price = :.1f} {row['sku']=}")
print(f"{'nested ' + str(qty)} {qty * price:,.0f} {row['tags'][-1]} {len(row)}{{braces}}")
print(f"""multi
{qty:03d}-{price:08.1f}
end""")
print(f"{3.14159:{'>' if qty else '<'}{width}.3f}|{42:+}|{-42: }|{42: }|{1e6:.2e}|{0.000123:.2g}|{12:#o}")
print(f"{True!s:>6}|{None!r:<6}|{[1, 2]}|{(1,)}|{ {'k': 1} }|{'x':*^9}|{-0.0}|{5:b}|{255:08X}")
print(f"{d.year}-{d.month:02}-{d.day:02}", f"{d!s}", f"{d!r}", f"{d:%b %-d}" if False else f"{d:%b %d}")
items = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
for n, q, p in items:
    print(f"  {n:<10}{q:>4} @ {p:.2f} = {q * p:>6.2f}")
print(f"{'total':<10}{sum(q for _, q, _ in items):>4}{'':>9}{sum(q * p for _, q, p in items):>6.2f}")
x = 5
print(f"{x if x > 3 else -x}", f"{(lambda y: y * 2)(x)}", f"{x:{x}}|", f"{'a' 'b'}", f"{x!r:>4}")
