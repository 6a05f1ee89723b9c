package tracetest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadLevels(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "levels.txt")
	if err := os.WriteFile(good, []byte("# accepted below all\n\na writes\n  b outcome  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	levels, err := ReadLevels(good)
	if err != nil || len(levels) != 2 || levels["a"] != Writes || levels["b"] != Outcome {
		t.Errorf("got %v, %v", levels, err)
	}
	if levels, err := ReadLevels(filepath.Join(dir, "missing.txt")); err != nil || len(levels) != 0 {
		t.Errorf("a missing file: %v, %v", levels, err)
	}
	for _, bad := range []string{"a", "a most", "a writes extra"} {
		p := filepath.Join(dir, "bad.txt")
		if err := os.WriteFile(p, []byte(bad+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadLevels(p); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}
