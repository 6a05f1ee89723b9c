import uuid
u = uuid.uuid4()
s = str(u)
print(len(s), s.count("-"), u.version, s[14], type(u).__name__)
print(uuid.uuid4() != uuid.uuid4())
print(len(uuid.uuid4().hex))
