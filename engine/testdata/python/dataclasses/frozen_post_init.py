from dataclasses import dataclass, field
@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    display: str = field(init=False, repr=False, compare=False)
    def __post_init__(self):
        object.__setattr__(self, "display", f"{self.amount} {self.currency}")
    def add(self, other):
        return Money(self.amount + other.amount, self.currency)
m = Money(5).add(Money(7))
print(m, m.display, m == Money(12), hash(m) == hash(Money(12)))
try:
    m.amount = 1
except Exception as e:
    print(type(e).__name__, e)
@dataclass(frozen=True)
class Bad:
    a: int
    def __post_init__(self):
        self.a = 2
Bad(1)
