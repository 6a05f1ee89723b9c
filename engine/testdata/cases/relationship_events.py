# relationship attribute events: append/remove/set listeners (retval=True turning a string into an object) before the backref's, the old value NO_VALUE or PASSIVE_NO_RESULT, a collection assignment appending first and its removals popping the old parent's new collection again (2.0.52)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, delete, update, text, func, and_, or_, not_, desc, asc
from sqlalchemy.orm import relationship, sessionmaker, declarative_base, backref
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan", order_by="Child.id")
    def __repr__(self):
        return "Parent(%r)" % self.name
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")
    def __repr__(self):
        return "Child(%r)" % self.name
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
from sqlalchemy import event
@event.listens_for(Child.parent, "set", retval=True)
def st(target, value, oldvalue, initiator):
    print("set", target, value, oldvalue)
    return value
@event.listens_for(Parent.children, "append", retval=True)
def app(target, value, initiator):
    if isinstance(value, str):
        value = Child(name=value)
    print("append", target, value, len(target.children))
    return value
@event.listens_for(Parent.children, "remove")
def rm(target, value, initiator):
    print("remove", target, value)
session.add_all([Parent(name="p1", children=[Child(name="a"), Child(name="b")]), Parent(name="p2", children=["c"])])
session.commit()
c = session.get(Child, 1)
c.parent = session.get(Parent, 2)
p = session.get(Parent, 2)
p.children = ["n2"] + list(p.children)
session.flush()
p.children = [p.children[0]]
session.flush()
p.children.remove(p.children[0])
b = session.get(Child, 2)
b.parent = None
session.commit()
print(session.scalars(select(Child.name).where(Child.parent_id != None)).all())
print(session.scalars(select(Child.name)).all())
