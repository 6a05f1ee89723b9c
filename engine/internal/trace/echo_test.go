package trace

import (
	"encoding/json"
	"reflect"
	"testing"
)

// SQLAlchemy 2.0.52's echo log for the same statements (create_engine(echo=True),
// text() statements), with the "in 0.00027s" timings taken out.
func TestEchoLog(t *testing.T) {
	ss := []Statement{
		{SQL: "CREATE TABLE t (a, b, c, d, f)", Params: []Value{}},
		{SQL: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", Params: []Value{int64(1), "it's", nil, Float(1.5), Blob("x\x00")}},
		{SQL: "INSERT INTO t (a) VALUES (?)", Params: [][]Value{{int64(1)}, {Float(2)}}, Many: true},
		{SQL: "SELECT a FROM t WHERE a = ?", Params: []Value{true}},
	}
	want := "CREATE TABLE t (a, b, c, d, f)\n[generated] ()\n" +
		"INSERT INTO t VALUES (?, ?, ?, ?, ?)\n[generated] (1, \"it's\", None, 1.5, b'x\\x00')\n" +
		"INSERT INTO t (a) VALUES (?)\n[generated] [(1,), (2.0,)]\n" +
		"SELECT a FROM t WHERE a = ?\n[generated] (True,)\n"
	if got := EchoLog(ss); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// The trace's JSON holds what the oracle's does: this is conformance/record.py's
// output for a script that printed "hi", sent one INSERT and left one row.
func TestJSON(t *testing.T) {
	const oracle = `{"error": null, "sqlalchemy": "2.0.52", "sqlite": "3.40.1", "statements": [{"many": false, "params": [20.0, {"blob": "00ff"}, null], "sql": "INSERT INTO t (f, b, n) VALUES (?, ?, ?)"}], "stdout": "hi\n", "tables": {"t": {"columns": ["f", "b", "n"], "rows": [[20.0, {"blob": "00ff"}, null]]}}}`
	tr := Trace{SQLAlchemy: "2.0.52", SQLite: "3.40.1", Stdout: "hi\n",
		Statements: []Statement{{SQL: "INSERT INTO t (f, b, n) VALUES (?, ?, ?)", Params: []Value{Float(20), Blob{0, 0xff}, nil}}},
		Tables:     map[string]Table{"t": {Columns: []string{"f", "b", "n"}, Rows: [][]Value{{Float(20), Blob{0, 0xff}, nil}}}}}
	var got, want any
	if err := json.Unmarshal(tr.JSON(), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(oracle), &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %s\nwant %s", tr.JSON(), oracle)
	}
	empty := (&Trace{}).JSON()
	if err := json.Unmarshal(empty, &got); err != nil || got.(map[string]any)["statements"] == nil || got.(map[string]any)["tables"] == nil {
		t.Errorf("an empty trace writes %s", empty)
	}
}
