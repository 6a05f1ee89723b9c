import json
from decimal import Decimal
from datetime import date
from uuid import UUID

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        if isinstance(o, date):
            return o.strftime("%d.%m.%Y")
        if isinstance(o, UUID):
            return o.hex
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

obj = {"price": Decimal("9.99"), "d": date(2024, 2, 29), "id": UUID("12345678-1234-5678-1234-567812345678"), "s": {3, 1}}
print(json.dumps(obj, cls=Enc))
print(json.dumps(obj, cls=Enc, indent=2, sort_keys=True))
try:
    json.dumps({"o": object()}, cls=Enc)
except TypeError as e:
    print("TypeError:", e)
print(Enc(indent=1).encode([1, {"a": 2}]))
