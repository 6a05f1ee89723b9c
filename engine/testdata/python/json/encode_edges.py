import json
print(json.dumps("\x00\x1f\x7f\u2028😀 \\ / \t"), json.dumps("😀", ensure_ascii=False))
print(json.dumps({"a": [1, {"b": None}]}, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, []], {}], indent="\t"))
print(json.dumps({2: "b", 1: "a"}, sort_keys=True), json.dumps({True: 1, 2.5: 2, None: 3}))
print(json.dumps([float("nan"), float("-inf"), 1e16, 123456789.125, 0.1 + 0.2, True, 2 ** 70]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), P(P(2))], default=lambda o: {"P": o.x}))
try:
    json.dumps({"k": {1, 2}}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
