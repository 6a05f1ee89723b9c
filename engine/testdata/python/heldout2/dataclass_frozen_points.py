# source: frozen/ordered dataclass points used as dict keys in AoC solutions (from __future__ import annotations; P.add/P.diff) found by search
from __future__ import annotations
from dataclasses import dataclass, field, FrozenInstanceError, fields, astuple

@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int
    def __add__(self, o: P) -> P:
        return P(self.x + o.x, self.y + o.y)
    def __sub__(self, o: P) -> P:
        return P(self.x - o.x, self.y - o.y)
    def manhattan(self, o: P = None) -> int:
        o = o or P(0, 0)
        return abs(self.x - o.x) + abs(self.y - o.y)

DIRS = {"U": P(0, -1), "D": P(0, 1), "L": P(-1, 0), "R": P(1, 0)}
pos = P(0, 0)
seen = {pos: 0}
for step, move in enumerate("RRDDLURRRUU", 1):
    pos = pos + DIRS[move]
    seen.setdefault(pos, step)
print(pos, pos.manhattan(), len(seen), sorted(seen)[:3], max(seen), seen[P(2, 1)])
try:
    pos.x = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(hash(P(1, 2)) == hash(P(1, 2)), P(1, 2) < P(1, 3), P(2, 0) > P(1, 9), P(1, 2) == (1, 2))
print([f.name for f in fields(P)], astuple(P(3, 4)), P.__annotations__, P(1, 1) - P(3, 0))

@dataclass
class Path:
    points: list = field(default_factory=list)
    closed: bool = False
    def length(self):
        pts = self.points + (self.points[:1] if self.closed else [])
        return sum(a.manhattan(b) for a, b in zip(pts, pts[1:]))
print(Path([P(0, 0), P(3, 0), P(3, 4)]).length(), Path([P(0, 0), P(3, 0), P(3, 4)], True).length(), Path())
try:
    hash(Path())
except TypeError as e:
    print("TypeError:", e)
