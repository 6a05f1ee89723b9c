// Package sqlite is the seam between the engine's store and a SQLite: an
// in-memory connection that prepares statements and runs each execution in
// one call (bind a parameter row, step to the end, read the rows), so that a
// SQLite outside the Go program (the browser's own wasm engine) costs one
// crossing per execution. The engine links go-sqlite3 (SQLite translated to
// Go) behind it; the browser build registers its own driver instead.
package sqlite

import (
	"context"
	"errors"
	"math"
	"strings"
)

// Conn is one SQLite connection to an in-memory database, opened as Open
// documents.
type Conn interface {
	// Prepare compiles the first statement of sql and returns the rest;
	// a nil Stmt (and no error) when sql holds no statement.
	Prepare(sql string, lim Limits) (Stmt, string, error)
	// Exec runs sql (statements without parameters or rows).
	Exec(sql string, lim Limits) error
	// Autocommit is sqlite3_get_autocommit.
	Autocommit() bool
	// Serialize copies the main database; Deserialize replaces it.
	Serialize() ([]byte, error)
	Deserialize(img []byte) error
	Close() error
}

// Stmt is a prepared statement.
type Stmt interface {
	Columns() []string
	// Params is sqlite3_bind_parameter_count.
	Params() int
	// Run binds params (nil, bool, int, int64, float64, string, []byte), steps
	// to the end and resets: one execution.
	Run(params []any, lim Limits) (Run, error)
	Close() error
}

// Limits bound one call. The time budget is Ctx (a driver stops once it is
// done; one that cannot ask it while SQLite runs takes its deadline); the
// step budget is Steps: a Run stops once ProgressOps times the progress
// handler's calls pass it (Unbounded: never). Rows bounds the rows one
// Run returns: one more is ErrRows.
type Limits struct {
	Ctx   context.Context
	Steps int64
	Rows  int
}

// Unbounded is Limits.Steps without a bound.
const Unbounded = math.MaxInt64

// ProgressOps is how many instructions SQLite runs between progress
// handler calls.
const ProgressOps = 1000

// Run is what one execution produced.
type Run struct {
	Rows      [][]any
	Changes   int64
	LastRowID int64
	// Ticks is how many times the progress handler ran, VMSteps the
	// statement's SQLITE_STMTSTATUS_VM_STEP for this execution: the step
	// budget is charged with VMSteps, and while a statement runs its ticks
	// stand for them (SQLite counts instructions only when a step returns).
	Ticks, VMSteps int64
}

// ErrRows is a Run that stopped at Limits.Rows.
var ErrRows = errors.New("row budget spent")

// Error is an error SQLite returned.
type Error struct {
	// Code is the extended result code; Code&0xff the primary one.
	Code int
	// Msg is sqlite3_errmsg, empty when it only repeats Str.
	Msg string
	// Str is sqlite3_errstr(Code).
	Str string
}

// Result codes the store tells apart.
const (
	NOMEM      = 7
	INTERRUPT  = 9
	CONSTRAINT = 19
)

func (e *Error) Error() string {
	if e.Msg == "" {
		return "sqlite3: " + e.Str
	}
	return e.Msg
}

// NewError is the Error of code with SQLite's errmsg and errstr, as
// go-sqlite3 words it: the message without the code's own text.
func NewError(code int, errmsg, errstr string) *Error {
	msg := strings.TrimPrefix(errmsg, "sqlite3: ")
	msg = strings.TrimPrefix(strings.TrimPrefix(msg, errstr), ": ")
	if msg == "not an error" {
		msg = ""
	}
	return &Error{Code: code, Msg: msg, Str: errstr}
}

// Opener opens a connection to a new in-memory database (":memory:") of
// its own SQLite instance, with the progress handler called every
// ProgressOps instructions; a statement running out of memory fails with
// an Error of code NOMEM and the connection goes on. Double-quoted string
// literals are on for DML and DDL (SQLITE_DBCONFIG_DQS_DML and _DDL), as
// pysqlite's SQLite has them (SQLITE_DQS=3): SELECT "Hello" where no column
// has that name is the string 'Hello'.
type Opener func() (Conn, error)

var opener Opener

// Use makes open the driver of every connection opened after.
func Use(open Opener) { opener = open }

// Open opens a connection with the driver in use.
func Open() (Conn, error) {
	if opener == nil {
		return nil, errors.New("no SQLite driver registered")
	}
	return opener()
}
