package sa_test

import (
	"testing"

	"cascadelab/engine/internal/script/scripttest"
)

// TestCoreColumns: Core constructs as columns of a select(): text() and
// literal_column() written as given, keyed as 2.0 keys them.
func TestCoreColumns(t *testing.T) {
	expectRun(t, scripttest.Seeded+"print(session.execute(select(text(\"'t'\"), Child.name).order_by(text(\"child.id DESC\"))).first()._fields)\n", "('name',)\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import literal_column\nsession.execute(select(literal_column(\"'x'\").label(\"p\"), literal_column(\"5\"), Child.name).order_by(text(\"name\"))).all()\n", "SELECT 'x' AS p, 5, child.name FROM child ORDER BY name []\n")
	expectRun(t, scripttest.Seeded+"with engine.connect() as c:\n    print(c.execute(select(text(\"'t'\"), Child.__table__.c.id)).first()._fields)\n", "(\"'t'\", 'id')\n")
	expectRun(t, scripttest.Seeded+"select(text(\"x = :x\"))\n", "! NotImplementedError: cascadelab does not support select() of a text() with bound parameters\n")
}

// TestInsertMultiValues: insert().values() of a list of dicts, one row of
// VALUES each, and what SQLAlchemy raises for a row that leaves out a
// column without a default.
func TestInsertMultiValues(t *testing.T) {
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import insert\nsession.execute(insert(Child).values([{\"name\": \"x\", \"parent_id\": 1}, {\"name\": select(Parent.name).where(Parent.id == 2).scalar_subquery(), \"parent_id\": 2}]))\n", "INSERT INTO child (name, parent_id) VALUES (?, ?), ((SELECT parent.name FROM parent WHERE parent.id = ?), ?) [\"x\",1,2,2]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import insert\nprint(insert(Child).values([{\"name\": \"x\"}, {\"parent_id\": 2}]))\n", "! CompileError: INSERT value for column child.name is explicitly rendered as a boundparameter in the VALUES clause; a Python-side value or SQL expression is required\n")
}

// TestDMLReturning: update()/delete().returning() of columns and of the
// updated class, and what the engine refuses with them.
func TestDMLReturning(t *testing.T) {
	expectRun(t, scripttest.Seeded+"from sqlalchemy import update\nc = session.get(Child, 1)\nprint(session.scalars(update(Child).where(Child.id == 1).values(name=\"z\").returning(Child)).all()[0] is c, c.name)\n", "True z\n")
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import delete\nsession.execute(delete(Child).where(Child.id > 1).returning(Child.name, Child.id)).all()\n", "DELETE FROM child WHERE child.id > ? RETURNING name, id [1]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import update\nsession.execute(update(Child).where(Child.name.in_(select(Child.name))).values(name=\"z\").returning(Child.id))\n", "! NotImplementedError: cascadelab does not support Update.returning() with synchronize_session=\"fetch\"\n")
}

// TestSelectRelationship: a relationship selected is its join condition,
// a boolean keyed by the relationship's name in select().
func TestSelectRelationship(t *testing.T) {
	expectRun(t, scripttest.Seeded+"r = session.execute(select(Child.id, Child.parent).join(Parent, Parent.id == Child.parent_id).order_by(Child.id)).all()\nprint(r, r[0]._fields, session.query(Child.id, Child.parent).join(Child.parent).first()._fields)\n", "[(1, True), (2, True), (3, True)] ('id', 'parent') ('id',)\n")
}

// TestJoinLeftSide: a join to the query's first FROM item starts from the
// other item that reaches it; full=True is a FULL OUTER JOIN.
func TestJoinLeftSide(t *testing.T) {
	expectSQL(t, scripttest.Seeded, "session.query(Parent, Child).outerjoin(Parent).all()\n", "SELECT parent.id AS parent_id, parent.name AS parent_name, child.id AS child_id, child.name AS child_name, child.parent_id AS child_parent_id FROM child LEFT OUTER JOIN parent ON parent.id = child.parent_id []\n")
	expectSQL(t, scripttest.Seeded, "session.execute(select(Child).select_from(Parent).join(Child.parent, full=True).filter(True)).all()\n", "SELECT child.id, child.name, child.parent_id FROM child FULL OUTER JOIN parent ON parent.id = child.parent_id WHERE 1 = 1 []\n")
}

// TestDialectImports: the PostgreSQL and MySQL dialects import; what a
// script uses of them is refused by name.
func TestDialectImports(t *testing.T) {
	expectRun(t, "from sqlalchemy.dialects import postgresql, mysql, sqlite\nprint(1)\npostgresql.JSONB\n", "1\n! NotImplementedError: cascadelab does not support sqlalchemy.dialects.postgresql.JSONB\n")
	expectRun(t, "import sqlalchemy.dialects.mysql as m\nm.nope\n", "! AttributeError: module 'sqlalchemy.dialects.mysql' has no attribute 'nope'\n")
}

// TestCoreJoin: sqlalchemy.join() and Table.join() as select_from()'s
// FROM, the ON clause found from the foreign key when not given.
func TestCoreJoin(t *testing.T) {
	expectSQL(t, scripttest.Seeded, "from sqlalchemy import join\nsession.execute(select(Child.name).select_from(join(Parent, Child)).where(Parent.name == \"p2\")).all()\n", "SELECT child.name FROM parent JOIN child ON parent.id = child.parent_id WHERE parent.name = ? [\"p2\"]\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import join\nprint(sorted(Child.__table__.outerjoin(Parent.__table__).c.keys()))\n", "['child_id', 'child_name', 'child_parent_id', 'parent_id', 'parent_name']\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy import join\njoin(Parent, Parent)\n", "! NoForeignKeysError: Can't find any foreign key relationships between 'parent' and 'parent'.\n")
}

// TestQueryUnion: Query.union() reads its entities from the compound as a
// subquery; a union of a union is refused.
func TestQueryUnion(t *testing.T) {
	expectSQL(t, scripttest.Seeded, "session.query(Child).filter(Child.id == 1).union_all(session.query(Child)).all()\n", "SELECT anon_1.child_id AS anon_1_child_id, anon_1.child_name AS anon_1_child_name, anon_1.child_parent_id AS anon_1_child_parent_id FROM (SELECT child.id AS child_id, child.name AS child_name, child.parent_id AS child_parent_id FROM child WHERE child.id = ? UNION ALL SELECT child.id AS child_id, child.name AS child_name, child.parent_id AS child_parent_id FROM child) AS anon_1 [1]\n")
	expectRun(t, scripttest.Seeded+"q = session.query(Child).union(session.query(Child))\nq.union(q)\n", "! NotImplementedError: cascadelab does not support Query.union() of a query of an aliased entity (another union()) or of mapped class inheritance\n")
}

// TestFuncNames: func finds SQLAlchemy's registered functions by any case;
// a plain function may take no arguments.
func TestFuncNames(t *testing.T) {
	expectSQL(t, scripttest.Seeded, "session.execute(select(func.MAX(Child.id), func.Count(Child.id), func.julianday())).all()\n", "SELECT max(child.id) AS max_1, count(child.id) AS count_1, julianday() AS julianday_1 FROM child []\n")
}

// TestCreateTable: CreateTable(table).compile() for SQLite, and what is
// refused of it.
func TestCreateTable(t *testing.T) {
	expectRun(t, scripttest.Seeded+"from sqlalchemy.schema import CreateTable\nprint(repr(str(CreateTable(Parent.__table__).compile(engine))))\n", "'\\nCREATE TABLE parent (\\n\\tid INTEGER NOT NULL, \\n\\tname VARCHAR(20), \\n\\tPRIMARY KEY (id)\\n)\\n\\n'\n")
	expectRun(t, scripttest.Seeded+"from sqlalchemy.schema import CreateTable\nCreateTable(Parent.__table__).compile()\n", "! NotImplementedError: cascadelab does not support CreateTable.compile() other than for SQLite (give it an engine or dialect=sqlite.dialect())\n")
}
