import json
for doc in ['', '  ', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"', '01', '{"a": 1} x', '[1]\n\n  ]', 'nul', '-', '"tab\there"', '\n\n  {"x": tru}']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('[NaN, Infinity, -Infinity, -0, -0.0, 1E2, 1e-2, 12345678901234567890123]'))
print(json.loads('"\\ud83d\\ude00 \\/ \\b"'), json.loads(b'{"k": [true]}'), json.loads(' {"a" : 1 , "a": 2} '))
print(json.loads('{"p": 1.5}', parse_float=str), json.loads('[1, {"z": 2}]', object_hook=lambda d: sorted(d)))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
