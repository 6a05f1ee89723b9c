import json

for bad in ['', '{', '[1,]', '{"a" 1}', "{'a': 1}", '[1] x', 'NaN', '"\\x"', '01']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({"a": [1, 2]}, indent="\t"), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"z": 1, "a": {"c": 1, "b": 2}}, sort_keys=True, indent=0))
print(json.dumps(1e100), json.dumps(1.0), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20), json.dumps(True))
print(json.dumps((1, 2)), json.dumps("\u2028\n\t\"\\/"), json.dumps("\x00\x1f"))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True), json.loads('{"a": 1, "a": 2}'), json.loads(' [1e2, -0, 1E-2] '))
print(json.loads('"\\ud83d\\ude00"'), json.loads("123"), json.loads("null"), json.loads('{"k": [true, false]}'))
print(json.loads('[1, 2]', parse_int=float), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
s = json.dumps({"nested": {"list": [{"x": None}]}}, indent=2)
print(s, json.loads(s) == {"nested": {"list": [{"x": None}]}})
