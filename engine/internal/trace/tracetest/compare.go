package tracetest

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"cascadelab/engine/internal/trace"
)

// Level is how deep two traces agree, as the conformance compare script counts it.
type Level int

const (
	LevelNone Level = iota // outcome differs
	Outcome                // printed output, error class and final tables agree
	Writes                 // and every INSERT/UPDATE/DELETE with its parameters
	All                    // and every statement
)

func (l Level) String() string { return [...]string{"none", "outcome", "writes", "all"}[l] }

// ParseLevel reads a level name.
func ParseLevel(s string) (Level, bool) {
	for l := LevelNone; l <= All; l++ {
		if l.String() == s {
			return l, true
		}
	}
	return LevelNone, false
}

// Compare says how deep actual matches expected, and where it first differs.
func Compare(expected, actual *trace.Trace) (Level, []string) {
	var msgs []string
	if es, as := addresses(expected.Stdout), addresses(actual.Stdout); es != as {
		e, a := strings.Split(es, "\n"), strings.Split(as, "\n")
		for i := 0; i < len(e) || i < len(a); i++ {
			var x, y string = "<end>", "<end>"
			if i < len(e) {
				x = e[i]
			}
			if i < len(a) {
				y = a[i]
			}
			if x != y {
				msgs = append(msgs, fmt.Sprintf("stdout differs at line %d: expected %q, got %q", i+1, x, y))
				break
			}
		}
	}
	if errType(expected.Error) != errType(actual.Error) {
		msgs = append(msgs, fmt.Sprintf("error differs: expected %s, got %s", errText(expected.Error), errText(actual.Error)))
	}
	var names []string
	for n := range expected.Tables {
		names = append(names, n)
	}
	sort.Strings(names)
	if !sameKeys(expected.Tables, actual.Tables) {
		msgs = append(msgs, fmt.Sprintf("tables differ: expected %v, got %v", names, keys(actual.Tables)))
	}
	for _, n := range names {
		at, ok := actual.Tables[n]
		if ok && !sameTable(expected.Tables[n], at) {
			msgs = append(msgs, fmt.Sprintf("table %s differs: expected %s, got %s", n, js(expected.Tables[n]), js(at)))
		}
	}
	if len(msgs) > 0 {
		return LevelNone, msgs
	}
	if i, x, y, ok := firstDiff(stmtKeys(expected.Statements, true), stmtKeys(actual.Statements, true)); ok {
		return Outcome, []string{fmt.Sprintf("write #%d differs: expected %s, got %s", i+1, x, y)}
	}
	if i, x, y, ok := firstDiff(stmtKeys(expected.Statements, false), stmtKeys(actual.Statements, false)); ok {
		return Writes, []string{fmt.Sprintf("statement #%d differs: expected %s, got %s", i+1, x, y)}
	}
	return All, nil
}

// addresses numbers the object addresses a default repr prints
// ("<__main__.User object at 0x7f...>") in order of appearance: CPython's
// address changes from run to run, which object it is does not.
func addresses(s string) string {
	seen := map[string]int{}
	var b strings.Builder
	for {
		i := strings.Index(s, " at 0x")
		if i < 0 {
			return b.String() + s
		}
		i += len(" at 0x")
		j := i
		for j < len(s) && strings.IndexByte("0123456789abcdef", s[j]) >= 0 {
			j++
		}
		b.WriteString(s[:i])
		if j > i && j < len(s) && s[j] == '>' {
			if seen[s[i:j]] == 0 {
				seen[s[i:j]] = len(seen) + 1
			}
			fmt.Fprintf(&b, "<%d>", seen[s[i:j]])
			i = j
		}
		s = s[i:]
	}
}

func errType(e *trace.Error) string {
	if e == nil {
		return ""
	}
	return e.Type
}

// errText is an uncaught exception as its class and message, or "no error".
func errText(e *trace.Error) string {
	if e == nil {
		return "no error"
	}
	return e.Type + ": " + e.Message
}

