from pprint import pprint, pformat

config = {
    "database": {"url": "sqlite:///app.db", "echo": False, "pool": {"size": 5, "timeout": 30.0}},
    "features": ["auth", "billing", "search", "notifications", "export", "import", "audit-log"],
    "users": [{"id": i, "name": f"user{i}", "roles": ("admin",) if i == 0 else ()} for i in range(4)],
    "empty": {}, "none": None, "set": {3, 1, 2},
}
pprint(config)
pprint(config, width=40, depth=2)
print(pformat(list(range(30)), width=30))
pprint({"b": 2, "a": 1}, sort_dicts=False)
pprint([[1, 2, 3]] * 3, indent=2)
print(pformat("x" * 100, width=40))
pprint((1,))
pprint(frozenset({"a"}))
