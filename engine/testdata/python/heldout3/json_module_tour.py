# source: parasagrawal71/practice-python json_module.py (dumps, indent, sort_keys, loads, default= serializer for datetime)
import json

data = {
    "name": "Alice",
    "age": 30,
    "is_admin": True,
    "skills": ["Python", "Django", "AWS"]
}

json_data = json.dumps(data)
print(json_data)
print(json.dumps(data, indent=4))
print(json.dumps(data, sort_keys=True))

json_str = '{"name": "Bob", "age": 25, "is_admin": false}'
python_obj = json.loads(json_str)
print(python_obj)

from datetime import datetime

def serializer(obj):
    if isinstance(obj, datetime):
        return obj.isoformat()
    raise TypeError("Type not serializable")

print(json.dumps({"time": datetime(2024, 3, 1, 9, 30, 15, 250)}, default=serializer))
try:
    json.dumps({"s": {1, 2}}, default=serializer)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False), json.dumps(float("inf")))
print(json.loads('[1, 2.0, "3", null, true, {"a": []}]'))
