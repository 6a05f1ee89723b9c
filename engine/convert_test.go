package engine

import (
	"testing"

	"cascadelab/engine/internal/source"
)

// A diagnostic reaches callers with UTF-16 offsets and prints as compilers do.
func TestDiagnostic(t *testing.T) {
	text := "x = 1\n🎉é = (1,\n"
	f := source.NewFile("t.py", text)
	d := diagnostic(text, f.Diagnose(source.SevError, "SyntaxError", source.Span{Start: 15, End: 16}, "SyntaxError: '(' was never closed"))
	if d.Line != 2 || d.Col != 6 || d.Start != 12 || d.End != 13 {
		t.Errorf("at %d:%d, units %d..%d; want 2:6, 12..13", d.Line, d.Col, d.Start, d.End)
	}
	if got := d.String(); got != "t.py:2:6: error: SyntaxError: '(' was never closed" {
		t.Errorf("String() = %q", got)
	}
	d.Fix = "close the parenthesis"
	if got := d.String(); got != "t.py:2:6: error: SyntaxError: '(' was never closed\n  fix: close the parenthesis" {
		t.Errorf("String() with a fix = %q", got)
	}
}
