# ordering_list: count_from=1, reorder_on_append, ordering_func, count_from_n_factory, positions loaded as NULL
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select, text
from sqlalchemy.ext.orderinglist import ordering_list, count_from_1, count_from_n_factory
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


def step(index, collection):
    return index * 10


class Deck(Base):
    __tablename__ = "deck"
    id = Column(Integer, primary_key=True)
    ones = relationship("One", order_by="One.pos", collection_class=ordering_list("pos", count_from=1))
    twos = relationship("Two", order_by="Two.pos", collection_class=ordering_list("pos", reorder_on_append=True))
    tens = relationship("Ten", order_by="Ten.pos", collection_class=ordering_list("pos", ordering_func=step))
    fives = relationship("Five", order_by="Five.id", collection_class=ordering_list("pos", ordering_func=count_from_n_factory(5)))


class One(Base):
    __tablename__ = "one"
    id = Column(Integer, primary_key=True)
    deck_id = Column(ForeignKey("deck.id"))
    pos = Column(Integer)


class Two(Base):
    __tablename__ = "two"
    id = Column(Integer, primary_key=True)
    deck_id = Column(ForeignKey("deck.id"))
    pos = Column(Integer)


class Ten(Base):
    __tablename__ = "ten"
    id = Column(Integer, primary_key=True)
    deck_id = Column(ForeignKey("deck.id"))
    pos = Column(Integer)


class Five(Base):
    __tablename__ = "five"
    id = Column(Integer, primary_key=True)
    deck_id = Column(ForeignKey("deck.id"))
    pos = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
d = Deck()
d.ones = [One(), One(pos=9), One()]
d.twos.append(Two(pos=4))
d.twos.append(Two())
d.tens.extend([Ten(), Ten()])
d.tens.insert(1, Ten())
s.add(d)
s.commit()
print(count_from_1(3, None), count_from_1.__name__)
for cls in (One, Two, Ten):
    print(cls.__name__, s.execute(select(cls.id, cls.pos).order_by(cls.id)).all())
with engine.begin() as c:
    c.execute(text("INSERT INTO five (deck_id, pos) VALUES (1, NULL), (1, 3), (1, NULL)"))
s.close()
d = s.get(Deck, 1)
print([f.pos for f in d.fives])
s.commit()
print(s.execute(select(Five.id, Five.pos).order_by(Five.id)).all())
