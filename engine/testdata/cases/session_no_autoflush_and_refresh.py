from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select, func
from sqlalchemy.orm import declarative_base, relationship, Session, joinedload, selectinload

Base = declarative_base()

class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    books = relationship("Book", back_populates="author", lazy="selectin", order_by="Book.id")

class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(Integer, ForeignKey("author.id"))
    author = relationship("Author", back_populates="books")

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
a = Author(name="x", books=[Book(title="t1"), Book(title="t2")])
s.add(a)
s.flush()
print(s.scalar(select(func.count(Book.id))))
b3 = Book(title="t3", author=a)
print(s.scalars(select(Book.title).where(Book.author_id == a.id)).all())
s.commit()
print(a.name)
print([b.title for b in a.books])
s.expire(a)
print(s.get(Author, 1) is a, a.name)
b = s.get(Book, 2)
print(b.author.name)
s.expunge_all()
bs = s.scalars(select(Book).order_by(Book.id.desc())).unique().all()
print([x.author.name for x in bs])
au = s.scalars(select(Author)).first()
au.name = "y"
print(s.scalars(select(Author.name)).all())
s.rollback()
print(au.name)
with s.no_autoflush:
    au.name = "z"
    print(s.scalars(select(Author.name)).all())
s.refresh(au)
print(au.name)
au.books[0].title = "T1"
s.refresh(au, ["books"])
print([x.title for x in au.books])
s.commit()
print(s.scalars(select(Book.title)).all())
s.autoflush = False
au.name = "v"
print(s.autoflush, s.scalars(select(Author.name)).all())
s.autoflush = True
print(s.autoflush, s.scalars(select(Author.name)).all())
with s.no_autoflush as inner:
    print(inner is s, s.autoflush)
    s.add(Book(title="t9"))
    print(s.scalars(select(Book.title)).all())
print(s.scalars(select(Book.title)).all())
