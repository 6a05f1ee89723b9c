package variant

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/script"
)

// schemaScript is a whole script that deletes a parent, then runs one more
// raw statement; the 905-byte crash was ALTER TABLE child DROP COLUMN note.
func schemaScript(after string) string {
	return `from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, text
from sqlalchemy.orm import relationship, Session, declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", backref="parent")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    note = Column(String)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add(Parent(children=[Child(note="a"), Child(note="b")]))
    session.commit()

with Session(engine) as session:
    parent = session.get(Parent, 1)
    session.delete(parent)
    session.commit()

with engine.begin() as connection:
    connection.execute(text("` + after + `"))
`
}

// A script that changes the schema after its delete gets a matrix: every
// variant runs and none ends in an internal error.
func TestSchemaChangeAfterDelete(t *testing.T) {
	for _, c := range []struct{ sql, child string }{
		{"ALTER TABLE child DROP COLUMN note", "id parent_id"},
		{"ALTER TABLE child ADD COLUMN extra INTEGER DEFAULT 7", "id parent_id note extra"},
		{"ALTER TABLE child RENAME COLUMN note TO memo", "id parent_id memo"},
		{"DROP TABLE child", "id parent_id note"},
		{"ALTER TABLE child RENAME TO kid", "id parent_id note"},
	} {
		t.Run(c.sql, func(t *testing.T) {
			m := Run(script.File{Name: "s.py", Text: schemaScript(c.sql)}, Options{})
			if m.Error != nil {
				t.Fatalf("%s: %s", m.Error.Class, m.Error.Msg)
			}
			if len(m.Variants) < 2 {
				t.Fatalf("%d variants", len(m.Variants))
			}
			for _, v := range m.Variants {
				if v.Error != nil && v.Error.Class == exc.InternalError {
					t.Errorf("%s: %s", v.ID, v.Error.Msg)
				}
			}
			v := variantOf(t, m, "as-written")
			if got := strings.Join(v.Rows["child"].Columns, " "); got != c.child {
				t.Errorf("as-written: child columns %q, want %q", got, c.child)
			}
			if v.Counts["parent"] != (Count{1, 0}) {
				t.Errorf("as-written: parent counts %v", v.Counts["parent"])
			}
		})
	}
}

// A panic in any phase of one variant becomes that variant's InternalError,
// naming the phase, with the script it was given; the other variants keep
// the result they have without it. as-written runs first on the caller's
// goroutine, bulk-delete on its own.
func TestPanicInPhase(t *testing.T) {
	src := schemaScript("SELECT 1")
	want := map[string]string{}
	for _, v := range Run(script.File{Name: "s.py", Text: src}, Options{}).Variants {
		want[v.ID] = v.Outcome + ": " + v.Verdict
	}
	for _, id := range []string{"as-written", "bulk-delete"} {
		for _, phase := range []string{"rewrite", "diff", "run", "classify", "render"} {
			t.Run(id+"/"+phase, func(t *testing.T) {
				injectPanic = func(p, v string) {
					if p == phase && v == id {
						panic("injected")
					}
				}
				defer func() { injectPanic = nil }()
				m := Run(script.File{Name: "s.py", Text: src}, Options{})
				if m.Error != nil {
					t.Fatalf("%s: %s", m.Error.Class, m.Error.Msg)
				}
				if len(m.Variants) != len(want) {
					t.Fatalf("%d variants, want %d", len(m.Variants), len(want))
				}
				for _, v := range m.Variants {
					if v.ID != id {
						if got := v.Outcome + ": " + v.Verdict; got != want[v.ID] {
							t.Errorf("%s: %q, want %q", v.ID, got, want[v.ID])
						}
						continue
					}
					if v.Error == nil || v.Error.Class != exc.InternalError || !strings.Contains(v.Error.Msg, "("+phase+" phase of variant "+id+"): injected") {
						t.Errorf("%s error %+v", id, v.Error)
					}
					if v.Outcome != "error" || !strings.Contains(v.Script, "Session(engine)") {
						t.Errorf("%s outcome %q script %q", id, v.Outcome, v.Script)
					}
				}
			})
		}
	}
}

// The budgets bound the whole matrix, not each variant: models whose
// __init__ loops stop once, the variants left are skipped, and the one that
// ran out says which budget it went over. The clock stops them with steps
// for days; the steps stop them with an hour on the clock, and the same
// variants on any machine.
func TestBudgetPerMatrix(t *testing.T) {
	src := `from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import relationship, declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", backref="parent")

    def __init__(self, **kw):
        while True:
            pass

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
`
	for _, c := range []struct {
		kind budget.Kind
		o    Options
		skip string // the skipped variants' verdict
	}{
		{budget.Time, Options{Run: script.Options{Timeout: time.Second, MaxSteps: 1 << 60}}, "spent the time budget (1s for the whole matrix)"},
		{budget.Steps, Options{Steps: 1_000_000, Run: script.Options{Timeout: time.Hour}}, "spent the step budget (1000000 steps for the whole matrix)"},
	} {
		start := time.Now()
		m := Run(script.File{Name: "m.py", Text: src}, c.o)
		if took := time.Since(start); c.kind == budget.Time && took > 3*time.Second {
			t.Errorf("the matrix took %v with a 1 s budget", took)
		}
		if m.Error != nil {
			t.Fatalf("%s: %s", m.Error.Class, m.Error.Msg)
		}
		var over, skipped int
		for _, v := range m.Variants {
			switch {
			case v.Outcome == "skipped":
				skipped++
				if !strings.Contains(v.Verdict, c.skip) || v.Error != nil {
					t.Errorf("%s: %q %+v", v.ID, v.Verdict, v.Error)
				}
			case v.Error != nil && errors.Is(v.Error, c.kind):
				over++
			default:
				t.Errorf("%s: %s %q", v.ID, v.Outcome, v.Verdict)
			}
		}
		if over == 0 || skipped == 0 || over+skipped != len(m.Variants) || c.kind == budget.Steps && over != 1 {
			t.Errorf("%v: %d over the budget, %d skipped, of %d", c.kind, over, skipped, len(m.Variants))
		}
	}
}

// The interactive step budget leaves every example's matrix whole: a
// matrix takes thousands of steps, the budget millions.
func TestStepsFitExamples(t *testing.T) {
	files, _ := filepath.Glob("../../../web/examples/*.py")
	if len(files) < 10 {
		t.Fatalf("%d examples", len(files))
	}
	for _, p := range files {
		b, _ := os.ReadFile(p)
		m := Run(script.File{Name: filepath.Base(p), Text: string(b)}, Options{Steps: script.DefaultMaxSteps / 100})
		for _, v := range m.Variants {
			if v.Outcome == "skipped" || v.Error != nil && errors.Is(v.Error, budget.Err) {
				t.Errorf("%s %s: %s", p, v.ID, v.Verdict)
			}
		}
	}
}

// Yield is called before each variant (the runs of this script are too
// short to reach the interpreter's calls).
func TestYield(t *testing.T) {
	calls := 0
	m := Run(script.File{Name: "s.py", Text: schemaScript("SELECT 1")}, Options{Run: script.Options{Yield: func() { calls++ }}})
	if calls == 0 || calls != len(m.Variants) {
		t.Errorf("%d calls for %d variants", calls, len(m.Variants))
	}
}
