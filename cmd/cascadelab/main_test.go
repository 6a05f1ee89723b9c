package main

import (
	"io"
	"os"
	"strings"
	"testing"

	"cascadelab/engine"
)

// The seed question's script prints what the asker saw, then the log that
// explains it, then the row counts.
func TestRunSeed(t *testing.T) {
	src, err := os.ReadFile("../../engine/testdata/cases/seedq_py2_verbatim.py")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	printRun(&b, io.Discard, engine.Run(engine.File{Name: "seed.py", Text: string(src)}, engine.Options{}))
	out := b.String()
	for _, want := range []string{
		"After delete, children = 3\nAfter delete parent = 0\n",
		"UPDATE child SET parentid=? WHERE child.id = ?\n[generated] [(None, 1), (None, 2), (None, 3)]\n",
		"child: 3\nparent: 0\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
