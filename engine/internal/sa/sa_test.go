package sa_test

// Table tests of the SQLAlchemy surface: one line per case, a Python source
// and what SQLAlchemy 2.0.52 under CPython 3.11 printed for it (stdout, then
// "! Class: message" for the uncaught exception) or the statements it sent
// (SQL and JSON parameters). Recorded with conformance/record.py, never
// copied from the engine.

import (
	"testing"

	"cascadelab/engine/internal/script/scripttest"
)

var (
	expectRun = scripttest.ExpectRun
	expectSQL = scripttest.ExpectSQL
)

func TestDeclarative(t *testing.T) {
	expectRun(t, scripttest.Classic+"print(sorted(Base.metadata.tables), [t.name for t in Base.metadata.sorted_tables])\n", "['child', 'parent'] ['parent', 'child']\n")
	expectRun(t, scripttest.Classic+"p = Parent(name=\"x\")\nprint(p.id, p.name, p.children, Child().parent)\n", "None x [] None\n")
	expectRun(t, scripttest.Classic+"Parent(nope=1)\n", "! TypeError: 'nope' is an invalid keyword argument for Parent\n")
	expectRun(t, scripttest.Classic+"Parent(1)\n", "! TypeError: __init__() takes 1 positional argument but 2 were given\n")
	expectRun(t, scripttest.Classic+"c = Child(name=\"c\")\np = Parent(children=[c])\nprint(c.parent is p, p.children)\nc.parent = None\nprint(p.children)\n", "True [Child('c')]\n[]\n")
	expectRun(t, scripttest.Modern+"u = User(name=\"spongebob\", fullname=\"Spongebob Squarepants\", addresses=[Address(email_address=\"s@x.org\")])\nprint(u, u.addresses[0].user is u, u.fullname)\n", "User(id=None, name='spongebob') True Spongebob Squarepants\n")
	expectRun(t, "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = \"a\"\n    x = Column(Integer)\n", "! ArgumentError: Mapper Mapper[A(a)] could not assemble any primary key columns for mapped table 'a'\n")
	expectRun(t, "from sqlalchemy import Column, Integer, ForeignKey, create_engine\nfrom sqlalchemy.orm import declarative_base, relationship\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = \"a\"\n    id = Column(Integer, primary_key=True)\n    bs = relationship(\"B\", backref=\"a\")\nclass B(Base):\n    __tablename__ = \"b\"\n    id = Column(Integer, primary_key=True)\n    a_id = Column(Integer, ForeignKey(\"a.id\"))\n    a = relationship(\"A\")\nB()\n", "! ArgumentError: Error creating backref 'a' on relationship 'A.bs': property of that name exists on mapper 'Mapper[B(b)]'\n")
	expectRun(t, "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base, relationship\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = \"a\"\n    id = Column(Integer, primary_key=True)\n    bs = relationship(\"B\")\nclass B(Base):\n    __tablename__ = \"b\"\n    id = Column(Integer, primary_key=True)\nA()\n", "! NoForeignKeysError: Could not determine join condition between parent/child tables on relationship A.bs - there are no foreign keys linking these tables.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify a 'primaryjoin' expression.\n")
	expectRun(t, "from sqlalchemy import Column, Integer, ForeignKey\nfrom sqlalchemy.orm import declarative_base, relationship\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = \"a\"\n    id = Column(Integer, primary_key=True)\n    bs = relationship(\"B\", cascade=\"all, delete-orphan, bogus\")\nclass B(Base):\n    __tablename__ = \"b\"\n    id = Column(Integer, primary_key=True)\n    a_id = Column(Integer, ForeignKey(\"a.id\"))\nA()\n", "! ArgumentError: Invalid cascade option(s): 'bogus'\n")
	expectRun(t, "from sqlalchemy import Column, Integer, ForeignKey\nfrom sqlalchemy.orm import declarative_base, relationship, backref\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = \"a\"\n    id = Column(Integer, primary_key=True)\nclass B(Base):\n    __tablename__ = \"b\"\n    id = Column(Integer, primary_key=True)\n    a_id = Column(Integer, ForeignKey(\"a.id\"))\n    a = relationship(\"A\", backref=backref(\"bs\", cascade=\"all, delete-orphan\", order_by=\"B.id\"))\nprint(A.bs.property.cascade)\n", "! AttributeError: type object 'A' has no attribute 'bs'\n")
}

