import json
obj = {"users": [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}], "ok": True}
s = json.dumps(obj, indent=4)
print(s)
print(json.loads(s) == obj)
