# ordering_list filled through the many-to-one backref, the constructor, and a load
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Session, declarative_base, relationship, backref

Base = declarative_base()


class Slide(Base):
    __tablename__ = "slide"
    id = Column(Integer, primary_key=True)


class Bullet(Base):
    __tablename__ = "bullet"
    id = Column(Integer, primary_key=True)
    slide_id = Column(Integer, ForeignKey("slide.id"))
    position = Column(Integer)
    text = Column(String)
    slide = relationship("Slide", backref=backref("bullets", order_by="Bullet.position", collection_class=ordering_list("position")))

    def __repr__(self):
        return f"{self.text}@{self.position}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
sl = Slide()
a = Bullet(text="a", slide=sl)
b = Bullet(text="b")
b.slide = sl
print(sl.bullets)
s.add(sl)
s.commit()
sl.bullets  # loads the collection: positions numbered by the appender
Bullet(text="c", slide=sl)
print(sl.bullets)
s.commit()
print(s.execute(select(Bullet.text, Bullet.position)).all())
