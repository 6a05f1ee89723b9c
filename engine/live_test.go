package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/trace/tracetest"
)

// TestLiveSQLAlchemy re-runs the goldens and the corpus scripts their
// sa14.txt lists under a live SQLAlchemy (CASCADELAB_LIVE_PYTHON names the
// interpreter) and requires the same outcome as the recorded 2.0 trace, so
// the recordings cannot drift from the real library.
func TestLiveSQLAlchemy(t *testing.T) {
	python := os.Getenv("CASCADELAB_LIVE_PYTHON")
	if python == "" {
		t.Skip("set CASCADELAB_LIVE_PYTHON to a python with SQLAlchemy installed")
	}
	for _, dir := range []string{"testdata/cases", "testdata/realworld"} {
		names, err := tracetest.ReadList(filepath.Join(dir, "sa14.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if len(names) == 0 {
			t.Fatalf("%s/sa14.txt lists no case", dir)
		}
		for _, fields := range names {
			name := fields[0]
			t.Run(filepath.Base(dir)+"/"+name, func(t *testing.T) {
				t.Parallel()
				py := filepath.Join(dir, name+".py")
				live, err := tracetest.Record(python, "../conformance/record.py", py)
				if err != nil {
					t.Fatal(err)
				}
				if level, msgs := tracetest.Compare(golden(t, py), live); level < tracetest.Outcome {
					t.Fatalf("live SQLAlchemy %s disagrees with the golden: %s", live.SQLAlchemy, strings.Join(msgs, "; "))
				}
			})
		}
	}
}
