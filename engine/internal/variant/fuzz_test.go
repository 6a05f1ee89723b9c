package variant

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/script"
)

// FuzzVariants: any source gives a matrix or an error, never a panic, and
// every variant has a verdict.
func FuzzVariants(f *testing.F) {
	files, _ := filepath.Glob("../../../web/examples/*.py")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	// scripts that change the schema after their delete: the rows before
	// and after then have different columns (the crash)
	for _, sql := range []string{
		"ALTER TABLE child DROP COLUMN note",
		"ALTER TABLE child ADD COLUMN extra INTEGER DEFAULT 7",
		"ALTER TABLE child RENAME COLUMN note TO memo",
		"ALTER TABLE child RENAME TO kid",
		"DROP TABLE child",
		"DROP TABLE parent",
		"CREATE TABLE extra (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))",
	} {
		f.Add(schemaScript(sql))
	}
	f.Fuzz(func(t *testing.T, src string) {
		done := make(chan *Matrix, 1)
		go func() {
			done <- Run(script.File{Name: "f.py", Text: src}, Options{Children: 2, Depth: 2, Run: script.Options{MaxSteps: 200_000, Timeout: 2 * time.Second}})
		}()
		var m *Matrix
		select {
		case m = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("no answer in 20 s for %q", src)
		}
		if m.Error != nil && m.Error.Class == exc.InternalError {
			t.Fatalf("internal error: %s", m.Error.Msg)
		}
		for _, v := range m.Variants {
			if v.Verdict == "" || v.Outcome == "" {
				t.Fatalf("%s has no verdict", v.ID)
			}
		}
	})
}
