import json
from datetime import datetime, date
from decimal import Decimal
from enum import Enum


class Color(Enum):
    RED = 1


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Enum):
            return o.name
        return super().default(o)


data = {"when": datetime(2024, 5, 6, 7, 8, 9), "price": Decimal("9.90"), "tags": {"b", "a"}, "c": Color.RED, "d": date(2020, 1, 1)}
print(json.dumps(data, cls=Encoder))
print(json.dumps(data, cls=Encoder, indent=1, sort_keys=True))
print(Encoder().encode([1, {"x": Decimal("1")}]))
try:
    json.dumps({"o": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", str(e)[:40])
print(json.loads('{"a": 1.5}', parse_float=Decimal), json.loads("[1, 2]", object_hook=None))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.lineno, e.colno, isinstance(e, ValueError))
