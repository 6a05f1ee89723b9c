# source: value objects used in sets/dict keys (Email, Money with currency; __eq__ with NotImplemented, __hash__ on normalised fields)
class Email:
    def __init__(self, address):
        self.address = address.strip()
    @property
    def normalized(self):
        local, _, domain = self.address.partition("@")
        return f"{local}@{domain.lower()}"
    def __eq__(self, other):
        if isinstance(other, Email):
            return self.normalized == other.normalized
        if isinstance(other, str):
            return self.normalized == Email(other).normalized
        return NotImplemented
    def __hash__(self):
        return hash(self.normalized)
    def __repr__(self):
        return f"Email({self.address!r})"

class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount, self.currency = amount, currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)
    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"

emails = {Email("Ann@Example.com"), Email(" Ann@EXAMPLE.com "), Email("ann@example.com"), Email("bob@x.org")}
print(len(emails), sorted(e.normalized for e in emails))
print(Email("a@B.com") == "a@b.COM", "a@b.com" == Email("a@B.com"), Email("a@b.com") == 5, Email("A@b.com") == Email("a@b.com"))
print({Email("x@Y.z"): 1}.get(Email("x@y.z")), Email("x@y.z") in [Email("x@Y.Z")], Email("q@w.e") != Email("q@W.E"))
wallet = [Money(5), Money(7), Money(0.5)]
print(sum(wallet), Money(1) == Money(1, "EUR"), Money(1) == 1, Money(1) != Money(1, "USD"))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + "1"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)
