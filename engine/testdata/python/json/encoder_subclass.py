import json


class SetEncoder(json.JSONEncoder):
    def __init__(self, *args, **kwargs):
        print(sorted(kwargs.items(), key=lambda kv: kv[0]) if kwargs else "no kwargs")
        super().__init__(*args, **kwargs)

    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {"__set__": sorted(o)}
        return json.JSONEncoder.default(self, o)


print(json.dumps({"s": {3, 1}}, cls=SetEncoder))
print(json.dumps([frozenset("ab")], cls=SetEncoder, indent=2))
e = json.JSONEncoder(indent=1, sort_keys=True)
print(e.encode({"b": 1, "a": [1]}), e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys)
print(json.JSONEncoder(separators=(",", ":")).encode({"a": 1}), json.JSONEncoder().encode("x"))
print(json.JSONEncoder(default=str).encode({"o": object}) [:20])
try:
    json.dumps({"x": object()}, cls=SetEncoder)
except TypeError as ex:
    print("TypeError:", ex)
try:
    json.JSONEncoder(1)
except TypeError as ex:
    print("TypeError:", ex)
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"k": "v"}, cls=Upper), isinstance(Upper(), json.JSONEncoder))
from collections import OrderedDict
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict), json.loads('{"k": 1, "k": 2}', object_pairs_hook=lambda p: p))
