//go:build js && wasm

// Package sqlitejs is the engine's SQLite driver in the browser: SQLite's
// own wasm, which the browser's engine runs, through the host in the
// engine's worker (web/src/sqlite.js, at globalThis.cascadelabSQLite) with
// one call per statement execution. Parameters go in and rows come out as
// bytes (the host's comment gives their form).
package sqlitejs

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"math"
	"time"

	"syscall/js"

	"cascadelab/engine/sqlite"
)

// host is the worker's SQLite host; input is its buffer for what goes in.
var (
	host  js.Value
	input js.Value
	room  int
)

// Open opens a connection (the sqlite.Opener of the browser build).
func Open() (sqlite.Conn, error) {
	if host.IsUndefined() {
		host = js.Global().Get("cascadelabSQLite")
		if host.IsUndefined() {
			return nil, errors.New("the worker has no SQLite host (cascadelabSQLite)")
		}
		host.Set("go", callbacks())
	}
	r := reply(host.Call("open"))
	if err := r.err(); err != nil {
		return nil, err
	}
	return &conn{id: r.i32()}, nil
}

// callbacks are what the translation computes in Go, which the host asks.
func callbacks() js.Value {
	o := js.Global().Get("Object").New()
	o.Set("libm", js.FuncOf(func(_ js.Value, a []js.Value) any { return libm(a[0].String(), a[1].Float(), a[2].Float()) }))
	o.Set("localtime", js.FuncOf(func(_ js.Value, a []js.Value) any { return localtime(int64(a[0].Float())) }))
	o.Set("base64", js.FuncOf(func(_ js.Value, a []js.Value) any {
		b := make([]byte, a[0].Length())
		js.CopyBytesToGo(b, a[0])
		return bytesJS(b64(b, a[1].Bool()))
	}))
	return o
}

// libm is the libc of go-sqlite3-wasm (libc.go): Go's math.
func libm(name string, x, y float64) float64 {
	switch name {
	case "atan2":
		return math.Atan2(x, y)
	case "fmod":
		return math.Mod(x, y)
	case "pow":
		return math.Pow(x, y)
	}
	return libm1[name](x)
}

var libm1 = map[string]func(float64) float64{
	"acos": math.Acos, "acosh": math.Acosh, "asin": math.Asin, "asinh": math.Asinh, "atan": math.Atan,
	"atanh": math.Atanh, "cos": math.Cos, "cosh": math.Cosh, "exp": math.Exp, "log": math.Log,
	"log10": math.Log10, "log2": math.Log2, "sin": math.Sin, "sinh": math.Sinh, "tan": math.Tan, "tanh": math.Tanh,
}

// localtime is struct tm's fields as go-sqlite3-wasm's localtime_r stores them.
func localtime(unix int64) any {
	t := time.Unix(unix, 0)
	dst := 0
	if t.IsDST() {
		dst = 1
	}
	_, zone := t.Zone()
	return []any{t.Second(), t.Minute(), t.Hour(), t.Day(), int(t.Month() - time.January), t.Year() - 1900,
		int(t.Weekday() - time.Sunday), t.YearDay() - 1, dst, zone, 0}
}

// b64 is go-sqlite3's base64(): a blob encoded, text decoded as far as it
// decodes.
func b64(data []byte, blob bool) []byte {
	if blob {
		out := make([]byte, base64.StdEncoding.EncodedLen(len(data)))
		base64.StdEncoding.Encode(out, data)
		return out
	}
	data = bytes.TrimRight(bytes.Trim(data, " \t\n\v\f\r"), "=")
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(data)))
	n, _ := base64.RawStdEncoding.Decode(out, data)
	return out[:n]
}

func bytesJS(b []byte) js.Value {
	v := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(v, b)
	return v
}

// send puts b in the host's input buffer and returns its length.
func send(b []byte) int {
	if input.IsUndefined() || len(b) > room {
		room = max(2*room, len(b), 1<<16)
		input = js.Global().Get("Uint8Array").New(room)
		host.Set("input", input)
	}
	js.CopyBytesToJS(input, b)
	return len(b)
}

// deadline is ctx's deadline in the host's clock (Date.now()), 0 for none;
// a context already done stops the call before it starts.
func deadline(ctx context.Context) (float64, error) {
	if ctx == nil {
		return 0, nil
	}
	if ctx.Err() != nil {
		return 0, &sqlite.Error{Code: sqlite.INTERRUPT, Str: "interrupted"}
	}
	if d, ok := ctx.Deadline(); ok {
		return float64(d.UnixMilli()), nil
	}
	return 0, nil
}

// answer reads a host's reply.
type answer struct {
	b   []byte
	off int
}

func reply(v js.Value) *answer {
	b := make([]byte, v.Length())
	js.CopyBytesToGo(b, v)
	return &answer{b: b}
}

func (a *answer) i32() int {
	v := int32(binary.LittleEndian.Uint32(a.b[a.off:]))
	a.off += 4
	return int(v)
}

func (a *answer) i64() int64 {
	v := int64(binary.LittleEndian.Uint64(a.b[a.off:]))
	a.off += 8
	return v
}

