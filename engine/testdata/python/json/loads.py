import json
v = json.loads('{"a": [1, 2.0, "s", null, true, false], "b": {"c": 1e3}}')
print(v, type(v["a"][1]).__name__, v["b"]["c"])
print(json.loads("3"), json.loads('"\\u00e9"'), json.loads("[]"))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
json.loads("[1,]")
