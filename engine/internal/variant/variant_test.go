package variant

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/trace"
	"cascadelab/engine/internal/trace/tracetest"
)

func matrixOf(t *testing.T, path string, o Options) *Matrix {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := Run(script.File{Name: "models.py", Text: string(src)}, o)
	if m.Error != nil {
		t.Fatalf("%s: %s: %s", path, m.Error.Class, m.Error.Msg)
	}
	return m
}

func variantOf(t *testing.T, m *Matrix, id string) *Variant {
	t.Helper()
	for _, v := range m.Variants {
		if v.ID == id {
			return v
		}
	}
	t.Fatalf("no variant %s", id)
	return nil
}

// The numbers the seed question's models must give (the table).
func TestSeedExpectations(t *testing.T) {
	m := matrixOf(t, "../../../web/examples/seed.py", Options{})
	type want struct {
		id              string
		parent, child   Count
		orphans, dangle int
		errType         string
	}
	for _, w := range []want{
		{"as-written", Count{2, 1}, Count{6, 6}, 3, 0, ""},
		{"bulk-delete", Count{2, 1}, Count{6, 6}, 0, 3, ""},
		{"raw-delete", Count{2, 1}, Count{6, 6}, 0, 3, ""},
		{"orm-cascade", Count{2, 1}, Count{6, 3}, 0, 0, ""},
		{"db-cascade", Count{2, 1}, Count{6, 3}, 0, 0, ""},
		{"ondelete-without-passive", Count{2, 1}, Count{6, 6}, 3, 0, ""},
		{"fk-off", Count{2, 1}, Count{6, 6}, 0, 3, ""},
		{"db-cascade-bulk", Count{2, 1}, Count{6, 3}, 0, 0, ""},
		{"set-null", Count{2, 1}, Count{6, 6}, 3, 0, ""},
		{"not-null", Count{2, 2}, Count{6, 6}, 0, 0, "IntegrityError"},
		{"remove-child", Count{2, 2}, Count{6, 6}, 1, 0, ""},
		{"remove-child-orphan", Count{2, 2}, Count{6, 5}, 0, 0, ""},
	} {
		v := variantOf(t, m, w.id)
		if v.Counts["parent"] != w.parent || v.Counts["child"] != w.child {
			t.Errorf("%s: parent %v child %v, want %v %v", w.id, v.Counts["parent"], v.Counts["child"], w.parent, w.child)
		}
		if v.Orphaned["child"] != w.orphans || v.Dangling["child"] != w.dangle {
			t.Errorf("%s: %d orphans %d dangling, want %d %d", w.id, v.Orphaned["child"], v.Dangling["child"], w.orphans, w.dangle)
		}
		got := ""
		if v.Error != nil {
			got = v.Error.Class.Name
		}
		if got != w.errType {
			t.Errorf("%s: error %q, want %q", w.id, got, w.errType)
		}
	}
	// the database cascade deletes children the ORM never loads
	for _, s := range variantOf(t, m, "db-cascade").SQL {
		if strings.Contains(s.SQL, "FROM child") {
			t.Errorf("db-cascade loads the children: %s", s.SQL)
		}
	}
	if !strings.Contains(variantOf(t, m, "as-written").Log, "UPDATE child SET parentid=? WHERE child.id = ?\n[generated] [(None, 1), (None, 2), (None, 3)]") {
		t.Errorf("as-written log lacks the nulling UPDATE:\n%s", variantOf(t, m, "as-written").Log)
	}
	// the fix goes on the backref, and the many-to-one loses its delete cascade
	diff := unified("models.py", variantOf(t, m, "orm-cascade").Diff)
	for _, line := range []string{
		`-    parent = relationship(Parent, cascade = "all,delete", backref = "children")`,
		`+    parent = relationship(Parent, backref = backref("children", cascade="all, delete-orphan"))`,
		`+from sqlalchemy.orm import backref`,
	} {
		if !strings.Contains(diff, line+"\n") {
			t.Errorf("orm-cascade diff lacks %q:\n%s", line, diff)
		}
	}
	if d := variantOf(t, m, "as-written").Diff; d != nil {
		t.Errorf("as-written changes the models:\n%s", unified("models.py", d))
	}
}

