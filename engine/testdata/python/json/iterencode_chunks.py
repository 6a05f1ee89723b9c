# JSONEncoder.iterencode yields the chunks of json's pure-Python _make_iterencode, lazily (a TypeError
# comes after the chunks before it).
import json
from decimal import Decimal
enc = json.JSONEncoder()
print(list(enc.iterencode([1, "a", None, [], {}, [2, [3]], {"k": [1, {"z": 2.5}]}, True])))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, 2], "b": {}, "c": {"d": None}})))
print(list(json.JSONEncoder(sort_keys=True, separators=(",", ":")).iterencode({"b": 1, "a": (1, 2)})))
print(list(enc.iterencode("x")), list(enc.iterencode(3)), list(enc.iterencode({})))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(list(E().iterencode([Decimal("1.5"), {1, 2}, {"s": {3}}])))
out = []
try:
    for chunk in E().iterencode([1, {"a": object()}]):
        out.append(chunk)
except TypeError as e:
    print(out, e)
print("".join(E(indent="\t").iterencode({"x": [1, {"y": Decimal(2)}]})) == E(indent="\t").encode({"x": [1, {"y": Decimal(2)}]}))
print(list(json.JSONEncoder(indent=0).iterencode([[1], {"a": 1}])))
print(list(json.JSONEncoder(skipkeys=True).iterencode({1: 2, (1,): 3, "c": 4})))
