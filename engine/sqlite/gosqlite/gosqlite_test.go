package gosqlite

import (
	"errors"
	"testing"

	"cascadelab/engine/sqlite"
)

// Errors keep SQLite's extended code and its message as go-sqlite3 words it.
func TestErrors(t *testing.T) {
	c, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	lim := sqlite.Limits{Steps: sqlite.Unbounded, Rows: 10}
	if err := c.Exec("CREATE TABLE t (a UNIQUE NOT NULL)", lim); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sql  string
		code int
		text string
	}{
		{"INSERT INTO t VALUES (1)", 0, ""},
		{"INSERT INTO t VALUES (1)", 2067, "UNIQUE constraint failed: t.a"},
		{"INSERT INTO t VALUES (NULL)", 1299, "NOT NULL constraint failed: t.a"},
		{"SELECT * FROM nope", 1, "no such table: nope"},
		{"SELECT length(zeroblob(2000000000))", 18, "sqlite3: string or blob too big"}, // errmsg only repeats errstr,
	} {
		err := run(c, tc.sql, lim)
		var se *sqlite.Error
		if tc.code == 0 && err != nil || tc.code != 0 && (!errors.As(err, &se) || se.Code != tc.code || se.Error() != tc.text) {
			t.Errorf("%s: got %#v", tc.sql, err)
		}
	}
}

func run(c sqlite.Conn, sql string, lim sqlite.Limits) error {
	st, _, err := c.Prepare(sql, lim)
	if err != nil {
		return err
	}
	defer st.Close()
	_, err = st.Run(nil, lim)
	return err
}
