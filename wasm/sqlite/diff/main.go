// Command diff runs SQL on go-sqlite3 (the Go translation the engine links),
// one half of the differential against go-sqlite3-wasm's C sources compiled
// to wasm (host.mjs is the other): cases on standard input as JSON, a list
// of SQL texts per case, each case on a fresh connection with the build's
// own defaults and store's PRAGMAs (both halves alike: this compares the two
// builds; what the drivers set at open, such as double-quoted strings, is
// make test-sqlitejs's); one JSON line per statement out.
package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/ncruces/go-sqlite3"
)

type result struct {
	Case, Stmt int
	SQL        string
	Cols       []string   `json:",omitempty"`
	Rows       [][]string `json:",omitempty"`
	Changes    int64
	Rowid      int64
	Steps      int    `json:",omitempty"` // the statement's VM steps, which the engine's step budget counts
	Code       int    `json:",omitempty"` // extended code; -2: go-sqlite3 panicked (out of memory)
	Msg        string `json:",omitempty"`
}

// value encodes a column so that both halves print it alike: floats by their
// bits, text and blobs in hex.
func value(st *sqlite3.Stmt, i int) string {
	switch st.ColumnType(i) {
	case sqlite3.INTEGER:
		return fmt.Sprintf("i:%d", st.ColumnInt64(i))
	case sqlite3.FLOAT:
		return fmt.Sprintf("f:%016x", math.Float64bits(st.ColumnFloat(i)))
	case sqlite3.TEXT:
		return "t:" + hex.EncodeToString(st.ColumnRawText(i))
	case sqlite3.BLOB:
		return "b:" + hex.EncodeToString(st.ColumnRawBlob(i))
	}
	return "n"
}

// fail records err's extended code and SQLite's message (go-sqlite3 prefixes
// it with the code's name).
func fail(r *result, err error) {
	var e *sqlite3.Error
	var x sqlite3.ExtendedErrorCode
	var c sqlite3.ErrorCode
	switch {
	case errors.As(err, &e):
		r.Code = int(e.ExtendedCode())
		r.Msg = strings.TrimPrefix(strings.TrimPrefix(e.Error(), e.ExtendedCode().Error()), ": ")
	case errors.As(err, &x):
		r.Code = int(x)
	case errors.As(err, &c):
		r.Code = int(c)
	default:
		r.Code, r.Msg = -1, err.Error()
	}
}

// guard runs f, turning go-sqlite3's panic (it panics when SQLite runs out
// of memory) into r's code -2.
func guard(r *result, f func()) {
	defer func() {
		if p := recover(); p != nil {
			r.Code, r.Msg = -2, fmt.Sprint("panic: ", p)
		}
	}()
	f()
}

func main() {
	var cases [][]string
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := json.NewEncoder(os.Stdout)
	for ci, sqls := range cases {
		c, err := sqlite3.Open(":memory:")
		if err == nil {
			err = c.Exec("PRAGMA foreign_keys=OFF; PRAGMA hard_heap_limit=67108864")
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if !run(c, ci, sqls, out) {
			continue // a panic leaves the connection unusable
		}
		c.Close()
	}
}

// run runs each SQL text's statements until one fails, then the next text;
// it reports false after a panic.
func run(c *sqlite3.Conn, ci int, sqls []string, out *json.Encoder) bool {
	n := 0
	for _, sql := range sqls {
		for sql != "" {
			r := result{Case: ci, Stmt: n, SQL: sql}
			n++
			var st *sqlite3.Stmt
			var err error
			guard(&r, func() { st, sql, err = c.Prepare(sql) })
			if err != nil {
				fail(&r, err)
			}
			if r.Code != 0 {
				out.Encode(r)
				if r.Code == -2 {
					return false
				}
				break
			}
			if st == nil {
				n--
				continue
			}
			for i := range st.ColumnCount() {
				r.Cols = append(r.Cols, st.ColumnName(i))
			}
			guard(&r, func() {
				for st.Step() {
					row := make([]string, st.ColumnCount())
					for i := range row {
						row[i] = value(st, i)
					}
					r.Rows = append(r.Rows, row)
				}
				if err := st.Err(); err != nil {
					fail(&r, err)
				}
			})
			if r.Code == -2 {
				out.Encode(r)
				return false
			}
			r.Steps = st.Status(sqlite3.STMTSTATUS_VM_STEP, false)
			st.Close()
			r.Changes, r.Rowid = c.Changes(), c.LastInsertRowID()
			out.Encode(r)
			if r.Code != 0 {
				break
			}
		}
	}
	return true
}
