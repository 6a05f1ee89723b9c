# source: namedtuple records parsed from rows (defaults, _replace, _asdict, _make) in data-munging scripts
from collections import namedtuple
from typing import NamedTuple

Row = namedtuple("Row", "date symbol qty price", defaults=(0.0,))
trades = [Row._make(line.split()) for line in ["2024-01-02 ACME 10 12.5", "2024-01-03 INIT 5 7", "2024-01-05 ACME -4 13.25"]]
trades = [t._replace(qty=int(t.qty), price=float(t.price)) for t in trades]
print(trades[0], trades[0]._asdict())
pos = {}
for t in trades:
    pos[t.symbol] = pos.get(t.symbol, 0) + t.qty
print(pos, Row("d", "S", 1), Row._field_defaults, Row._fields)
print(sum(t.qty * t.price for t in trades), max(trades, key=lambda t: t.price).symbol)
try:
    Row("d")
except TypeError as e:
    print("TypeError:", e)
try:
    trades[0].qty = 5
except AttributeError as e:
    print("AttributeError:", e)

class Quote(NamedTuple):
    symbol: str
    bid: float
    ask: float = 0.0
    @property
    def spread(self):
        return round(self.ask - self.bid, 4)
    def __str__(self):
        return f"{self.symbol} {self.bid}/{self.ask}"

q = Quote("ACME", 12.4, 12.55)
print(q, repr(q), q.spread, q._replace(ask=13).spread, Quote("X", 1), q[0], len(q), q == ("ACME", 12.4, 12.55))
s, *rest = q
print(s, rest, Quote._fields, Quote.__annotations__, isinstance(q, tuple), hash(q) == hash(tuple(q)))
Point3 = namedtuple("Point3", ["x", "y", "z"], rename=False)
print(Point3(1, 2, 3)._replace(z=0), Point3(*range(3)), namedtuple("T", "a def class", rename=True)._fields)
