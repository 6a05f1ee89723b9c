import json
data = {"name": "café", "ids": [3, 1, 2], "nested": {"b": None, "a": True, "c": 1.0}, "t": (1, 2), 5: "int key", "e": []}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data["nested"], indent="\t", sort_keys=True))
print(json.dumps([1.5, 1e20, 1e-7, float("inf"), -0.0, 10**20, 3.0]))
print(json.dumps("line\nbreak \"q\" \\ \u2603 \x01"))
print(json.dumps({"a": {}}, indent=4), json.dumps([], indent=2), json.dumps([[]], indent=2))
print(json.dumps({True: 1, None: 2, 1.5: 3}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"a": 1, "b": 2}, indent=0))
print(json.dumps(float("nan")), json.dumps("x", indent=3))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
