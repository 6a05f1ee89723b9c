# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/self_referential.rst, section "Self-Referential Query Strategies"
# changes: the section's code blocks joined into one script, after the page's bidirectional Node mapping (section "Adjacency List Relationships"); the imports it uses, a Base class, an engine, create_all and a Session added; the values the doc displays print()ed
from sqlalchemy import create_engine, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Node(Base):
    __tablename__ = "node"
    id = mapped_column(Integer, primary_key=True)
    parent_id = mapped_column(Integer, ForeignKey("node.id"))
    data = mapped_column(String(50))
    children = relationship("Node", back_populates="parent")
    parent = relationship("Node", back_populates="children", remote_side=[id])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)

# get all nodes named 'child2'
session.scalars(select(Node).where(Node.data == "child2"))
from sqlalchemy.orm import aliased

nodealias = aliased(Node)
print(session.scalars(
    select(Node)
    .where(Node.data == "subchild1")
    .join(Node.parent.of_type(nodealias))
    .where(nodealias.data == "child2")
).all())
