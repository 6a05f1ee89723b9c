// Package store is the SQLite database a script's engine talks to: a real
// SQLite kept in memory (behind the sqlite package's driver: go-sqlite3,
// translated to Go, unless the build registers another), with every
// statement recorded the way the oracle records it at the DBAPI cursor.
package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/spare"
	"cascadelab/engine/internal/trace"
	"cascadelab/engine/sqlite"
)

// DB is one in-memory database, the equivalent of a pysqlite connection.
type DB struct {
	conn sqlite.Conn
	log  *[]trace.Statement
	// inTx mirrors pysqlite's legacy transaction handling: a BEGIN is issued
	// implicitly before the first INSERT/UPDATE/DELETE/REPLACE, never before a
	// SELECT, PRAGMA or DDL statement.
	inTx bool
	// MaxRows bounds how many rows one statement may return or write, so a
	// runaway script fails instead of exhausting memory.
	MaxRows int
	// stmts caches prepared statements by their text, as pysqlite's
	// statement cache does: an ORM flush repeats the same INSERT many times.
	stmts map[string]sqlite.Stmt
	ctx   context.Context // see Interrupt
	// meter is the run's step budget, charged with the instructions of
	// every statement run
	meter *budget.Meter
	// tables are the main schema's tables while known holds: every
	// statement that could change the schema so far was a plain CREATE or
	// DROP TABLE, so HasTable can answer without asking SQLite.
	tables map[string]bool
	known  bool
	// Seeds, when set, are copies of databases built before (see Seeds);
	// ddl are the schema statements so far, waiting those not run yet (see
	// Load), phase whether a seed can still stand for them.
	Seeds   *Seeds
	ddl     []string
	waiting []string
	phase   phase
}

// Result is what one execution (or executemany) produced.
type Result struct {
	Columns   []string
	Rows      [][]any
	LastRowID int64
	RowCount  int64
}

// Error is a database error, kept as it was raised until Describe renders
// it the way pysqlite reports it.
type Error struct {
	// Err is SQLite's *sqlite.Error (with its code), a
	// *budget.Exceeded, or another error of the connection.
	Err error
	// Usage is set instead for a misuse pysqlite itself rejects before
	// SQLite sees the statement (a ProgrammingError).
	Usage string
}

func (e *Error) Error() string {
	_, text := e.Describe()
	return text
}

func (e *Error) Unwrap() error { return e.Err }

// Describe is the one place a database error becomes text: pysqlite's
// exception class (IntegrityError, OperationalError, ProgrammingError) and
// its message, "(sqlite3.Class) SQLite's message".
func (e *Error) Describe() (class *exc.Class, text string) {
	class, msg := exc.OperationalError, e.Usage
	var se *sqlite.Error
	switch {
	case e.Usage != "":
		class = exc.ProgrammingError
	case errors.As(e.Err, &se):
		msg = se.Error()
		if se.Code&0xff == sqlite.CONSTRAINT && se.Msg != "" {
			class = exc.IntegrityError
		}
	default:
		msg = e.Err.Error()
	}
	return class, fmt.Sprintf("(sqlite3.%s) %s", class.Name, msg)
}

// HeapLimit bounds the memory of one connection's SQLite.
const HeapLimit = 64 << 20

// The driver every database runs on: go-sqlite3 unless the build
// registered its own (see driver.go).
func init() { useDefault() }

// Open creates an empty in-memory database whose statements are appended
// to log. Its error is cascadelab's own failure (pysqlite opens a memory
// database without fail), an exc.Error of class InternalError.
func Open(log *[]trace.Statement) (*DB, error) {
	db, ok := spares.Get()
	if !ok {
		var err error
		if db, err = open(); err != nil {
			return nil, err
		}
	}
	db.log = log
	return db, nil
}

// spares are databases opened ahead, never used before Open hands them out.
var spares spare.Pool[*DB]

// Prepare opens a spare database, for a host with nothing else to do, when
// fewer wait than the last busy spell took (see spare.Pool.Fill).
func Prepare() bool {
	return spares.Fill(func() (*DB, bool) {
		db, err := open()
		return db, err == nil
	})
}

