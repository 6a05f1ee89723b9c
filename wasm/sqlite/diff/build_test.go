package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBuildReproduces rebuilds sqlite3.wasm from its pinned inputs (../build.sh) and checks that
// the committed file is what they give, byte for byte.
func TestBuildReproduces(t *testing.T) {
	for _, tool := range []string{"clang-19", "wasm-ld-19"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install clang-19 lld-19): sqlite3.wasm not rebuilt", tool)
		}
	}
	out := filepath.Join(t.TempDir(), "sqlite3.wasm")
	if b, err := exec.Command("../build.sh", out).CombinedOutput(); err != nil {
		t.Fatalf("build.sh: %v\n%s", err, b)
	}
	built, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../sqlite3.wasm")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(built, committed) {
		t.Errorf("build.sh gives %d bytes that differ from the committed sqlite3.wasm (%d bytes): rebuild it with make sqlite-wasm and say why in the commit", len(built), len(committed))
	}
}
