package store

import (
	"regexp"
	"strings"
	"testing"

	"cascadelab/engine/internal/trace"
)

func TestConstraintErrors(t *testing.T) {
	var log []trace.Statement
	db, err := Open(&log)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustExec := func(sql string, p ...any) *Result {
		t.Helper()
		r, err := db.Exec(sql, p)
		if err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return r
	}
	mustExec("CREATE TABLE p (id INTEGER NOT NULL, PRIMARY KEY (id))")
	mustExec("CREATE TABLE c (id INTEGER NOT NULL, pid INTEGER NOT NULL, name VARCHAR(5), PRIMARY KEY (id), UNIQUE (name), FOREIGN KEY(pid) REFERENCES p (id))")
	r := mustExec("INSERT INTO p DEFAULT VALUES")
	if r.LastRowID != 1 || r.RowCount != 1 {
		t.Fatalf("insert: %+v", r)
	}
	r = mustExec("INSERT INTO c (pid, name) VALUES (?, ?) RETURNING id", int64(1), "a")
	if len(r.Rows) != 1 || r.Rows[0][0] != int64(1) {
		t.Fatalf("returning: %+v", r.Rows)
	}
	cases := []struct{ sql, class, msg string }{
		{"UPDATE c SET pid=NULL WHERE id = 1", "IntegrityError", "NOT NULL constraint failed: c.pid"},
		{"INSERT INTO c (pid, name) VALUES (1, 'a')", "IntegrityError", "UNIQUE constraint failed: c.name"},
		{"SELECT * FROM nope", "OperationalError", "no such table: nope"},
	}
	for _, c := range cases {
		_, err := db.Exec(c.sql, nil)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%s: got %#v, want a *Error", c.sql, err)
			continue
		}
		if class, text := e.Describe(); class.Name != c.class || text != "(sqlite3."+c.class+") "+c.msg {
			t.Errorf("%s: got %#v, want %s %q", c.sql, err, c.class, c.msg)
		}
	}
	// the pragma is a no-op inside a transaction, as in SQLite itself
	if err := db.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("DELETE FROM p WHERE p.id = ?", []any{int64(1)}); err != nil {
		t.Fatalf("foreign keys must be off by default: %v", err)
	}
	if err := db.Rollback(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Raw("PRAGMA foreign_keys=ON", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("DELETE FROM p WHERE p.id = ?", []any{int64(1)}); err == nil || err.Error() != "(sqlite3.IntegrityError) FOREIGN KEY constraint failed" {
		t.Errorf("fk: %v", err)
	}
	if err := db.Rollback(); err != nil {
		t.Fatal(err)
	}
	tables, err := db.Tables()
	if err != nil {
		t.Fatal(err)
	}
	if len(tables["p"].Rows) != 1 || len(tables["c"].Rows) != 1 {
		t.Errorf("tables after rollback: %+v", tables)
	}
	if n := len(log); n != 9 {
		t.Errorf("recorded %d statements, want 9 (Raw is not recorded)", n)
	}
}

// HasTable answers from the statements it saw while they were plain CREATE
// and DROP TABLEs, records the PRAGMA either way, and asks SQLite once a
// statement it cannot follow changed the schema.
func TestHasTable(t *testing.T) {
	var log []trace.Statement
	db, err := Open(&log)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check := func(schema, name string, want bool) {
		t.Helper()
		if got, err := db.HasTable(schema, name); err != nil || got != want {
			t.Errorf("HasTable(%s, %s) = %v, %v; want %v", schema, name, got, err, want)
		}
	}
	check("main", "parent", false)
	if _, err := db.Exec(`CREATE TABLE parent (id INTEGER NOT NULL, PRIMARY KEY (id))`, nil); err != nil {
		t.Fatal(err)
	}
	check("main", "parent", true)
	check("temp", "parent", false)
	if _, err := db.Exec(`DROP TABLE parent`, nil); err != nil {
		t.Fatal(err)
	}
	check("main", "parent", false)
	if _, err := db.Exec(`create temp table scratch (x)`, nil); err != nil {
		t.Fatal(err)
	}
	if db.known {
		t.Fatal("a lowercase temp table keeps the schema known")
	}
	check("temp", "scratch", true)
	check("main", "scratch", false)
	pragmas := 0
	for _, s := range log {
		if strings.HasPrefix(s.SQL, "PRAGMA ") {
			pragmas++
		}
	}
	if pragmas != 6 {
		t.Errorf("%d PRAGMAs recorded, want 6", pragmas)
	}
}

// Version is the running SQLite's own, as sqlite3.sqlite_version reports it.
func TestVersion(t *testing.T) {
	if v := Version(); !regexp.MustCompile(`^3\.\d+\.\d+$`).MatchString(v) {
		t.Errorf("Version() = %q, want 3.x.y", v)
	}
}

// A statement that builds without end fails at the heap limit, quickly,
// and the connection still answers after it.
func TestHeapLimit(t *testing.T) {
	var log []trace.Statement
	db, err := Open(&log)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// The connection's own limit, as SQLite reports it. The statement below
	// cannot tell it apart: a wall-clock bound on it failed under wasm on a
	// busy machine, and a string past about 50 MB fails here even under a
	// limit a hundred times higher.
	if r, err := db.Exec("PRAGMA hard_heap_limit", nil); err != nil || len(r.Rows) != 1 || r.Rows[0][0] != int64(HeapLimit) {
		t.Errorf("PRAGMA hard_heap_limit = %v, %v; want %d", r, err, HeapLimit)
	}
	_, err = db.Exec("WITH RECURSIVE c(x, n) AS (SELECT 'x', 0 UNION ALL SELECT x || x || n, n + 1 FROM c WHERE n < 40) SELECT group_concat(x) FROM c", nil)
	if err == nil || !strings.Contains(err.Error(), "out of memory") {
		t.Fatalf("err = %v, want out of memory", err)
	}
	if r, err := db.Exec("SELECT 1", nil); err != nil || len(r.Rows) != 1 {
		t.Fatalf("after the limit: %v", err)
	}
}

// A double-quoted name that is no column is a string, as pysqlite's SQLite
// (built with SQLITE_DQS=3) reads it, in a query and in DDL alike.
func TestDoubleQuotedStrings(t *testing.T) {
	var log []trace.Statement
	db, err := Open(&log)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{`CREATE TABLE t (a, b DEFAULT "x", CHECK (a != "y"))`, `INSERT INTO t (a) VALUES (1)`} {
		if _, err := db.Exec(q, nil); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	r, err := db.Exec(`SELECT "Hello", b FROM t WHERE b = "x"`, nil)
	if err != nil || len(r.Rows) != 1 || r.Rows[0][0] != "Hello" || r.Rows[0][1] != "x" {
		t.Fatalf("rows %v, %v", r, err)
	}
}
