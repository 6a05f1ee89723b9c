import json
from datetime import date
def enc(o):
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"no {type(o).__name__}")
print(json.dumps({"d": date(2024, 1, 2)}, default=enc))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1: "int key", None: "n"}), json.dumps((1, 2)))
