# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/self_referential.rst, section "Configuring Self-Referential Eager Loading"
# changes: the section's code blocks joined into one script; the imports it uses, a Base class, an engine, create_all and a Session added; the value the doc displays print()ed
from sqlalchemy import create_engine, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Node(Base):
    __tablename__ = "node"
    id = mapped_column(Integer, primary_key=True)
    parent_id = mapped_column(Integer, ForeignKey("node.id"))
    data = mapped_column(String(50))
    children = relationship("Node", lazy="joined", join_depth=2)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)

print(session.scalars(select(Node)).all())
