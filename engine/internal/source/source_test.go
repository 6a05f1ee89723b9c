package source

import "testing"

// Columns count characters (code points) from 1, as CPython's SyntaxError
// offsets do; lines count from 1 and end at "\n" ("\r\n" kept out of the text).
func TestPosition(t *testing.T) {
	f := NewFile("t.py", "ab\r\né = (1,\n\n  x")
	for _, c := range []struct {
		off  int32
		want string
	}{{0, "1:1"}, {2, "1:3"}, {4, "2:1"}, {6, "2:2"}, {9, "2:5"}, {13, "3:1"}, {14, "4:1"}, {16, "4:3"}, {17, "4:4"}, {-5, "1:1"}, {99, "4:4"}} {
		if got := f.Position(c.off).String(); got != c.want {
			t.Errorf("Position(%d) = %s, want %s", c.off, got, c.want)
		}
	}
	for line, want := range map[int]string{0: "", 1: "ab", 2: "é = (1,", 3: "", 4: "  x", 5: ""} {
		if got := f.LineText(line); got != want {
			t.Errorf("LineText(%d) = %q, want %q", line, got, want)
		}
	}
}

func TestDiagnose(t *testing.T) {
	f := NewFile("t.py", "x = 1\né = (1,\n")
	d := f.Diagnose(SevError, "SyntaxError", Span{Start: 11, End: 12}, "SyntaxError: '(' was never closed")
	want := Diagnostic{Severity: SevError, Code: "SyntaxError", Message: "SyntaxError: '(' was never closed", File: "t.py",
		Line: 2, Col: 5, Start: 11, End: 12, LineText: "é = (1,"}
	if d != want {
		t.Errorf("got  %+v\nwant %+v", d, want)
	}
}