func TestSession(t *testing.T) {
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).count(), session.query(Child).order_by(Child.id.desc()).all())\n", "2 [Child('c'), Child('b'), Child('a')]\n")
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\nprint(p, p.children, session.get(Parent, 99))\n", "Parent('p1') [Child('a'), Child('b')] None\n")
	expectRun(t, scripttest.Seeded+"p = session.query(Parent).filter_by(name=\"p2\").one()\nsession.delete(p)\nsession.commit()\nprint(session.query(Child).all())\n", "[Child('a'), Child('b')]\n")
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\np.children.remove(p.children[0])\nsession.flush()\nprint(session.query(Child).count())\n", "2\n")
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\nprint(p in session, len(session.new), len(session.dirty), len(session.deleted))\np.name = \"renamed\"\nprint(list(session.dirty))\nsession.delete(p)\nprint(list(session.deleted))\nsession.rollback()\nprint(p.name)\n", "True 0 0 0\n[Parent('renamed')]\n[Parent('renamed'), Child('a'), Child('b')]\np1\n")
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\nsession.expunge(p)\nprint(p in session)\np2 = session.merge(p)\nprint(p2 is p, p2 in session)\n", "False\nFalse True\n")
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\nsession.execute(update(Parent).where(Parent.id == 1).values(name=\"zz\"))\nprint(p.name)\nsession.refresh(p)\nprint(p.name)\nsession.expire(p)\nprint(p.name)\nsession.expire_all()\nprint(p.children)\n", "zz\nzz\nzz\n[Child('a'), Child('b')]\n")
	expectRun(t, scripttest.Seeded+"print(session.scalars(select(Child).where(Child.parent_id == 1)).all())\nprint(session.scalar(select(Parent).where(Parent.name == \"p2\")))\nprint(session.execute(select(Child.name).order_by(Child.name.desc())).all())\n", "[Child('a'), Child('b')]\nParent('p2')\n[('c',), ('b',), ('a',)]\n")
	expectRun(t, scripttest.Seeded+"session.execute(delete(Child).where(Child.name == \"a\"))\nprint(session.query(Child).all())\n", "[Child('b'), Child('c')]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent).where(or_(Parent.name == \"p1\", Parent.id > 1))).scalars().all())\nprint(session.execute(select(Child).where(and_(Child.id >= 2, not_(Child.name == \"c\")))).scalars().first())\n", "[Parent('p1'), Parent('p2')]\nChild('b')\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child).filter(Child.id.in_([1, 3])).all(), session.query(Child).filter(Child.id.not_in([1])).all())\nprint(session.query(Child).filter(Child.parent_id.is_(None)).all(), session.query(Child).filter(Child.parent_id != None).count())\n", "[Child('a'), Child('c')] [Child('b'), Child('c')]\n[] 3\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child).order_by(desc(Child.id)).limit(2).offset(1).all(), session.query(Child).order_by(asc(Child.name)).first())\n", "[Child('b'), Child('a')] Child('a')\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).filter(Parent.id == 5).one_or_none(), session.query(Parent).filter(Parent.id == 5).first())\nsession.query(Parent).one()\n", "None None\n! MultipleResultsFound: Multiple rows were found when exactly one was required\n")
	expectRun(t, scripttest.Seeded+"session.query(Parent).filter(Parent.id == 7).one()\n", "! NoResultFound: No row was found when one was required\n")
	expectRun(t, scripttest.Seeded+"n = session.query(Child).filter(Child.parent_id == 1).delete()\nprint(n, session.query(Child).count())\nn = session.query(Child).filter(Child.id == 3).update({\"name\": \"cc\"}, synchronize_session=\"fetch\")\nprint(n, session.get(Child, 3))\n", "2 1\n1 Child('cc')\n")
	expectRun(t, scripttest.Seeded+"print(session.scalar(select(func.count(Child.id))), session.scalar(select(func.max(Child.id))))\n", "3 3\n")
	expectRun(t, scripttest.Seeded+"session.add(Child(id=1, name=\"dup\"))\nsession.commit()\n", "! IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: child.id\n")
	expectRun(t, scripttest.Seeded+"session.add(Child(id=1, name=\"dup\"))\ntry:\n    session.flush()\nexcept Exception as e:\n    print(type(e).__name__)\n    session.rollback()\nprint(session.query(Child).count())\n", "IntegrityError\n3\n")
	expectRun(t, scripttest.Classic+"try:\n    session.delete(Parent())\nexcept Exception as e:\n    print(type(e).__name__, str(e).split(\" at \")[0])\n", "InvalidRequestError Instance '<Parent\n")
	expectRun(t, scripttest.Seeded+"session.close()\nprint(session.query(Parent).get(2))\n", "Parent('p2')\n")
}

