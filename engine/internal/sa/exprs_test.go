package sa_test

import (
	"testing"

	"cascadelab/engine/internal/script/scripttest"
)

// TestExprs is the expression surface the unified tutorial and real scripts
// use beyond comparisons: is_() of a value, functions of Python values,
// window functions, aliases of tables, statements compiled to strings.
func TestExprs(t *testing.T) {
	expectRun(t, scripttest.Seeded+"print(session.scalars(select(Child.id).where(Child.name.is_(\"a\"), Child.id.is_not(Child.parent_id))).all(), select(Child.id).where(Child.name.is_not(\"b\")))\nn = session.query(Child).filter(Child.name.is_(\"b\")).update({\"name\": \"x\"}, synchronize_session=\"fetch\")\nprint(n, session.get(Child, 2))\n", "[] SELECT child.id \nFROM child \nWHERE child.name IS NOT :name_1\n1 Child('x')\n")
}

func TestIndex(t *testing.T) {
	expectRun(t, "from sqlalchemy import Index, UniqueConstraint, MetaData, Table, Column, Integer, String, create_engine, text\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\nclass Base(DeclarativeBase): pass\nclass U(Base):\n    __tablename__ = \"u\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    name: Mapped[str] = mapped_column(index=True)\n    n: Mapped[int] = mapped_column(default=0)\n    __table_args__ = (Index(\"ix_u_name_n\", \"name\", \"n\", unique=True), UniqueConstraint(\"name\", name=\"uq_name\"))\nmd = MetaData()\nt = Table(\"t\", md, Column(\"id\", Integer, primary_key=True), Column(\"a\", String), Index(\"ix_t_a\", \"a\", unique=True))\nix = Index(\"ix_t_a2\", t.c.a, t.c.id)\nix3 = Index(\"ix_u_n\", U.n)\nprint(repr(ix), ix.name, ix.unique)\ne = create_engine(\"sqlite://\")\nBase.metadata.create_all(e)\nmd.create_all(e)\nwith e.connect() as c:\n    print(c.execute(text(\"select name, sql from sqlite_master where type = 'index' order by name\")).all())\nTable(\"t2\", md, Column(\"id\", Integer, primary_key=True), Index(\"ix\", \"nope\"))\n", "Index('ix_t_a2', Column('a', String(), table=<t>), Column('id', Integer(), table=<t>, primary_key=True, nullable=False)) ix_t_a2 False\n[('ix_t_a', 'CREATE UNIQUE INDEX ix_t_a ON t (a)'), ('ix_t_a2', 'CREATE INDEX ix_t_a2 ON t (a, id)'), ('ix_u_n', 'CREATE INDEX ix_u_n ON u (n)'), ('ix_u_name', 'CREATE INDEX ix_u_name ON u (name)'), ('ix_u_name_n', 'CREATE UNIQUE INDEX ix_u_name_n ON u (name, n)'), ('sqlite_autoindex_u_1', None)]\n! ConstraintColumnNotFoundError: Can't create Index on table 't2': no column named 'nope' is present.\n")
	expectSQL(t, "", "from sqlalchemy import Index, UniqueConstraint, MetaData, Table, Column, Integer, String, create_engine\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\nmd = MetaData()\nt = Table(\"t\", md, Column(\"id\", Integer, primary_key=True), Column(\"a\", String), UniqueConstraint(\"a\", name=\"uq_a\"), Index(\"ix_t_a_id\", \"a\", \"id\"))\nmd.create_all(create_engine(\"sqlite://\"))\n", "PRAGMA main.table_info(\"t\") []\nPRAGMA temp.table_info(\"t\") []\nCREATE TABLE t ( id INTEGER NOT NULL, a VARCHAR, PRIMARY KEY (id), CONSTRAINT uq_a UNIQUE (a) ) []\nCREATE INDEX ix_t_a_id ON t (a, id) []\n")
	expectRun(t, "from sqlalchemy import Index, UniqueConstraint, MetaData, Table, Column, Integer, String, create_engine\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\nmd = MetaData()\nTable(\"t\", md, Column(\"id\", Integer, primary_key=True), UniqueConstraint(\"nope\"))\n", "! ConstraintColumnNotFoundError: Can't create UniqueConstraint on table 't': no column named 'nope' is present.\n")
}
