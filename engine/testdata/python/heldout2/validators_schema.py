# source: lightweight schema validators (field specs with type, required, min/max, choices; error dict keyed by field) in API handlers
SCHEMA = {
    "name": {"type": str, "required": True, "min": 2, "max": 20},
    "age": {"type": int, "required": False, "min": 0, "max": 130},
    "role": {"type": str, "choices": ("admin", "user", "guest"), "default": "user"},
    "tags": {"type": list, "default": list},
    "score": {"type": (int, float), "min": 0},
}

def validate(data, schema=SCHEMA):
    errors, clean = {}, {}
    for field, spec in schema.items():
        if field not in data:
            if spec.get("required"):
                errors[field] = "is required"
            elif "default" in spec:
                d = spec["default"]
                clean[field] = d() if callable(d) else d
            continue
        value = data[field]
        t = spec["type"]
        if not isinstance(value, t) or (isinstance(value, bool) and t is int):
            names = t.__name__ if isinstance(t, type) else " or ".join(x.__name__ for x in t)
            errors[field] = f"must be {names}, got {type(value).__name__}"
            continue
        size = len(value) if hasattr(value, "__len__") else value
        if "min" in spec and size < spec["min"]:
            errors[field] = f"must be >= {spec['min']}"
        elif "max" in spec and size > spec["max"]:
            errors[field] = f"must be <= {spec['max']}"
        elif "choices" in spec and value not in spec["choices"]:
            errors[field] = f"must be one of {', '.join(spec['choices'])}"
        else:
            clean[field] = value
    unknown = sorted(set(data) - set(schema))
    if unknown:
        errors["_unknown"] = unknown
    return clean, errors

cases = [
    {"name": "Ann", "age": 31},
    {"name": "A", "age": -1, "role": "root", "extra": 1, "zzz": 2},
    {"age": True, "score": 9.5, "tags": ["x"]},
    {"name": "x" * 25, "score": "high", "role": "guest"},
]
for c in cases:
    clean, errors = validate(c)
    print(clean, "|", errors)
a, _ = validate({"name": "ab"})
b, _ = validate({"name": "cd"})
print(a["tags"] is b["tags"], callable(list), callable("x"), callable(validate))
