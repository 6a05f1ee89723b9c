package trace

import (
	"math"
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