// Deleting the first root never touches the rows under the second one.
func TestSecondRootUntouched(t *testing.T) {
	files := examples(t)
	for _, f := range files {
		m := matrixOf(t, f, Options{})
		for _, v := range m.Variants {
			under := underSecondRoot(m, v)
			for table, rows := range v.Rows {
				for _, r := range rows.Rows {
					if under(table, r) && r.Status != "kept" {
						t.Errorf("%s %s: %s row %v under the second root is %s", filepath.Base(f), v.ID, table, r.Before, r.Status)
					}
				}
			}
		}
	}
}

// underSecondRoot follows foreign keys in the rows before the delete: a row
// is under the second root when it points at a row that is.
func underSecondRoot(m *Matrix, v *Variant) func(table string, r Row) bool {
	type ref struct{ col, table, target string }
	var refs []ref
	var rootTable string
	for i, c := range m.Model.Classes {
		if i == 0 || c.Name == strings.Fields(m.Target)[0] {
			if rootTable == "" || c.Name == strings.Fields(m.Target)[0] {
				rootTable = c.Table
			}
		}
		for _, col := range c.Columns {
			if col.FK != "" {
				tbl, target, _ := strings.Cut(col.FK, ".")
				refs = append(refs, ref{c.Table + "." + col.Name, tbl, target})
			}
		}
	}
	in := map[string]bool{rootTable + ".id=2": true}
	for changed := true; changed; {
		changed = false
		for table, rows := range v.Rows {
			for _, r := range rows.Rows {
				for _, rf := range refs {
					tbl, col, _ := strings.Cut(rf.col, ".")
					i := indexOfStr(rows.Columns, col)
					if tbl != table || i < 0 || r.Before == nil || r.Before[i] == nil {
						continue
					}
					if in[rf.table+"."+rf.target+"="+trace.Repr(r.Before[i])] {
						id := indexOfStr(rows.Columns, "id")
						if id >= 0 && !in[table+".id="+trace.Repr(r.Before[id])] {
							in[table+".id="+trace.Repr(r.Before[id])] = true
							changed = true
						}
					}
				}
			}
		}
	}
	return func(table string, r Row) bool {
		id := indexOfStr(v.Rows[table].Columns, "id")
		return id >= 0 && r.Before != nil && in[table+".id="+trace.Repr(r.Before[id])]
	}
}

