orders = [
    {"id": 1, "customer": "ann", "items": [("pen", 2), ("ink", 1)], "paid": True},
    {"id": 2, "customer": "bob", "items": [("pad", 5)], "paid": False},
    {"id": 3, "customer": "ann", "items": [], "paid": True},
    {"id": 4, "customer": "cid", "items": [("pen", 1), ("pad", 1), ("ink", 3)], "paid": True},
]
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o["id"])
print(by_customer)
print({c: len(ids) for c, ids in by_customer.items()})
print([item for o in orders for item, _ in o["items"]])
print({item for o in orders for item, _ in o["items"]} == {"pen", "ink", "pad"})
print(sum(q for o in orders if o["paid"] for _, q in o["items"]))
print([(o["id"], len(o["items"])) for o in orders if o["items"]])
matrix = [[o["id"] * j for j in range(3)] for o in orders]
print(matrix, list(zip(*matrix)))
print({k: v for k, v in sorted(by_customer.items(), key=lambda kv: -len(kv[1]))})
print(any(not o["paid"] for o in orders), all(o["items"] for o in orders))
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat, max(flat), sorted(set(flat)))
print(dict(zip("abc", range(3))), list(enumerate("xy", start=10)))
g = (o["id"] for o in orders)
print(next(g), list(g), list(g))
