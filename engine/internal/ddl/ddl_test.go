package ddl

import (
	"errors"
	"strings"
	"testing"
)

func expectSQL(t *testing.T, in string, want ...string) {
	t.Helper()
	s, err := Normalize(in)
	if err != nil {
		t.Fatalf("Normalize(%q): %v", in, err)
	}
	var got []string
	for _, st := range s.Statements {
		got = append(got, strings.Join(strings.Fields(st.SQL), " "))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Normalize(%q) =\n%s\nwant\n%s", in, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func expectError(t *testing.T, in string, offset int, msg string) {
	t.Helper()
	_, err := Normalize(in)
	var e *Error
	if !errors.As(err, &e) || e.Offset != offset || e.Msg != msg {
		t.Errorf("Normalize(%q): %v, want %q at %d", in, err, msg, offset)
	}
}

func TestNormalize(t *testing.T) {
	expectSQL(t, "CREATE TABLE p (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL DEFAULT 'x');", `CREATE TABLE "p" ( "id" INTEGER PRIMARY KEY, "name" VARCHAR(50) NOT NULL )`)
	expectSQL(t, "CREATE TABLE `c` (`id` int(11) NOT NULL AUTO_INCREMENT, `p` int unsigned DEFAULT NULL, PRIMARY KEY (`id`), KEY `p` (`p`), "+
		"CONSTRAINT `fk` FOREIGN KEY (`p`) REFERENCES `par` (`id`) ON DELETE CASCADE) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;",
		`CREATE TABLE "c" ( "id" INTEGER NOT NULL, "p" INTEGER, PRIMARY KEY ("id"), CONSTRAINT "fk" FOREIGN KEY ("p") REFERENCES "par" ("id") ON DELETE CASCADE )`)
	expectSQL(t, "CREATE TABLE public.c (id integer NOT NULL, p integer, note character varying(9) DEFAULT ''::character varying);\n"+
		"ALTER TABLE ONLY public.c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES public.par(id) ON DELETE SET NULL;",
		`CREATE TABLE "c" ( "id" INTEGER NOT NULL, "p" INTEGER, "note" VARCHAR(9), CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES par (id) ON DELETE SET NULL )`)
	expectSQL(t, "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES par(id) ON DELETE CASCADE); CREATE INDEX ix ON c USING btree (p);",
		`CREATE TABLE "c" ( "id" INTEGER PRIMARY KEY, "p" INTEGER REFERENCES "par" (id) ON DELETE CASCADE )`, `CREATE INDEX "ix" ON "c" (p)`)
	expectSQL(t, "COPY c (id) FROM stdin;\n1\n2\n\\.\nCREATE TABLE c (id INTEGER PRIMARY KEY);", `CREATE TABLE "c" ( "id" INTEGER PRIMARY KEY )`)
}

func TestNormalizeRefuses(t *testing.T) {
	expectError(t, "CREATE TABLE p (id INT);\nCREATE TRIGGER t AFTER DELETE ON p BEGIN SELECT 1; END;", 32, "cascadelab does not support CREATE TRIGGER")
	expectError(t, "CREATE TABLE p (id INT, tags text[]);", 33, "cascadelab does not support array columns")
	expectError(t, "CREATE TABLE p (id INT, x INT GENERATED ALWAYS AS (id * 2) STORED);", 30, "cascadelab does not support generated columns")
	expectError(t, "ALTER TABLE p ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES q (id);", 0, "ALTER TABLE p: the table is not created above")
	expectError(t, "CREATE TABLE p (id INT); UPDATE p SET id = 1;", 25, "cascadelab does not support the statement UPDATE")
}

func TestIs(t *testing.T) {
	for in, want := range map[string]bool{
		"CREATE TABLE p (id INT);":                           true,
		"-- dump\nSET NAMES utf8;\nCREATE TABLE p (id INT);": true,
		"from sqlalchemy import Column\n":                    false,
		"CREATE INDEX ix ON p (a);":                          false,
	} {
		if Is(in) != want {
			t.Errorf("Is(%q) = %v", in, !want)
		}
	}
}
