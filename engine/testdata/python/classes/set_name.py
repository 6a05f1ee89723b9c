class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v * 2
class M:
    a = Field()
    b = Field()
m = M()
m.a = 5
print(m.a, m.b, M.a.name, M.a.owner)
