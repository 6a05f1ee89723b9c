from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, backref, sessionmaker, declarative_base
Base = declarative_base()
# Self-referential tree declared from the child side: parent = relationship(remote_side=[id])
# with the delete cascade on the backref. Deleting the root deletes the whole subtree.
class Node(Base):
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    label = Column(String(10))
    parent_id = Column(Integer, ForeignKey("node.id"))
    parent = relationship("Node", remote_side=[id], backref=backref("children", cascade="all, delete-orphan"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
root = Node(label="root")
a = Node(label="a", parent=root)
Node(label="a1", parent=a)
Node(label="b", parent=root)
s.add_all([root, Node(label="other")])
s.commit()
s.close()
s = sessionmaker(bind=engine)()
s.delete(s.query(Node).filter_by(label="root").one())
s.commit()
print([n.label for n in s.query(Node)])
