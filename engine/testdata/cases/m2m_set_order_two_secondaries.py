# Association rows of a many-to-many: SQLAlchemy iterates the flushed objects in set order (by
# address, so it changes from run to run); this recording is a run in the order cascadelab takes.
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
a1 = Table("likes", Base.metadata, Column("u", ForeignKey("user.id")), Column("b", ForeignKey("book.id")))
a2 = Table("owns", Base.metadata, Column("u", ForeignKey("user.id")), Column("b", ForeignKey("book.id")))
class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    likes = relationship("Book", secondary=a1)
    owns = relationship("Book", secondary=a2)
class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
us = [User() for _ in range(4)]
bs = [Book() for _ in range(3)]
for i, u in enumerate(us):
    u.likes = [bs[(i + j) % 3] for j in range(2)]
    u.owns = [bs[(2 * i + j) % 3] for j in range(3 - i % 3)]
s.add_all(us[::-1])
s.commit()
print(s.execute(a1.select()).all())
print(s.execute(a2.select()).all())
print([[b.id for b in u.likes] for u in us])
us[0].likes.pop(0)
us[2].owns.clear()
us[3].likes.append(bs[0])
s.commit()
print(s.execute(a1.select()).all())
print(s.execute(a2.select()).all())
