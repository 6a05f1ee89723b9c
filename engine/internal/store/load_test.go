package store

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/trace"
)

// Rows sent with executemany come back as pysqlite reads them; the expected
// JSON is what conformance/record.py wrote for the same statements run by
// Python's sqlite3 (floats keep ".0", blobs as hex). An ALTER TABLE makes the
// table list come from sqlite_master, and a second database loaded with the
// rows reads back the same.
func TestExecManyAndLoad(t *testing.T) {
	const want = `{"t":{"columns":["id","f","b","s","extra"],"rows":[[1,1.5,{"blob":"0001"},"é",null],[2,2.0,null,null,null],[3,null,{"blob":"ff"},"x",null]]}}`
	var log []trace.Statement
	db, err := Open(&log)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"CREATE TABLE t (id INTEGER NOT NULL, f FLOAT, b BLOB, s VARCHAR, PRIMARY KEY (id))"} {
		if _, err := db.Exec(q, nil); err != nil {
			t.Fatal(err)
		}
	}
	rows := [][]any{{int64(1), 1.5, []byte{0, 1}, "é"}, {int64(2), 2.0, nil, nil}, {int64(3), nil, []byte{0xff}, "x"}}
	if r, err := db.ExecMany("INSERT INTO t (id, f, b, s) VALUES (?, ?, ?, ?)", rows); err != nil || r.RowCount != 3 {
		t.Fatalf("executemany: %+v, %v", r, err)
	}
	for _, q := range []string{"CREATE INDEX ix_t_s ON t (s)", "ALTER TABLE t ADD COLUMN extra INTEGER"} {
		if _, err := db.Exec(q, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Commit(); err != nil {
		t.Fatal(err)
	}
	tables, err := db.Tables()
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonOf(t, TraceTables(tables)); got != want {
		t.Errorf("tables\ngot  %s\nwant %s", got, want)
	}
	if last := log[1]; !last.Many || jsonOf(t, last.Params) != `[[1,1.5,{"blob":"0001"},"é"],[2,2.0,null,null],[3,null,{"blob":"ff"},"x"]]` {
		t.Errorf("executemany recorded as %+v", last)
	}

	other, err := Open(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Exec("CREATE TABLE t (id INTEGER NOT NULL, f FLOAT, b BLOB, s VARCHAR, extra INTEGER, PRIMARY KEY (id))", nil); err != nil {
		t.Fatal(err)
	}
	if err := other.Load([]string{"t", "missing"}, tables); err != nil {
		t.Fatal(err)
	}
	loaded, err := other.Tables()
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonOf(t, TraceTables(loaded)); got != want {
		t.Errorf("loaded\ngot  %s\nwant %s", got, want)
	}
	// rows a table cannot take fail the load, which leaves nothing behind
	if err := other.Load([]string{"t"}, tables); err == nil {
		t.Error("loading the same primary keys twice succeeded")
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A statement still running when the run's time is up is interrupted, and
// the error says it was the time budget.
func TestInterrupt(t *testing.T) {
	db, err := Open(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	db.Interrupt(ctx)
	start := time.Now()
	_, err = db.Exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", nil)
	if !errors.Is(err, budget.Time) {
		t.Errorf("got %v, want the time budget", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// Once the run's time is up, SQLite refuses every statement as
// interrupted: the next INSERT (its BEGIN) and the ROLLBACK after it fail
// with the time budget, not an OperationalError of their own.
func TestInterruptAfterTimeUp(t *testing.T) {
	db, err := Open(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE t (x INTEGER)", nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	db.Interrupt(ctx)
	cancel()
	if _, err := db.Exec("INSERT INTO t VALUES (1)", nil); !errors.Is(err, budget.Time) {
		t.Errorf("insert: got %v, want the time budget", err)
	}
	if err := db.Rollback(); err != nil && !errors.Is(err, budget.Time) {
		t.Errorf("rollback: got %v, want the time budget", err)
	}
}

// With a budget.Meter in its context, a statement's instructions count
// against the run's steps: an endless one stops at the budget whatever the
// clock, the meter holds what ran, and a spent budget refuses the next
// statement instead of answering it with no rows.
func TestStepBudget(t *testing.T) {
	db, err := Open(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := &budget.Meter{Max: 100_000}
	db.Interrupt(budget.WithMeter(context.Background(), m))
	res, err := db.Exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100) SELECT count(*) FROM c", nil)
	if err != nil || res.Rows[0][0] != int64(100) {
		t.Fatalf("a small query: %v %v", res, err)
	}
	if m.Used < 100 || m.Over() {
		t.Errorf("after a small query the meter is %+v", m)
	}
	_, err = db.Exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", nil)
	if !errors.Is(err, budget.Steps) || errors.Is(err, budget.Time) {
		t.Errorf("got %v, want the step budget", err)
	}
	if !m.Over() || m.Used > 2*m.Max {
		t.Errorf("after an endless query the meter is %+v", m)
	}
	if res, err := db.Exec("SELECT 1", nil); !errors.Is(err, budget.Steps) {
		t.Errorf("with the budget spent, SELECT 1 gave %v, %v", res, err)
	}
}
