package store

import (
	"fmt"
	"strings"
	"testing"
)

// TestSeeds: a database whose schema statements are exactly a seed's, and
// nothing else ran, starts from the seed at Load (its row says "seed");
// any other database runs its statements and loads the rows ("load").
func TestSeeds(t *testing.T) {
	const p, c, ci = "CREATE TABLE p (id INTEGER NOT NULL, PRIMARY KEY (id))", "CREATE TABLE c (id INTEGER NOT NULL, name VARCHAR, PRIMARY KEY (id))", "CREATE INDEX ix_c_name ON c (name)"
	const cCascade = "CREATE TABLE c (id INTEGER NOT NULL, name VARCHAR, PRIMARY KEY (id), FOREIGN KEY(id) REFERENCES p (id) ON DELETE CASCADE)"
	cases := []struct {
		stmts []string // run before Load, "!" marks one that must fail
		want  string   // c's rows after Load, or the first error
	}{
		{[]string{p, c, ci}, "seed"},
		{[]string{"PRAGMA foreign_keys=ON", p, c, ci}, "seed"},
		{[]string{p, c}, "load"},                                                    // fewer statements: another schema
		{[]string{p, cCascade}, "load"},                                             // diverges at the second
		{[]string{p, c, ci, "CREATE INDEX ix_p ON p (id)"}, "load"},                 // one more
		{[]string{p, c, ci, "SELECT * FROM p"}, "load"},                             // a statement that needed the tables
		{[]string{p, c, ci, "PRAGMA recursive_triggers=ON"}, "load"},                // connection state a seed lacks
		{[]string{p, "!" + p}, "(sqlite3.OperationalError) table p already exists"}, // errors where they happen
		{[]string{c, "!CREATE TABLE c (x)"}, "(sqlite3.OperationalError) table c already exists"},
	}
	seeds := NewSeeds()
	src, _ := Open(nil)
	for _, s := range []string{p, c, ci, "INSERT INTO c (id, name) VALUES (1, 'seed')"} {
		if _, err := src.Exec(s, nil); err != nil {
			t.Fatal(err)
		}
	}
	if src.Seed() != nil {
		t.Fatal("a database in a transaction cannot be a seed")
	}
	if err := src.Commit(); err != nil {
		t.Fatal(err)
	}
	seeds.Add(src.Seed())
	src.Close()
	bad, _ := Open(nil)
	bad.Exec(p, nil)
	if _, err := bad.Exec(p, nil); err == nil || bad.Seed() != nil {
		t.Fatal("a database where a statement failed cannot be a seed")
	}
	bad.Close()
	for _, tc := range cases {
		got := func() string {
			db, _ := Open(nil)
			defer db.Close()
			db.Seeds = seeds
			for _, s := range tc.stmts {
				_, err := db.Exec(strings.TrimPrefix(s, "!"), nil)
				if (err != nil) != strings.HasPrefix(s, "!") {
					return fmt.Sprintf("%s: %v", s, err)
				}
				if err != nil {
					return err.Error()
				}
			}
			if err := db.Load([]string{"c"}, map[string]Table{"c": {Columns: []string{"id", "name"}, Rows: [][]any{{int64(1), "load"}}}}); err != nil {
				return err.Error()
			}
			r, err := db.Exec("SELECT name FROM c", nil)
			if err != nil {
				return err.Error()
			}
			return fmt.Sprint(r.Rows[0][0])
		}()
		if got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.stmts, got, tc.want)
		}
	}
}
