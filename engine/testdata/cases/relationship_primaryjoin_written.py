# relationship(primaryjoin=...) as a string, a lambda and an expression: equalities that follow the foreign keys (either order), foreign()/remote() annotations, a backref taking the join (remote sides swapped), a viewonly collection with criteria on the target loaded lazily and joined
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, relationship, Session, foreign, remote

class Base(DeclarativeBase):
    pass

class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    boston_addresses = relationship("Address", primaryjoin="and_(User.id==Address.user_id, Address.city=='Boston')", viewonly=True)
    addresses = relationship("Address", primaryjoin="Address.user_id == User.id", backref="users", cascade="all, delete-orphan")

class Address(Base):
    __tablename__ = "address"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"))
    city = Column(String)

class Msg(Base):
    __tablename__ = "msg"
    id = Column(Integer, primary_key=True)
    sender_id = Column(ForeignKey("users.id"))
    recipient_id = Column(ForeignKey("users.id"))
    sender = relationship(User, primaryjoin=lambda: Msg.sender_id == User.id, backref="sent")
    recipient = relationship(User, primaryjoin=lambda: User.id == foreign(Msg.recipient_id))

class Node(Base):
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("node.id"))
    parent = relationship("Node", primaryjoin="remote(Node.id) == Node.parent_id", backref="children")

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
u = User(name="a", addresses=[Address(city="Boston"), Address(city="NY")])
s.add(u)
s.add(Msg(sender=u, recipient=u))
s.commit()
s.add(Node(children=[Node(), Node(children=[Node()])]))
s.commit()
print([a.city for a in u.boston_addresses], [a.city for a in u.addresses])
print(len(u.sent), u.sent[0].recipient is u)
print(s.scalars(select(User).join(User.boston_addresses)).all() == [u])
print(select(User).join(User.boston_addresses))
print(select(Address).join(Address.user))
n = s.get(Node, 2)
print(n.parent.id, [c.id for c in n.parent.children])
s.delete(u)
s.commit()
