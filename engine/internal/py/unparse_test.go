package py

import (
	"testing"

	"cascadelab/engine/internal/source"
)

// Annotations as CPython 3.11's ast.unparse writes them (the string kept
// under from __future__ import annotations); "-" for one UnparseAnnotation
// does not write.
func TestUnparseAnnotation(t *testing.T) {
	for src, want := range map[string]string{
		"Mapped[list[Task]]": "Mapped[list[Task]]", "Mapped[str|None]": "Mapped[str | None]", `Mapped[Optional["A"]]`: "Mapped[Optional['A']]",
		"Dict[str,int]": "Dict[str, int]", "a.b[c, d]": "a.b[c, d]", "x | (y | z)": "x | (y | z)", "(x | y) | z": "x | y | z",
		"Tuple[int, ...]": "Tuple[int, ...]", "Callable[[int], str]": "Callable[[int], str]", "Tuple[()]": "Tuple[()]",
		"tuple[int,]": "tuple[int,]", "Literal[1, True, None]": "Literal[1, True, None]", "f(x)": "-", "x + y": "-",
	} {
		m, err := Parse(source.NewFile("t.py", src+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		got, ok := UnparseAnnotation(m.Body[0].(*ExprStmt).Value)
		if !ok {
			got = "-"
		}
		if got != want {
			t.Errorf("UnparseAnnotation(%s) = %s, want %s", src, got, want)
		}
	}
}
