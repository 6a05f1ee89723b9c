from dataclasses import dataclass, asdict, field
from datetime import datetime, date
from decimal import Decimal
import json

@dataclass
class Row:
    id: int
    name: str
    price: Decimal
    when: date
    tags: tuple = ()

def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

rows = [Row(1, "apple", Decimal("1.50"), date(2024, 3, 5), ("fruit",)),
        Row(2, "pear", Decimal("0.3") * 3, date(2024, 12, 31))]
print(json.dumps([asdict(r) for r in rows], default=default))
print(json.dumps([asdict(r) for r in rows], default=default, indent=1, sort_keys=True))
try:
    json.dumps(rows[0])
except TypeError as e:
    print(e)
try:
    json.dumps({"s": {1, 2}}, default=default)
except TypeError as e:
    print(e)
