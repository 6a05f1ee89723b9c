# CTEs: cte(name, recursive=True), union()/union_all(), alias(), in_() of a CTE select, ~ of a column, Table.alias(); probed against 2.0.52
from sqlalchemy import Column, Integer, String, ForeignKey, Boolean, create_engine, select, literal
from sqlalchemy.orm import DeclarativeBase, Session, aliased
class Base(DeclarativeBase): pass
class Node(Base):
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey("node.id"))
    flag = Column(Boolean, default=False)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([Node(id=1, name="a"), Node(id=2, name="b", parent_id=1), Node(id=3, name="c", parent_id=2, flag=True), Node(id=4, name="d", parent_id=1)])
s.commit()
# plain CTE, in_ of a CTE select, str()
c = select(Node.id, Node.name).where(Node.parent_id == 1).cte("kids")
stmt = select(Node.name).where(Node.id.in_(select(c.c.id)))
print(stmt)
print(s.scalars(stmt).all())
print(str(c))
# CTE joined
stmt = select(Node.name, c.c.name).join(c, c.c.id == Node.id).order_by(Node.id)
print(s.execute(stmt).all())
# anonymous cte, used twice via alias
a = select(Node.id).where(Node.flag == False).cte()
al = a.alias("x")
stmt = select(a.c.id, al.c.id).where(a.c.id == al.c.id).order_by(a.c.id)
print(stmt)
print(s.execute(stmt).all())
# two CTEs, one reading the other
c1 = select(Node.id, Node.parent_id).where(Node.id > 1).cte("c1")
c2 = select(c1.c.id).where(c1.c.parent_id == 1).cte("c2")
print(s.scalars(select(c2.c.id).order_by(c2.c.id.desc())).all())
print(select(c2.c.id, c1.c.id).where(c1.c.id == c2.c.id))
# recursive descendants with level
base = select(Node.id, literal(0).label("lvl")).where(Node.id == 1).cte("tree", recursive=True)
t = base.union_all(select(Node.id, base.c.lvl + 1).where(Node.parent_id == base.c.id))
print(s.execute(select(t).order_by(t.c.id)).all())
print(select(t))
# recursive with union (not all)
t2 = base.union(select(Node.id, base.c.lvl + 1).join(base, Node.parent_id == base.c.id))
print(s.execute(select(t2.c.id).order_by(t2.c.id)).all())
# Query.cte with a filter
q = s.query(Node.id).filter(Node.flag == True).cte("flagged")
print(s.query(Node.name).filter(Node.id.in_(select(q.c.id))).all())
# aliased class over a cte
allq = select(Node).where(Node.id > 2).cte("big")
NA = aliased(Node, allq)
print([n.name for n in s.scalars(select(NA).order_by(NA.id))])
# not of a boolean and of an integer
print(s.scalars(select(Node.id).where(~Node.flag).order_by(Node.id)).all())
print(select(Node.id).where(~Node.flag))
print(select(Node.id).where(~Node.parent_id))
print(s.scalars(select(Node.id).where(~Node.parent_id).order_by(Node.id)).all())
print(s.scalars(select(Node.id).where(~~Node.flag)).all())
print(select(Node.id).where(~~Node.flag))
# a comparison labeled
print(s.execute(select(Node.id, (Node.parent_id == 1).label("top")).order_by(Node.id)).all())
print(s.execute(select(Node.id, Node.name.like("a%").label("isa")).order_by(Node.id)).all())
# table alias
tal = Node.__table__.alias("p")
print(s.execute(select(Node.name, tal.c.name).join(tal, tal.c.id == Node.parent_id).order_by(Node.id)).all())
P = aliased(Node, Node.__table__.alias())
print(s.execute(select(Node.name, P.name).join(P, Node.parent_id == P.id).order_by(Node.id)).all())
print(select(Node.name, P.name).join(P, Node.parent_id == P.id))
