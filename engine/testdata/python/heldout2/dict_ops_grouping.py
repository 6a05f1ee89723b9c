# source: dict manipulation helpers (invert, group_by, index_by, pick/omit keys, merge with |, setdefault counting) in utility modules
users = [
    {"id": 1, "name": "ann", "team": "red", "role": "dev"},
    {"id": 2, "name": "bob", "team": "blue", "role": "ops"},
    {"id": 3, "name": "cy", "team": "red", "role": "ops"},
    {"id": 4, "name": "di", "team": "green", "role": "dev"},
]

def group_by(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r["name"])
    return out

def index_by(rows, key):
    return {r[key]: r for r in rows}

def pick(d, *keys):
    return {k: d[k] for k in keys if k in d}

def omit(d, *keys):
    return {k: v for k, v in d.items() if k not in keys}

print(group_by(users, "team"), group_by(users, "role"))
idx = index_by(users, "name")
print(idx["cy"]["id"], pick(idx["ann"], "id", "nope", "team"), omit(idx["bob"], "id", "role"))
roles = {u["name"]: u["role"] for u in users}
inverted = {}
for k, v in roles.items():
    inverted.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in inverted.items()}, {v: k for k, v in roles.items()})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b, "w": 0})
a |= b
print(a, list(a.keys()), list(a.values()), list(a.items())[-1])
print(a.pop("x"), a.pop("nope", None), a.popitem(), a, a.setdefault("k", []), a)
d = dict(zip("abc", [1, 2, 3]))
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d, dict([("a", 1)], b=2), {}.get("x", "dflt"), dict.fromkeys(range(3), []))
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(users, key=lambda u: (u["team"], u["name"]))[0]["name"], max(users, key=lambda u: u["id"])["name"])
