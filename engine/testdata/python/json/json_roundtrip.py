import json
data = {"name": "Zoë", "age": 30, "scores": [1, 2.5, None, True], "nested": {"b": 1, "a": [{}, []]}, "empty": ""}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
print(json.dumps(1e100), json.dumps(float("inf")), json.dumps(0.1), json.dumps("tab\there\u2028"), json.dumps((1, 2)))
s = '{"x": [1, 2, {"y": null}], "z": 1.0, "w": 1e3, "u": "\\u00e9\\n", "big": 12345678901234567890}'
o = json.loads(s)
print(o, type(o["z"]).__name__, type(o["w"]).__name__, o["big"])
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"d": object}, default=lambda o: "obj") if False else "")
class P:
    def __init__(self):
        self.a = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
print(json.loads("[1, 2]", object_hook=None), json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d)))
print(json.dumps("ascii é ü 中"), json.loads('"\\ud83d\\ude00"'))
