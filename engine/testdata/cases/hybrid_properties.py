# hybrid_property and hybrid_method (2.0.52): the getter on an instance, the expression on the class (selected AS the hybrid's name when it is an expression, printed as Class.name), a setter run by the constructor, inplace.expression with a classmethod, a hybrid without a setter refusing assignment
from sqlalchemy import String, select, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method
class Base(DeclarativeBase):
    pass
class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(30))
    last: Mapped[str] = mapped_column(String(30))
    lvl: Mapped[int] = mapped_column(default=1)
    _email: Mapped[str] = mapped_column("email", String(50))
    @hybrid_property
    def fullname(self):
        return self.first + " " + self.last
    @hybrid_property
    def email(self):
        return self._email
    @email.setter
    def email(self, v):
        self._email = v.lower()
    @hybrid_property
    def senior(self):
        return self.lvl > 3
    @hybrid_property
    def radius(self):
        return self.lvl / 2
    @radius.inplace.expression
    @classmethod
    def _radius_expression(cls):
        return cls.lvl * 10
    @hybrid_method
    def above(self, n):
        return self.lvl > n
print(select(User.fullname))
print(select(User.email))
print(select(User).where(User.fullname == "a b", User.senior))
print(select(User.id).where(User.above(2)))
print(User.fullname, User.email, User.senior)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
with Session(e) as s:
    u = User(first="Ann", last="Lee", email="A@X.ORG", lvl=4)
    s.add(u)
    s.commit()
    print(u.fullname, u.email, u.senior, u.above(5), u.radius)
    print(s.scalars(select(User.fullname)).all(), s.execute(select(User.radius)).one()._fields)
    print(s.scalars(select(User).where(User.email == "a@x.org", User.above(3))).one().first)
    u.email = "B@Y"
    print(u._email)
    try:
        u.fullname = "x"
    except AttributeError as err:
        print("AttributeError", err)
