from dataclasses import dataclass, field, fields
from datetime import date

@dataclass
class Base:
    id: int
    created: date = field(default=date(2024, 1, 1))

@dataclass
class User(Base):
    name: str = "anon"
    roles: list = field(default_factory=lambda: ["user"])

@dataclass(eq=False)
class Admin(User):
    level: int = 1

u = User(1, name="ann")
a = Admin(2, level=3)
print(u)
print(a)
print([f.name for f in fields(Admin)])
print(u == User(1, name="ann"), a == Admin(2, level=3))
print(isinstance(a, Base), Admin.__mro__[1].__name__)
print(Admin.__eq__ is object.__eq__)
print(User.__repr__(a))
