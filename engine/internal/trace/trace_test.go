package trace

import (
	"math"
	"strings"
	"testing"
)

func TestEchoParams(t *testing.T) {
	cases := []struct {
		p    any
		want string
	}{
		{[]Value{}, "()"},
		{[]Value{int64(1)}, "(1,)"},
		{[]Value{nil, "a'b", Float(2), true}, `(None, "a'b", 2.0, True)`},
		{[][]Value{{nil, int64(1)}, {nil, int64(2)}}, "[(None, 1), (None, 2)]"},
		{[][]Value{{int64(7)}}, "(7,)"},
		{[]Value{Blob("a'\x00\\")}, `(b'a\'\x00\\',)`},
	}
	for _, c := range cases {
		if got := (Statement{Params: c.p}).EchoParams(); got != c.want {
			t.Errorf("EchoParams(%v) = %s, want %s", c.p, got, c.want)
		}
	}
}

// Floats are written as Python's json module writes them.
func TestFloatJSON(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{20, "20.0"},
		{1e16, "1e+16"},
		{math.Inf(1), "Infinity"},
		{math.Inf(-1), "-Infinity"},
		{math.NaN(), "NaN"},
	}
	for _, c := range cases {
		if got, _ := Float(c.f).MarshalJSON(); string(got) != c.want {
			t.Errorf("Float(%v) = %s, want %s", c.f, got, c.want)
		}
	}
}

// A statement's SQL is recorded with its whitespace folded, as the oracle
// records it (" ".join(statement.split())).
func TestFolded(t *testing.T) {
	cases := []struct{ sql, want string }{
		{"SELECT 1", "SELECT 1"},
		{"\n        INSERT INTO\n            t (a)\n   VALUES(?)\n ", "INSERT INTO t (a) VALUES(?)"},
		{"SELECT 'a  b'\tFROM t", "SELECT 'a b' FROM t"},
	}
	for _, c := range cases {
		if got := (Statement{SQL: c.sql}).Folded(); got != c.want {
			t.Errorf("Folded(%q) = %q, want %q", c.sql, got, c.want)
		}
	}
	tr := Trace{Statements: []Statement{{SQL: "SELECT\n  1", Params: []Value{}}}}
	if got := string(tr.JSON()); !strings.Contains(got, `"sql": "SELECT 1"`) || tr.Statements[0].SQL != "SELECT\n  1" {
		t.Errorf("JSON() should fold the SQL it writes and leave the trace as it was: %s", got)
	}
}
