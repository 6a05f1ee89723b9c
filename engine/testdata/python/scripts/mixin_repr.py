class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"
class Timestamped:
    created = "2024-01-01"
class User(ReprMixin, Timestamped):
    def __init__(self, name, email=None):
        self.name = name
        self.email = email
u = User("ann", "a@x.org")
print(u)
print(User("bob"), u.created, isinstance(u, ReprMixin))