func open() (*DB, error) {
	c, err := sqlite.Open()
	if err != nil {
		return nil, openFailed(err)
	}
	// pysqlite's SQLite leaves foreign keys off until a PRAGMA turns them
	// on; this build defaults to on, and that difference is the lesson.
	// Each connection is its own SQLite instance: a statement that builds
	// without end fails with "out of memory" at HeapLimit instead of
	// growing the process (a Worker isolate has 128 MB for everything).
	for _, pragma := range []string{"PRAGMA foreign_keys=OFF", fmt.Sprintf("PRAGMA hard_heap_limit=%d", HeapLimit)} {
		if err := c.Exec(pragma, sqlite.Limits{}); err != nil {
			c.Close()
			return nil, openFailed(err)
		}
	}
	return &DB{conn: c, MaxRows: 1_000_000, stmts: map[string]sqlite.Stmt{}, tables: map[string]bool{}, known: true}, nil
}

func openFailed(err error) error {
	return &exc.Error{Class: exc.InternalError, Msg: "internal error in cascadelab: SQLite could not open an in-memory database: " + err.Error(), Err: err}
}

// Interrupt makes SQLite stop a statement once ctx is done (the run's
// time budget), or once its instructions take the run past the step
// budget of the budget.Meter ctx carries, instead of running an endless
// query to its end.
func (db *DB) Interrupt(ctx context.Context) {
	db.ctx, db.meter = ctx, budget.MeterOf(ctx)
}

// limits are the bounds of a call outside a statement's executions.
func (db *DB) limits() sqlite.Limits { return sqlite.Limits{Ctx: db.ctx, Steps: sqlite.Unbounded} }

// Close releases the database.
func (db *DB) Close() error {
	db.forget()
	return db.conn.Close()
}

// forget closes the cached statements.
func (db *DB) forget() {
	for k, st := range db.stmts {
		st.Close()
		delete(db.stmts, k)
	}
}

// prepare returns the cached statement for sql, preparing it once.
func (db *DB) prepare(sql string) (sqlite.Stmt, error) {
	if st, ok := db.stmts[sql]; ok {
		return st, nil
	}
	v := verb(sql)
	cacheable := isDMLVerb(v) || v == "SELECT"
	if !cacheable {
		db.forget() // DDL and PRAGMAs change the schema the cached statements were built for
	}
	stmt, tail, err := db.conn.Prepare(sql, db.limits())
	if err != nil {
		return nil, classify(err)
	}
	if strings.TrimSpace(tail) != "" {
		stmt.Close()
		return nil, &Error{Usage: "You can only execute one statement at a time."}
	}
	if cacheable && stmt != nil {
		db.stmts[sql] = stmt
	}
	return stmt, nil
}

// Version is the version of the SQLite library every database runs on,
// asked once of a throwaway database.
var Version = sync.OnceValue(func() string {
	c, err := sqlite.Open()
	if err != nil {
		return ""
	}
	defer c.Close()
	st, _, err := c.Prepare("SELECT sqlite_version()", sqlite.Limits{})
	if err != nil || st == nil {
		return ""
	}
	defer st.Close()
	r, err := st.Run(nil, sqlite.Limits{Steps: sqlite.Unbounded, Rows: 1})
	if err != nil || len(r.Rows) != 1 {
		return ""
	}
	v, _ := r.Rows[0][0].(string)
	return v
})

// Raw runs sql without recording it: what a connect listener does on the
// raw DBAPI connection, below SQLAlchemy's cursor events.
func (db *DB) Raw(sql string, params []any) (*Result, error) {
	return db.send(sql, [][]any{params})
}

// Exec records and runs one statement.
func (db *DB) Exec(sql string, params []any) (*Result, error) {
	db.record(sql, params, false)
	if db.deferDDL(sql, params) {
		return &Result{RowCount: -1}, nil
	}
	return db.send(sql, [][]any{params})
}

// ExecMany records and runs one statement per parameter row, as
// cursor.executemany does. Returned rows are concatenated.
func (db *DB) ExecMany(sql string, rows [][]any) (*Result, error) {
	db.record(sql, rows, true)
	return db.send(sql, rows)
}

