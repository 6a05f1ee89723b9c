package scripttest

// The helpers on the smallest sources: expectations recorded from CPython 3.11
// and SQLAlchemy 2.0.52 with conformance/record.py.

import "testing"

var (
	expectRun = ExpectRun
	expectSQL = ExpectSQL
)

const model = `from sqlalchemy import Column, Integer, Float, String, create_engine
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    x = Column(Float)
    s = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
`

func TestHelpers(t *testing.T) {
	expectRun(t, "print(\"a\")\nprint(1 / 0)\n", "a\n! ZeroDivisionError: division by zero\n")
	expectSQL(t, model, "s.add_all([T(x=1.0, s=\"<&>\"), T(x=2.5, s=\"é\")])\ns.commit()\ns.get(T, 9)\nT(nope=1)\n", "INSERT INTO t (x, s) VALUES (?, ?) RETURNING id [1.0,\"<&>\"]\nINSERT INTO t (x, s) VALUES (?, ?) RETURNING id [2.5,\"é\"]\nSELECT t.id AS t_id, t.x AS t_x, t.s AS t_s FROM t WHERE t.id = ? [9]\n! TypeError: 'nope' is an invalid keyword argument for T\n")
}
