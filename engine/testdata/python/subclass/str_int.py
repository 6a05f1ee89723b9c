class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), n + "x", type(n + "x").__name__, n == "bob", len(n), n[0], f"[{n:>5}]")
print(isinstance(n, str), n.title(), "b" in n, {n: 1}["bob"], sorted([Name("b"), Name("a")]), str(n) == n)
class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"
c = Cents(250)
print(c, repr(c), c + 5, type(c + 5).__name__, c * 2, c // 100, -c, c == 250, c < 300, f"{c:05d}", abs(c))
print(isinstance(c, int), hash(c) == hash(250), [10, 20, 30][Cents(1)], bool(Cents(0)), str(c), float(c))
class Ratio(float):
    pass
r = Ratio(0.5)
print(r, r * 2, r + 1, isinstance(r, float), round(r), int(Ratio(2.7)))
class Meters(int):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
m = Meters(3, "km")
print(m, m.unit, m + 1, Meters("12"))
