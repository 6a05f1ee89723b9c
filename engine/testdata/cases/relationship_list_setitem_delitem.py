# item assignment and deletion on relationship lists, plain and ordering_list
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Slide(Base):
    __tablename__ = "slide"
    id = Column(Integer, primary_key=True)
    bullets = relationship("Bullet", order_by="Bullet.position", collection_class=ordering_list("position", count_from=1), back_populates="slide")
    notes = relationship("Note", cascade="all, delete-orphan")


class Bullet(Base):
    __tablename__ = "bullet"
    id = Column(Integer, primary_key=True)
    slide_id = Column(Integer, ForeignKey("slide.id"))
    position = Column(Integer)
    text = Column(String)
    slide = relationship("Slide", back_populates="bullets")

    def __repr__(self):
        return f"{self.text}@{self.position}"


class Note(Base):
    __tablename__ = "note"
    id = Column(Integer, primary_key=True)
    slide_id = Column(Integer, ForeignKey("slide.id"))
    text = Column(String)

    def __repr__(self):
        return self.text


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
sl = Slide(bullets=[Bullet(text=t) for t in "abcd"], notes=[Note(text=t) for t in "wxyz"])
s.add(sl)
s.commit()
old = sl.bullets[1]
sl.bullets[1] = Bullet(text="B")
del sl.bullets[-1]
print(sl.bullets, old.slide)
sl.notes[0] = Note(text="W")
del sl.notes[2]
print(sl.notes)
s.commit()
print(s.execute(select(Bullet.id, Bullet.slide_id, Bullet.text, Bullet.position).order_by(Bullet.id)).all())
print(s.execute(select(Note.id, Note.text)).all())
try:
    sl.notes[9] = Note(text="n")
except IndexError as e:
    print("IndexError", e)
try:
    del sl.bullets[7]
except IndexError as e:
    print("IndexError", e)
