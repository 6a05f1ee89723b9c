from dataclasses import dataclass, field
from typing import List
@dataclass
class Line:
    sku: str
    qty: int
    unit: float
    @property
    def cost(self) -> float:
        return self.qty * self.unit
@dataclass
class Cart:
    lines: List[Line] = field(default_factory=list)
    def add(self, *args):
        self.lines.append(Line(*args))
        return self
    def total(self):
        return sum(l.cost for l in self.lines)
c = Cart().add("a", 2, 1.5).add("b", 1, 10.0)
print(c)
print(c.total())
