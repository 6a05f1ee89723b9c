package py

import (
	"cascadelab/engine/internal/exc"
	"os"
	"path/filepath"
	"testing"

	"cascadelab/engine/internal/source"
)

func TestParseSharedCases(t *testing.T) {
	files, _ := filepath.Glob("../../../../shared/conformance/cases/*.py")
	if len(files) == 0 {
		t.Skip("shared cases not available")
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if _, err := Parse(source.NewFile(f, string(b))); err != nil {
			e := err.(*exc.Error)
			t.Errorf("%s:%s: %v", f, source.NewFile(f, string(b)).Position(e.Span.Start), err)
		}
	}
}
