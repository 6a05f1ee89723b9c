# A session bound to a Connection: on one not in a transaction the session begins and commits its
# own; on one already in a transaction (conn.begin()) it joins it: session.commit() flushes but
# leaves the transaction to the connection, whose rollback() undoes the session's writes.
from sqlalchemy import Column, Integer, String, create_engine, select, text
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Item(Base):
    __tablename__ = "item"
    id = Column(Integer, primary_key=True)
    name = Column(String)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
conn = engine.connect()
session = Session(conn)
session.add(Item(name="kept"))
session.commit()
session.close()
print(conn.in_transaction())

tx = conn.begin()
print(conn.in_transaction(), tx.is_active)
joined = Session(bind=conn)
joined.add(Item(name="joined"))
joined.commit()
print(sorted(n for n in joined.scalars(select(Item.name))))
joined.close()
print(conn.in_transaction())
tx.rollback()
print(conn.in_transaction(), tx.is_active)
print(conn.execute(text("SELECT name FROM item")).fetchall())
conn.rollback()
with conn.begin():
    Session(conn).add(Item(name="in block"))
with Session(engine) as s:
    print(s.scalars(select(Item.name).order_by(Item.id)).all())
try:
    conn.begin()
    conn.begin()
except Exception as e:
    print(type(e).__name__)
