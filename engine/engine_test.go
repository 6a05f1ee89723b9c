package engine

import (
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"
)

// questionModels are the question's models: the cascade on the many-to-one side, plus an
// audit class without relationships.
const questionModels = `from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", backref="children", cascade="all,delete")


class Audit(Base):
    __tablename__ = "audit"
    id = Column(Integer, primary_key=True)
    note = Column(String(20))
`

// The matrix callers get: every variant converted, a class without
// relationships carrying an empty list (JavaScript reads it as an array),
// the fix as hunks, rows as values.
func TestVariants(t *testing.T) {
	m := Variants(File{Name: "m.py", Text: questionModels}, VariantOptions{Children: 2})
	if m.Error != nil {
		t.Fatalf("Variants: %v", m.Error)
	}
	if len(m.Variants) != len(m.VariantIDs) || len(m.Variants) < 10 {
		t.Fatalf("%d variants, %d ids", len(m.Variants), len(m.VariantIDs))
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"name":"Audit","table":"audit"`) || strings.Contains(string(b), `"relationships":null`) {
		t.Errorf("the model's JSON: %s", b)
	}
	var aw, fix *Variant
	for _, v := range m.Variants {
		switch v.ID {
		case "as-written":
			aw = v
		case "orm-cascade":
			fix = v
		}
	}
	if aw == nil || fix == nil {
		t.Fatalf("no as-written or orm-cascade variant among %v", m.VariantIDs)
	}
	// two parents with two children each; the first parent is deleted
	if c := aw.Counts["child"]; c.Before != 4 || c.After != 4 || len(aw.SQL) == 0 || len(aw.Rows["child"].Rows) != 4 || aw.Rows["child"].Rows[0].Status != "orphaned" || aw.Rows["child"].Rows[0].After[1] != nil {
		t.Errorf("as-written: child %+v, %d statements, rows %+v", c, len(aw.SQL), aw.Rows["child"])
	}
	if len(fix.Diff) == 0 || len(fix.Diff[0].Lines) == 0 {
		t.Errorf("orm-cascade has no diff: %+v", fix.Diff)
	}
	if c := fix.Counts["child"]; c.Before != 4 || c.After != 2 || c.Effect != "deleted" {
		t.Errorf("orm-cascade: child %+v, want 4 → 2, deleted", c)
	}
	// the engine, not the page, says what happened to each table
	if p, c := aw.Counts["parent"], aw.Counts["child"]; p.Effect != "deleted" || c.Effect != "orphaned" {
		t.Errorf("as-written: parent %+v, child %+v", p, c)
	}
	// the engine, not the page, says which variants fix yours (as-written
	// orphans here) and which relationships cascade a delete
	if aw.Fixes || !fix.Fixes || fix.Outcome != "clean" {
		t.Errorf("fixes: as-written %v, orm-cascade %v (%s)", aw.Fixes, fix.Fixes, fix.Outcome)
	}
	for _, v := range m.Variants {
		if v.Fixes != (v.Outcome == "clean") {
			t.Errorf("%s: fixes %v, outcome %s", v.ID, v.Fixes, v.Outcome)
		}
	}
	cascades, back := map[string]bool{}, map[string]string{}
	for _, c := range m.Model.Classes {
		for _, r := range c.Relationships {
			cascades[c.Name+"."+r.Key] = r.DeleteCascades
			back[c.Name+"."+r.Key] = r.WrongSideBack
		}
	}
	// and which one-to-many a wrong-side many-to-one deletes back up
	if want := map[string]string{"Child.parent": "", "Parent.children": "parent"}; !maps.Equal(back, want) {
		t.Errorf("wrong side back %v, want %v", back, want)
	}
	if want := map[string]bool{"Child.parent": true, "Parent.children": false}; !maps.Equal(cascades, want) {
		t.Errorf("delete cascades %v, want %v", cascades, want)
	}
}

// A matrix split among runs, as the page splits it among its workers, and
// marked once over the merged variants' facts (id and outcome only, as the
// page sends them) marks what the whole run marks; a part without the
// as-written variant marks nothing by itself.
func TestFixesSplit(t *testing.T) {
	f := File{Name: "m.py", Text: questionModels}
	whole := Variants(f, VariantOptions{})
	var merged []*Variant
	for part := range 2 {
		var ids []string
		for k, id := range whole.VariantIDs {
			if k%2 == part {
				ids = append(ids, id)
			}
		}
		m := Variants(f, VariantOptions{Only: ids})
		for _, v := range m.Variants {
			if v.Fixes && part == 1 {
				t.Errorf("part without as-written marks %s", v.ID)
			}
			merged = append(merged, &Variant{ID: v.ID, Outcome: v.Outcome})
		}
	}
	MarkFixes(merged)
	got, want := map[string]bool{}, map[string]bool{}
	for _, v := range merged {
		got[v.ID] = v.Fixes
	}
	for _, v := range whole.Variants {
		want[v.ID] = v.Fixes
	}
	if !maps.Equal(got, want) || !want["orm-cascade"] {
		t.Errorf("merged marks %v, whole %v", got, want)
	}
}

func TestMarkFixes(t *testing.T) {
	for _, c := range []struct{ outcomes, want string }{
		{"as-written:orphans orm-cascade:clean bulk:error", "orm-cascade"},
		{"orm-cascade:clean bulk:clean as-written:dangling", "orm-cascade bulk"},
		{"as-written:error a:clean b:nothing", "a"},
		{"as-written:clean orm-cascade:clean", ""}, // nothing to fix
		{"orm-cascade:clean", ""},                  // as-written did not run
		{"as-written:skipped a:clean", "a"},
	} {
		var vs []*Variant
		for _, f := range strings.Fields(c.outcomes) {
			id, outcome, _ := strings.Cut(f, ":")
			vs = append(vs, &Variant{ID: id, Outcome: outcome})
		}
		MarkFixes(vs)
		var got []string
		for _, v := range vs {
			if v.Fixes {
				got = append(got, v.ID)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: fixes %q, want %q", c.outcomes, got, c.want)
		}
	}
}

// A script that raises reports its exception, at its line, with the class
// a program could catch.
func TestVariantsError(t *testing.T) {
	m := Variants(File{Name: "m.py", Text: "x = 1\ny = x.nope\n"}, VariantOptions{})
	if m.Error == nil || m.Error.Error() != "2:5: AttributeError: 'int' object has no attribute 'nope'" {
		t.Errorf("got %v", m.Error)
	}
}

// The models' own exception is marked in the text, last, where the editor
// shows it; an error of the runner's (no models, a refusal) is not.
func TestVariantsErrorMarked(t *testing.T) {
	for _, c := range []struct{ src, mark string }{
		{"x = 1\ny = x.nope\n", "m.py:2:5: error: AttributeError: 'int' object has no attribute 'nope'"},
		{"x = (1,\n", "m.py:1:5: error: SyntaxError: '(' was never closed"},
		{"raise ValueError('a\\nb')\n", "m.py:1:1: error: ValueError: a"},
		{"x = 1\n", ""},
	} {
		m := Variants(File{Name: "m.py", Text: c.src}, VariantOptions{})
		got := ""
		if n := len(m.Diagnostics); n > 0 && m.Diagnostics[n-1].Severity == "error" {
			got = m.Diagnostics[n-1].String()
		}
		if m.Error == nil || got != c.mark {
			t.Errorf("%q: error %v, marked %q, want %q", c.src, m.Error, got, c.mark)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		o    VariantOptions
		want string
	}{
		{VariantOptions{}, ""},
		{VariantOptions{Children: Bounds.Children.Max}, ""},
		{VariantOptions{Children: Bounds.Children.Max + 1}, "children is 11"},
		{VariantOptions{Depth: -1}, "depth is -1"},
		{VariantOptions{Delete: strings.Repeat("x", Bounds.Delete+1)}, "delete is"},
		{VariantOptions{Only: []string{"nope"}}, `no variant "nope"`},
	} {
		err := c.o.Check()
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("Check(%+v) = %v, want %q", c.o, err, c.want)
		}
	}
}

func TestEchoLog(t *testing.T) {
	r := Run(File{Name: "e.py", Text: questionModels + "from sqlalchemy import create_engine\nBase.metadata.create_all(create_engine('sqlite://'))\n"}, Options{})
	if r.Exception != nil || !strings.Contains(r.EchoLog(), "CREATE TABLE audit (") {
		t.Errorf("%v\n%s", r.Exception, r.EchoLog())
	}
	r = Run(File{Name: "e.py", Text: "while True:\n    pass\n"}, Options{MaxSteps: 1000})
	if !errors.Is(r.Exception, ErrBudget) || !errors.Is(r.Exception, BudgetSteps) {
		t.Errorf("a step budget stop is %v", r.Exception)
	}
}
