class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
    def hello(self):
        return ["Base"]
class Timestamped(Base):
    def __init__(self, created=None, **kw):
        self.created = created
        super().__init__(**kw)
    def hello(self):
        return ["Timestamped"] + super().hello()
class Named(Base):
    def __init__(self, name="?", **kw):
        self.name = name
        super().__init__(**kw)
    def hello(self):
        return ["Named"] + super().hello()
class Record(Timestamped, Named):
    def __init__(self, **kw):
        super().__init__(**kw)
    def hello(self):
        return ["Record"] + super().hello()
r = Record(created=1, name="r", extra=2)
print(r.hello(), r.created, r.name)
print([c.__name__ for c in Record.__mro__])
print([c.__name__ for c in Record.mro()])
try:
    class X(Base, Timestamped):
        pass
except TypeError as e:
    print("TypeError:", e)
print(super(Named, r).hello())
