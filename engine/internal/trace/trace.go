// Package trace is the observable result of running a script: the JSON shape
// that the conformance oracle prints for the real SQLAlchemy, so the two can
// be compared line by line.
package trace

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Trace is what a person would observe when running a script.
type Trace struct {
	SQLAlchemy string           `json:"sqlalchemy"`
	SQLite     string           `json:"sqlite"`
	Stdout     string           `json:"stdout"`
	Error      *Error           `json:"error"`
	Statements []Statement      `json:"statements"`
	Tables     map[string]Table `json:"tables"`
}

// Error is the script's uncaught exception.
type Error struct {
	Type    string `json:"type"`
	Message string `json:"message"`
}

// Statement is one statement as it reached the DBAPI cursor.
type Statement struct {
	SQL string `json:"sql"`
	// Params is []Value for one execution, [][]Value for an executemany.
	Params any  `json:"params"`
	Many   bool `json:"many"`
}

// Table is the final content of one table, rows in rowid order.
type Table struct {
	Columns []string  `json:"columns"`
	Rows    [][]Value `json:"rows"`
}

// Value is one SQL value: nil, int64, Float, string, bool or Blob.
type Value any

// Float marshals like Python's json module (repr), so that 20.0 stays 20.0:
// the oracle compares statement parameters as JSON text.
type Float float64

// MarshalJSON writes the float the way Python's json.dumps does.
func (f Float) MarshalJSON() ([]byte, error) {
	return []byte(PyFloat(float64(f), true)), nil
}

// PyFloat formats f like Python's repr(float); with asJSON, infinities and NaN
// are spelled as Python's json module spells them.
func PyFloat(f float64, asJSON bool) string {
	switch {
	case math.IsInf(f, 1):
		if asJSON {
			return "Infinity"
		}
		return "inf"
	case math.IsInf(f, -1):
		if asJSON {
			return "-Infinity"
		}
		return "-inf"
	case math.IsNaN(f):
		if asJSON {
			return "NaN"
		}
		return "nan"
	}
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-4 || abs >= 1e16) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		// Python writes 1e+16 and 1e-05: at least two exponent digits.
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[0]
		digits := exp[1:]
		if len(digits) < 2 {
			digits = "0" + digits
		}
		return mant + "e" + string(sign) + digits
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// Blob is a BLOB value, written as {"blob": hex} like the oracle does.
type Blob []byte

// MarshalJSON writes the blob as the oracle does.
func (b Blob) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"blob": hex.EncodeToString(b)})
}

// JSON renders the trace the way the oracle prints it (sorted keys, indent 1).
func (t *Trace) JSON() []byte {
	if t.Statements == nil {
		t.Statements = []Statement{}
	}
	if t.Tables == nil {
		t.Tables = map[string]Table{}
	}
	b, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		panic(err) // only our own value types reach here
	}
	return append(b, '\n')
}

// PyString is Python's repr() of a str.
func PyString(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}

// Repr is Python's repr() of a SQL value.
func Repr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case string:
		return PyString(v)
	case float64:
		return PyFloat(v, false)
	case Float:
		return PyFloat(float64(v), false)
	case Blob:
		var b strings.Builder
		b.WriteString("b'")
		for _, c := range v {
			switch {
			case c == '\\' || c == '\'':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c >= 0x20 && c < 0x7f:
				b.WriteByte(c)
			default:
				fmt.Fprintf(&b, "\\x%02x", c)
			}
		}
		return b.String() + "'"
	}
	return fmt.Sprint(v)
}

// EchoParams renders the parameters the way SQLAlchemy's echo log does: a
// tuple for one execution, a list of tuples for an executemany.
func (s Statement) EchoParams() string {
	tuple := func(row []Value) string {
		parts := make([]string, len(row))
		for i, v := range row {
			parts[i] = Repr(v)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	switch p := s.Params.(type) {
	case []Value:
		return tuple(p)
	case [][]Value:
		if len(p) == 1 {
			return tuple(p[0])
		}
		rows := make([]string, len(p))
		for i, r := range p {
			rows[i] = tuple(r)
		}
		return "[" + strings.Join(rows, ", ") + "]"
	}
	return "()"
}

// EchoLog is the statements as echo=True logs them, without timings.
func EchoLog(ss []Statement) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.SQL + "\n[generated] " + s.EchoParams() + "\n")
	}
	return b.String()
}
