class User:
    def __init__(self, id, name, email=None):
        self.id, self.name, self.email = id, name, email
    def __repr__(self):
        return f"{type(self).__name__}(id={self.id!r}, name={self.name!r})"
    def __str__(self):
        return self.name
    def __eq__(self, other):
        if not isinstance(other, User):
            return NotImplemented
        return self.id == other.id
    def __hash__(self):
        return hash(self.id)
a, b, c = User(1, "ann"), User(1, "ann2"), User(2, "bob")
print(a, repr(a), [a, c], {a, b, c} == {a, c}, len({a, b, c}), a == b, a != c, a == 1, a != 1)
print(f"{a}", f"{a!r}", str([a]), "%s %r" % (a, a))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None, NoHash() == 5, 5 == NoHash())
class Admin(User):
    pass
print(repr(Admin(3, "root")), Admin(3, "r") == User(3, "x"), a in [User(1, "z")])
print(object.__repr__(a).startswith("<__main__.User object at 0x"))
