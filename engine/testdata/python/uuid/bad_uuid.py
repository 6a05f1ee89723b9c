import uuid
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError", e)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}"))
