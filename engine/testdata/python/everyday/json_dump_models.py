import json
from datetime import date, datetime


class Author:
    def __init__(self, id, name, born):
        self.id, self.name, self.born = id, name, born

    def to_dict(self):
        return {"id": self.id, "name": self.name, "born": self.born.isoformat(), "books": None}


authors = [Author(1, "Ursula", date(1929, 10, 21)), Author(2, "Iain", date(1954, 2, 16))]
payload = {"authors": [a.to_dict() for a in authors], "count": len(authors), "ok": True, "ratio": 0.1 + 0.2}
print(json.dumps(payload))
print(json.dumps(payload, indent=2, sort_keys=True))
print(json.dumps({"b": 1, "a": [1, 2, {"z": None}]}, separators=(",", ":")))
print(json.dumps("naïve ☃"), json.dumps("naïve ☃", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", None: "none", True: "bool"}))
try:
    json.dumps({"when": datetime(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"when": datetime(2024, 1, 1, 12)}, default=str))
data = json.loads('{"a": [1, 2.0, "3"], "b": {"c": null, "d": true}}')
print(data, type(data["a"][1]).__name__)
print(json.dumps([float("inf"), float("nan")]))
