# everyday model-script patterns: mixins, registries, classmethod factories, __repr__
from datetime import datetime, timezone, date
from typing import Optional, List, ClassVar
registry = {}
class Base:
    __abstract__ = True
    id: Optional[int] = None
    def __init_subclass__(cls, /, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.__tablename__ = table or cls.__name__.lower() + "s"
        registry[cls.__tablename__] = cls
    @classmethod
    def create(cls, **kw):
        obj = cls()
        for k, v in kw.items():
            if not hasattr(cls, k) and k not in getattr(cls, "__annotations__", {}):
                raise AttributeError(f"{cls.__name__} has no column {k!r}")
            setattr(obj, k, v)
        return obj
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"
class TimestampMixin:
    created: ClassVar[str] = "created_at"
    def touch(self, when=None):
        self.updated_at = when or datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
        return self
class User(TimestampMixin, Base, table="user_account"):
    name: str
    emails: List[str]
class Address(Base):
    email: str
u = User.create(name="ann", emails=["a@x"]).touch()
print(u, User.__tablename__, Address.__tablename__, sorted(registry))
print([c.__name__ for c in User.__mro__], User.__annotations__)
print(u.updated_at.isoformat(), u.updated_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M %Z"))
try:
    Address.create(zip="x")
except AttributeError as e:
    print("AttributeError", e)
print(f"{u.name=}", f"{u.name!r:>8}", f"{len(u.emails):03d}", f"{date(2024, 5, 6):%d/%m/%Y}")
print(isinstance(u, (Base, TimestampMixin)), issubclass(User, Base), User.created, u.id)
