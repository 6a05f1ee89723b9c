# source: mixin stacks (TimestampMixin, SoftDeleteMixin, JsonMixin) combined with cooperative super().__init__ in model-like classes
class Base:
    def __init__(self, **kw):
        self.extra = kw
        print("Base.__init__", sorted(kw))
    def describe(self):
        return ["Base"]

class TimestampMixin:
    def __init__(self, created=0, **kw):
        self.created = created
        super().__init__(**kw)
    def describe(self):
        return ["Timestamp"] + super().describe()

class SoftDeleteMixin:
    def __init__(self, deleted=False, **kw):
        self.deleted = deleted
        super().__init__(**kw)
    def describe(self):
        return ["SoftDelete"] + super().describe()
    def delete(self):
        self.deleted = True

class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

class Record(JsonMixin, TimestampMixin, SoftDeleteMixin, Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
    def describe(self):
        return ["Record"] + super().describe()

r = Record("r1", created=5, deleted=False, color="red")
print([c.__name__ for c in Record.__mro__])
print(r.describe(), r.to_json())
r.delete()
print(r.deleted, isinstance(r, SoftDeleteMixin), Record.delete is SoftDeleteMixin.delete)
print(super(TimestampMixin, r).describe(), Record.__bases__[0].__name__, Record.__base__.__name__)
try:
    class Bad(TimestampMixin, Record):
        pass
except TypeError as e:
    print("TypeError:", e)
class A: x = "A"
class B(A): pass
class C(A): x = "C"
class D(B, C): pass
print(D.x, [k.__name__ for k in D.mro()], D.__mro__ == tuple(D.mro()))