// Every exported script is the one recorded under SQLAlchemy 2.0.52, the
// engine's trace of it matches that golden, and the matrix counts are the
// golden's final tables.
func TestGoldens(t *testing.T) {
	levels, err := tracetest.ReadLevels("testdata/golden/levels.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := examples(t)
	for _, f := range files {
		model := strings.TrimSuffix(filepath.Base(f), ".py")
		m := matrixOf(t, f, Options{})
		for _, v := range m.Variants {
			name := model + "/" + stem(v)
			t.Run(name, func(t *testing.T) {
				base := filepath.Join("testdata/golden", name)
				stored, err := os.ReadFile(base + ".py")
				if err != nil || string(stored) != v.Script {
					t.Fatalf("the exported script differs from %s.py: run make record-variants and review the diff", base)
				}
				golden, err := tracetest.Load(base + ".trace.json")
				if err != nil {
					t.Fatal(err)
				}
				res := script.Run(script.File{Name: filepath.Base(base) + ".py", Text: v.Script}, script.Options{})
				need, listed := levels[name]
				if !listed {
					need = tracetest.All
				}
				level, msgs := tracetest.Compare(setOrder(golden), setOrder(&res.Trace))
				if level < need {
					t.Fatalf("reached %s, need %s: %s", level, need, strings.Join(msgs, "; "))
				}
				if listed && level > need {
					t.Errorf("now reaches %s: raise its line in levels.txt", level)
				}
				for table, c := range v.Counts {
					if n := len(golden.Tables[table].Rows); c.After != n {
						t.Errorf("%s: matrix says %d rows after, SQLAlchemy leaves %d", table, c.After, n)
					}
				}
				if (v.Error == nil) != (golden.Error == nil) || (v.Error != nil && v.Error.Class.Name != golden.Error.Type) {
					t.Errorf("error %v, SQLAlchemy %v", v.Error, golden.Error)
				}
			})
		}
	}
}

func stem(v *Variant) string { return fmt.Sprintf("%02d-%s", v.Number, v.ID) }

// setOrder undoes the orders that SQLAlchemy takes from iterating a set of
// states (UOWTransaction.mappers), which change from run to run: a run of
// the same SELECT with different parameters, and the rows of an executemany
// DELETE of association rows, are sorted.
func setOrder(tr *trace.Trace) *trace.Trace {
	c := *tr
	c.Statements = append([]trace.Statement(nil), tr.Statements...)
	key := func(s trace.Statement) string { b, _ := json.Marshal(s.Params); return string(b) }
	for i := 0; i < len(c.Statements); {
		j := i + 1
		for j < len(c.Statements) && c.Statements[j].SQL == c.Statements[i].SQL && strings.HasPrefix(c.Statements[i].SQL, "SELECT") {
			j++
		}
		run := c.Statements[i:j]
		sort.SliceStable(run, func(a, b int) bool { return key(run[a]) < key(run[b]) })
		i = j
	}
	for i, s := range c.Statements {
		var rows []json.RawMessage
		if b, _ := json.Marshal(s.Params); s.Many && strings.HasPrefix(s.SQL, "DELETE") && strings.Contains(s.SQL, " AND ") && json.Unmarshal(b, &rows) == nil {
			sort.Slice(rows, func(a, b int) bool { return string(rows[a]) < string(rows[b]) })
			c.Statements[i].Params = rows
		}
	}
	return &c
}

// TestLiveSQLAlchemy re-runs the exported scripts of the models listed in
// sa14.txt under a live SQLAlchemy (CASCADELAB_LIVE_PYTHON) and requires
// the golden's outcome, so the goldens cannot drift from reality.
func TestLiveSQLAlchemy(t *testing.T) {
	python := os.Getenv("CASCADELAB_LIVE_PYTHON")
	if python == "" {
		t.Skip("set CASCADELAB_LIVE_PYTHON to a python with SQLAlchemy installed")
	}
	models, err := tracetest.ReadList("testdata/golden/sa14.txt")
	if err != nil || len(models) == 0 {
		t.Fatalf("sa14.txt: %v", err)
	}
	for _, fields := range models {
		scripts, _ := filepath.Glob(filepath.Join("testdata/golden", fields[0], "*.py"))
		if len(scripts) == 0 {
			t.Errorf("no exported scripts for %s", fields[0])
		}
		for _, py := range scripts {
			t.Run(fields[0]+"/"+filepath.Base(py), func(t *testing.T) {
				live, err := tracetest.Record(python, "../../../conformance/record.py", py)
				if err != nil {
					t.Fatal(err)
				}
				golden, err := tracetest.Load(strings.TrimSuffix(py, ".py") + ".trace.json")
				if err != nil {
					t.Fatal(err)
				}
				if level, msgs := tracetest.Compare(golden, live); level < tracetest.Outcome {
					t.Fatalf("live SQLAlchemy %s disagrees: %s", live.SQLAlchemy, strings.Join(msgs, "; "))
				}
			})
		}
	}
}

// A scenario that would make too many rows is refused up front, with the numbers.
func TestScenarioTooBig(t *testing.T) {
	src, err := os.ReadFile("../../../web/examples/tree.py")
	if err != nil {
		t.Fatal(err)
	}
	m := Run(script.File{Name: "tree.py", Text: string(src)}, Options{Children: 10, Depth: 6})
	if m.Error == nil || !strings.Contains(m.Error.Msg, "would make 222222 rows") || len(m.Variants) != 0 {
		t.Fatalf("got %+v", m.Error)
	}
}

// examples lists the playground's example models; an empty list is a broken path, not a pass.
func examples(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../../web/examples/*.py")
	if len(files) == 0 {
		t.Fatal("no web/examples/*.py found")
	}
	return files
}

// A models file that makes its own engine and rows is run next to the
// scenario's engine: each table is still counted once, in the order
// create_all makes them.
func TestTablesCountedOnce(t *testing.T) {
	m := matrixOf(t, "testdata/golden/seed/03-raw-delete.py", Options{})
	if got := strings.Join(m.Tables, " "); got != "parent child" {
		t.Errorf("tables = %s, want parent child", got)
	}
	v := variantOf(t, m, "as-written")
	if want := "Deleted 1 parent row; 3 child rows survived with their foreign key set to NULL (orphans)."; v.Verdict != want {
		t.Errorf("verdict = %s, want %s", v.Verdict, want)
	}
}

// SQLModel models are rewritten in SQLModel's terms: cascade_delete=True,
// Field(ondelete=, nullable=).
func TestSQLModelVariants(t *testing.T) {
	m := matrixOf(t, "testdata/models/sqlmodel_heroes.py", Options{})
	for _, c := range []struct {
		id, diff string
		hero     Count
	}{
		{"as-written", "", Count{6, 6}},
		{"orm-cascade", `Relationship(back_populates="team", cascade_delete=True)`, Count{6, 3}},
		{"db-cascade", `Relationship(back_populates="team", passive_deletes=True)`, Count{6, 3}},
		{"set-null", `Field(default=None, foreign_key="team.id", ondelete="SET NULL")`, Count{6, 6}},
		{"not-null", `ondelete="CASCADE", nullable=False)`, Count{6, 6}},
	} {
		v := variantOf(t, m, c.id)
		if diff := unified("m.py", v.Diff); v.Counts["hero"] != c.hero || !strings.Contains(diff, c.diff) {
			t.Errorf("%s: hero %v, diff:\n%s", c.id, v.Counts["hero"], diff)
		}
	}
}

// Schema-first input: DDL (and an automap script) run as the models automap
// makes of the tables. The seed rows: a nullable foreign key with ON DELETE
// CASCADE leaves the children nulled; MyISAM leaves them in place.
func TestSchemaFirst(t *testing.T) {
	for _, c := range []struct {
		path, input string
		fk          bool
		variant     string
		child       Count
		orphans     int
		dangling    int
	}{
		{"testdata/schema/pg.sql", "schema", false, "as-written", Count{6, 6}, 3, 0},
		{"testdata/schema/pg.sql", "schema", false, "db-cascade", Count{6, 3}, 0, 0},
		{"testdata/schema/pgdump.sql", "schema", true, "as-written", Count{6, 6}, 3, 0},
		{"testdata/schema/mysql.sql", "schema", true, "as-written", Count{6, 6}, 3, 0},
		{"testdata/schema/mysql.sql", "schema", true, "raw-delete", Count{6, 6}, 0, 3},
		{"testdata/schema/mysql.sql", "schema", true, "db-cascade", Count{6, 3}, 0, 0},
		{"../../testdata/cases/automap_default_nulls_children.py", "automap", false, "as-written", Count{6, 6}, 3, 0},
	} {
		m := matrixOf(t, c.path, Options{ForeignKeys: c.fk})
		v := variantOf(t, m, c.variant)
		if m.Input != c.input || m.Schema == "" || v.Counts["child"] != c.child || v.Orphaned["child"] != c.orphans || v.Dangling["child"] != c.dangling {
			t.Errorf("%s %s: input %s, child %v, %d orphans, %d dangling; want %s, %v, %d, %d", c.path, c.variant, m.Input, v.Counts["child"], v.Orphaned["child"], v.Dangling["child"], c.input, c.child, c.orphans, c.dangling)
		}
	}
	m := matrixOf(t, "testdata/schema/sqlite.sql", Options{})
	if got := strings.Join(m.Tables, " "); got != "author tag book book_tag" {
		t.Errorf("sqlite.sql tables: %s", got)
	}
	if !strings.Contains(m.Schema, `book_collection = relationship("Book", secondary=book_tag_table, backref=backref("tag_collection"))`) {
		t.Errorf("sqlite.sql models:\n%s", m.Schema)
	}
}

// Unsupported DDL is named at its line:col.
func TestSchemaRefused(t *testing.T) {
	src, _ := os.ReadFile("testdata/schema/bad.sql")
	m := Run(script.File{Name: "bad.sql", Text: string(src)}, Options{})
	if m.Error == nil || m.Error.Class != exc.NotImplementedError || m.Error.Pos() != (source.Pos{Line: 2, Col: 8}) || m.Error.Msg != "cascadelab does not support CREATE TRIGGER" {
		t.Errorf("got %+v", m.Error)
	}
	// malformed DDL is the user's to fix, not a refusal
	m = Run(script.File{Name: "bad.sql", Text: "CREATE TABLE p (id INT);\nCREATE TABLE c (id INT, p INT REFERENCES);"}, Options{})
	if m.Error == nil || m.Error.Class != exc.OperationalError || m.Error.Pos() != (source.Pos{Line: 2, Col: 31}) || m.Error.Msg != "a table or column name is expected here" {
		t.Errorf("got %+v at %v", m.Error, m.Error.Pos())
	}
}

// MyISAM tables never enforce foreign keys: the as-written variants run
// without them even with the fk option on, and the database cascade
// switches the engine to InnoDB.
func TestMyISAM(t *testing.T) {
	m := matrixOf(t, "testdata/models/myisam.py", Options{ForeignKeys: true})
	aw := variantOf(t, m, "as-written")
	if aw.ForeignKeys || aw.Counts["child"] != (Count{6, 6}) || aw.Dangling["child"] != 3 {
		t.Errorf("as-written: fk %v, child %v, %d dangling; want no fk, 6 → 6, 3 dangling", aw.ForeignKeys, aw.Counts["child"], aw.Dangling["child"])
	}
	db := variantOf(t, m, "db-cascade")
	if diff := unified("m.py", db.Diff); db.Counts["child"] != (Count{6, 3}) || !strings.Contains(diff, `+    __table_args__ = {"mysql_engine": "InnoDB"}`) {
		t.Errorf("db-cascade: child %v, diff:\n%s", db.Counts["child"], diff)
	}
}

// A script whose delete is inside a function runs as models: replaying it
// would skip the functions that make its rows.
func TestDeleteInFunction(t *testing.T) {
	m := matrixOf(t, "testdata/models/delete_in_function.py", Options{})
	v := variantOf(t, m, "as-written")
	if m.Input != "models" || v.Counts["child"] != (Count{6, 6}) || v.Orphaned["child"] != 3 {
		t.Errorf("input %s, child %v, %d orphans", m.Input, v.Counts["child"], v.Orphaned["child"])
	}
}

func TestEffect(t *testing.T) {
	raised := &exc.Error{Class: exc.IntegrityError, Msg: "FOREIGN KEY constraint failed"}
	for _, c := range []struct {
		v    Variant
		want string
	}{
		{Variant{Deleted: map[string]int{"t": 1}}, "deleted"},
		{Variant{Deleted: map[string]int{"t": 1}, Orphaned: map[string]int{"t": 2}}, "orphaned"},
		{Variant{Orphaned: map[string]int{"t": 2}, Dangling: map[string]int{"t": 1}}, "dangling"},
		{Variant{Deleted: map[string]int{"other": 1}}, ""},
		{Variant{}, ""},
		{Variant{Error: raised, Outcome: "error"}, "error"},
		{Variant{Error: raised, Outcome: "error", Deleted: map[string]int{"t": 1}}, "error"},
	} {
		if got := c.v.Effect("t"); got != c.want {
			t.Errorf("%+v: %q, want %q", c.v, got, c.want)
		}
	}
}
