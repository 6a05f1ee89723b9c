# dir() of declarative bases, mapped classes and their instances, as
# SQLAlchemy fills their __dict__ (names of object included)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import declarative_base, DeclarativeBase, Mapped, mapped_column, relationship, registry, Session

Base = declarative_base()


class Named:
    name = Column(String(30))

    def label(self):
        return self.name


class Stamped(Base):
    __abstract__ = True
    note: str = "n"


class Parent(Named, Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", backref="parent")

    def __repr__(self):
        return "Parent(%r)" % self.id


class Child(Stamped):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))


print(dir(Base))
print(dir(Stamped))
print(dir(Child))
p = Parent(name="p")
print(dir(Child))
print(dir(p))
c = Child()
c.extra = 1
print(dir(c))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    p.children.append(c)
    s.add(p)
    s.commit()
    print(dir(p))
    print(p.children[0].parent_id)
    print(dir(s.get(Child, 1)))


class Modern(DeclarativeBase):
    pass


class Item(Modern):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))
    count = mapped_column(Integer)


print(dir(DeclarativeBase))
print(dir(Modern))
print(dir(Item))
print(dir(Item(title="t")))

Gen = registry().generate_base()


class Thing(Gen):
    __tablename__ = "thing"
    id = Column(Integer, primary_key=True)


print(dir(Gen))
print(dir(Thing()))