// ExecBatch records and runs one batch of SQLAlchemy's "insertmanyvalues": a
// multi-row INSERT sent with one cursor.execute, which its cursor events
// report as part of an executemany, with the rows' parameters in one list.
func (db *DB) ExecBatch(sql string, params []any) (*Result, error) {
	db.record(sql, params, true)
	return db.send(sql, [][]any{params})
}

// HasTable records and answers SQLAlchemy's has_table check,
// PRAGMA <schema>.table_info("name"): without running it while the schema
// is known (in the browser every statement costs milliseconds).
func (db *DB) HasTable(schema, name string) (bool, error) {
	sql := "PRAGMA " + schema + ".table_info(\"" + strings.ReplaceAll(name, `"`, `""`) + "\")"
	if db.known {
		db.record(sql, []any(nil), false)
		return schema == "main" && db.tables[name], nil
	}
	r, err := db.Exec(sql, nil)
	if err != nil {
		return false, err
	}
	return len(r.Rows) > 0, nil
}

// tableName reads the table name after prefix ("CREATE TABLE ") as
// SQLAlchemy writes it, quoted or not; end is what must follow it.
func tableName(sql, prefix, end string) (string, bool) {
	rest, ok := strings.CutPrefix(sql, prefix)
	if !ok {
		return "", false
	}
	quoted := strings.HasPrefix(rest, `"`)
	rest = strings.TrimPrefix(rest, `"`)
	n := strings.IndexAny(rest, " \t\n\"(")
	if n < 0 {
		n = len(rest)
	}
	name, tail := rest[:n], rest[n:]
	if quoted {
		var closed bool
		if tail, closed = strings.CutPrefix(tail, `"`); !closed {
			return "", false
		}
	}
	return name, name != "" && (tail == end || end != "" && strings.HasPrefix(tail, end))
}

// changesSchema reports whether a statement may create, drop or alter
// tables in ways track does not follow.
func changesSchema(sql string) bool {
	f := strings.Fields(strings.ToUpper(sql))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "CREATE":
		return !(len(f) > 1 && (f[1] == "INDEX" || len(f) > 2 && f[1] == "UNIQUE" && f[2] == "INDEX"))
	case "DROP":
		return !(len(f) > 1 && f[1] == "INDEX")
	case "ALTER", "ATTACH", "DETACH", "VACUUM":
		return true
	case "PRAGMA":
		return strings.Contains(f[len(f)-1], "WRITABLE_SCHEMA") || len(f) > 1 && strings.Contains(f[1], "WRITABLE_SCHEMA")
	}
	return false
}

// track follows the tables a statement that ran creates or drops.
func (db *DB) track(sql string) {
	if !db.known {
		return
	}
	if name, ok := tableName(sql, "CREATE TABLE ", " ("); ok {
		db.tables[name] = true
	} else if name, ok := tableName(sql, "DROP TABLE ", ""); ok {
		delete(db.tables, name)
	} else if changesSchema(sql) {
		db.known = false
	}
}

func (db *DB) record(sql string, params any, many bool) {
	if db.log == nil {
		return
	}
	*db.log = append(*db.log, trace.Statement{SQL: sql, Params: traceParams(params), Many: many})
}

func traceParams(p any) any {
	switch p := p.(type) {
	case []any:
		out := make([]trace.Value, len(p))
		for i, v := range p {
			out[i] = TraceValue(v)
		}
		return out
	case [][]any:
		out := make([][]trace.Value, len(p))
		for i, r := range p {
			out[i] = traceParams(r).([]trace.Value)
		}
		return out
	}
	return p
}

// TraceValue converts a SQL value to its trace form (floats keep their ".0").
func TraceValue(v any) trace.Value {
	switch v := v.(type) {
	case float64:
		return trace.Float(v)
	case []byte:
		return trace.Blob(v)
	case int:
		return int64(v)
	}
	return v
}

// verb is a statement's first word, upper-cased.
func verb(sql string) string {
	v, _, _ := strings.Cut(strings.TrimSpace(sql), " ")
	return strings.ToUpper(v)
}

