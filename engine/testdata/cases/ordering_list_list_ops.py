# ordering_list: append, insert, remove, pop, slice of positions, reorder, assignment, a load then appends
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Slide(Base):
    __tablename__ = "slide"
    id = Column(Integer, primary_key=True)
    bullets = relationship("Bullet", order_by="Bullet.position", collection_class=ordering_list("position"), cascade="all, delete-orphan")


class Bullet(Base):
    __tablename__ = "bullet"
    id = Column(Integer, primary_key=True)
    slide_id = Column(Integer, ForeignKey("slide.id"))
    position = Column(Integer)
    text = Column(String)

    def __repr__(self):
        return f"{self.text}@{self.position}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
sl = Slide(bullets=[Bullet(text="a"), Bullet(text="b", position=7)])
print(sl.bullets)
sl.bullets.append(Bullet(text="c"))
sl.bullets.insert(0, Bullet(text="z"))
print(sl.bullets)
s.add(sl)
s.commit()
print(s.execute(select(Bullet.text, Bullet.position).order_by(Bullet.id)).all())
sl.bullets.remove(sl.bullets[1])
x = sl.bullets.pop(0)
print(x, sl.bullets)
sl.bullets.extend([Bullet(text="d"), Bullet(text="e", position=0)])
print(sl.bullets)
sl.bullets.reorder()
print(sl.bullets)
s.commit()
print(s.execute(select(Bullet.text, Bullet.position).order_by(Bullet.id)).all())
s.close()
sl = s.get(Slide, 1)
sl.bullets.insert(-1, Bullet(text="y"))
sl.bullets.append(Bullet(text="w"))
print(sl.bullets)
s.commit()
print(s.execute(select(Bullet.text, Bullet.position).order_by(Bullet.position, Bullet.id)).all())
