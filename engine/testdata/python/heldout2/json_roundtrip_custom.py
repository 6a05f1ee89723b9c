# source: to_json/from_json helpers with datetime and set handling via default= and object_hook, in small API clients
import json
from datetime import datetime, date

def default(o):
    if isinstance(o, datetime):
        return {"__dt__": o.isoformat()}
    if isinstance(o, date):
        return {"__date__": o.isoformat()}
    if isinstance(o, set):
        return {"__set__": sorted(o)}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

def hook(d):
    if "__dt__" in d:
        return datetime.fromisoformat(d["__dt__"])
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__set__" in d:
        return set(d["__set__"])
    return d

record = {"id": 7, "tags": {"b", "a"}, "when": datetime(2024, 2, 29, 13, 5, 9, 120), "day": date(2024, 1, 1),
          "ratio": 0.1 + 0.2, "nested": [1, {"k": None, "t": True}], "uni": "café ☕", 3: "int key"}
text = json.dumps(record, default=default, sort_keys=False)
print(text)
back = json.loads(text, object_hook=hook)
print(back)
print(back["when"] == record["when"], back["3"], back.get(3))
print(json.dumps(record, default=default, ensure_ascii=False, indent=1)[:80])
try:
    json.dumps({"x": object()}, default=default)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([float("inf"), -0.0, 1e16, 1.5e-7, 10**20]), json.loads("[1e400, -1e400, 1.0, 1E2]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\ud83d\\ude00"'), json.dumps("\U0001F600"))
