# source: https://iquanku.com/read/sqlalchemy-2.0-en/b9da2bcf802f8b65.md ("Adjacency List Relationships", the bidirectional Node)
# changes: imports, Base, an in-memory engine, create_all and the page's tree (root, child1..3, subchild1..2) built, then child2 deleted, added (the page shows only the model and the tree's table)
from sqlalchemy import Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, backref, Session

class Base(DeclarativeBase):
    pass

class Node(Base):
    __tablename__ = "node"
    id = mapped_column(Integer, primary_key=True)
    parent_id = mapped_column(Integer, ForeignKey("node.id"))
    data = mapped_column(String(50))
    children = relationship("Node", backref=backref("parent", remote_side=[id]))

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    root = Node(data="root")
    child2 = Node(data="child2", children=[Node(data="subchild1"), Node(data="subchild2")])
    root.children = [Node(data="child1"), child2, Node(data="child3")]
    session.add(root)
    session.commit()
    print([(n.id, n.parent_id, n.data) for n in session.query(Node).order_by(Node.id)])
    session.delete(child2)
    session.commit()
    print([(n.id, n.parent_id, n.data) for n in session.query(Node).order_by(Node.id)])
