# a many-to-many link row takes its secondary table's Python defaults (a scalar and a callable) as parameters, in table order (2.0.52)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, delete, update, text, func, and_, or_, not_, desc, asc
from sqlalchemy.orm import relationship, sessionmaker, declarative_base, backref
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan", order_by="Child.id")
    def __repr__(self):
        return "Parent(%r)" % self.name
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")
    def __repr__(self):
        return "Child(%r)" % self.name
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
from sqlalchemy import Table
tagged = Table("tagged", Base.metadata, Column("parent_id", ForeignKey("parent.id")), Column("tag_id", ForeignKey("tag.id")), Column("weight", Integer, default=7), Column("note", String, default=lambda: "auto"))
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    parents = relationship(Parent, secondary=tagged, backref="tags")
Base.metadata.create_all(engine)
t = Tag(parents=[Parent(name="x")])
session.add(t)
session.commit()
print(session.execute(select(tagged)).all())
