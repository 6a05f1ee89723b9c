class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name="?", **kw):
        self.name = name
        print("Named", name)
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        print("Aged", age)
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person")
        super().__init__(**kw)
p = Person(name="ann", age=3, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
try:
    object.__init__(p, 1)
except TypeError as e:
    print("TypeError", e)
