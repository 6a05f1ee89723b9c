package scripttest

// The models the packages' table tests run their cases on.

// Classic is a one-to-many Parent.children (delete-orphan) with its many-to-one back, declarative_base style, and a sessionmaker session.
const Classic = `from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, delete, update, text, func, and_, or_, not_, desc, asc
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
`

// Seeded is Classic with two parents and three children committed.
const Seeded = Classic + `session.add_all([Parent(name="p1", children=[Child(name="a"), Child(name="b")]), Parent(name="p2", children=[Child(name="c")])])
session.commit()
`

// Modern is the 2.0 tutorial's User and Address (DeclarativeBase, Mapped, mapped_column).
const Modern = `from typing import List, Optional
from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
class Base(DeclarativeBase):
    pass
class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[Optional[str]]
    addresses: Mapped[List["Address"]] = relationship(back_populates="user", cascade="all, delete-orphan")
    def __repr__(self):
        return f"User(id={self.id!r}, name={self.name!r})"
class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    email_address: Mapped[str]
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    user: Mapped["User"] = relationship(back_populates="addresses")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
`

// ManyToMany is a many-to-many Post.tags through a Table, with a backref.
const ManyToMany = `from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
tags = Table("post_tag", Base.metadata, Column("post_id", ForeignKey("post.id"), primary_key=True), Column("tag_id", ForeignKey("tag.id"), primary_key=True))
class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    tags = relationship("Tag", secondary=tags, backref="posts")
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
`

// Reflectable is an engine whose tables were made by raw DDL: a composite primary key, a composite foreign key with ON DELETE/ON UPDATE, an inline REFERENCES, every column type, indexes.
const Reflectable = `from sqlalchemy import create_engine, text, MetaData, Table, select, inspect
engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE region (country VARCHAR(2) NOT NULL, code INTEGER NOT NULL, name TEXT, PRIMARY KEY (country, code))"))
    conn.execute(text("CREATE TABLE shop (id INTEGER PRIMARY KEY, country VARCHAR(2), code INTEGER, weight FLOAT, opened DATE, seen DATETIME, ok BOOLEAN, data BLOB, big BIGINT, FOREIGN KEY (country, code) REFERENCES region (country, code) ON DELETE CASCADE ON UPDATE SET NULL)"))
    conn.execute(text("CREATE TABLE tag (id INTEGER PRIMARY KEY, label VARCHAR(20) UNIQUE, shop_id INTEGER REFERENCES shop (id))"))
    conn.execute(text("CREATE UNIQUE INDEX ux_tag_label_shop ON tag (label, shop_id)"))
    conn.execute(text("CREATE INDEX ix_shop_code ON shop (code)"))
`

// Core is two Core tables (MetaData, Table) created on an engine.
const Core = `from sqlalchemy import MetaData, Table, Column, Integer, String, ForeignKey, create_engine, text, select, delete, update
metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("name", String(50), nullable=False))
notes = Table("notes", metadata, Column("id", Integer, primary_key=True), Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE")), Column("body", String))
engine = create_engine("sqlite://")
metadata.create_all(engine)
`

// Dynamic is a lazy="dynamic" Parent.children with a backref.
const Dynamic = `from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    children = relationship("Child", lazy="dynamic", backref="parent")
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    parent_id = Column(Integer, ForeignKey("parent.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
`

// Lazy is one collection per loader strategy (selectin, joined, subquery, noload, raise) on committed rows.
const Lazy = `from sqlalchemy import create_engine, Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    sel = relationship("Child", lazy="selectin", order_by="Child.id")
    joined = relationship("Child", lazy="joined", viewonly=True, order_by="Child.id")
    sub = relationship("Child", lazy="subquery", viewonly=True, order_by="Child.id")
    no = relationship("Child", lazy="noload", viewonly=True)
    raiser = relationship("Child", lazy="raise", viewonly=True)
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([Parent(id=1, sel=[Child(id=1), Child(id=2)]), Parent(id=2, sel=[Child(id=3)]), Parent(id=3)])
s.commit()
s.close()
`

// SelfRef is a self-referential adjacency list (remote_side, backref with delete-orphan).
const SelfRef = `from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session, backref
Base = declarative_base()
class Node(Base):
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey("node.id"))
    parent = relationship("Node", remote_side=[id], backref=backref("children", cascade="all, delete-orphan"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
`

