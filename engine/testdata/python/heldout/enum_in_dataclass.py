from dataclasses import dataclass, field, asdict
from enum import Enum
import json

class Role(Enum):
    ADMIN = "admin"
    USER = "user"

@dataclass
class Member:
    name: str
    role: Role = Role.USER
    tags: list = field(default_factory=list)

m = Member("ann", Role.ADMIN)
print(m)
print(asdict(m))
print(json.dumps(asdict(m), default=lambda o: o.value))
print([Member(n) for n in "ab"])
print(m.role is Role.ADMIN, m.role.value)
