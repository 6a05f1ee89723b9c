from pprint import pprint, pformat
data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "active": True, "score": 98.5},
                  {"name": "bob", "roles": [], "active": False, "score": None}],
        "meta": {"count": 2, "tags": ("x", "y"), "ids": set([3, 1, 2])}, "a_long_key_name_here": "value " * 8}
pprint(data)
pprint(data, width=40)
pprint(data, depth=2)
pprint(list(range(40)))
pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pformat([1, [2, [3, [4, [5]]]]], width=10))
pprint("x" * 100)
pprint([("a" * 30, "b" * 30), {"k": "v" * 50}])
pprint({i: chr(97 + i) * i for i in range(12)})
pprint([[1, 2, 3]] * 10, compact=True)
