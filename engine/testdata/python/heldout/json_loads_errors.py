import json
print(json.loads('{"a": [1, 2.5, null, true], "b": {"c": "\\u00e9"}}'))
print(json.loads("1e3"), json.loads("-0"), json.loads('"x"'), json.loads(" [ ] "), json.loads("NaN"))
print(type(json.loads("12345678901234567890")), json.loads("12345678901234567890"))
print(json.loads('{"a": 1, "a": 2}'))
for bad in ['{"a": 1,}', "{'a': 1}", "[1, 2", "", "tru", '{"a" 1}', '"abc', "[1] x", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.lineno, e.colno, e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.loads('[1.10, 2.0]', parse_float=str), json.loads("7", parse_int=float))
