import uuid

NS = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
u = uuid.uuid5(NS, "user:42")
print(u, repr(u), u.hex, u.version, u.variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid5(uuid.NAMESPACE_URL, "https://x.io/a"))
v = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(v, v.int, v.urn, v.bytes[:4], str(v).upper())
print(uuid.UUID(int=1), uuid.UUID(hex="0" * 31 + "f") == uuid.UUID(int=15), uuid.UUID(int=1) < uuid.UUID(int=2))
r = uuid.uuid4()
print(len(str(r)), r.version, isinstance(r, uuid.UUID), str(r).count("-"), str(r)[14])
ids = {uuid.uuid5(NS, n): n for n in ["a", "b", "a"]}
print(len(ids), sorted(ids.values()))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
print(f"{v}", f"{v!r}", hash(v) == hash(uuid.UUID(str(v))), v.fields[0])
