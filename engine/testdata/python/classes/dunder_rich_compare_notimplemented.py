class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        if not isinstance(other, Money):
            return NotImplemented
        return self.v < other.v
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return self + other
    def __repr__(self):
        return f"Money({self.v})"
print(Money(1) == Money(1), Money(1) == 1, Money(1) != 1, Money(1) < 2, 2 > Money(1), Money(3) > Money(2), sorted([Money(3), Money(1)]))
print(Money(1) + 2, 3 + Money(1), sum([Money(1), Money(2)]))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError", e)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError", e)
try:
    "x" < Money(1)
except TypeError as e:
    print("TypeError", e)
