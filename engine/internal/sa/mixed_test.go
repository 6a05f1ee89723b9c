package sa_test

import (
	"testing"

	"cascadelab/engine/internal/script/scripttest"
)

// TestMixedSelect: entities and columns selected together (select(User,
// Address.email_address), session.query(User, func.count(...))), their
// labels, rows and identity.
func TestMixedSelect(t *testing.T) {
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.name).join(Parent.children).order_by(Child.id)).all())\n", "[(Parent('p1'), 'a'), (Parent('p1'), 'b'), (Parent('p2'), 'c')]\n")
	expectRun(t, scripttest.Seeded+"for p, n in session.query(Parent, Child.name).join(Parent.children).order_by(Child.id):\n    print(p, n, p is session.get(Parent, p.id))\n", "Parent('p1') a True\nParent('p1') b True\nParent('p2') c True\n")
	expectRun(t, scripttest.Seeded+"r = session.execute(select(Child.name, Parent).join(Child.parent)).first()\nprint(r, r.name, r.Parent, r[1], r._fields, r._mapping[Parent], r._mapping[\"name\"])\n", "('a', Parent('p1')) a Parent('p1') Parent('p1') ('name', 'Parent') Parent('p1') a\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent, func.count(Child.id)).join(Parent.children).group_by(Parent).order_by(Parent.id).all())\n", "[(Parent('p1'), 2), (Parent('p2'), 1)]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child).join(Parent.children).where(Child.name != \"b\")).all())\n", "[(Parent('p1'), Child('a')), (Parent('p2'), Child('c'))]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent.id, Parent).all(), session.query(Parent, Parent.id).first())\n", "[(1, Parent('p1')), (2, Parent('p2'))] (Parent('p1'), 1)\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Parent.name).order_by(Parent.id)).tuples().all())\n", "[(Parent('p1'), 'p1'), (Parent('p2'), 'p2')]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.id).join(Parent.children)).mappings().all())\n", "[{'Parent': Parent('p1'), 'id': 1}, {'Parent': Parent('p1'), 'id': 2}, {'Parent': Parent('p2'), 'id': 3}]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent, Child.name).filter(Parent.id == Child.parent_id, Child.name == \"c\").one())\n", "(Parent('p2'), 'c')\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child.name, Parent).filter(Parent.id == Child.parent_id).order_by(Child.name.desc()).scalar())\n", "! MultipleResultsFound: Multiple rows were found when exactly one was required\n")
	expectRun(t, scripttest.Seeded+"print(session.scalars(select(Parent, Child.name).join(Parent.children)).all())\n", "[Parent('p1'), Parent('p1'), Parent('p2')]\n")
	expectSQL(t, scripttest.Seeded, "session.execute(select(Parent, Child.id).join(Parent.children)).all()\n", "SELECT parent.id, parent.name, child.id AS id_1 FROM parent JOIN child ON parent.id = child.parent_id []\n")
	expectSQL(t, scripttest.Seeded, "session.execute(select(Child.id, Parent, Parent.id, Parent)).all()\n", "SELECT child.id, parent.id AS id_1, parent.name, parent.id AS id__1 FROM child, parent []\n")
	expectSQL(t, scripttest.Seeded, "session.query(Parent, Parent.name, Parent.name).all()\n", "SELECT parent.id AS parent_id, parent.name AS parent_name, parent.name AS parent_name__1, parent.name AS parent_name__2 FROM parent []\n")
	expectSQL(t, scripttest.Seeded, "session.query(Parent, func.count(Child.id)).join(Parent.children).group_by(Parent).all()\n", "SELECT parent.id AS parent_id, parent.name AS parent_name, count(child.id) AS count_1 FROM parent JOIN child ON parent.id = child.parent_id GROUP BY parent.id, parent.name []\n")
	expectRun(t, scripttest.Seeded+"print(select(Parent, Child.id).join(Parent.children).where(Child.id == 2))\n", "SELECT parent.id, parent.name, child.id AS id_1 \nFROM parent JOIN child ON parent.id = child.parent_id \nWHERE child.id = :id_2\n")
	expectRun(t, scripttest.Seeded+"r = session.query(Parent, func.count(Child.id), Child.name.label(\"cn\")).join(Parent.children).group_by(Parent).first()\nprint(r._fields, r.cn, r.Parent)\n", "('Parent', 'cn') a Parent('p1')\n")
	expectRun(t, scripttest.Seeded+"r = session.execute(select(Parent, func.count(Child.id), func.max(Child.name)).join(Parent.children).group_by(Parent)).first()\nprint(r._fields, r.count, r.max)\n", "('Parent', 'count', 'max') 2 b\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.name).outerjoin(Parent.children).where(Child.id == None)).all())\n", "[]\n")
	expectRun(t, scripttest.Seeded+"session.add(Parent(name=\"p3\"))\nprint(session.execute(select(Child.name, Parent).outerjoin(Parent.children).order_by(Parent.id)).all())\n", "[('a', Parent('p1')), ('b', Parent('p1')), ('c', Parent('p2')), (None, Parent('p3'))]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent, Child.parent_id).join(Parent.children).all())\n", "[(Parent('p1'), 1), (Parent('p2'), 2)]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent, Child.parent_id).join(Parent.children).distinct().all())\n", "[(Parent('p1'), 1), (Parent('p2'), 2)]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).join(Parent.children).distinct().all(), session.query(Parent).join(Parent.children).group_by(Parent.id).all())\n", "[Parent('p1'), Parent('p2')] [Parent('p1'), Parent('p2')]\n")
	expectSQL(t, scripttest.Seeded, "session.query(Parent).join(Parent.children).order_by(Child.name).distinct().all()\n", "SELECT DISTINCT parent.id AS parent_id, parent.name AS parent_name FROM parent JOIN child ON parent.id = child.parent_id ORDER BY child.name []\n")
	expectSQL(t, scripttest.Seeded, "session.execute(select(Parent).join(Parent.children).order_by(Child.name).distinct()).all()\n", "SELECT DISTINCT parent.id, parent.name FROM parent JOIN child ON parent.id = child.parent_id ORDER BY child.name []\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent.name, Child).join(Parent.children).order_by(Child.id)).first())\n", "('p1', Child('a'))\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.name).join(Parent.children).order_by(Child.id)).one())\n", "! MultipleResultsFound: Multiple rows were found when exactly one was required\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.name).join(Parent.children).where(Child.id == 3)).one())\n", "(Parent('p2'), 'c')\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.name).join(Parent.children).where(Child.id == 3)).scalar_one())\n", "Parent('p2')\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Child.parent_id).join(Parent.children)).unique().all())\n", "[(Parent('p1'), 1), (Parent('p2'), 2)]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Child.parent_id, Parent).join(Child.parent)).scalars().unique().all())\n", "[1, 2]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child.name).filter_by(parent_id=2).all(), session.execute(select(Child.name, Parent).join(Child.parent).filter_by(id=3)).all())\n", "[('c',)] []\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent).select_from(Child).join(Child.parent).filter_by(name=\"p2\")).all())\n", "[(Parent('p2'),)]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Child.id, Parent.name).filter_by(name=\"a\")).all())\n", "[(1, 'p1'), (1, 'p2')]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, Parent)).all(), session.query(Parent, Parent).all())\n", "[(Parent('p1'), Parent('p1')), (Parent('p2'), Parent('p2'))] [(Parent('p1'), Parent('p1')), (Parent('p2'), Parent('p2'))]\n")
	expectSQL(t, scripttest.Seeded, "session.execute(select(Parent, Parent)).all()\n", "SELECT parent.id, parent.name FROM parent []\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.orm import aliased\nc2 = aliased(Child)\nprint(session.execute(select(Child.name, c2, c2.name).join(c2, Child.id == c2.id).order_by(c2.id)).all())\n", "[('a', Child('a'), 'a'), ('b', Child('b'), 'b'), ('c', Child('c'), 'c')]\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy.orm import aliased\nc2 = aliased(Child)\nsession.execute(select(Child.name, c2, c2.name).join(c2, Child.id == c2.id).order_by(c2.id)).all()\n", "SELECT child.name, child_1.id, child_1.name AS name_1, child_1.parent_id, child_1.name AS name__1 FROM child JOIN child AS child_1 ON child.id = child_1.id ORDER BY child_1.id []\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy.orm import aliased\nc2 = aliased(Child, name=\"cc\")\nsession.query(c2, c2.name, Child.name).filter(c2.id == Child.id).all()\n", "SELECT cc.id AS cc_id, cc.name AS cc_name, cc.parent_id AS cc_parent_id, cc.name AS cc_name__1, child.name AS child_name FROM child AS cc, child WHERE cc.id = child.id []\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent, Child.name).join(Parent.children).order_by(Child.name.desc()).first(), session.query(Parent.name, Child).join(Parent.children).filter(Child.id == 2).one())\n", "(Parent('p2'), 'c') ('p1', Child('b'))\n")
	expectRun(t, scripttest.Seeded+"r = session.query(Child, Parent.name.label(\"pn\")).join(Child.parent).order_by(Child.id).all()\nprint([(c.name, pn) for c, pn in r], r[0].pn, r[0].Child, r[0]._asdict())\n", "[('a', 'p1'), ('b', 'p1'), ('c', 'p2')] p1 Child('a') {'Child': Child('a'), 'pn': 'p1'}\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent, func.count(Child.id).label(\"n\")).outerjoin(Parent.children).group_by(Parent.id).having(func.count(Child.id) > 1)).all())\n", "[(Parent('p1'), 2)]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child.parent_id, func.count(Child.id)).group_by(Child.parent_id).all(), session.query(Parent, Child).join(Parent.children).count())\n", "[(1, 2), (2, 1)] 3\n")
	expectSQL(t, scripttest.Seeded, "session.query(Parent, Child).join(Parent.children).count()\n", "SELECT count(*) AS count_1 FROM (SELECT parent.id AS parent_id, parent.name AS parent_name, child.id AS child_id, child.name AS child_name, child.parent_id AS child_parent_id FROM parent JOIN child ON parent.id = child.parent_id) AS anon_1 []\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.orm import selectinload\nprint(session.execute(select(Parent, Child.name).join(Parent.children).options(selectinload(Parent.children))).all())\n", "[(Parent('p1'), 'a'), (Parent('p1'), 'b'), (Parent('p2'), 'c')]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).add_columns(Parent.name).all(), session.execute(select(Child.name).add_columns(Child.parent)).all() if False else 0)\n", "[(Parent('p1'), 'p1'), (Parent('p2'), 'p2')] 0\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Child.id).add_columns(Parent).join(Child.parent).order_by(Child.id)).all())\n", "[(1, Parent('p1')), (2, Parent('p1')), (3, Parent('p2'))]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).with_entities(Parent, Parent.name).all())\n", "[(Parent('p1'), 'p1'), (Parent('p2'), 'p2')]\n")
	expectRun(t, scripttest.Seeded+"c = session.get(Child, 1)\nc.name = \"zz\"\nprint(session.execute(select(Child, Child.name).where(Child.id == 1)).all())\n", "[(Child('zz'), 'zz')]\n")
	expectSQL(t, scripttest.Seeded, "t = Child.__table__\nsession.execute(select(Parent, t.c.name).join(t, Parent.id == t.c.parent_id)).all()\n", "SELECT parent.id, parent.name, child.name AS name_1 FROM parent JOIN child ON parent.id = child.parent_id []\n")
	expectRun(t, scripttest.Seeded+"t = Child.__table__\nprint(session.execute(select(Parent, t.c.name).join(t, Parent.id == t.c.parent_id)).all())\n", "[(Parent('p1'), 'a'), (Parent('p1'), 'b'), (Parent('p2'), 'c')]\n")
	expectSQL(t, scripttest.Seeded, "n = select(func.count(Child.id)).where(Child.parent_id == Parent.id).scalar_subquery()\nprint(session.execute(select(Parent, n).order_by(Parent.id)).all())\n", "SELECT parent.id, parent.name, (SELECT count(child.id) AS count_1 FROM child WHERE child.parent_id = parent.id) AS anon_1 FROM parent ORDER BY parent.id []\n")
	expectSQL(t, scripttest.Seeded, "print(session.execute(select(Parent, (Parent.id * 10).label(\"x\"), Parent.id + 1)).all())\n", "SELECT parent.id, parent.name, parent.id * ? AS x, parent.id + ? AS anon_1 FROM parent [10,1]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).add_entity(Child).join(Parent.children).all())\n", "[(Parent('p1'), Child('a')), (Parent('p1'), Child('b')), (Parent('p2'), Child('c'))]\n")
	expectSQL(t, scripttest.Seeded, "session.query(Parent, Child.name).join(Parent.children).order_by(Parent.id).limit(1).offset(1).all()\n", "SELECT parent.id AS parent_id, parent.name AS parent_name, child.name AS child_name FROM parent JOIN child ON parent.id = child.parent_id ORDER BY parent.id LIMIT ? OFFSET ? [1,1]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent.id, Parent).filter(Parent.id == 1).one(), session.query(Child.parent_id, Child).order_by(Child.id).all())\n", "(1, Parent('p1')) [(1, Child('a')), (1, Child('b')), (2, Child('c'))]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.orm import aliased\np2 = aliased(Parent)\nprint(session.execute(select(Parent.name, p2).where(p2.id != Parent.id)).all())\n", "[('p1', Parent('p2')), ('p2', Parent('p1'))]\n")
}

