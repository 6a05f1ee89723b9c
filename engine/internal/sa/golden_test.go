package sa_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/script/scripttest"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace/tracetest"
)

// The goldens: scripts whose trace the real SQLAlchemy 2.0.52 recorded
// (conformance/record.py), run as the engine runs a script.
const cases = "../../testdata/cases"

// TestConformance runs every case and requires the level levels.txt lists
// for it (all by default). A case that does better than its listed level
// fails too, so the file only ever moves up.
func TestConformance(t *testing.T) {
	levels, err := tracetest.ReadLevels(filepath.Join(cases, "levels.txt"))
	if err != nil {
		t.Fatal(err)
	}
	scripttest.RunCases(t, cases, levels)
}

// TestSharedConformance runs the project's outside check when the shared
// folder is beside the project (it is not in a user's clone).
func TestSharedConformance(t *testing.T) {
	dir := "../../../../shared/conformance/cases"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no shared conformance cases beside the project")
	}
	scripttest.RunCases(t, dir, nil)
}

// A snapshot's rows replayed into a later run stand for the statements
// that made them: the run sends none of them and ends as the first did.
func TestReplay(t *testing.T) {
	src := "from sqlalchemy import Column, ForeignKey, Integer, create_engine\nfrom sqlalchemy.orm import declarative_base, relationship, Session\n" +
		"Base = declarative_base()\nclass P(Base):\n    __tablename__ = 'p'\n    id = Column(Integer, primary_key=True)\n    cs = relationship('C', cascade='all, delete')\n" +
		"class C(Base):\n    __tablename__ = 'c'\n    id = Column(Integer, primary_key=True)\n    p_id = Column(Integer, ForeignKey('p.id'))\n" +
		"engine = create_engine('sqlite://')\nBase.metadata.create_all(engine)\nsession = Session(engine)\n" + // line 14
		"session.add_all([P(cs=[C(), C()]), P(cs=[C()])])\nsession.commit()\n" + // lines 15-16
		"session.delete(session.get(P, 1))\nsession.commit()\nprint(session.query(C).count())\n" // line 17
	first := script.Run(script.File{Name: "r.py", Text: src}, script.Options{SnapshotLine: 17, Seed: true})
	if first.Exception != nil || first.Snapshot == nil || first.Snapshot.Seed == nil || first.Trace.Stdout != "1\n" {
		t.Fatalf("first run: %v, snapshot %+v, stdout %q", first.Exception, first.Snapshot, first.Trace.Stdout)
	}
	seeds := store.NewSeeds()
	seeds.Add(first.Snapshot.Seed)
	for _, s := range []*store.Seeds{nil, seeds} {
		again := script.Run(script.File{Name: "r.py", Text: src}, script.Options{SnapshotLine: 17, Replay: &script.Replay{From: 15, Order: []string{"p", "c"}, Tables: first.Snapshot.Tables, Seeds: s}})
		if again.Exception != nil || again.ReplayFailed != nil || again.Trace.Stdout != "1\n" {
			t.Errorf("replayed (seeds %v): %v, %v, stdout %q", s != nil, again.Exception, again.ReplayFailed, again.Trace.Stdout)
		}
		for _, st := range again.Trace.Statements {
			if strings.HasPrefix(st.SQL, "INSERT") {
				t.Errorf("replayed (seeds %v) sent %s", s != nil, st.SQL)
			}
		}
	}
}
