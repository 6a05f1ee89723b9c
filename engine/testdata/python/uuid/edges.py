import uuid
u = uuid.UUID("urn:uuid:12345678-1234-5678-9234-567812345678")
v = uuid.UUID(bytes_le=u.bytes_le)
print(u == v, u is v, u != v, u == str(u), u.bytes_le, u.variant, u.version, u.clock_seq, u.time)
d = {u: 1}
print(d[uuid.UUID(int=u.int)], hash(u) == hash(u.int), sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
print(uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0xc000 << 48).variant)
print(uuid.UUID("12345678123456781234567812345678", version=1), uuid.uuid3(uuid.NAMESPACE_OID, "é"), uuid.uuid5(uuid.NAMESPACE_X500, ""))
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID("1" * 31), lambda: uuid.UUID("g" * 32), lambda: uuid.UUID(bytes=b"short"),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1 << 128), lambda: uuid.UUID(int=1, version=9),
            lambda: uuid.UUID(hex="0" * 32, int=0), lambda: setattr(u, "x", 1), lambda: u < 5]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(u, uuid.UUID), uuid.uuid4().variant, uuid.uuid4() == uuid.uuid4())
