package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"cascadelab/engine"
)

// The page's data: the engine's own limits, and the example's matrix as
// the page names its text.
func TestPage(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--lessons", "../../lessons", "--out", out, "--example", "../../web/examples/seed.py"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var p Page
	if err := json.Unmarshal(stdout.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if p.Limits.WatchdogS != engine.Bounds.Watchdog.Seconds() || p.Limits.Children != engine.Bounds.Children || p.Limits.Depth.Max != engine.Bounds.Depth.Max {
		t.Errorf("limits %+v, the engine's are %+v", p.Limits, engine.Bounds)
	}
	m := p.Prerendered.Matrix
	if m == nil || m.Error != nil || len(m.Variants) != 12 || m.Diagnostics[0].File != "models.py" {
		t.Fatalf("matrix %+v", m)
	}
	if _, err := os.Stat(filepath.Join(out, "wrong-side.html")); err != nil {
		t.Error(err)
	}
}

// A lesson whose block does not hold fails the build.
func TestBrokenLesson(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "01-broken.md"), []byte("# Broken\n\n```cascade expect=\"as-written:clean\"\nclass A: pass\n```\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--lessons", dir}, &stdout, &stderr); code != 1 || !bytes.Contains(stderr.Bytes(), []byte("do not hold")) {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
