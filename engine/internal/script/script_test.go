package script_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
)

// snap is a scenario: a setup (lines 15-16) whose rows the variants share,
// then the delete under study. Every figure below is what SQLAlchemy 2.0.52
// did with the same lines (conformance/record.py on the whole file and on
// its first 16 lines).
const snap = `from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import relationship, Session, declarative_base
Base = declarative_base()
class P(Base):
    __tablename__ = "p"
    id = Column(Integer, primary_key=True)
    kids = relationship("K", backref="p", cascade="all, delete-orphan")
class K(Base):
    __tablename__ = "k"
    id = Column(Integer, primary_key=True)
    p_id = Column(Integer, ForeignKey("p.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add(P(kids=[K(), K()]))
s.commit()
s.delete(s.get(P, 1))
s.commit()
print(s.query(K).count())
`

const (
	rowsAt17  = `k [id p_id] [[1 1] [2 1]]; p [id] [[1]]; `
	rowsAtEnd = `{"k":{"columns":["id","p_id"],"rows":[]},"p":{"columns":["id"],"rows":[]}}`
)

// storeRows prints the store's tables in name order.
func storeRows(tables map[string]store.Table) string {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(tables)) {
		fmt.Fprintf(&b, "%s %v %v; ", name, tables[name].Columns, tables[name].Rows)
	}
	return b.String()
}

