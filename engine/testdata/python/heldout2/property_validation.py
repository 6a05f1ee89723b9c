# source: model-like classes validating attributes with property setters (email, age ranges, read-only ids) in form/ORM-adjacent code
class ValidationError(ValueError):
    pass

class Person:
    _next_id = 1
    def __init__(self, name, age, email):
        self._id = Person._next_id
        Person._next_id += 1
        self.name = name
        self.age = age
        self.email = email
    @property
    def id(self):
        return self._id
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"age must be an int, not {type(value).__name__}")
        if not 0 <= value <= 150:
            raise ValidationError(f"age {value} out of range")
        self._age = value
    @property
    def email(self):
        return self._email
    @email.setter
    def email(self, value):
        local, sep, domain = value.partition("@")
        if not (local and sep and "." in domain.strip(".")):
            raise ValidationError(f"invalid email {value!r}")
        self._email = value.lower()
    @email.deleter
    def email(self):
        print("deleting email of", self.name)
        del self._email
    def __repr__(self):
        return f"<Person #{self.id} {self.name} ({self.age}) {getattr(self, '_email', '-')}>"

p = Person("Ann", 31, "Ann@Example.COM")
print(p)
for attr, val in [("age", 200), ("age", "31"), ("age", True), ("email", "bad@"), ("email", "a@b."), ("email", "x@y.io")]:
    try:
        setattr(p, attr, val)
        print("ok", attr, getattr(p, attr))
    except ValidationError as e:
        print("ValidationError:", e, isinstance(e, ValueError))
try:
    p.id = 5
except AttributeError as e:
    print("AttributeError:", e)
del p.email
print(p, Person("Bob", 0, "b@c.de"))
print(type(Person.age).__name__, Person.age.fset.__name__, Person.id.fset, Person.email.__doc__)
