from dataclasses import dataclass, field, fields
@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    note: str = field(default="", repr=False)
    def __post_init__(self):
        self.total = sum(self.lines)
o = Order(1, [2.5, 3.5], note="hi")
print(o, o.total, o.note, [f.name for f in fields(o)], [(f.init, f.repr) for f in fields(Order)])
try:
    Order(1, [], 5.0)
except TypeError as e:
    print("TypeError", e)
