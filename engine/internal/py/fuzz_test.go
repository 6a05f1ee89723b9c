package py

import (
	"cascadelab/engine/internal/exc"
	"os"
	"path/filepath"
	"testing"

	"cascadelab/engine/internal/source"
)

// FuzzParse: the parser never panics, and every span lies inside the text.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"../../testdata/cases", "../../../../shared/conformance/cases"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, p := range files {
			b, _ := os.ReadFile(p)
			f.Add(string(b))
		}
	}
	b, _ := os.ReadFile("testdata/errors.txt")
	f.Add(string(b))
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Parse(source.NewFile("f.py", src))
		if err != nil {
			e, ok := err.(*exc.Error)
			if !ok {
				t.Fatalf("error of type %T", err)
			}
			if e.Msg == "" || e.Span.Start < 0 || e.Span.Start > e.Span.End || int(e.Span.End) > len(src) {
				t.Fatalf("bad error %+v for %d bytes", e, len(src))
			}
			return
		}
		for _, s := range m.Body {
			if sp := s.Span(); sp.Start < 0 || sp.Start > sp.End || int(sp.End) > len(src) {
				t.Fatalf("statement span %+v outside %d bytes", sp, len(src))
			}
		}
	})
}
