package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/trace/tracetest"
)

// TestConformance runs every case whose golden trace was recorded from the
// real SQLAlchemy 2.0.52 and requires the level listed in levels.txt (all
// by default). A case that does better than its listed level fails too, so
// the file only ever moves up.
func TestConformance(t *testing.T) {
	runCases(t, "testdata/cases", readLevels(t, "testdata/cases/levels.txt"))
}

// TestSharedConformance runs the project's outside check when the shared
// folder is beside the project (it is not in a user's clone).
func TestSharedConformance(t *testing.T) {
	dir := "../../shared/conformance/cases"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no shared conformance cases beside the project")
	}
	runCases(t, dir, nil)
}

func readLevels(t *testing.T, path string) map[string]tracetest.Level {
	levels, err := tracetest.ReadLevels(path)
	if err != nil {
		t.Fatal(err)
	}
	return levels
}

func runCases(t *testing.T, dir string, levels map[string]tracetest.Level) {
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in %s", dir)
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
			res := Run(File{Name: filepath.Base(py), Text: string(src)}, Options{})
			got, err := tracetest.Parse(res.TraceJSON())
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
