import uuid
ns = uuid.NAMESPACE_DNS
print(uuid.uuid5(ns, "example.com"), uuid.uuid3(ns, "example.com"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://x.io/a"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2"), uuid.uuid3(uuid.NAMESPACE_X500, "cn=a"))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.version, u.variant, str(u).upper())
print(u.urn, u.bytes[:4], u.fields[0], uuid.UUID(hex="12345678123456781234567812345678") == u)
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))))
print(uuid.uuid5(ns, "a") < uuid.uuid5(ns, "b"), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
v4 = uuid.uuid4()
print(v4.version, len(str(v4)), isinstance(v4, uuid.UUID), {u: 1}[uuid.UUID(str(u))])
