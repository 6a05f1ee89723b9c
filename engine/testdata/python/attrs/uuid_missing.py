# uuid.UUID is a Python class: its messages say 'UUID'.
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
for name in ("hex", "int", "version", "urn", "nosuch", "hexx", "__len__"):
    try:
        v = getattr(u, name)
        print(name, v)
    except AttributeError as e:
        print(name, "AttributeError:", e)
print(hasattr(u, "bytes"), hasattr(u, "nosuch"))
try:
    uuid.UUID.nosuch
except AttributeError as e:
    print(e)
