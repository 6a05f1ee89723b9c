# source: a CustomEncoder(json.JSONEncoder) encoding datetimes as UTC "Z" strings, with dumps/pretty_dumps wrappers, found by code search
import datetime
import json
from decimal import Decimal
from enum import Enum


class Color(Enum):
    RED = "red"


class CustomEncoder(json.JSONEncoder):

    def default(self, obj):
        if isinstance(obj, datetime.datetime):
            return obj.replace(tzinfo=datetime.timezone.utc).isoformat().replace("+00:00", "Z")
        if isinstance(obj, Decimal):
            return str(obj)
        if isinstance(obj, Enum):
            return obj.value
        return json.JSONEncoder.default(self, obj)


def dumps(obj: object) -> str:
    return json.dumps(obj, cls=CustomEncoder)


def pretty_dumps(obj: object) -> str:
    return json.dumps(obj, cls=CustomEncoder, indent=2, sort_keys=True)


payload = {
    "created": datetime.datetime(2023, 5, 17, 8, 5, 3),
    "price": Decimal("19.90"),
    "color": Color.RED,
    "tags": ("a", "b"),
}
print(dumps(payload))
print(pretty_dumps(payload))
try:
    dumps({"d": datetime.date(2023, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
enc = CustomEncoder(sort_keys=True)
print(enc.encode({"b": 1, "a": Decimal("1.5")}))
print(list(enc.iterencode([1, 2]))[:3])