// TestExists: sqlalchemy.exists() with where(), Query.exists() and
// Select.exists(), in a filter (correlated), negated and selected (a bool).
func TestExists(t *testing.T) {
	expectRun(t, scripttest.Seeded+"print(session.query(session.query(Child).filter(Child.name == \"a\").exists()).scalar(), session.query(Child).filter(Child.name == \"z\").exists())\n", "True EXISTS (SELECT 1 \nFROM child \nWHERE child.name = :name_1)\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import exists\nprint(session.scalar(select(exists().where(Child.name == \"a\"))), session.query(Parent).filter(exists().where(Child.parent_id == Parent.id, Child.name == \"c\")).all())\n", "True [Parent('p2')]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import exists\nprint(session.execute(select(Parent.name).where(~exists().where(Child.parent_id == Parent.id))).all())\n", "[]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).filter(Parent.id.in_(select(Child.parent_id).where(Child.name == \"c\"))).all())\n", "[Parent('p2')]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).filter(Parent.children.any(Child.name == \"b\")).all(), session.query(Child).filter(Child.parent.has(name=\"p2\")).all())\n", "[Parent('p1')] [Child('c')]\n")
	expectRun(t, scripttest.Seeded+"print(session.execute(select(Parent).where(select(Child.id).where(Child.parent_id == Parent.id).exists())).scalars().all())\n", "[Parent('p1'), Parent('p2')]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent.name).distinct().all(), session.query(Parent, Child.name).join(Parent.children).order_by(Child.name.desc()).limit(2).all())\n", "[('p1',), ('p2',)] [(Parent('p2'), 'c'), (Parent('p1'), 'b')]\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Parent).join(Parent.children).filter(Child.name.in_([\"a\", \"b\"])).distinct().count())\n", "1\n")
	expectSQL(t, scripttest.Seeded, "session.query(Parent).join(Parent.children).distinct().count()\n", "SELECT count(*) AS count_1 FROM (SELECT DISTINCT parent.id AS parent_id, parent.name AS parent_name FROM parent JOIN child ON parent.id = child.parent_id) AS anon_1 []\n")
	expectSQL(t, scripttest.Seeded, "session.query(session.query(Child).filter(Child.name == \"a\").exists()).scalar()\n", "SELECT EXISTS (SELECT 1 FROM child WHERE child.name = ?) AS anon_1 [\"a\"]\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import exists\nsession.scalar(select(exists().where(Child.name == \"a\")))\n", "SELECT EXISTS (SELECT * FROM child WHERE child.name = ?) AS anon_1 [\"a\"]\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import exists\nsession.query(Parent).filter(exists().where(Child.parent_id == Parent.id, Child.name == \"c\")).all()\n", "SELECT parent.id AS parent_id, parent.name AS parent_name FROM parent WHERE EXISTS (SELECT * FROM child WHERE child.parent_id = parent.id AND child.name = ?) [\"c\"]\n")
	expectSQL(t, scripttest.Seeded, "session.execute(select(Parent).where(select(Child.id).where(Child.parent_id == Parent.id).exists())).scalars().all()\n", "SELECT parent.id, parent.name FROM parent WHERE EXISTS (SELECT child.id FROM child WHERE child.parent_id = parent.id) []\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import exists\nsession.query(Parent.name).filter(~exists(Child.id).where(Child.parent_id == Parent.id)).all()\n", "SELECT parent.name AS parent_name FROM parent WHERE NOT (EXISTS (SELECT child.id FROM child WHERE child.parent_id = parent.id)) []\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import exists\nprint(select(Parent.id).where(exists().where(Child.parent_id == Parent.id)))\nprint(exists().where(Child.name == \"x\"))\n", "SELECT parent.id \nFROM parent \nWHERE EXISTS (SELECT * \nFROM child \nWHERE child.parent_id = parent.id)\nEXISTS (SELECT * \nFROM child \nWHERE child.name = :name_1)\n")
	expectRun(t, scripttest.Seeded+"print(session.query(Child).filter(Child.parent_id == 1).exists(), session.query(session.query(Child).filter(Child.parent_id == 9).exists()).scalar())\n", "EXISTS (SELECT 1 \nFROM child \nWHERE child.parent_id = :parent_id_1) False\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import exists\nprint(session.query(exists().where(Child.name == \"b\")).scalar(), session.execute(select(exists().where(Child.name == \"zz\"))).all())\n", "True [(False,)]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import exists\nprint(session.query(Parent.name, exists().where(Child.parent_id == Parent.id, Child.name == \"a\")).order_by(Parent.id).all())\n", "[('p1', True), ('p2', False)]\n")
}