func keys(m map[string]trace.Table) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sameKeys(a, b map[string]trace.Table) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// sameTable compares as Python does: 1 == 1.0 == True.
func sameTable(a, b trace.Table) bool {
	if strings.Join(a.Columns, "\x00") != strings.Join(b.Columns, "\x00") || len(a.Rows) != len(b.Rows) {
		return false
	}
	for i := range a.Rows {
		if len(a.Rows[i]) != len(b.Rows[i]) {
			return false
		}
		for j := range a.Rows[i] {
			if !pyEqual(a.Rows[i][j], b.Rows[i][j]) {
				return false
			}
		}
	}
	return true
}

func num(v trace.Value) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case trace.Float:
		return float64(v), true
	case float64:
		return v, true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func pyEqual(a, b trace.Value) bool {
	if x, ok := num(a); ok {
		y, ok := num(b)
		return ok && x == y
	}
	return js(a) == js(b)
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// stmtKeys renders statements as (sql, params) keys, a one-row executemany
// counting as a plain execute, optionally writes only.
func stmtKeys(ss []trace.Statement, writesOnly bool) []string {
	var out []string
	for _, s := range ss {
		sql := s.Folded()
		verb, _, _ := strings.Cut(sql, " ")
		verb = strings.ToUpper(verb)
		if writesOnly && verb != "INSERT" && verb != "UPDATE" && verb != "DELETE" {
			continue
		}
		out = append(out, sql+" "+js(normParams(s.Params)))
	}
	return out
}

func normParams(p any) any {
	switch p := p.(type) {
	case [][]trace.Value:
		if len(p) == 1 {
			return p[0]
		}
	case []any:
		if len(p) == 1 {
			if inner, ok := p[0].([]any); ok {
				return inner
			}
		}
	}
	return p
}

func firstDiff(a, b []string) (int, string, string, bool) {
	for i := 0; i < len(a) || i < len(b); i++ {
		x, y := "<end>", "<end>"
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return i, x, y, true
		}
	}
	return 0, "", "", false
}

// Load reads a trace file.
func Load(path string) (*trace.Trace, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(b)
}

// Parse decodes a trace, keeping ints and floats apart as Python does.
func Parse(b []byte) (*trace.Trace, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var raw struct {
		SQLAlchemy string       `json:"sqlalchemy"`
		SQLite     string       `json:"sqlite"`
		Stdout     string       `json:"stdout"`
		Error      *trace.Error `json:"error"`
		Statements []struct {
			SQL    string `json:"sql"`
			Params any    `json:"params"`
			Many   bool   `json:"many"`
		} `json:"statements"`
		Tables map[string]struct {
			Columns []string `json:"columns"`
			Rows    [][]any  `json:"rows"`
		} `json:"tables"`
	}
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	t := &trace.Trace{SQLAlchemy: raw.SQLAlchemy, SQLite: raw.SQLite, Stdout: raw.Stdout, Error: raw.Error, Tables: map[string]trace.Table{}}
	for _, s := range raw.Statements {
		t.Statements = append(t.Statements, trace.Statement{SQL: s.SQL, Params: fromJSON(s.Params), Many: s.Many})
	}
	for name, tb := range raw.Tables {
		out := trace.Table{Columns: tb.Columns, Rows: [][]trace.Value{}}
		for _, r := range tb.Rows {
			row := make([]trace.Value, len(r))
			for i, v := range r {
				row[i] = fromJSON(v)
			}
			out.Rows = append(out.Rows, row)
		}
		t.Tables[name] = out
	}
	return t, nil
}

func fromJSON(v any) any {
	switch v := v.(type) {
	case json.Number:
		s := v.String()
		if strings.ContainsAny(s, ".eE") {
			f, _ := v.Float64()
			return trace.Float(f)
		}
		i, err := v.Int64()
		if err != nil {
			f, _ := v.Float64()
			return trace.Float(f)
		}
		return i
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = fromJSON(x)
		}
		return out
	case map[string]any:
		if h, ok := v["blob"].(string); ok && len(v) == 1 {
			if b, err := hex.DecodeString(h); err == nil {
				return trace.Blob(b)
			}
		}
	}
	return v
}
