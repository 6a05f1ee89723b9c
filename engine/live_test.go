package engine

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/trace"
)

// TestLiveSQLAlchemy re-runs the cases listed in sa14.txt under a live
// SQLAlchemy (CASCADELAB_LIVE_PYTHON names the interpreter) and requires the
// same outcome as the recorded 2.0 golden, so goldens cannot drift.
func TestLiveSQLAlchemy(t *testing.T) {
	python := os.Getenv("CASCADELAB_LIVE_PYTHON")
	if python == "" {
		t.Skip("set CASCADELAB_LIVE_PYTHON to a python with SQLAlchemy installed")
	}
	f, err := os.Open("testdata/cases/sa14.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		name := strings.TrimSpace(sc.Text())
		if name == "" || strings.HasPrefix(name, "#") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			py := filepath.Join("testdata/cases", name+".py")
			out, err := exec.Command(python, "../conformance/record.py", py).Output()
			if err != nil {
				t.Fatalf("record.py: %v", err)
			}
			live, err := trace.Parse(out)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := trace.Load(strings.TrimSuffix(py, ".py") + ".trace.json")
			if err != nil {
				t.Fatal(err)
			}
			if level, msgs := trace.Compare(golden, live); level < trace.Outcome {
				t.Fatalf("live SQLAlchemy %s disagrees with the golden: %s", live.SQLAlchemy, strings.Join(msgs, "; "))
			}
		})
	}
	if n == 0 {
		t.Fatal("sa14.txt lists no case")
	}
}
