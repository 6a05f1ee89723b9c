package sa_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/script"
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
	runCases(t, cases, levels)
}

// TestSharedConformance runs the project's outside check when the shared
// folder is beside the project (it is not in a user's clone).
func TestSharedConformance(t *testing.T) {
	dir := "../../../../shared/conformance/cases"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no shared conformance cases beside the project")
	}
	runCases(t, dir, nil)
}

func runCases(t *testing.T, dir string, levels map[string]tracetest.Level) {
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(files) < 10 {
		t.Fatalf("%d cases in %s (%v)", len(files), dir, err)
	}
	for _, py := range files {
		name := strings.TrimSuffix(filepath.Base(py), ".py")
		golden := strings.TrimSuffix(py, ".py") + ".trace.json"
		if _, err := os.Stat(golden); err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			want, err := tracetest.Load(golden)
			if err != nil {
				t.Fatal(err)
			}
			src, _ := os.ReadFile(py)
			res := script.Run(script.File{Name: filepath.Base(py), Text: string(src)}, script.Options{})
			got, err := tracetest.Parse(res.Trace.JSON())
			if err != nil {
				t.Fatal(err)
			}
			level, msgs := tracetest.Compare(want, got)
			need, listed := levels[name]
			if !listed {
				need = tracetest.All
			}
			if level < need {
				t.Fatalf("reached %s, need %s: %s", level, need, strings.Join(msgs, "; "))
			}
			if listed && level > need {
				t.Errorf("now reaches %s: raise its line in levels.txt from %s", level, need)
			}
		})
	}
}
