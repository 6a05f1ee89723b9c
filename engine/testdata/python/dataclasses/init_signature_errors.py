from dataclasses import dataclass, field
@dataclass
class User:
    name: str
    email: str
    active: bool = True
    roles: list = field(default_factory=list)
print(User("a", "b"), User(name="c", email="d", active=False))
for args, kw in [((), {}), (("a",), {}), (("a", "b", True, [], 5), {}), (("a",), {"name": "z", "email": "e"}), (("a", "b"), {"nick": 1})]:
    try:
        User(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
