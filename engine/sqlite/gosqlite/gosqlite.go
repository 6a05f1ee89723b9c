// Package gosqlite is the sqlite driver over go-sqlite3: SQLite translated
// to Go, linked into the program (the CLI, the tests, the Worker).
package gosqlite

import (
	"context"
	"errors"
	"strings"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/ext/serdes"

	"cascadelab/engine/sqlite"
)

// Open opens a connection to a new in-memory database.
func Open() (sqlite.Conn, error) {
	c, err := sqlite3.Open(":memory:")
	if err != nil {
		return nil, convert(err)
	}
	// go-sqlite3-wasm builds SQLite with SQLITE_DQS=0; turn double-quoted
	// string literals back on, as sqlite.Opener asks
	for _, op := range []sqlite3.DBConfig{sqlite3.DBCONFIG_DQS_DML, sqlite3.DBCONFIG_DQS_DDL} {
		if _, err := c.Config(op, true); err != nil {
			c.Close()
			return nil, convert(err)
		}
	}
	return &conn{c: c}, nil
}

type conn struct{ c *sqlite3.Conn }

// oom turns go-sqlite3's panic when SQLite runs out of memory (its only
// panic on a statement's way) into the error of code NOMEM.
func oom(err *error) {
	if p := recover(); p != nil {
		if _, ok := p.(error); !ok {
			panic(p)
		}
		*err = &sqlite.Error{Code: sqlite.NOMEM, Str: "out of memory"}
	}
}

// convert keeps SQLite's code and message.
func convert(err error) error {
	var se *sqlite3.Error
	var xc sqlite3.ExtendedErrorCode
	switch {
	case err == nil:
		return nil
	case errors.As(err, &se):
		str := se.ExtendedCode().Error()
		msg := strings.TrimPrefix(strings.TrimPrefix(se.Error(), str+": "), se.Code().Error()+": ")
		return &sqlite.Error{Code: int(se.ExtendedCode()), Msg: msg, Str: strings.TrimPrefix(str, "sqlite3: ")}
	case errors.As(err, &xc):
		return &sqlite.Error{Code: int(xc), Str: strings.TrimPrefix(err.Error(), "sqlite3: ")}
	}
	return err
}

func background(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

func (c *conn) Prepare(sql string, lim sqlite.Limits) (_ sqlite.Stmt, tail string, err error) {
	defer oom(&err)
	c.c.SetInterrupt(background(lim.Ctx))
	st, tail, err := c.c.Prepare(sql)
	if err != nil || st == nil {
		return nil, tail, convert(err)
	}
	cols := make([]string, st.ColumnCount())
	for i := range cols {
		cols[i] = st.ColumnName(i)
	}
	return &stmt{st: st, c: c.c, cols: cols}, tail, nil
}

func (c *conn) Exec(sql string, lim sqlite.Limits) (err error) {
	defer oom(&err)
	c.c.SetInterrupt(background(lim.Ctx))
	return convert(c.c.Exec(sql))
}

func (c *conn) Autocommit() bool { return c.c.GetAutocommit() }

func (c *conn) Serialize() (img []byte, err error) {
	defer oom(&err)
	c.c.SetInterrupt(context.Background())
	img, err = serdes.Serialize(c.c, "main")
	return img, convert(err)
}

func (c *conn) Deserialize(img []byte) (err error) {
	defer oom(&err)
	c.c.SetInterrupt(context.Background())
	return convert(serdes.Deserialize(c.c, "main", img))
}

func (c *conn) Close() (err error) {
	defer oom(&err)
	return convert(c.c.Close())
}

type stmt struct {
	st   *sqlite3.Stmt
	c    *sqlite3.Conn
	cols []string
}

func (s *stmt) Columns() []string { return s.cols }
func (s *stmt) Params() int       { return s.st.BindCount() }

func (s *stmt) Close() (err error) {
	defer oom(&err)
	return convert(s.st.Close())
}

// meter is the context SQLite's progress handler asks every ProgressOps
// instructions, and the driver before each step (which is not SQLite's
// work, so it is not a tick).
type meter struct {
	context.Context
	steps, ticks int64
}

var errSteps = errors.New("step budget spent")

func (m *meter) Err() error {
	m.ticks++
	if m.ticks*sqlite.ProgressOps > m.steps {
		return errSteps
	}
	return m.Context.Err()
}

func (s *stmt) Run(params []any, lim sqlite.Limits) (r sqlite.Run, err error) {
	defer oom(&err)
	m := &meter{Context: background(lim.Ctx), steps: lim.Steps}
	s.c.SetInterrupt(m)
	defer func() { r.VMSteps = int64(s.st.Status(sqlite3.STMTSTATUS_VM_STEP, true)) }()
	defer s.st.ClearBindings()
	if err := bind(s.st, params); err != nil {
		return r, err
	}
	for m.ticks--; s.st.Step(); m.ticks-- {
		if len(r.Rows) >= lim.Rows {
			s.st.Reset()
			r.Ticks = m.ticks
			return r, sqlite.ErrRows
		}
		row := make([]any, len(s.cols))
		for i := range row {
			row[i] = column(s.st, i)
		}
		r.Rows = append(r.Rows, row)
	}
	r.Ticks = m.ticks
	// a step refused before SQLite ran it (the budget was spent) leaves
	// nothing for Reset to report
	err = s.st.Err()
	if rerr := s.st.Reset(); err == nil {
		err = rerr
	}
	if err != nil {
		return r, convert(err)
	}
	r.Changes, r.LastRowID = s.c.Changes(), s.c.LastInsertRowID()
	return r, nil
}

func bind(st *sqlite3.Stmt, params []any) error {
	for i, v := range params {
		var err error
		switch v := v.(type) {
		case nil:
			err = st.BindNull(i + 1)
		case bool:
			err = st.BindBool(i+1, v)
		case int64:
			err = st.BindInt64(i+1, v)
		case int:
			err = st.BindInt64(i+1, int64(v))
		case float64:
			err = st.BindFloat(i+1, v)
		case string:
			err = st.BindText(i+1, v)
		case []byte:
			err = st.BindBlob(i+1, v)
		}
		if err != nil {
			return convert(err)
		}
	}
	return nil
}

func column(st *sqlite3.Stmt, i int) any {
	switch st.ColumnType(i) {
	case sqlite3.INTEGER:
		return st.ColumnInt64(i)
	case sqlite3.FLOAT:
		return st.ColumnFloat(i)
	case sqlite3.TEXT:
		return st.ColumnText(i)
	case sqlite3.BLOB:
		return st.ColumnBlob(i, nil)
	}
	return nil
}