func (a *answer) bytes() []byte {
	n := a.i32()
	v := a.b[a.off : a.off+n]
	a.off += n
	return v
}

// err reads the code: nil for OK, else the error that follows it.
func (a *answer) err() error {
	if rc := a.i32(); rc != 0 {
		return a.fail(rc)
	}
	return nil
}

func (a *answer) fail(rc int) error {
	msg, str := a.bytes(), a.bytes()
	return sqlite.NewError(rc, string(msg), string(str))
}

type conn struct{ id int }

func (c *conn) Prepare(sql string, lim sqlite.Limits) (sqlite.Stmt, string, error) {
	d, err := deadline(lim.Ctx)
	if err != nil {
		return nil, "", err
	}
	r := reply(host.Call("prepare", c.id, send([]byte(sql)), d))
	if err := r.err(); err != nil {
		return nil, "", err
	}
	id, tail := r.i32(), r.i32()
	if id == 0 {
		return nil, sql[tail:], nil
	}
	s := &stmt{id: id, params: r.i32()}
	s.cols = make([]string, r.i32())
	for i := range s.cols {
		s.cols[i] = string(r.bytes())
	}
	return s, sql[tail:], nil
}

func (c *conn) Exec(sql string, lim sqlite.Limits) error {
	d, err := deadline(lim.Ctx)
	if err != nil {
		return err
	}
	return reply(host.Call("exec", c.id, send([]byte(sql)), d)).err()
}

func (c *conn) Autocommit() bool { return host.Call("autocommit", c.id).Bool() }

func (c *conn) Serialize() ([]byte, error) {
	r := reply(host.Call("serialize", c.id))
	if err := r.err(); err != nil {
		return nil, err
	}
	return r.bytes(), nil
}

func (c *conn) Deserialize(img []byte) error {
	return reply(host.Call("deserialize", c.id, send(img))).err()
}

func (c *conn) Close() error {
	if rc := host.Call("close", c.id).Int(); rc != 0 {
		return &sqlite.Error{Code: rc, Str: "unable to close"}
	}
	return nil
}

type stmt struct {
	id     int
	params int
	cols   []string
}

func (s *stmt) Columns() []string { return s.cols }
func (s *stmt) Params() int       { return s.params }

func (s *stmt) Close() error {
	host.Call("finalize", s.id)
	return nil
}

// Value tags, as the host writes them.
const (
	tagNull = iota
	tagInt
	tagFloat
	tagText
	tagBlob
)

// rowsOver is the host's code for a run stopped at its row budget.
const rowsOver = 102

func (s *stmt) Run(params []any, lim sqlite.Limits) (sqlite.Run, error) {
	var r sqlite.Run
	d, err := deadline(lim.Ctx)
	if err != nil {
		return r, err
	}
	steps := math.Inf(1)
	if lim.Steps != sqlite.Unbounded {
		steps = float64(lim.Steps)
	}
	a := reply(host.Call("run", s.id, send(encode(params)), lim.Rows, steps, d))
	rc := a.i32()
	r.Ticks, r.VMSteps = a.i64(), a.i64()
	switch rc {
	case 0:
	case rowsOver:
		return r, sqlite.ErrRows
	default:
		return r, a.fail(rc)
	}
	r.Changes, r.LastRowID = a.i64(), a.i64()
	n, nc := a.i32(), a.i32()
	for range n {
		row := make([]any, nc)
		for j := range row {
			t := a.b[a.off]
			a.off++
			switch t {
			case tagInt:
				row[j] = a.i64()
			case tagFloat:
				row[j] = math.Float64frombits(uint64(a.i64()))
			case tagText:
				row[j] = string(a.bytes())
			case tagBlob:
				// an empty blob is go-sqlite3's nil slice
				if b := a.bytes(); len(b) > 0 {
					row[j] = append([]byte(nil), b...)
				} else {
					row[j] = []byte(nil)
				}
			}
		}
		r.Rows = append(r.Rows, row)
	}
	return r, nil
}

// encode writes a parameter row as the host reads it: go-sqlite3 binds a
// bool as 0 or 1, a nil []byte as NULL and an empty one as zeroblob(0).
func encode(params []any) []byte {
	var b []byte
	for _, v := range params {
		switch v := v.(type) {
		case nil:
			b = append(b, tagNull)
		case bool:
			i := int64(0)
			if v {
				i = 1
			}
			b = binary.LittleEndian.AppendUint64(append(b, tagInt), uint64(i))
		case int:
			b = binary.LittleEndian.AppendUint64(append(b, tagInt), uint64(v))
		case int64:
			b = binary.LittleEndian.AppendUint64(append(b, tagInt), uint64(v))
		case float64:
			b = binary.LittleEndian.AppendUint64(append(b, tagFloat), math.Float64bits(v))
		case string:
			b = append(binary.LittleEndian.AppendUint32(append(b, tagText), uint32(len(v))), v...)
		case []byte:
			if v == nil {
				b = append(b, tagNull)
				continue
			}
			b = append(binary.LittleEndian.AppendUint32(append(b, tagBlob), uint32(len(v))), v...)
		}
	}
	return b
}