func isDMLVerb(v string) bool {
	switch v {
	case "INSERT", "UPDATE", "DELETE", "REPLACE":
		return true
	}
	return false
}

func isDML(sql string) bool { return isDMLVerb(verb(sql)) }

func (db *DB) run(sql string, rows [][]any) (_ *Result, err error) {
	defer func() { err = db.timeUp(err) }()
	if err := db.flush(); err != nil {
		return nil, err
	}
	dml := isDML(sql)
	if dml && !db.inTx && db.conn.Autocommit() {
		if err := db.conn.Exec("BEGIN", db.limits()); err != nil {
			return nil, db.nomem(sql, classify(err))
		}
		db.inTx = true
	}
	stmt, err := db.prepare(sql)
	if err != nil {
		return nil, db.nomem(sql, err)
	}
	if stmt == nil { // only comments or spaces: pysqlite runs nothing
		return &Result{RowCount: -1}, nil
	}
	if db.stmts[sql] != stmt {
		defer stmt.Close()
	}
	res := &Result{Columns: stmt.Columns()}
	// the run's steps: ticks and vm are the statement's so far, charged
	// whatever its end
	var ticks, vm int64
	defer func() {
		if db.meter != nil {
			db.meter.Used += vm
		}
	}()
	for _, params := range rows {
		if err := check(stmt, params); err != nil {
			return nil, err
		}
		lim := sqlite.Limits{Ctx: db.ctx, Steps: sqlite.Unbounded, Rows: db.MaxRows - len(res.Rows)}
		if m := db.meter; m != nil {
			lim.Steps = m.Max - m.Used - ticks*sqlite.ProgressOps
		}
		r, err := stmt.Run(params, lim)
		ticks, vm = ticks+r.Ticks, vm+r.VMSteps
		res.Rows = append(res.Rows, r.Rows...)
		if err == sqlite.ErrRows {
			return nil, &Error{Err: &budget.Exceeded{Kind: budget.Rows, Msg: fmt.Sprintf("cascadelab row budget exceeded: more than %d rows in one statement", db.MaxRows)}}
		}
		if err != nil {
			if outOfMemory(err) {
				return nil, db.nomem(sql, err)
			}
			if m := db.meter; m != nil && m.Used+max(ticks*sqlite.ProgressOps, vm) > m.Max {
				return nil, &Error{Err: &budget.Exceeded{Kind: budget.Steps, Msg: fmt.Sprintf("interrupted: the statement took the run past its step budget (%d steps, one per SQLite instruction)", m.Max)}}
			}
			return nil, classify(err)
		}
		res.RowCount += r.Changes
		res.LastRowID = r.LastRowID
	}
	if !dml {
		res.RowCount = -1
		db.track(sql)
	}
	return res, nil
}

// nomem is err, unless SQLite ran out of memory (HeapLimit): then the
// statement fails with the memory budget and the connection goes on
// without it.
func (db *DB) nomem(sql string, err error) error {
	if !outOfMemory(err) {
		return err
	}
	delete(db.stmts, sql)
	return &Error{Err: &budget.Exceeded{Kind: budget.Memory, Msg: fmt.Sprintf("out of memory: the statement needed more than SQLite's %d MB (cascadelab's memory budget)", HeapLimit>>20)}}
}

func outOfMemory(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code&0xff == sqlite.NOMEM
}

// check refuses what pysqlite refuses before binding a parameter row.
func check(stmt sqlite.Stmt, params []any) error {
	if len(params) != stmt.Params() {
		return &Error{Usage: fmt.Sprintf("Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", stmt.Params(), len(params))}
	}
	for i, v := range params {
		switch v.(type) {
		case nil, bool, int, int64, float64, string, []byte:
		default:
			return &Error{Usage: fmt.Sprintf("Error binding parameter %d: type '%T' is not supported", i+1, v)}
		}
	}
	return nil
}

// classify keeps err, typed, as a database error.
func classify(err error) error { return &Error{Err: err} }

// Commit ends the implicit transaction, if one is open.
func (db *DB) Commit() error {
	if db.conn.Autocommit() {
		db.inTx = false
		return nil
	}
	db.inTx = false
	return db.timeUp(classify0(db.conn.Exec("COMMIT", db.limits())))
}

