package trace

import "testing"

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
