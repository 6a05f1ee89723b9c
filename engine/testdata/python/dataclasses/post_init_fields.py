from dataclasses import dataclass, field, fields, asdict, astuple, replace
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, [f.name for f in fields(r)])
print(asdict(r), astuple(r))
print(replace(r, w=10))
