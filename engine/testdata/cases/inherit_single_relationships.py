# Single-table inheritance with relationships declared on the subclasses: a
# one-to-many with a backref and delete cascade, a many-to-many; a joined
# subclass whose foreign key to its parent cascades in the database.
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine, event, text
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

tag_link = Table(
    "tag_link", Base.metadata,
    Column("node_id", ForeignKey("node.id"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id"), primary_key=True),
)


class Node(Base):
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    type = Column(String(20))
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "node"}

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, self.name)


class Folder(Node):
    files = relationship("Attachment", backref="folder", cascade="all, delete-orphan")
    tags = relationship("Tag", secondary=tag_link)
    __mapper_args__ = {"polymorphic_identity": "folder"}


class Link(Node):
    target = Column(String(50))
    __mapper_args__ = {"polymorphic_identity": "link"}


class Shortcut(Node):
    __tablename__ = "shortcut"
    id = Column(Integer, ForeignKey("node.id", ondelete="CASCADE"), primary_key=True)
    hotkey = Column(String(5))
    __mapper_args__ = {"polymorphic_identity": "shortcut"}


class Attachment(Base):
    __tablename__ = "attachment"
    id = Column(Integer, primary_key=True)
    folder_id = Column(Integer, ForeignKey("node.id"))
    title = Column(String(30))

    def __repr__(self):
        return "Attachment(%s)" % self.title


class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    label = Column(String(20))


engine = create_engine("sqlite://", echo=True)


@event.listens_for(engine, "connect")
def fk_on(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


Base.metadata.create_all(engine)

session = Session(engine)
red = Tag(label="red")
docs = Folder(name="docs", files=[Attachment(title="a.txt"), Attachment(title="b.txt")], tags=[red])
session.add_all([docs, Link(name="home", target="/"), Shortcut(name="sc", hotkey="F1"), Node(name="plain")])
session.commit()
print(docs.files[0].folder, session.query(Link).filter_by(target="/").one())
print(session.query(Folder).count(), session.query(Node).count(), session.query(Shortcut).one().hotkey)
a = session.get(Attachment, 1)
print(a.folder, a.folder.tags[0].label)
session.refresh(docs)
sc = session.query(Node).filter(Node.name == "sc").one()
session.expunge(sc)
sc2 = session.merge(sc)
print(sc2 is sc, sc2.hotkey)
docs.files.remove(a)
session.flush()
session.delete(docs)
session.delete(sc2)
session.commit()
print(session.query(Attachment).all(), session.query(Node).order_by(Node.id).all())
print(session.execute(text("SELECT * FROM tag_link")).all())
