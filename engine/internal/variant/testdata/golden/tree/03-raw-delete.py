# A self-referential tree: each node has a parent node and children.
from typing import List, Optional

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Node(Base):
    __tablename__ = "node"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("node.id"))
    parent: Mapped[Optional["Node"]] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[List["Node"]] = relationship(back_populates="parent")


# Scenario written by cascadelab: As written, raw DELETE through a connection.
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        node = Node(name=f"node {i}")
        session.add(node)
        for j in range(1, 4):
            node_2 = Node(name=f"node {i}.{j}")
            node.children.append(node_2)
            for k in range(1, 4):
                node_3 = Node(name=f"node {i}.{j}.{k}")
                node_2.children.append(node_3)
    session.commit()

with engine.begin() as connection:
    connection.execute(text("DELETE FROM node WHERE id = 1"))
