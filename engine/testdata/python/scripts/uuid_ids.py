import uuid
ns = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
ids = [uuid.uuid5(ns, name) for name in ["alice", "bob"]]
print(ids)
print([i.hex[:8] for i in ids], ids[0] == uuid.uuid5(ns, "alice"))