func tablesJSON(t *testing.T, tables map[string]trace.Table) string {
	t.Helper()
	b, err := json.Marshal(tables)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSnapshot(t *testing.T) {
	res := script.Run(script.File{Name: "snap.py", Text: snap}, script.Options{SnapshotLine: 17})
	if res.Exception != nil || res.Snapshot == nil {
		t.Fatalf("exception %+v, snapshot %v", res.Exception, res.Snapshot)
	}
	if got := storeRows(res.Snapshot.Tables); got != rowsAt17 || res.Snapshot.Statements != 9 {
		t.Errorf("snapshot after %d statements: %s, want 9: %s", res.Snapshot.Statements, got, rowsAt17)
	}
	if got := tablesJSON(t, res.Trace.Tables); got != rowsAtEnd || res.Trace.Stdout != "0\n" || len(res.Trace.Statements) != 14 {
		t.Errorf("end: %s %q after %d statements, want %s \"0\\n\" after 14", got, res.Trace.Stdout, len(res.Trace.Statements), rowsAtEnd)
	}
	// A line past the end is never reached.
	if res := script.Run(script.File{Name: "snap.py", Text: snap}, script.Options{SnapshotLine: 99}); res.Snapshot != nil {
		t.Errorf("snapshot at line 99: %+v", res.Snapshot)
	}
}

// Replaying the setup's rows skips lines 15-16 and loads the tables instead:
// the rest of the run ends as the whole script did.
func TestReplay(t *testing.T) {
	first := script.Run(script.File{Name: "snap.py", Text: snap}, script.Options{SnapshotLine: 17})
	replay := &script.Replay{From: 15, Order: []string{"p", "k"}, Tables: first.Snapshot.Tables}
	res := script.Run(script.File{Name: "snap.py", Text: snap}, script.Options{SnapshotLine: 17, Replay: replay})
	if res.ReplayFailed != nil || res.Exception != nil {
		t.Fatalf("replay failed: %v, exception %+v", res.ReplayFailed, res.Exception)
	}
	if got := tablesJSON(t, res.Trace.Tables); got != rowsAtEnd || res.Trace.Stdout != "0\n" {
		t.Errorf("end: %s %q, want %s \"0\\n\"", got, res.Trace.Stdout, rowsAtEnd)
	}
	// Rows a table cannot take (a column it does not have) make the replay fail, and say so.
	bad := map[string]store.Table{"p": {Columns: []string{"nope"}, Rows: [][]any{{int64(1)}}}}
	res = script.Run(script.File{Name: "snap.py", Text: snap}, script.Options{SnapshotLine: 17, Replay: &script.Replay{From: 15, Order: []string{"p"}, Tables: bad}})
	if res.ReplayFailed == nil {
		t.Errorf("replaying a missing column did not fail")
	}
}

// Configure gives a models-only file its backrefs and directions.
func TestConfigure(t *testing.T) {
	models := snap[:strings.Index(snap, "engine =")]
	for _, configure := range []bool{false, true} {
		res := script.Run(script.File{Name: "m.py", Text: models}, script.Options{Configure: configure})
		m := res.Model
		if res.Exception != nil || m == nil || len(m.Mappers) != 2 || m.Configured != configure {
			t.Fatalf("configure=%v: exception %+v, model %+v", configure, res.Exception, m)
		}
		if got := m.Mappers[1].Rel("p") != nil; got != configure {
			t.Errorf("configure=%v: backref K.p exists: %v", configure, got)
		}
	}
}

// Python's own compile errors, where CPython 3.11 puts them.
func TestSyntaxErrors(t *testing.T) {
	for _, c := range []struct {
		src, class, msg string
		line, col       int
	}{
		{"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5},
		{"def f():\nreturn 1\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1},
	} {
		res := script.Run(script.File{Name: "e.py", Text: c.src}, script.Options{})
		e := res.Exception
		if e == nil || e.Class.Name != c.class || e.Msg != c.msg || e.Pos() != (source.Pos{Line: c.line, Col: c.col}) {
			t.Errorf("%q: got %+v, want %s %d:%d %s", c.src, e, c.class, c.line, c.col, c.msg)
		}
		if res.Trace.Error == nil || res.Trace.Error.Type != c.class || len(res.Diagnostics) != 0 || res.Model != nil {
			t.Errorf("%q: trace error %+v, diagnostics %v, model %v", c.src, res.Trace.Error, res.Diagnostics, res.Model)
		}
	}
}

// The wall-clock budget ends a loop that the step budget would let run.
func TestTimeBudget(t *testing.T) {
	start := time.Now()
	res := script.Run(script.File{Name: "loop.py", Text: "while True:\n    pass\n"}, script.Options{MaxSteps: 1 << 60, Timeout: 100 * time.Millisecond})
	if res.Exception == nil || res.Exception.Class != exc.StepLimitExceeded || !errors.Is(res.Exception, budget.Time) {
		t.Fatalf("got %+v", res.Exception)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// The uncaught exception as the run reports it, whichever phase raised it:
// its class a value (a script's own class with its base), its place, and
// the Go error behind it (a refusal, the database's own error).
func TestException(t *testing.T) {
	for _, c := range []struct {
		src       string
		class     string
		base      *exc.Class
		msg       string
		line, col int
		refusal   bool
	}{
		{"class E(ValueError):\n    pass\nclass F(E):\n    pass\nx = 1\nraise F('bad')\n", "F", nil, "bad", 6, 1, false},
		{"class E(KeyError):\n    pass\nraise E('k')\n", "E", exc.KeyError, "'k'", 3, 1, false},
		{"def f():\n    return {}['k']\nf()\n", "KeyError", exc.LookupError, "'k'", 2, 12, false},
		{"from sqlalchemy import create_engine, text\nwith create_engine('sqlite://').connect() as c:\n    c.execute(text('SELEC 1'))\n", "OperationalError", exc.DBAPIError, "(sqlite3.OperationalError) near \"SELEC\": syntax error", 3, 5, false},
		{"x = 1\nimport socket\n", "NotImplementedError", exc.RuntimeError, "", 2, 1, true},
	} {
		res := script.Run(script.File{Name: "e.py", Text: c.src}, script.Options{})
		e := res.Exception
		if e == nil || e.Class.Name != c.class || (c.base != nil && e.Class.Base != c.base) || (c.msg != "" && e.FirstLine() != c.msg) || e.Pos() != (source.Pos{Line: c.line, Col: c.col}) || errors.Is(e, exc.Refusal) != c.refusal || errors.As(e, new(*store.Error)) != (c.class == "OperationalError") {
			t.Errorf("%q: got %+v at %v", c.src, e, e.Pos())
		}
	}
}
