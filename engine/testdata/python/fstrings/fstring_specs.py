x, y, name = 42, 3.14159, "Ada"
print(f"{x=}", f"{y = :.2f}", f"{name!r:^10}", f"{x:#b} {x:#o} {x:#X}", f"{x:>+6}", f"{x:<06}", f"{-x:06}")
print(f"{y:10.4}|{y:<10.2e}|{y:^+12.3f}|{1234.5:,.1f}|{0.5:%}|{-0.0:.1f}|{1e-10:.2g}|{123456789:.3e}")
print(f"{'nested ' + name.upper():>{x // 3}}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{x if x > 40 else 0}")
d = {"k": "v"}
print(f"{d['k']}", f"{'{'}{'}'}", f"{{x}}", f"{x!s:>4}", f"{name!a}", f"{'é'!a}", f"{3.0!r}")
width, prec = 12, 3
print(f"{y:{width}.{prec}f}|", f"{y:*^{width}}", f"{'a':{'<'}{width}}|")
import datetime
dt = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(f"{dt:%Y/%m/%d}", f"{dt!r}", f"{dt}", f"{dt.year:04d}{dt.month:02d}")
print(f"{1_000_000:_}", f"{1000000:_x}", f"{255:08b}", f"{3:c}" if False else "", f"{65:c}", f"{'abc':.1}", f"{12.0:g}", f"{12.5:.0f}", f"{13.5:.0f}")
print(f"{x:=^10}", f"{-3:=8}", f"{3.14159:=+10.2f}", f"{1e6:,.0f}", f"{1e16:.0f}", f"{0.1:.20f}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, p, q in items:
    print(f"{n:<8}{p:>6.2f}{q:>4}{p * q:>8.2f}")
print(f"""{
x
}""", f"{x:}", f"{'':>3}|", f"{None}", f"{True!r:>6}", f"{x,}", f"{x, y}")
