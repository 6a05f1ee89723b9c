# source: flatten_dict/unflatten_dict in shojabon/Man10ShopV3 utils/JsonTools.py and art-e-fact/RoboProp roboprop_client/utils.py
def flatten_dict(d, parent_key="", sep="."):
    items = []
    for k, v in d.items():
        new_key = parent_key + sep + k if parent_key else k
        if isinstance(v, dict):
            items.extend(flatten_dict(v, new_key, sep=sep).items())
        else:
            items.append((new_key, v))
    return dict(items)

def unflatten_dict(d, separator="."):
    output = {}
    for key, value in d.items():
        parts = key.split(separator)
        node = output
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return output

def deep_get(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.lstrip("-").isdigit():
            try:
                cur = cur[int(part)]
            except IndexError:
                return default
        else:
            return default
    return cur

nested = {"model": {"lr": 0.001, "layers": [64, 32], "opt": {"name": "adam", "beta": (0.9, 0.999)}}, "epochs": 10, "": {"x": 1}}
flat = flatten_dict(nested)
print(flat)
print(flatten_dict(nested, sep="/"))
print(unflatten_dict(flat) == nested, unflatten_dict(flat))
for p in ("model.opt.name", "model.layers.1", "model.layers.-1", "model.layers.5", "epochs.x", ".x"):
    print(p, "->", deep_get(nested, p, "?"))
