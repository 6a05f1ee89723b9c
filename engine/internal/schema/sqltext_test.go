package schema

import (
	"fmt"
	"strings"
	"testing"
)

// Expectations come from the SQLite dialect's own FK_PATTERN, UNIQUE_PATTERN
// and INLINE_UNIQUE_PATTERN run by Python on the same text.

func expectFKs(t *testing.T, sql string, want ...string) {
	t.Helper()
	var got []string
	for _, c := range FKClauses(sql) {
		got = append(got, fmt.Sprintf("%v|%s|%s|%s|%s|%s", c.Name, strings.Join(c.Columns, ","), c.RefTable, strings.Join(c.RefColumns, ","), c.OnDelete, c.OnUpdate))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("FKClauses(%q) = %q, want %q", sql, got, want)
	}
}

func expectUniques(t *testing.T, sql string, want ...string) {
	t.Helper()
	var got []string
	for _, c := range UniqueClauses(sql) {
		name := "None"
		if c.Name != nil {
			name = fmt.Sprint(c.Name)
		}
		got = append(got, name+"|"+strings.Join(c.Columns, ","))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("UniqueClauses(%q) = %q, want %q", sql, got, want)
	}
}

func TestFKClauses(t *testing.T) {
	expectFKs(t, "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)", "<nil>|parent_id|parent|id|CASCADE|")
	expectFKs(t, "CREATE TABLE c (a INT, CONSTRAINT fk_a FOREIGN KEY(a) REFERENCES p(id) ON UPDATE CASCADE ON DELETE SET NULL)", "fk_a|a|p|id|SET NULL|CASCADE")
	expectFKs(t, `CREATE TABLE c (a INT, CONSTRAINT "my fk" FOREIGN KEY ("a") REFERENCES "p" ("id") ON DELETE NO ACTION)`, "my fk|a|p|id||")
	expectFKs(t, "CREATE TABLE c (a INT REFERENCES p(id) ON DELETE CASCADE)")
	expectFKs(t, "CREATE TABLE c (a INT, FOREIGN KEY (a)\n REFERENCES p (id) ON DELETE CASCADE)")
	expectFKs(t, "CREATE TABLE c (a INT, b INT, FOREIGN KEY (a, b) REFERENCES p (x, y) ON DELETE RESTRICT)", "<nil>|a,b|p|x,y|RESTRICT|")
	expectFKs(t, "CREATE TABLE c (a INT, constraint x  foreign key (a) references p (id) on delete cascade)", "x|a|p|id|CASCADE|")
	expectFKs(t, "CREATE TABLE c (a INT, CONSTRAINT x\n FOREIGN KEY (a) REFERENCES p (id) ON  DELETE CASCADE)", "<nil>|a|p|id||")
}

func TestUniqueClauses(t *testing.T) {
	expectUniques(t, "CREATE TABLE p (id INTEGER PRIMARY KEY, name VARCHAR(50) UNIQUE, email TEXT NOT NULL UNIQUE, CONSTRAINT uq_x UNIQUE (a, b))", "uq_x|a,b", "None|email", "None|CONSTRAINT")
	expectUniques(t, "CREATE TABLE p (`code` TEXT UNIQUE, \"q\" TEXT UNIQUE)", "None|code", "None|q")
}

func TestReflectType(t *testing.T) {
	for decl, want := range map[string]string{"INTEGER": "INTEGER()", "VARCHAR(50)": "VARCHAR(length=50)", "BIGINT UNSIGNED": "INTEGER()",
		"NVARCHAR2(9)": "TEXT(length=9)", "": "NullType()", "SERIAL": "NUMERIC()", "DOUBLE PRECISION": "REAL()", "INT(11)": "INTEGER()", "BOOLEAN": "BOOLEAN()"} {
		if got, _ := ReflectType(decl); got.Repr() != want {
			t.Errorf("ReflectType(%q) = %s, want %s", decl, got.Repr(), want)
		}
	}
}
