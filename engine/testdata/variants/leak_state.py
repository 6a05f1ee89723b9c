# A whole script that changes what it finds: a module attribute, DeclarativeBase's
# subclasses, connection PRAGMAs and the database's user_version. Every variant of it must
# still start from fresh modules and a fresh database (alone_test.go, TestVariantsAlone).
import sqlalchemy
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, event, text
from sqlalchemy.orm import DeclarativeBase, Session, relationship

# each run must start from fresh modules and a fresh connection
print("module", getattr(sqlalchemy, "seen", "fresh"), len(DeclarativeBase.__subclasses__()))
sqlalchemy.seen = "changed"


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    children = relationship("Child", back_populates="parent")


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with engine.connect() as conn:
    print("pragma", conn.execute(text("PRAGMA recursive_triggers")).scalar(), conn.execute(text("PRAGMA user_version")).scalar(), conn.execute(text("SELECT 'a' LIKE 'A'")).scalar())
    conn.execute(text("PRAGMA recursive_triggers=ON"))
    conn.execute(text("PRAGMA case_sensitive_like=ON"))
    conn.execute(text("PRAGMA user_version=7"))

with Session(engine) as session:
    p = Parent(name="p", children=[Child(), Child()])
    session.add(p)
    session.commit()

with Session(engine) as session:
    parent = session.get(Parent, 1)
    session.delete(parent)
    session.commit()