func TestEngine(t *testing.T) {
	expectRun(t, scripttest.Core+"with engine.connect() as conn:\n    print(conn.execute(text(\"SELECT 1\")).scalar(), conn.execute(text(\"SELECT 2 AS x\")).one(), conn.execute(text(\"SELECT 3\")).first())\n    print(conn.execute(text(\"SELECT 1 WHERE 0\")).scalar_one_or_none(), conn.execute(text(\"SELECT 4\")).fetchall())\n", "1 (2,) (3,)\nNone [(4,)]\n")
	expectRun(t, scripttest.Core+"with engine.connect() as conn:\n    conn.execute(text(\"SELEC 1\"))\n", "! OperationalError: (sqlite3.OperationalError) near \"SELEC\": syntax error\n")
	expectRun(t, "from sqlalchemy import create_engine, event, text\nengine = create_engine(\"sqlite://\")\n@event.listens_for(engine, \"connect\")\ndef on_connect(dbapi_connection, connection_record):\n    cursor = dbapi_connection.cursor()\n    cursor.execute(\"PRAGMA foreign_keys=ON\")\n    cursor.close()\nwith engine.connect() as conn:\n    print(conn.execute(text(\"PRAGMA foreign_keys\")).scalar())\n", "1\n")
	expectRun(t, "import sqlite3\nfrom sqlalchemy import create_engine, event, text\nfrom sqlalchemy.engine import Engine\n@event.listens_for(Engine, \"connect\")\ndef fk(dbapi_connection, connection_record):\n    if isinstance(dbapi_connection, sqlite3.Connection):\n        dbapi_connection.execute(\"PRAGMA foreign_keys=ON\")\nengine = create_engine(\"sqlite:///:memory:\", echo=True)\nwith engine.connect() as conn:\n    print(conn.execute(text(\"PRAGMA foreign_keys\")).scalar())\n", "1\n")
	expectRun(t, "from sqlalchemy import create_engine\ncreate_engine()\n", "! TypeError: create_engine() missing 1 required positional argument: 'url'\n")
	expectRun(t, "from sqlalchemy import create_engine\nengine = create_engine(\"sqlite://\")\nengine.dispose()\nprint(type(engine).__name__)\n", "Engine\n")
}

func TestManyToMany(t *testing.T) {
}

func TestDates(t *testing.T) {
	expectRun(t, "import datetime\nd = datetime.date(2024, 2, 29)\nt = datetime.datetime(2024, 1, 2, 3, 4, 5)\nprint(d, t, d.year, d.month, d.day, t.hour, t.minute, t.second, d.isoformat(), repr(d), d < datetime.date(2025, 1, 1), d == datetime.date(2024, 2, 29))\n", "2024-02-29 2024-01-02 03:04:05 2024 2 29 3 4 5 2024-02-29 datetime.date(2024, 2, 29) True True\n")
	expectRun(t, "import datetime\ndatetime.date(2024, 2, 30)\n", "! ValueError: day is out of range for month\n")
	expectRun(t, "from sqlalchemy import Column, Integer, Date, DateTime, Boolean, Float, Numeric, create_engine\nfrom sqlalchemy.orm import declarative_base, Session\nimport datetime\nBase = declarative_base()\nclass E(Base):\n    __tablename__ = \"e\"\n    id = Column(Integer, primary_key=True)\n    d = Column(Date)\n    t = Column(DateTime)\n    b = Column(Boolean)\n    f = Column(Float)\nengine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\nwith Session(engine) as s:\n    s.add(E(d=datetime.date(2020, 1, 2), t=datetime.datetime(2020, 1, 2, 3, 4), b=True, f=1.5))\n    s.commit()\n    e = s.get(E, 1)\n    print(e.d, e.t, e.b, e.f)\n", "2020-01-02 2020-01-02 03:04:00 True 1.5\n")
}

func TestFlask(t *testing.T) {
}

