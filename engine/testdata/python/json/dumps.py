import json
data = {"b": [1, 2.5, None, True], "a": "é", "n": {"x": []}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps([1, "x"], separators=(",", ":")), json.dumps("a\"b\n"), json.dumps(1e100), json.dumps(float("inf")))
