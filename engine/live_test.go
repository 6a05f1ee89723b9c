package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/trace/tracetest"
)

// TestLiveSQLAlchemy re-runs the cases listed in sa14.txt under a live
// SQLAlchemy (CASCADELAB_LIVE_PYTHON names the interpreter) and requires the
// same outcome as the recorded 2.0 golden, so goldens cannot drift.
func TestLiveSQLAlchemy(t *testing.T) {
	python := os.Getenv("CASCADELAB_LIVE_PYTHON")
	if python == "" {
		t.Skip("set CASCADELAB_LIVE_PYTHON to a python with SQLAlchemy installed")
	}
	names, err := tracetest.ReadList("testdata/cases/sa14.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, fields := range names {
		name := fields[0]
		n++
		t.Run(name, func(t *testing.T) {
			py := filepath.Join("testdata/cases", name+".py")
			live, err := tracetest.Record(python, "../conformance/record.py", py)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := tracetest.Load(strings.TrimSuffix(py, ".py") + ".trace.json")
			if err != nil {
				t.Fatal(err)
			}
			if level, msgs := tracetest.Compare(golden, live); level < tracetest.Outcome {
				t.Fatalf("live SQLAlchemy %s disagrees with the golden: %s", live.SQLAlchemy, strings.Join(msgs, "; "))
			}
		})
	}
	if n == 0 {
		t.Fatal("sa14.txt lists no case")
	}
}
