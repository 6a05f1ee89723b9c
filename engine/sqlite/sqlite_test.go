package sqlite

import "testing"

func TestNewError(t *testing.T) {
	for _, c := range []struct {
		code           int
		errmsg, errstr string
		want           string
	}{
		{2067, "UNIQUE constraint failed: t.a", "constraint failed", "UNIQUE constraint failed: t.a"},
		{9, "interrupted", "interrupted", "sqlite3: interrupted"},
		{1, "no such table: x", "SQL logic error", "no such table: x"},
		{0, "not an error", "not an error", "sqlite3: not an error"},
	} {
		if got := NewError(c.code, c.errmsg, c.errstr).Error(); got != c.want {
			t.Errorf("NewError(%d, %q, %q) = %q, want %q", c.code, c.errmsg, c.errstr, got, c.want)
		}
	}
}
