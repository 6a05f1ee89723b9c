from datetime import datetime, timedelta


class ReprMixin:
    __repr_attrs__ = ()

    def __repr__(self):
        parts = ", ".join(f"{a}={getattr(self, a)!r}" for a in self.__repr_attrs__)
        return f"<{type(self).__name__}({parts})>"


class User(ReprMixin):
    __repr_attrs__ = ("id", "name", "email")

    def __init__(self, id, name, email=None):
        self.id = id
        self.name = name
        self.email = email
        self.created = datetime(2024, 1, 15, 9, 30)


users = [User(3, "carol", "c@x.io"), User(1, "alice"), User(2, "bob", "b@x.io")]
for u in sorted(users, key=lambda u: u.id):
    print(u)
print(repr(users[1]))
print(f"{users[0]!s:>60}|")
print(users[0].created + timedelta(days=30, hours=2))
print(f"{users[0].created:%Y-%m-%d %H:%M}")
print([u.name for u in users if u.email is None])
print(str(users))