func TestDynamic(t *testing.T) {
	expectRun(t, scripttest.Dynamic+"p = Parent(name=\"p\")\np.children.append(Child(name=\"a\"))\np.children.extend([Child(name=\"b\"), Child(name=\"c\")])\ns.add(p)\nprint(p.children.count())\ns.commit()\nprint([c.name for c in p.children.order_by(Child.name.desc())], p.children.filter(Child.name != \"a\").count(), p.children.filter_by(name=\"b\").first().name)\nprint(p.children[1].name, [c.name for c in p.children[0:2]], len(p.children.all()), [c.name for c in p.children.limit(1).offset(1)])\nc = p.children.filter_by(name=\"a\").one()\np.children.remove(c)\ns.commit()\nprint(s.query(Child).filter(Child.parent_id == None).count(), p.children.where(Child.id > 2).one_or_none().name)\n", "3\n['c', 'b', 'a'] 2 b\nb ['a', 'b'] 3 ['b']\n1 c\n")
	expectRun(t, scripttest.Dynamic+"p = Parent(name=\"p\")\np.children = [Child(name=\"x\")]\ns.add(p)\ns.flush()\nprint([c.name for c in p.children], list(p.children)[0].parent is p)\n", "['x'] True\n")
}

func TestCollections(t *testing.T) {
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\nkids = p.children\nprint(len(kids), bool(kids), kids[0] in kids, kids.index(kids[1]), kids.count(kids[0]), kids[-1], kids[0:1])\nc = kids.pop()\nprint(c, kids)\nkids.pop(0)\nprint(kids)\nkids.extend([Child(name=\"n1\"), Child(name=\"n2\")])\nkids.append(Child(name=\"n3\"))\nkids.remove(kids[0])\nprint(kids, [x.name for x in kids.copy()])\nkids.clear()\nsession.commit()\nprint(session.query(Child).all())\n", "2 True True 1 1 Child('b') [Child('a')]\nChild('b') [Child('a')]\n[]\n[Child('n2'), Child('n3')] ['n2', 'n3']\n[Child('c')]\n")
	expectRun(t, scripttest.Seeded+"p = session.get(Parent, 1)\nprint(p.children != [], len(p.children) == 2)\nfor c in p.children:\n    print(c.parent.name)\n", "True True\np1\np1\n")
}

func TestQuery(t *testing.T) {
	expectRun(t, scripttest.Seeded+"q = session.query(Child).order_by(Child.id)\nprint(q[1], q[0:2], q[1:], q[:1], q[::2], q[2:1])\nq[5]\n", "Child('b') [Child('a'), Child('b')] [Child('b'), Child('c')] [Child('a')] [Child('a'), Child('c')] []\n! IndexError: list index out of range\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child.name, Child.id).order_by(Child.id).all(), session.query(Child.name).filter(Child.id == 1).scalar())\n", "[('a', 1), ('b', 2), ('c', 3)] a\n")
	expectRun(t, scripttest.Seeded+"r = session.execute(select(Child.id, Child.name).order_by(Child.id))\nrows = r.all()\nprint(rows[0].name, rows[0][0], len(rows[0]), tuple(rows[1]), rows[0] == (1, \"a\"), list(rows[2]))\n", "a 1 2 (2, 'b') True [3, 'c']\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Child).order_by(Child.id)).scalars().first(), session.execute(select(Child).where(Child.id == 2)).scalar_one(), session.execute(select(Child).where(Child.id == 9)).scalar_one_or_none())\nprint(session.execute(select(Child.parent_id)).scalars().unique().all() if False else sorted(set(session.execute(select(Child.parent_id)).scalars().all())))\n", "Child('a') Child('b') None\n[1, 2]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Child).where(Child.id == 9)).scalar_one())\n", "! NoResultFound: No row was found when one was required\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Child)).one())\n", "! MultipleResultsFound: Multiple rows were found when exactly one was required\n")
	expectRun(t, scripttest.Seeded+"for (c,) in session.execute(select(Child).order_by(Child.id)):\n    print(c.name)\nprint(session.execute(select(Parent.name).where(Parent.id == 1)).one_or_none(), session.execute(select(Parent.name).where(Parent.id == 1)).fetchone(), session.execute(select(Parent.name)).fetchall())\n", "a\nb\nc\n('p1',) ('p1',) [('p1',), ('p2',)]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child).filter(Child.name < \"b\").all(), session.query(Child).filter(Child.name <= \"b\").count(), session.query(Child).filter(Child.name > \"a\").count(), session.query(Child).filter(Child.id >= 2, Child.id != 3).all())\nprint(session.query(Child).where(Child.name.is_not(None)).count())\n", "[Child('a')] 2 2 [Child('b')]\n3\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).order_by(Parent.name.desc(), Parent.id.asc()).first())\n", "Parent('p2')\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child).filter_by(parent_id=1, name=\"b\").one().name, session.query(Child).filter_by(nope=1).all())\n", "! InvalidRequestError: Entity namespace for \"child\" has no property \"nope\"\n")
	expectRun(t, scripttest.Seeded+"n = session.query(Child).filter(Child.parent_id == 1).update({Child.name: \"u\"})\nprint(n, [c.name for c in session.query(Child).order_by(Child.id)])\nn = session.query(Child).filter(Child.name == \"u\").delete(synchronize_session=False)\nprint(n, session.query(Child).count())\n", "2 ['u', 'u', 'c']\n2 1\n")
	expectRun(t, scripttest.Seeded+"session.query(Child).update({\"name\": \"x\"}, synchronize_session=\"bogus\")\n", "! ArgumentError: Valid strategies for session synchronization are 'auto', 'evaluate', 'fetch', False\n")
	expectRun(t, scripttest.Seeded+"stmt = select(Child).where(Child.parent_id == 1).order_by(Child.id.desc()).limit(1)\nprint(session.scalars(stmt).all(), session.scalars(select(Child).offset(2)).all())\n", "[Child('b')] [Child('c')]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(update(Child).where(Child.id == 1).values(name=\"q\")).rowcount, session.get(Child, 1).name)\nprint(session.execute(delete(Child).where(Child.id > 1).execution_options(synchronize_session=\"fetch\")).rowcount)\n", "1 q\n2\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(text(\"SELECT name FROM child WHERE id = :i\"), {\"i\": 2}).scalar(), session.execute(text(\"SELECT count(*) FROM parent\")).scalar_one())\n", "b 2\n")
	expectRun(t, scripttest.Seeded+"print(session.query(func.count(Child.id)).scalar(), session.scalar(select(func.min(Child.name))), session.scalar(select(func.sum(Child.id))), session.scalar(select(func.avg(Child.id))))\n", "3 a 6 2.0\n")
}

func TestLoading(t *testing.T) {
	expectRun(t, scripttest.Lazy+"for p in s.query(Parent).order_by(Parent.id):\n    print(p.id, [c.id for c in p.sel], [c.id for c in p.joined], [c.id for c in p.sub], p.no)\n", "1 [1, 2] [1, 2] [1, 2] []\n2 [3] [3] [3] []\n3 [] [] [] []\n")
	expectRun(t, scripttest.Lazy+"p = s.get(Parent, 1)\nprint(p.raiser)\n", "! InvalidRequestError: 'Parent.raiser' is not available due to lazy='raise'\n")
}

func TestEcho(t *testing.T) {
	expectRun(t, "from sqlalchemy import create_engine, text\nengine = create_engine(\"sqlite://\", echo=True)\nwith engine.connect() as c:\n    print(c.execute(text(\"SELECT 1 + 1\")).scalar())\n", "2\n")
}

func TestRelationships(t *testing.T) {
	expectRun(t, scripttest.SelfRef+"root = Node(name=\"root\", children=[Node(name=\"a\"), Node(name=\"b\")])\ns.add(root)\ns.commit()\nprint([n.name for n in root.children], root.children[0].parent.name)\ns.delete(root)\ns.commit()\nprint(s.query(Node).count())\n", "['a', 'b'] root\n0\n")
	expectRun(t, scripttest.OneToOne+"u = U(profile=Profile(bio=\"x\"))\ns.add(u)\ns.commit()\nu.profile = Profile(bio=\"y\")\ns.commit()\nprint(u.profile.bio, s.query(Profile).count(), s.get(Profile, 1).u_id)\n", "y 2 None\n")
	expectRun(t, scripttest.PassiveDeletes+"p = P(kids=[K(), K()])\ns.add(p)\ns.commit()\ns.delete(p)\ns.commit()\nprint(s.query(K).count())\n", "0\n")
}

func TestSchema(t *testing.T) {
	expectRun(t, "from sqlalchemy import Column, Integer, String, ForeignKey, ForeignKeyConstraint, UniqueConstraint, Table, MetaData, create_engine\nfrom sqlalchemy.orm import declarative_base\nBase = declarative_base()\nclass R(Base):\n    __tablename__ = \"r\"\n    a = Column(String(2), primary_key=True)\n    b = Column(Integer, primary_key=True)\nclass S(Base):\n    __tablename__ = \"s\"\n    __table_args__ = (ForeignKeyConstraint([\"a\", \"b\"], [\"r.a\", \"r.b\"], ondelete=\"CASCADE\"), UniqueConstraint(\"a\", \"b\", name=\"uq_ab\"))\n    id = Column(Integer, primary_key=True)\n    a = Column(String(2))\n    b = Column(Integer)\nengine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\nBase.metadata.drop_all(engine)\nprint(\"ok\")\n", "ok\n")
	expectRun(t, "from sqlalchemy import Column, Integer, ForeignKey, create_engine\nfrom sqlalchemy.orm import declarative_base\nBase = declarative_base()\nclass B(Base):\n    __tablename__ = \"b\"\n    id = Column(Integer, primary_key=True)\n    a_id = Column(Integer, ForeignKey(\"nowhere.id\"))\nBase.metadata.create_all(create_engine(\"sqlite://\"))\n", "! NoReferencedTableError: Foreign key associated with column 'b.a_id' could not find table 'nowhere' with which to generate a foreign key to target column 'id'\n")
	expectRun(t, "from sqlalchemy import Column, Integer, String, Text, Unicode, UnicodeText, BigInteger, SmallInteger, Boolean, Float, Numeric, Date, DateTime, create_engine\nfrom sqlalchemy.orm import declarative_base, Session\nBase = declarative_base()\nclass T(Base):\n    __tablename__ = \"t\"\n    id = Column(BigInteger, primary_key=True)\n    a = Column(SmallInteger)\n    b = Column(Text)\n    c = Column(Unicode(10))\n    d = Column(UnicodeText)\n    f = Column(Float(precision=5))\n    h = Column(Boolean, default=False)\n    i = Column(String, default=\"x\")\nengine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\nwith Session(engine) as s:\n    s.add(T(id=1, a=2, b=\"t\", c=\"u\", d=\"v\", f=2.5))\n    s.commit()\n    t = s.get(T, 1)\n    print(t.a, t.b, t.c, t.d, t.f, t.h, t.i)\n", "2 t u v 2.5 False x\n")
	expectRun(t, "from sqlalchemy import MetaData, Table, Column, Integer, ForeignKey, create_engine\nmd = MetaData()\na = Table(\"a\", md, Column(\"id\", Integer, primary_key=True))\nb = Table(\"b\", md, Column(\"id\", Integer, primary_key=True), Column(\"a_id\", ForeignKey(\"a.id\")))\nprint(a.name, b.c.a_id.name, [t.name for t in md.sorted_tables], sorted(md.tables))\ne = create_engine(\"sqlite://\")\nmd.create_all(e)\nmd.drop_all(e)\n", "a a_id ['a', 'b'] ['a', 'b']\n")
}

func TestEvents(t *testing.T) {
	expectRun(t, "from sqlalchemy import create_engine, event, text\nengine = create_engine(\"sqlite://\")\ndef on_connect(dbapi_con, rec):\n    dbapi_con.execute(\"pragma foreign_keys=ON\")\nevent.listen(engine, \"connect\", on_connect)\nwith engine.connect() as conn:\n    print(conn.execute(text(\"PRAGMA foreign_keys\")).scalar())\n", "1\n")
}

func TestFlaskDB(t *testing.T) {
	expectRun(t, "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\napp = Flask(__name__)\napp.config[\"SQLALCHEMY_DATABASE_URI\"] = \"sqlite://\"\ndb = SQLAlchemy()\ndb.init_app(app)\nclass Author(db.Model):\n    __tablename__ = \"author\"\n    id = db.Column(db.Integer, primary_key=True)\n    books = db.relationship(\"Book\", backref=\"author\", cascade=\"all, delete-orphan\")\nclass Book(db.Model):\n    __tablename__ = \"book\"\n    id = db.Column(db.Integer, primary_key=True)\n    author_id = db.Column(db.Integer, db.ForeignKey(\"author.id\"))\nwith app.app_context():\n    db.create_all()\n    a = Author(books=[Book(), Book()])\n    db.session.add(a)\n    db.session.commit()\n    print(Book.query.count(), [b.id for b in Book.query.order_by(Book.id.desc())], a in db.session)\n    db.session.delete(a)\n    db.session.commit()\n    print(db.session.query(Book).count(), len(Author.query.all()))\n    db.session.remove()\n    db.drop_all()\n", "2 [2, 1] True\n0 0\n")
}
