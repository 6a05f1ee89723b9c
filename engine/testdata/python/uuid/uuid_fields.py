import uuid
u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
print(u.version, u.variant, u.fields[0], u.time_low, u.node)
print(str(u).upper(), u.urn)
print(uuid.UUID(bytes=u.bytes) == u)
