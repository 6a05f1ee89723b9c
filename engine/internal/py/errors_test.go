package py

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"os"
	"strings"
	"testing"

	"cascadelab/engine/internal/source"
)

// chunks splits a testdata file into (source, expectation) pairs: chunks are
// separated by "---" lines and end with a "### Class line:col: message" line.
func chunks(t *testing.T, path string) [][2]string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]string
	for _, c := range strings.Split(string(b), "\n---\n") {
		i := strings.LastIndex(c, "### ")
		if i < 0 {
			t.Fatalf("%s: chunk without expectation:\n%s", path, c)
		}
		out = append(out, [2]string{c[:i], strings.TrimSpace(c[i+4:])})
	}
	return out
}

func TestParseErrors(t *testing.T) {
	for _, c := range chunks(t, "testdata/errors.txt") {
		f := source.NewFile("t.py", c[0])
		_, err := Parse(f)
		if err == nil {
			t.Errorf("no error for:\n%s\nwant %s", c[0], c[1])
			continue
		}
		e := err.(*exc.Error)
		got := fmt.Sprintf("%s %s: %s", e.Class, f.Position(e.Span.Start), e.Msg)
		if got != c[1] {
			t.Errorf("source:\n%s\ngot  %s\nwant %s", c[0], got, c[1])
		}
	}
}

func expectParses(t *testing.T, src string) *Module {
	t.Helper()
	m, err := Parse(source.NewFile("t.py", src))
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return m
}

func TestParseForms(t *testing.T) {
	for _, src := range []string{
		"with (\n    a as x,\n    b,\n):\n    pass\nwith (a) as b, (c):\n    pass\n",
		"for x, *rest in y:\n    pass\nz = [t := t + v for v in y]\n",
		"print \"a\", b\nprint\nprint \"%d\" % 3,\n",
		"match = 1\nmatch x:\n  case 1:\n    pass\n  case (1 | 2) as z if z: pass\n  case {'a': 1, **r, }: pass\n  case [a, *_] | (a, 1): pass\n  case C(1, y=[b, *c]) if b: pass\n  case -1 | 2.5 | 'x' | None | a.b: pass\n  case _: pass\n",
		"x = f'{a!r:>{w}} {{lit}} {b.c[0]:.2f}'\n",
		"a, *b = [1, 2, 3]\n",
		"@dec.x(1)\nclass A(B, metaclass=M):\n    x: int = 1\n    def f(self, *a, k=1, **kw) -> None: return a\n",
		"with a as b, c:\n    pass\n",
		"try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass\n",
		"y = [i for i in x if i if not i]\nz = {k: v for k, v in d.items()}\ng = sum(i for i in x)\n",
		"x = lambda a, b=2: a if b else -a\n",
		"s = x[1:2], x[::-1], x[a:b:c]\n",
		"x = 'a' 'b' f'{c}'\n",
		"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
		"x = 1; y = 2\nwhile x < 3 and not y is None: x += 1\n",
		"global g\nnonlocal_ = 1\ndel x[0], y\n",
		"x = 0x1F + 0o7 + 0b1 + 1_000 + 1.5e3 + .5\n",
		"x = (\n  1,\n  2\n)\n",
		"x = 1 \\\n  + 2\n",
	} {
		expectParses(t, src)
	}
}

func TestSpans(t *testing.T) {
	m := expectParses(t, "x = foo(1, b=2)\n")
	call := m.Body[0].(*Assign).Value.(*Call)
	if s := call.Span(); s.Start != 4 || s.End != 15 {
		t.Errorf("call span %v, want 4..15", s)
	}
	if s := call.Keywords[0].Span(); s.Start != 11 || s.End != 14 {
		t.Errorf("keyword span %v, want 11..14", s)
	}
}
