class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>10.1f}", f"{m!s}", f"{m!r}", str(m), format(m), "{:short}".format(m))
print([m], (m,), {"m": m})
class NoFmt:
    pass
try:
    format(NoFmt(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFmt(), "")[:8])
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
