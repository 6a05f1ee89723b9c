package tracetest

import "testing"

// Each actual trace against the same expected one, and the level the shared
// conformance/compare.py printed for the pair ("LEVEL passed" or "outcome failed").
func TestCompare(t *testing.T) {
	expected, err := Parse([]byte(`{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, actual string
		want         Level
	}{
		{"same", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, All},
		{"plain_execute", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [1.0], "many": false}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, All},
		{"int_float_rows", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2], [2, null]]}}}`, All},
		{"select_differs", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id, t.f FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, Writes},
		{"extra_pragma", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "PRAGMA main.table_info(\"t\")", "params": [], "many": false}, {"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, Writes},
		{"write_params", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [2], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, Outcome},
		{"missing_write", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, Outcome},
		{"stdout", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nc\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, LevelNone},
		{"error", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": {"type": "IntegrityError", "message": "x"}, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}}}`, LevelNone},
		{"rows", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0]]}}}`, LevelNone},
		{"tables", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "f"], "rows": [[1, 2.0], [2, null]]}, "u": {"columns": [], "rows": []}}}`, LevelNone},
		{"columns", `{"sqlalchemy": "2.0.52", "sqlite": "3.40.1", "stdout": "a\nb\n", "error": null, "statements": [{"sql": "SELECT t.id FROM t", "params": [], "many": false}, {"sql": "INSERT INTO t (f) VALUES (?)", "params": [[1.0]], "many": true}, {"sql": "DELETE FROM t WHERE t.id = ?", "params": [1], "many": false}], "tables": {"t": {"columns": ["id", "g"], "rows": [[1, 2.0], [2, null]]}}}`, LevelNone},
	} {
		actual, err := Parse([]byte(c.actual))
		if err != nil {
			t.Fatal(c.name, err)
		}
		level, msgs := Compare(expected, actual)
		if level != c.want || (len(msgs) == 0) != (c.want == All) {
			t.Errorf("%s: level %v %q, want %v", c.name, level, msgs, c.want)
		}
	}
	for _, s := range []string{"none", "outcome", "writes", "all"} {
		if l, ok := ParseLevel(s); !ok || l.String() != s {
			t.Errorf("ParseLevel(%q) = %v, %v", s, l, ok)
		}
	}
	if _, ok := ParseLevel("most"); ok {
		t.Error("ParseLevel accepted most")
	}
}

func TestAddresses(t *testing.T) {
	for _, c := range [][2]string{
		{"[<__main__.A object at 0x7f20d9e02b90>]", "[<__main__.A object at 0x<1>>]"},
		{"<A at 0x7f1> <B at 0x7f2> <A at 0x7f1>", "<A at 0x<1>> <B at 0x<2>> <A at 0x<1>>"},
		{"look at 0x10 and at 0xzz> at 0x", "look at 0x10 and at 0xzz> at 0x"},
	} {
		if got := addresses(c[0]); got != c[1] {
			t.Errorf("addresses(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