// InTx reports whether a transaction is open.
func (db *DB) InTx() bool { return !db.conn.Autocommit() }

// Rollback undoes the implicit transaction, if one is open.
func (db *DB) Rollback() error {
	db.inTx = false
	if db.conn.Autocommit() {
		return nil
	}
	return db.timeUp(classify0(db.conn.Exec("ROLLBACK", db.limits())))
}

// timeUp is a statement's error when the run's time budget ran out: SQLite
// then refuses every statement as interrupted (BEGIN, a prepare, the
// ROLLBACK after an interrupted flush), and the budget is the cause, not
// an OperationalError.
func (db *DB) timeUp(err error) error {
	var ex *budget.Exceeded
	if err != nil && db.ctx != nil && db.ctx.Err() != nil && !errors.As(err, &ex) {
		return &Error{Err: &budget.Exceeded{Kind: budget.Time, Msg: "interrupted: the statement was still running when the run's time budget ran out"}}
	}
	return err
}

func classify0(err error) error {
	if err == nil {
		return nil
	}
	return classify(err)
}

// Table is one table's content as SQLite returned it, rows in rowid order.
type Table struct {
	Columns []string
	Rows    [][]any
}

// Tables reads back every user table, rows in rowid order, as the oracle does.
func (db *DB) Tables() (map[string]Table, error) {
	var names []string
	if db.known { // no need to ask SQLite which tables it has
		for n := range db.tables {
			names = append(names, n)
		}
		sort.Strings(names)
	} else {
		res, err := db.run("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name", [][]any{nil})
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			names = append(names, r[0].(string))
		}
	}
	out := map[string]Table{}
	for _, name := range names {
		res, err := db.run(`SELECT * FROM "`+strings.ReplaceAll(name, `"`, `""`)+`" ORDER BY rowid`, [][]any{nil})
		if err != nil {
			return nil, err
		}
		out[name] = Table{Columns: res.Columns, Rows: res.Rows}
	}
	return out, nil
}

// TraceTables converts tables to their trace form.
func TraceTables(tables map[string]Table) map[string]trace.Table {
	out := make(map[string]trace.Table, len(tables))
	for name, t := range tables {
		tt := trace.Table{Columns: t.Columns, Rows: make([][]trace.Value, len(t.Rows))}
		if tt.Columns == nil {
			tt.Columns = []string{}
		}
		for i, row := range t.Rows {
			tt.Rows[i] = make([]trace.Value, len(row))
			for j, v := range row {
				tt.Rows[i][j] = TraceValue(v)
			}
		}
		out[name] = tt
	}
	return out
}

// Load inserts rows without recording them, in one transaction, table by
// table in the given order and each table's rows in order (so rowids keep
// their order): the database another run built, replayed. With Seeds, a
// seed of the same schema statements stands for them and the rows, and a
// database loaded here becomes one.
func (db *DB) Load(order []string, tables map[string]Table) error {
	if db.restore() {
		return nil
	}
	if err := db.flush(); err != nil {
		return err
	}
	if err := db.conn.Exec("BEGIN", db.limits()); err != nil {
		return classify(err)
	}
	for _, name := range order {
		t, ok := tables[name]
		if !ok || len(t.Rows) == 0 {
			continue
		}
		cols := make([]string, len(t.Columns))
		marks := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i], marks[i] = `"`+strings.ReplaceAll(c, `"`, `""`)+`"`, "?"
		}
		sql := fmt.Sprintf(`INSERT INTO "%s" (%s) VALUES (%s)`, strings.ReplaceAll(name, `"`, `""`), strings.Join(cols, ", "), strings.Join(marks, ", "))
		db.inTx = true
		if _, err := db.run(sql, t.Rows); err != nil {
			db.conn.Exec("ROLLBACK", db.limits())
			db.inTx = false
			return err
		}
	}
	db.inTx = false
	if err := db.conn.Exec("COMMIT", db.limits()); err != nil {
		return classify(err)
	}
	if db.Seeds != nil {
		db.Seeds.Add(db.Seed())
	}
	return nil
}
