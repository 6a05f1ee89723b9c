package engine

import (
	"encoding/json"
	"os"
	"testing"
)

// prepare builds the spare runtimes and databases the page's worker builds
// between calls, until Prepare says no more are wanted.
func prepare() {
	for Prepare() {
	}
}

// Each variant of a matrix gives exactly what it gives run alone, whatever
// the variants before it did to their modules, connection or database, and
// with or without spares built ahead (Prepare). leak_state.py prints what
// it finds before changing it: each of its runs must find it fresh.
func TestVariantsAlone(t *testing.T) {
	for _, c := range []struct {
		path  string
		fresh string // every variant's output, "" for models without output
	}{
		{"../web/examples/seed.py", ""},
		{"testdata/variants/leak_state.py", "module fresh 0\npragma 0 0 1\n"},
	} {
		t.Run(c.path, func(t *testing.T) {
			src, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			f := File{Name: "models.py", Text: string(src)}
			whole := Variants(f, VariantOptions{})
			if whole.Error != nil || len(whole.Variants) < 10 {
				t.Fatalf("%v, %d variants", whole.Error, len(whole.Variants))
			}
			prepare()
			if a, b := jsonOf(t, whole), jsonOf(t, Variants(f, VariantOptions{})); a != b {
				t.Errorf("the matrix differs once spares were prepared:\n%s\n%s", a, b)
			}
			for i, v := range whole.Variants {
				if c.fresh != "" && v.Stdout != c.fresh {
					t.Errorf("%s printed %q, want %q: it did not start fresh", v.ID, v.Stdout, c.fresh)
				}
				if i%2 == 1 {
					prepare()
				}
				alone := Variants(f, VariantOptions{Only: []string{v.ID}})
				if len(alone.Variants) != 1 {
					t.Fatalf("%s alone: %d variants", v.ID, len(alone.Variants))
				}
				// the fixes mark compares a variant with the others
				w, a := *v, *alone.Variants[0]
				w.Fixes, a.Fixes = false, false
				if x, y := jsonOf(t, w), jsonOf(t, a); x != y {
					t.Errorf("%s in the matrix:\n%s\nalone:\n%s", v.ID, x, y)
				}
			}
		})
	}
}

// jsonOf is v as the page receives it; a value that does not marshal is
// the empty string, which no matrix is.
func jsonOf(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}