// TestImportedRefusals: a construct the engine lacks imports, and its use
// is refused where it is called (scripts import column beside label and never call it).
func TestImportedRefusals(t *testing.T) {
	expectRun(t, scripttest.Seeded+"from sqlalchemy.sql import column\nprint(1)\ncolumn('x')\n", "1\n! NotImplementedError: cascadelab does not support sqlalchemy.sql.column\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import JSON, Column\nprint(1)\nColumn(JSON)\n", "1\n! NotImplementedError: cascadelab does not support a column of type JSON\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.orm import with_expression\nwith_expression(1)\n", "! TypeError: with_expression() missing 1 required positional argument: 'expression'\n")
}

// TestCastNull: cast() and func.cast() as SQLAlchemy's Cast, null() as its Null.
func TestCastNull(t *testing.T) {
	expectRun(t, scripttest.Seeded+"from sqlalchemy import cast, String\nprint(select(cast(Parent.id, String)))\n", "SELECT CAST(parent.id AS VARCHAR) AS id \nFROM parent\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import cast, String\nprint(session.query(cast(Parent.id, String(5))).order_by(Parent.id).all())\n", "[('1',), ('2',)]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import cast, Boolean, Integer\nprint(session.execute(select(cast(0, Boolean), func.cast(Parent.name, Integer).label('n'))).first())\n", "(False, 0)\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import cast\ncast(Parent.id)\n", "! TypeError: cast() missing 1 required positional argument: 'type_'\n")
	expectRun(t, scripttest.Seeded+"func.cast()\n", "! TypeError: Cast.__init__() missing 2 required positional arguments: 'expression' and 'type_'\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import null\nprint(select(Child.id).where(Child.parent_id == null(), Child.name != null()))\n", "SELECT child.id \nFROM child \nWHERE child.parent_id IS NULL AND child.name IS NOT NULL\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import null\nprint(session.execute(select(null(), Parent.id).order_by(Parent.id)).all())\n", "[(None, 1), (None, 2)]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.sql import label\nprint(session.execute(select(label('n', Parent.id)).order_by(Parent.id)).all()[0].n)\n", "1\n")
}

