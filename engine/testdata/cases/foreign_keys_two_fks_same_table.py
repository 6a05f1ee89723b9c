from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# Two foreign keys to the same table, told apart with foreign_keys=. Deleting a user nulls the
# sender of their sent messages only (the received side has delete cascade).
class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    sent = relationship("Message", foreign_keys="Message.sender_id", back_populates="sender")
    received = relationship("Message", foreign_keys="[Message.recipient_id]", back_populates="recipient", cascade="all, delete-orphan")
class Message(Base):
    __tablename__ = "message"
    id = Column(Integer, primary_key=True)
    body = Column(String(20))
    sender_id = Column(Integer, ForeignKey("users.id"))
    recipient_id = Column(Integer, ForeignKey("users.id"))
    sender = relationship("User", foreign_keys=[sender_id], back_populates="sent")
    recipient = relationship("User", foreign_keys=[recipient_id], back_populates="received")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
ann, bob = User(name="ann"), User(name="bob")
s.add_all([Message(body="hi bob", sender=ann, recipient=bob), Message(body="hi ann", sender=bob, recipient=ann)])
s.commit()
s.delete(ann)
s.commit()
print([(m.body, m.sender_id, m.recipient_id) for m in s.query(Message).order_by(Message.id)])
