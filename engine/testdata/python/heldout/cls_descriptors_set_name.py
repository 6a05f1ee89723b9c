class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Int(Field):
    kind = int
class Str(Field):
    kind = str
class Model:
    id = Int()
    name = Str()
    def __init__(self, id, name):
        self.id, self.name = id, name
m = Model(1, "x")
print(m.id, m.name, Model.id.public, type(Model.__dict__["name"]).__name__, vars(m))
try:
    m.id = "1"
except TypeError as e:
    print("TypeError:", e)
print(Model(2, "y").name, Model.name.name)
