# CTEs: cte(name, recursive=True), union()/union_all(), alias(), in_() of a CTE select, ~ of a column, Table.alias(); probed against 2.0.52
from sqlalchemy import Column, Integer, String, ForeignKey, Boolean, create_engine, select, literal, delete, update, insert, func, union_all
from sqlalchemy.orm import DeclarativeBase, Session, aliased
class Base(DeclarativeBase): pass
class Node(Base):
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey("node.id"))
class Log(Base):
    __tablename__ = "log"
    id = Column(Integer, primary_key=True)
    node_id = Column(Integer)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([Node(id=1, name="a"), Node(id=2, name="b", parent_id=1), Node(id=3, name="c", parent_id=2), Node(id=4, name="d", parent_id=1)])
s.commit()
tree = select(Node.id).where(Node.id == 2).cte("tree", recursive=True)
tree = tree.union_all(select(Node.id).where(Node.parent_id == tree.c.id))
stmt = select(func.count()).select_from(tree)
print(stmt)
print(s.scalar(stmt))
print(stmt.compile().params)
# subquery of a select of a cte
sq = select(tree.c.id).subquery()
print(s.scalars(select(sq.c.id).order_by(sq.c.id)).all())
# a compound's cte
u = union_all(select(Node.id).where(Node.id == 1), select(Node.id).where(Node.id == 3)).cte("u")
print(s.scalars(select(u.c.id).order_by(u.c.id)).all())
# delete with a cte in WHERE
d = delete(Node).where(Node.id.in_(select(tree.c.id)))
print(d)
s.execute(d)
print(s.scalars(select(Node.id).order_by(Node.id)).all())
# query of a cte via Query, filtered
q = s.query(Node.id, Node.name).cte("qq")
print(s.query(q.c.name).filter(q.c.id > 0).order_by(q.c.name).all())
print(s.query(q).all())
# the CTE's repr and columns
print(type(tree).__name__, tree.c.keys(), tree.name)