// OneToOne is a one-to-one (uselist=False) with single_parent.
const OneToOne = `from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class U(Base):
    __tablename__ = "u"
    id = Column(Integer, primary_key=True)
    profile = relationship("Profile", uselist=False, back_populates="u")
class Profile(Base):
    __tablename__ = "profile"
    id = Column(Integer, primary_key=True)
    bio = Column(String)
    u_id = Column(Integer, ForeignKey("u.id"))
    u = relationship("U", back_populates="profile", single_parent=True)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
`

// TwoFKs is two foreign keys to the same table told apart by foreign_keys=.
const TwoFKs = `from sqlalchemy import create_engine, Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class Acct(Base):
    __tablename__ = "acct"
    id = Column(Integer, primary_key=True)
class Tx(Base):
    __tablename__ = "tx"
    id = Column(Integer, primary_key=True)
    src_id = Column(Integer, ForeignKey("acct.id"))
    dst_id = Column(Integer, ForeignKey("acct.id"))
    src = relationship(Acct, foreign_keys=[src_id], backref="out")
    dst = relationship(Acct, foreign_keys="Tx.dst_id", backref="inc")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
`

// PassiveDeletes is passive_deletes=True over ON DELETE CASCADE, with foreign keys switched on by a connect listener.
const PassiveDeletes = `from sqlalchemy import create_engine, Column, Integer, ForeignKey, event
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class P(Base):
    __tablename__ = "p"
    id = Column(Integer, primary_key=True)
    kids = relationship("K", cascade="all, delete-orphan", passive_deletes=True)
class K(Base):
    __tablename__ = "k"
    id = Column(Integer, primary_key=True)
    p_id = Column(Integer, ForeignKey("p.id", ondelete="CASCADE"))
engine = create_engine("sqlite://")
@event.listens_for(engine, "connect")
def fk(con, rec):
    con.execute("PRAGMA foreign_keys=ON")
Base.metadata.create_all(engine)
s = Session(engine)
`

// SeedQuestion is the seed question's model: the cascade on the many-to-one side.
const SeedQuestion = `from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parentid = Column(Integer, ForeignKey("parent.id"))
    parent = relationship(Parent, cascade="all,delete", backref="children")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
`

// ThreeLevels is three levels A -> B -> C with delete-orphan on the first and a plain one-to-many on the second.
const ThreeLevels = `from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import relationship, Session, declarative_base
Base = declarative_base()
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    bs = relationship("B", backref="a", cascade="all, delete-orphan")
class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(Integer, ForeignKey("a.id"), nullable=False)
    cs = relationship("C", backref="b")
class C(Base):
    __tablename__ = "c"
    id = Column(Integer, primary_key=True)
    b_id = Column(Integer, ForeignKey("b.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add(A(id=1, bs=[B(id=1, cs=[C(id=1), C(id=2)])]))
s.commit()
`

// Joined is joined-table inheritance (Employee, Manager, Engineer loaded with polymorphic_load="selectin") under a Company, with rows committed.
const Joined = `from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, select, inspect
from sqlalchemy.orm import declarative_base, relationship, Session, with_polymorphic, selectin_polymorphic
Base = declarative_base()
class Company(Base):
    __tablename__ = "company"
    id = Column(Integer, primary_key=True)
    employees = relationship("Employee", back_populates="company", cascade="all, delete-orphan", order_by="Employee.id")
class Employee(Base):
    __tablename__ = "employee"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    type = Column(String)
    company_id = Column(ForeignKey("company.id"))
    company = relationship("Company", back_populates="employees")
    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": type}
    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.name)
class Manager(Employee):
    __tablename__ = "manager"
    id = Column(ForeignKey("employee.id"), primary_key=True)
    manager_name = Column(String)
    __mapper_args__ = {"polymorphic_identity": "manager"}
class Engineer(Employee):
    __tablename__ = "engineer"
    id = Column(ForeignKey("employee.id"), primary_key=True)
    info = Column(String)
    __mapper_args__ = {"polymorphic_identity": "engineer", "polymorphic_load": "selectin"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add(Company(id=1, employees=[Manager(name="m", manager_name="boss"), Engineer(name="e", info="fixes"), Employee(name="p")]))
s.commit()
s.close()
`

// Single is single-table inheritance (Pet, Dog, Cat on one table told apart by kind).
const Single = `from sqlalchemy import create_engine, Column, Integer, String, select
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class Pet(Base):
    __tablename__ = "pet"
    id = Column(Integer, primary_key=True)
    kind = Column(String)
    name = Column(String)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "pet"}
    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.name)
class Dog(Pet):
    bark = Column(String)
    __mapper_args__ = {"polymorphic_identity": "dog"}
class Cat(Pet):
    __mapper_args__ = {"polymorphic_identity": "cat"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
`
