import json
print(json.dumps({"a": 1.0, "b": 10 ** 20, "c": -0.0, "d": 1e-7}))
print(json.dumps("日本"), json.dumps("日本", ensure_ascii=False))
print(json.dumps([None, True, False]), json.dumps({}), json.dumps([[]]))
print(json.dumps({"k": "v"}, indent=0))
