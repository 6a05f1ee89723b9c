package scripttest

// The helpers on the smallest sources: expectations recorded from CPython 3.11
// and SQLAlchemy 2.0.52 with conformance/record.py.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/trace/tracetest"
)

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

// A case and the trace SQLAlchemy 2.0.52 recorded for it (conformance/record.py).
const (
	caseSrc = `from sqlalchemy import create_engine, text
e = create_engine("sqlite://")
with e.begin() as c:
    c.execute(text("CREATE TABLE t (x INTEGER)"))
    c.execute(text("INSERT INTO t (x) VALUES (:x)"), {"x": 1})
    print(c.execute(text("SELECT x FROM t")).all())
`
	recorded = `{"error": null, "sqlalchemy": "2.0.52", "sqlite": "3.40.1", "statements": [{"many": false, "params": [], "sql": "CREATE TABLE t (x INTEGER)"}, {"many": false, "params": [1], "sql": "INSERT INTO t (x) VALUES (?)"}, {"many": false, "params": [], "sql": "SELECT x FROM t"}], "stdout": "[(1,)]\n", "tables": {"t": {"columns": ["x"], "rows": [[1]]}}}`
)

// writeCase writes the case as dir/name.py with trace as its recording.
func writeCase(t *testing.T, dir, name, trace string) string {
	t.Helper()
	py := filepath.Join(dir, name+".py")
	if err := os.WriteFile(py, []byte(caseSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	if trace != "" {
		if err := os.WriteFile(golden(py), []byte(trace), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return py
}

// The comparison a golden case goes through, on the recording above edited
// by hand: a difference at each level is reported with the level reached
// and its message, a case is held at its listed level both ways, and the
// recording itself passes.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	edit := func(old, new string) string {
		if !strings.Contains(recorded, old) {
			t.Fatalf("the recording has no %q", old)
		}
		return strings.Replace(recorded, old, new, 1)
	}
	for i, c := range []struct {
		trace  string
		need   tracetest.Level
		listed bool
		msg    string
		below  bool
	}{
		{recorded, 0, false, "", false},
		{recorded, tracetest.All, true, "", false},
		{edit(`"stdout": "[(1,)]\n"`, `"stdout": "[(1,)]\nmore\n"`), 0, false, `reached none, need all: stdout differs at line 2: expected "more", got ""`, true},
		{edit(`"error": null`, `"error": {"type": "ValueError", "message": "m"}`), 0, false, `reached none, need all: error differs: expected ValueError: m, got no error`, true},
		{edit(`"rows": [[1]]`, `"rows": [[1.0], [2]]`), tracetest.Outcome, true, `reached none, need outcome: table t differs: expected {"columns":["x"],"rows":[[1.0],[2]]}, got {"columns":["x"],"rows":[[1]]}`, true},
		{edit(`"tables": {"t"`, `"tables": {"u"`), 0, false, `reached none, need all: tables differ: expected [u], got [t]`, true},
		{edit(`"params": [1]`, `"params": [2]`), 0, false, `reached outcome, need all: write #1 differs: expected INSERT INTO t (x) VALUES (?) [2], got INSERT INTO t (x) VALUES (?) [1]`, true},
		{edit(`"params": [1]`, `"params": [2]`), tracetest.Outcome, true, "", false},
		{edit(`"sql": "SELECT x FROM t"`, `"sql": "SELECT t.x FROM t"`), tracetest.All, true, `reached writes, need all: statement #3 differs: expected SELECT t.x FROM t [], got SELECT x FROM t []`, true},
		{edit(`"sql": "SELECT x FROM t"`, `"sql": "SELECT t.x FROM t"`), tracetest.Writes, true, "", false},
		{recorded, tracetest.Writes, true, "now reaches all: raise its line in levels.txt from writes", false},
		{`{"stdout": `, 0, false, "unexpected EOF", true},
	} {
		py := writeCase(t, dir, fmt.Sprintf("c%d", i), c.trace)
		msg, below := check(py, c.need, c.listed)
		if msg != c.msg || below != c.below {
			t.Errorf("case %d:\ngot  %q (below %v)\nwant %q (below %v)", i, msg, below, c.msg, c.below)
		}
	}
}

// RunCases holds each case of a folder at its listed level: ten cases,
// one without a recording (skipped), one differing at its writes and
// listed at outcome, pass.
func TestRunCases(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 8; i++ {
		writeCase(t, dir, fmt.Sprintf("c%d", i), recorded)
	}
	writeCase(t, dir, "unrecorded", "")
	writeCase(t, dir, "writes", strings.Replace(recorded, `"params": [1]`, `"params": [2]`, 1))
	RunCases(t, dir, map[string]tracetest.Level{"writes": tracetest.Outcome})
}
