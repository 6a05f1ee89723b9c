from dataclasses import dataclass
@dataclass(order=True)
class P:
    x: int
    y: int = 0
@dataclass(order=True)
class Q:
    x: int
    y: int = 0
print(P(1, 2) < P(1, 3), P(2) > P(1, 9), P(1) == Q(1), P(1) != Q(1), sorted([P(3), P(1, 5), P(1, 2)]))
print(max([P(1), P(2)]), P(1, 2) <= P(1, 2), P(1) == (1, 0))
try:
    P(1) < Q(2)
except TypeError as e:
    print("TypeError", e)
try:
    P(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)
