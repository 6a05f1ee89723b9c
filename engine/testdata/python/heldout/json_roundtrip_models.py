import json
from datetime import datetime

class User:
    def __init__(self, id, name, created):
        self.id, self.name, self.created = id, name, created
    def to_dict(self):
        return {"id": self.id, "name": self.name, "created": self.created.isoformat()}
    @classmethod
    def from_dict(cls, d):
        return cls(d["id"], d["name"], datetime.fromisoformat(d["created"]))
    def __repr__(self):
        return f"User(id={self.id!r}, name={self.name!r}, created={self.created!r})"

users = [User(1, "ann", datetime(2024, 1, 1, 9)), User(2, "bob", datetime(2024, 2, 2, 10, 30))]
payload = json.dumps({"users": [u.to_dict() for u in users], "count": len(users)}, indent=2)
print(payload)
back = [User.from_dict(d) for d in json.loads(payload)["users"]]
print(back)
print(json.loads(payload, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
