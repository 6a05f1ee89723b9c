# lazy="selectin": loading parents with a query emits one SELECT ... WHERE fk IN (...) per
# relationship right after (nested levels too, order_by kept); refreshing an expired parent
# loads the collection immediately with the plain lazy-load SELECT instead.
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
class Shop(Base):
    __tablename__ = "shop"
    id = Column(Integer, primary_key=True)
    name = Column(String(5))
    aisles = relationship("Aisle", lazy="selectin", backref="shop", cascade="all, delete-orphan", order_by="Aisle.id.desc()")
class Aisle(Base):
    __tablename__ = "aisle"
    id = Column(Integer, primary_key=True)
    shop_id = Column(Integer, ForeignKey("shop.id"))
    items = relationship("Item", lazy="selectin", cascade="all, delete-orphan")
class Item(Base):
    __tablename__ = "item"
    id = Column(Integer, primary_key=True)
    aisle_id = Column(Integer, ForeignKey("aisle.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add_all([Shop(name="a", aisles=[Aisle(items=[Item(), Item()]), Aisle()]), Shop(name="b", aisles=[Aisle(items=[Item()])])])
s.commit()
s.close()
shops = s.query(Shop).order_by(Shop.id).all()
print([[len(a.items) for a in sh.aisles] for sh in shops])
s.delete(shops[0])
s.commit()
b = s.get(Shop, 2)
print(len(b.aisles), s.query(Item).count())
