package variant

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

func parse(t *testing.T, src string) *py.Module {
	t.Helper()
	mod, err := py.Parse(source.NewFile("m.py", src))
	if err != nil {
		t.Fatal(err)
	}
	return mod
}

// firstCall is the first call to name in src.
func firstCall(mod *py.Module, name string) *py.Call {
	var c *py.Call
	py.Inspect(mod, func(n py.Node) bool {
		if x, ok := n.(*py.Call); ok && c == nil && x.Callee() == name {
			c = x
		}
		return c == nil
	})
	return c
}

func TestKeywordEdits(t *testing.T) {
	cases := []struct {
		src, want string
		edit      func(w *rewriter, c *py.Call)
	}{
		{`r = relationship("C")`, `r = relationship("C", cascade="all")`,
			func(w *rewriter, c *py.Call) { w.setKeyword(c, "cascade", `"all"`) }},
		{`r = relationship()`, `r = relationship(cascade="all")`,
			func(w *rewriter, c *py.Call) { w.setKeyword(c, "cascade", `"all"`) }},
		{`r = relationship("C", cascade = "delete")`, `r = relationship("C", cascade = "all")`,
			func(w *rewriter, c *py.Call) { w.setKeyword(c, "cascade", `"all"`) }},
		{"r = relationship(\n    \"C\",\n    lazy=\"select\",\n)", "r = relationship(\n    \"C\",\n    lazy=\"select\", cascade=\"all\",\n)",
			func(w *rewriter, c *py.Call) { w.setKeyword(c, "cascade", `"all"`) }},
		{`r = relationship("C", cascade="all", backref="p")`, `r = relationship("C", backref="p")`,
			func(w *rewriter, c *py.Call) { w.dropKeyword(c, "cascade") }},
		{`r = relationship(cascade="all", backref="p")`, `r = relationship(backref="p")`,
			func(w *rewriter, c *py.Call) { w.dropKeyword(c, "cascade") }},
		{`r = relationship(cascade="all")`, `r = relationship()`,
			func(w *rewriter, c *py.Call) { w.dropKeyword(c, "cascade") }},
		{`r = relationship("C", passive_deletes=True)`, `r = relationship("C", passive_deletes=True, cascade="all")`,
			func(w *rewriter, c *py.Call) {
				w.setKeyword(c, "passive_deletes", "True")
				w.setKeyword(c, "cascade", `"all"`)
			}},
	}
	for _, c := range cases {
		mod := parse(t, c.src)
		w := &rewriter{src: c.src, mod: mod}
		c.edit(w, firstCall(mod, "relationship"))
		if got := w.apply(); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

func TestImportName(t *testing.T) {
	src := "\"\"\"doc\"\"\"\nfrom sqlalchemy.orm import relationship\nimport os\n\nx = 1\n"
	w := &rewriter{src: src, mod: parse(t, src)}
	w.importName("sqlalchemy.orm", "backref")
	w.importName("sqlalchemy.orm", "backref")
	w.importName("sqlalchemy.orm", "relationship")
	want := "\"\"\"doc\"\"\"\nfrom sqlalchemy.orm import relationship\nimport os\nfrom sqlalchemy.orm import backref\n\nx = 1\n"
	if got := w.apply(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// unified writes hunks as diff -u does.
func unified(name string, hunks []Hunk) string {
	if hunks == nil {
		return ""
	}
	span := func(start, n int) string {
		if n == 1 {
			return fmt.Sprint(start)
		}
		return fmt.Sprintf("%d,%d", start, n)
	}
	out := fmt.Sprintf("--- a/%s\n+++ b/%s\n", name, name)
	for _, h := range hunks {
		out += fmt.Sprintf("@@ -%s +%s @@\n", span(h.OldStart, h.OldLines), span(h.NewStart, h.NewLines))
		for _, l := range h.Lines {
			out += string(l.Op) + l.Text + "\n"
		}
	}
	return out
}

// diffHunks agrees with diff -u, line for line.
func TestDiffHunksMatchDiff(t *testing.T) {
	if _, err := exec.LookPath("diff"); err != nil {
		t.Skip("no diff program")
	}
	base := strings.Repeat("line\n", 3) + "a\nb\nc\n" + strings.Repeat("same\n", 10) + "x\ny\n" + strings.Repeat("tail\n", 2)
	pairs := [][2]string{
		{base, strings.Replace(base, "b\n", "B\n", 1)},
		{base, strings.Replace(base, "x\ny\n", "x\nnew\ny\n", 1)},
		{base, strings.Replace(strings.Replace(base, "a\n", "", 1), "tail\n", "tail\nend\n", 1)},
		{base, "first\n" + base},
		{"one\n", "two\n"},
	}
	dir := t.TempDir()
	for i, p := range pairs {
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		os.WriteFile(a, []byte(p[0]), 0o644)
		os.WriteFile(b, []byte(p[1]), 0o644)
		out, _ := exec.Command("diff", "-u", "--label", "a/m.py", "--label", "b/m.py", a, b).Output()
		if got := unified("m.py", diffHunks(p[0], p[1])); got != string(out) {
			t.Errorf("pair %d:\n got:\n%s\nwant:\n%s", i, got, out)
		}
	}
	if diffHunks(base, base) != nil {
		t.Error("equal texts give a diff")
	}
}