// TestTextBeforeConfigure: a text() statement runs before the mappers are
// configured; their error comes at the next use of a class, as in 2.0.
func TestTextBeforeConfigure(t *testing.T) {
	src := "from sqlalchemy import Column, Integer, ForeignKey, create_engine, text\nfrom sqlalchemy.orm import declarative_base, relationship, Session\nBase = declarative_base()\n" +
		"class U(Base):\n    __tablename__ = 'u'\n    id = Column(Integer, primary_key=True)\n" +
		"class S(Base):\n    __tablename__ = 's'\n    id = Column(Integer, primary_key=True)\n    a = Column(Integer, ForeignKey('u.id'))\n    b = Column(Integer, ForeignKey('u.id'))\n    u = relationship('U')\n" +
		"e = create_engine('sqlite://')\nBase.metadata.create_all(e)\ns = Session(e)\nprint(s.execute(text('select 1')).all())\ntry:\n    U(id=1)\nexcept Exception as x:\n    print(type(x).__name__)\n"
	expectRun(t, src, "[(1,)]\nAmbiguousForeignKeysError\n")
}

// TestConnectionEntityRows: select(Class) on a Connection gives its table's
// columns as rows, not objects.
func TestConnectionEntityRows(t *testing.T) {
	expectRun(t, scripttest.Seeded+"with engine.connect() as conn:\n    print(conn.execute(select(Parent).order_by(Parent.id)).all())\n", "[(1, 'p1'), (2, 'p2')]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.orm import aliased\nwith engine.connect() as conn:\n    conn.execute(select(aliased(Parent)))\n", "! NotImplementedError: cascadelab does not support selecting mapped objects through a Connection, but for the columns of one plain class\n")
}
