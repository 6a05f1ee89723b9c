package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
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

// variants prints the matrix with the seed's numbers, exports one script
// per variant, and --json is the documented shape.
func TestVariantsCommand(t *testing.T) {
	models := "../../web/examples/seed.py"
	var out, errs strings.Builder
	if code := run("variants", []string{models}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, want := range []string{"Deleting Parent 1", "2 → 1   6 → 6", "2 → 1   6 → 3", "3 child rows survived with their foreign key set to NULL (orphans)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("matrix lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errs.String(), "seed.py:15:35: warning: Child.parent is a many-to-one with delete cascade") {
		t.Errorf("diagnostics missing: %s", errs.String())
	}
	dir := t.TempDir()
	out.Reset()
	if code := run("variants", []string{"--json", "--export", dir, "--children", "2", models}, &out, &errs); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var m engine.Matrix
	if err := json.Unmarshal([]byte(out.String()), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Variants) != 12 || m.Variants[0].Counts["child"].Before != 4 {
		t.Errorf("json: %d variants, first before %+v", len(m.Variants), m.Variants[0].Counts)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(files) != 12 || filepath.Base(files[0]) != "01-as-written.py" {
		t.Errorf("exported %v", files)
	}
	if code := run("variants", []string{"--delete", "Nope", models}, &out, &errs); code != 1 || !strings.Contains(errs.String(), `no mapped class "Nope"`) {
		t.Errorf("unknown class: exit %d, %s", code, errs.String())
	}
	if code := run("variants", []string{"--bogus", models}, &out, &errs); code != 2 {
		t.Errorf("bad flag: exit %d", code)
	}
}

// variants takes DDL: it prints the models the tables imply, then the matrix.
func TestVariantsSchema(t *testing.T) {
	var out, errs strings.Builder
	if code := run("variants", []string{"../../engine/internal/variant/testdata/schema/pg.sql"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, want := range []string{`parent = relationship("Parent", backref=backref("child_collection"))`, "Deleting Parent 1", "2 → 1   6 → 6"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
