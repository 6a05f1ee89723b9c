import json
records = [{"id": i, "name": n, "tags": t, "score": s} for i, (n, t, s) in enumerate([("a", ["x"], 1.5), ("b", [], None), ("c", ["y", "z"], 10)])]
text = json.dumps(records, indent=4)
print(text)
back = json.loads(text)
print(back == records, back[0]["tags"])
print(json.dumps({"b": [1, {"z": 1, "a": 2}], "a": None}, sort_keys=True, indent=2, separators=(",", ": ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2), json.dumps({"a": {}}, indent=1))
print(json.dumps(3.0), json.dumps(-0.0), json.dumps(1e16), json.dumps(123456789.123), json.dumps(2 ** 70), json.dumps(True), json.dumps(None), json.dumps("\x00\x1f\"\\/"))
print(json.dumps({"s": {3, 1}}, default=sorted))
try:
    json.dumps({"o": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.loads("  [1, 2.5e-3, -0, true, false, null, \"\\t\"]  "), json.loads('"x"'), json.loads("3"), json.loads('{"a": 1, "a": 2}'))
try:
    json.loads("[1, 2,]")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads("")
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({"k": float("nan")}), json.loads("NaN"), json.loads('{"x": Infinity}'))
print(json.dumps(["é", "中"], ensure_ascii=False), json.dumps({"a": 1, "b": 2}, indent=None, separators=(",", ":")))
