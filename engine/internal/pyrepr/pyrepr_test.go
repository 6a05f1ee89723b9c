package pyrepr

import (
	"math"
	"testing"
)

func TestValue(t *testing.T) {
	cases := []struct {
		v    any
		want string
	}{
		{nil, "None"},
		{true, "True"},
		{false, "False"},
		{int64(-7), "-7"},
		{"a'b", `"a'b"`},
		{`a'"b`, `'a\'"b'`},
		{"t\tn\nr\r\\\x01\x7f", `'t\tn\nr\r\\\x01\x7f'`},
		{"é", "'é'"},
		{2.0, "2.0"},
		{0.1, "0.1"},
		{1e16, "1e+16"},
		{1.5e-5, "1.5e-05"},
		{0.0001, "0.0001"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{[]byte("a'\x00\\"), `b'a\'\x00\\'`},
	}
	for _, c := range cases {
		if got := Value(c.v); got != c.want {
			t.Errorf("Value(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
}
