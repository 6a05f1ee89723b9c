class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __mul__(self, k):
        return Money(round(self.cents * k))
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
a, b = Money(150), Money(275)
print(a + b, a * 3, b * 0.5, a == Money(150), sorted([b, a])[0], min(a, b))
