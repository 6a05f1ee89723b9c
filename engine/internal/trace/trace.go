// Package trace is the observable result of running a script: the JSON shape
// that the conformance oracle prints for the real SQLAlchemy, so the two can
// be compared line by line.
package trace

import (
	"encoding/hex"
	"encoding/json"
	"strings"

	"cascadelab/engine/internal/pyrepr"
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

// Folded is the statement's SQL with its whitespace folded to single spaces,
// as the oracle records it: a text() written over several lines reaches the
// cursor with its newlines, which the trace does not keep.
func (s Statement) Folded() string { return strings.Join(strings.Fields(s.SQL), " ") }

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
	s := pyrepr.Float(float64(f))
	switch s {
	case "inf":
		s = "Infinity"
	case "-inf":
		s = "-Infinity"
	case "nan":
		s = "NaN"
	}
	return []byte(s), nil
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
	folded := *t
	folded.Statements = make([]Statement, len(t.Statements))
	for i, s := range t.Statements {
		s.SQL = s.Folded()
		folded.Statements[i] = s
	}
	b, err := json.MarshalIndent(&folded, "", " ")
	if err != nil {
		panic(err) // only our own value types reach here
	}
	return append(b, '\n')
}

// Repr is Python's repr() of a trace value.
func Repr(v Value) string {
	switch v := v.(type) {
	case Float:
		return pyrepr.Float(float64(v))
	case Blob:
		return pyrepr.Bytes(v)
	}
	return pyrepr.Value(v)
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
