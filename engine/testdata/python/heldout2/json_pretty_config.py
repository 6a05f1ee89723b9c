# source: pretty-printing and diffing JSON settings (json.dumps indent/sort_keys, key diffs between two configs) in deployment scripts
import json

old = json.loads('{"name": "svc", "replicas": 2, "env": {"LOG": "info", "TZ": "UTC"}, "ports": [80, 443], "beta": false}')
new = json.loads('{"name": "svc", "replicas": 3, "env": {"LOG": "debug", "TZ": "UTC", "X": null}, "ports": [80], "owner": "ops"}')

def diff(a, b, path=""):
    out = []
    for k in sorted(set(a) | set(b)):
        p = f"{path}.{k}" if path else k
        if k not in b:
            out.append(f"- {p}: {json.dumps(a[k])}")
        elif k not in a:
            out.append(f"+ {p}: {json.dumps(b[k])}")
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            out.extend(diff(a[k], b[k], p))
        elif a[k] != b[k]:
            out.append(f"~ {p}: {json.dumps(a[k])} -> {json.dumps(b[k])}")
    return out

print("\n".join(diff(old, new)))
print(json.dumps(new, indent=2, sort_keys=True))
print(json.dumps(new, separators=(",", ":")))
print(json.dumps({"a": [1, [2, {}]], "b": []}, indent=3))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps({"t": (1, 2)}), json.dumps("tab\there\u00e9\n"))
print(json.dumps(1.0), json.dumps(True), json.dumps(None), json.dumps(3.14159265358979), json.dumps({"k": 1}, indent="\t"))
try:
    json.loads("{'single': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
try:
    json.loads('[1, 2,]')
except ValueError as e:
    print(type(e).__name__, e)
