from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        self.cents = round(amount * 100)
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money((self.cents + other.cents) / 100, self.currency)

    __radd__ = __add__

    def __mul__(self, k):
        return Money(self.cents * k / 100, self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents / 100:.2f}, {self.currency!r})"

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f") + " " + self.currency


items = [Money(1.10), Money(2.20), Money(0.7)]
print(sum(items), sum(items, Money(0)), 3 * Money(1.5), Money(2) * 2)
print(sorted(items), max(items), Money(1) <= Money(1), Money(1) != Money(1, "EUR"))
print(f"{Money(1234.5):,.1f}", f"{Money(3)}", bool(Money(0)), len({Money(1), Money(1.0)}))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1).extra = 5
except AttributeError as e:
    print("AttributeError:", e)
