package sql_test

import (
	"fmt"
	"strings"
	"testing"

	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// Every expectation is what SQLAlchemy 2.0.52's SQLite compiler printed for
// the same Core statement (whitespace folded as the trace folds it), with
// its positional parameters: parent(id, name) and a child table named with
// reserved words, "order"(id, parent_id, "select").
func tables(t *testing.T) (parent, child *schema.Table) {
	intType := schema.Type{Name: "Integer", Affinity: schema.AffInteger}
	parent = schema.NewTable("parent", source.Span{})
	child = schema.NewTable("order", source.Span{})
	for _, c := range []struct {
		t    *schema.Table
		name string
		pk   bool
	}{{parent, "id", true}, {parent, "name", false}, {child, "id", true}, {child, "parent_id", false}, {child, "select", false}} {
		if err := c.t.AddColumn(&schema.Column{Name: c.name, Type: intType, PrimaryKey: c.pk, Typed: true}); err != nil {
			t.Fatal(err)
		}
	}
	return parent, child
}

func expectSQL(t *testing.T, e sql.Expr, want string, wantParams ...any) {
	t.Helper()
	got, params := sql.Compile(e)
	if got != want || fmt.Sprintf("%v", params) != fmt.Sprintf("%v", wantParams) {
		t.Errorf("got  %s %v\nwant %s %v", got, params, want, wantParams)
	}
}

func TestCompile(t *testing.T) {
	parent, child := tables(t)
	id, pid, sel := sql.Col{C: child.Col("id")}, sql.Col{C: child.Col("parent_id")}, sql.Col{C: child.Col("select")}
	bind := func(v any) sql.Expr { return sql.Bind{V: v} }
	expectSQL(t, &sql.Select{
		Cols:  []sql.Expr{sql.Labeled(child.Col("id")), sql.Labeled(child.Col("parent_id")), sql.Labeled(child.Col("select"))},
		From:  []*sql.From{sql.Table(child)},
		Where: sql.Eq(bind(1), pid), OrderBy: []sql.Expr{sql.Order{X: id, Desc: true}, sql.Order{X: sel}}, Limit: bind(2),
	}, `SELECT "order".id AS order_id, "order".parent_id AS order_parent_id, "order"."select" AS order_select FROM "order" WHERE ? = "order".parent_id ORDER BY "order".id DESC, "order"."select" LIMIT ? OFFSET ?`, 1, 2, 0)
	expectSQL(t, &sql.Select{Cols: []sql.Expr{id}, From: []*sql.From{sql.Table(child)}, Offset: bind(3)},
		`SELECT "order".id FROM "order" LIMIT ? OFFSET ?`, -1, 3)
	expectSQL(t, &sql.Select{Cols: []sql.Expr{id}, From: []*sql.From{sql.Table(child)}, Where: sql.Conj{Op: "OR", Args: []sql.Expr{
		sql.And(sql.Eq(id, bind(1)), nil, sql.Eq(pid, bind(2))),
		sql.Not{X: sql.And(sql.Eq(sel, bind("x")), sql.Binary{L: id, R: bind(4), Op: "!="})},
		sql.Binary{L: id, R: sql.List{bind(5), bind(6)}, Op: "IN"},
	}}}, `SELECT "order".id FROM "order" WHERE "order".id = ? AND "order".parent_id = ? OR NOT ("order"."select" = ? AND "order".id != ?) OR "order".id IN (?, ?)`, 1, 2, "x", 4, 5, 6)
	expectSQL(t, &sql.Select{Cols: []sql.Expr{id}, From: []*sql.From{sql.Table(child)}, Where: sql.And(
		sql.Conj{Op: "OR", Args: []sql.Expr{sql.Eq(id, bind(1)), sql.Eq(id, bind(2))}}, sql.Binary{L: pid, R: bind(3), Op: ">="})},
		`SELECT "order".id FROM "order" WHERE ("order".id = ? OR "order".id = ?) AND "order".parent_id >= ?`, 1, 2, 3)
	expectSQL(t, &sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Func{Name: "count", Args: []sql.Expr{sql.Lit("*")}}, Name: "count_1"}}, From: []*sql.From{sql.Table(child)}},
		`SELECT count(*) AS count_1 FROM "order"`)
	expectSQL(t, &sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Func{Name: "max", Args: []sql.Expr{id}}, Name: "max_1"}}, From: []*sql.From{sql.Table(child)}},
		`SELECT max("order".id) AS max_1 FROM "order"`)
	expectSQL(t, &sql.Delete{Table: child, Where: sql.Eq(pid, bind(7)), Returning: []*schema.Column{child.Col("id")}},
		`DELETE FROM "order" WHERE "order".parent_id = ? RETURNING id`, 7)
	expectSQL(t, &sql.UpdateWhere{Table: child, Set: []*schema.Column{child.Col("select")}, Values: []sql.Expr{bind("z")}, Where: sql.Eq(pid, bind(7)),
		Returning: []*schema.Column{child.Col("id"), child.Col("select")}},
		`UPDATE "order" SET "select"=? WHERE "order".parent_id = ? RETURNING id, "select"`, "z", 7)
	o1 := sql.Anon(child)
	alias := func(name string) sql.Expr {
		return sql.ACol{F: o1, C: child.Col(name), Labeled: true}
	}
	expectSQL(t, &sql.Select{
		Cols:  []sql.Expr{sql.Labeled(parent.Col("id")), sql.Labeled(parent.Col("name")), alias("id"), alias("parent_id"), alias("select")},
		From:  []*sql.From{sql.Table(parent)},
		Joins: []sql.Join{{To: o1, On: sql.Eq(sql.Col{C: parent.Col("id")}, o1.Of(child.Col("parent_id")))}},
		Where: sql.Eq(sql.Col{C: parent.Col("id")}, bind(1)), OrderBy: []sql.Expr{o1.Of(child.Col("id"))},
	}, `SELECT parent.id AS parent_id, parent.name AS parent_name, order_1.id AS order_1_id, order_1.parent_id AS order_1_parent_id, order_1."select" AS order_1_select FROM parent LEFT OUTER JOIN "order" AS order_1 ON parent.id = order_1.parent_id WHERE parent.id = ? ORDER BY order_1.id`, 1)
}

// The unit of work's statements, as SQLAlchemy 2.0.52 compiled them.
func TestDML(t *testing.T) {
	parent, child := tables(t)
	k := schema.NewTable("k", source.Span{})
	if err := k.AddColumn(&schema.Column{Name: "id", Type: schema.Type{Name: "Integer", Affinity: schema.AffInteger}, PrimaryKey: true, Typed: true}); err != nil {
		t.Fatal(err)
	}
	cols := func(t *schema.Table, names ...string) []*schema.Column {
		var out []*schema.Column
		for _, n := range names {
			out = append(out, t.Col(n))
		}
		return out
	}
	for _, c := range []struct{ got, want string }{
		{sql.Insert(child, cols(child, "parent_id", "select"), []string{"", "CURRENT_TIMESTAMP"}, cols(child, "id")), `INSERT INTO "order" (parent_id, "select") VALUES (?, CURRENT_TIMESTAMP) RETURNING id`},
		{sql.Insert(parent, nil, nil, nil), `INSERT INTO parent DEFAULT VALUES`},
		// k(id) only, K() rows flushed together
		{sql.Insert(k, nil, nil, cols(k, "id")), `INSERT INTO k (id) VALUES (NULL) RETURNING id`},
		{sql.Update(child, cols(child, "parent_id"), nil, cols(child, "id"), nil), `UPDATE "order" SET parent_id=? WHERE "order".id = ?`},
		{sql.DeleteByKey(child, cols(child, "id")), `DELETE FROM "order" WHERE "order".id = ?`},
	} {
		if c.got != c.want {
			t.Errorf("got  %s\nwant %s", c.got, c.want)
		}
	}
	if strings.Contains(sql.Insert(parent, cols(parent, "name"), nil, nil), "RETURNING") {
		t.Errorf("an insert without returning columns returns")
	}
}

// String is str(statement): what SQLAlchemy 2.0.52 printed for the same
// Core select of the tables above.
func TestString(t *testing.T) {
	parent, child := tables(t)
	id, pid := sql.Col{C: child.Col("id")}, sql.Col{C: child.Col("parent_id")}
	for _, c := range []struct {
		s     *sql.Select
		qmark bool
		want  string
	}{
		{&sql.Select{Cols: []sql.Expr{id}, From: []*sql.From{sql.Table(child)}, Where: sql.And(sql.Eq(pid, sql.Bind{V: 1, Name: "parent_id"}), sql.Binary{L: id, R: sql.List{sql.Bind{V: 1, Name: "id"}, sql.Bind{V: 2, Name: "id"}}, Op: "IN"}, sql.Eq(id, sql.Bind{V: 3, Name: "id"})), Limit: sql.Bind{V: 2}}, false,
			"SELECT \"order\".id \nFROM \"order\" \nWHERE \"order\".parent_id = :parent_id_1 AND \"order\".id IN (__[POSTCOMPILE_id_1]) AND \"order\".id = :id_2\n LIMIT :param_1"},
		{&sql.Select{Cols: []sql.Expr{sql.Col{C: parent.Col("name")}}, From: []*sql.From{sql.Table(parent)}, Where: sql.Eq(sql.Col{C: parent.Col("id")}, sql.Bind{V: 1, Name: "id"}), Offset: sql.Bind{V: 2}}, true,
			"SELECT parent.name \nFROM parent \nWHERE parent.id = ?\n LIMIT ? OFFSET ?"},
	} {
		if got := sql.String(c.s, c.qmark); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// Aliases as SQLAlchemy 2.0.52 prints them: anonymous ones numbered where the
// statement first names them, a repeated column name labeled, a named alias
// under its name, and the FROM list in the order the clauses name tables.
func TestAliases(t *testing.T) {
	parent, child := tables(t)
	c1, c2, p := sql.Anon(child), sql.Anon(child), sql.Table(parent)
	var n sql.Namer
	where := sql.And(sql.Eq(c1.Of(child.Col("parent_id")), p.Of(parent.Col("id"))), sql.Eq(c2.Of(child.Col("id")), c1.Of(child.Col("id"))))
	froms := sql.Froms(where)
	if len(froms) != 3 || froms[0] != c1 || !froms[1].Is(p) || froms[2] != c2 {
		t.Errorf("Froms: %v", froms)
	}
	s := &sql.Select{Cols: []sql.Expr{n.Col(c1, child.Col("id")), n.Col(c2, child.Col("id")), n.Col(p, parent.Col("name"))}, From: []*sql.From{c1, c2, p}, Where: where}
	if got, want := sql.String(s, false), "SELECT order_1.id, order_2.id AS id_1, parent.name \nFROM \"order\" AS order_1, \"order\" AS order_2, parent \nWHERE order_1.parent_id = parent.id AND order_2.id = order_1.id"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	named := &sql.From{Table: child, Name: "n"}
	s = &sql.Select{Cols: []sql.Expr{named.Of(child.Col("id")), named.Of(child.Col("select"))}, From: []*sql.From{named}, Where: sql.Binary{L: named.Of(child.Col("parent_id")), R: sql.Lit("NULL"), Op: "IS NOT"}}
	if got, want := sql.String(s, false), "SELECT n.id, n.\"select\" \nFROM \"order\" AS n \nWHERE n.parent_id IS NOT NULL"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// Operator expressions as SQLAlchemy 2.0.52's string compiler grouped them
// (str() of the expression alone, or in a WHERE or an UPDATE's SET).
func TestOperators(t *testing.T) {
	parent, _ := tables(t)
	id, name := sql.Col{C: parent.Col("id")}, sql.Col{C: parent.Col("name")}
	b := func(n string) sql.Expr { return sql.Bind{Name: n} }
	where := func(e sql.Expr) sql.Expr {
		return &sql.Select{Cols: []sql.Expr{id}, From: []*sql.From{sql.Table(parent)}, Where: e}
	}
	for _, c := range []struct {
		e    sql.Expr
		want string
	}{
		{sql.Binary{L: sql.Binary{L: id, R: b("id"), Op: "+"}, R: b(""), Op: "*"}, "(parent.id + :id_1) * :param_1"},
		{sql.Binary{L: id, R: sql.Binary{L: id, R: b("id"), Op: "-"}, Op: "-"}, "parent.id - (parent.id - :id_1)"},
		{sql.Binary{L: sql.Binary{L: id, R: id, Op: "-"}, R: b(""), Op: "-"}, "(parent.id - parent.id) - :param_1"},
		{sql.Binary{L: sql.Binary{L: name, R: b("name"), Op: "||"}, R: b("name"), Op: "||"}, "parent.name || :name_1 || :name_2"},
		{sql.Binary{L: sql.Binary{L: id, R: b("id"), Op: "+"}, R: b(""), Op: ">"}, "parent.id + :id_1 > :param_1"},
		{sql.Like{X: name, Pattern: b("name"), Suf: true}, "parent.name LIKE :name_1 || '%'"},
		{where(sql.Like{X: name, Pattern: b("name"), Suf: true}), "SELECT parent.id \nFROM parent \nWHERE (parent.name LIKE :name_1 || '%')"},
		{where(sql.Conj{Op: "OR", Args: []sql.Expr{sql.Like{X: name, Pattern: b("name"), Pre: true, Suf: true, Not: true}, sql.Like{X: name, Pattern: b("name"), ILike: true, Escape: "/"}}}),
			"SELECT parent.id \nFROM parent \nWHERE (parent.name NOT LIKE '%' || :name_1 || '%') OR lower(parent.name) LIKE lower(:name_2) ESCAPE '/'"},
		{where(sql.And(sql.Between{X: id, Lo: b("id"), Hi: b("id"), Not: true}, sql.Bool(true))), "SELECT parent.id \nFROM parent \nWHERE parent.id NOT BETWEEN :id_1 AND :id_2"},
		{sql.Case{Whens: [][2]sql.Expr{{sql.Binary{L: id, R: b("id"), Op: ">"}, sql.Binary{L: id, R: b("id"), Op: "+"}}}, Else: id}, "CASE WHEN (parent.id > :id_1) THEN parent.id + :id_2 ELSE parent.id END"},
		{&sql.UpdateWhere{Table: parent, Set: []*schema.Column{parent.Col("id"), parent.Col("name")}, Values: []sql.Expr{sql.Binary{L: id, R: b("id"), Op: "+"}, sql.Bind{Name: "name", Fixed: true}}},
			"UPDATE parent SET id=(parent.id + :id_1), name=:name"},
		{&sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Binary{L: name, R: b("name"), Op: "||"}}, sql.Label{X: id, Name: "n"}, sql.Label{X: sql.Binary{L: id, R: b("id"), Op: "+"}}}, From: []*sql.From{sql.Table(parent)}},
			"SELECT parent.name || :name_1 AS anon_1, parent.id AS n, parent.id + :id_1 AS anon_2 \nFROM parent"},
	} {
		if got := sql.String(c.e, false); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// str() compiles with the default dialect, whose reserved words are not
// SQLite's: "user" is quoted there and not in the SQL sent to SQLite,
// "index" the other way round (2.0.52: str(select(...)) and the echo log).
func TestQuoteByDialect(t *testing.T) {
	for _, c := range []struct{ table, col, str, sent string }{
		{"user", "id", `SELECT "user".id FROM "user"`, `SELECT user.id FROM user`},
		{"index", "order", `SELECT index."order" FROM index`, `SELECT "index"."order" FROM "index"`},
	} {
		tb := schema.NewTable(c.table, source.Span{})
		if err := tb.AddColumn(&schema.Column{Name: c.col, Type: schema.Type{Name: "Integer", Affinity: schema.AffInteger}, Typed: true}); err != nil {
			t.Fatal(err)
		}
		s := &sql.Select{Cols: []sql.Expr{sql.Col{C: tb.Col(c.col)}}, From: []*sql.From{sql.Table(tb)}}
		if got := strings.ReplaceAll(sql.String(s, false), " \n", " "); got != c.str {
			t.Errorf("str(): got %q, want %q", got, c.str)
		}
		if got, _ := sql.Compile(s); got != c.sent {
			t.Errorf("sent: got %q, want %q", got, c.sent)
		}
	}
}

// Core inserts as 2.0.52 wrote them: str() names the parameters and the
// RETURNING table, SQLite's text neither.
func TestInsertStmt(t *testing.T) {
	parent, child := tables(t)
	p := func(c *schema.Column) sql.Expr { return sql.Param{Name: c.Key, Col: c} }
	sub := sql.Scalar{S: &sql.Select{Cols: []sql.Expr{sql.Col{C: parent.Col("id")}}, From: []*sql.From{sql.Table(parent)}, Where: sql.Eq(sql.Col{C: parent.Col("name")}, sql.Param{Name: "username"})}}
	ins := &sql.InsertStmt{Table: child, Cols: []*schema.Column{child.Col("parent_id"), child.Col("select")}, Values: []sql.Expr{sub, p(child.Col("select"))}, Returning: []*schema.Column{child.Col("id")}}
	for _, c := range []struct {
		e     sql.Expr
		qmark bool
		want  string
	}{
		{ins, false, "INSERT INTO \"order\" (parent_id, \"select\") VALUES ((SELECT parent.id \nFROM parent \nWHERE parent.name = :username), :select) RETURNING \"order\".id"},
		{ins, true, "INSERT INTO \"order\" (parent_id, \"select\") VALUES ((SELECT parent.id \nFROM parent \nWHERE parent.name = ?), ?) RETURNING id"},
		{&sql.InsertStmt{Table: parent}, true, "INSERT INTO parent DEFAULT VALUES"},
		{&sql.InsertStmt{Table: parent, Cols: []*schema.Column{parent.Col("name")}, Values: []sql.Expr{sql.Param{Name: "name_m0"}}, More: [][]sql.Expr{{sql.Param{Name: "name_m1"}}}}, false, "INSERT INTO parent (name) VALUES (:name_m0), (:name_m1)"},
		{&sql.InsertStmt{Table: child, Cols: []*schema.Column{child.Col("parent_id")}, From: &sql.Select{Cols: []sql.Expr{sql.Col{C: parent.Col("id")}}, From: []*sql.From{sql.Table(parent)}}}, false, "INSERT INTO \"order\" (parent_id) SELECT parent.id \nFROM parent"},
	} {
		if got := sql.String(c.e, c.qmark); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
	_, tmpl := sql.Compile(ins)
	vals, missing, _ := sql.FillParams(tmpl, func(p sql.Param) (any, bool, error) { return "x", p.Name == "username", nil })
	if vals != nil || missing != "select" {
		t.Errorf("FillParams: %v, missing %q", vals, missing)
	}
}

// What 2.0.52 printed (str(), then the SQLite dialect) for a Core table
// users(id, name, age) and a(id, u_id): DISTINCT, GROUP BY, HAVING with a
// function's numbered binds, an explicit ASC, EXISTS, and true()/false() as
// a criterion of their own or inside and_().
func TestClauses(t *testing.T) {
	intType := schema.Type{Name: "Integer", Affinity: schema.AffInteger}
	u, a := schema.NewTable("users", source.Span{}), schema.NewTable("a", source.Span{})
	for _, c := range []struct {
		t    *schema.Table
		name string
	}{{u, "id"}, {u, "name"}, {u, "age"}, {a, "id"}, {a, "u_id"}} {
		if err := c.t.AddColumn(&schema.Column{Name: c.name, Key: c.name, Type: intType, Typed: true}); err != nil {
			t.Fatal(err)
		}
	}
	col := func(tb *schema.Table, n string) sql.Expr { return sql.Col{C: tb.Col(n)} }
	count := sql.Func{Name: "count", Args: []sql.Expr{col(u, "id")}}
	from := func(tb *schema.Table) []*sql.From { return []*sql.From{sql.Table(tb)} }
	for _, c := range []struct {
		s         *sql.Select
		str, sent string
	}{
		{&sql.Select{Distinct: true, Cols: []sql.Expr{col(u, "name"), sql.Label{X: count, Anon: "count"}}, From: from(u),
			Where:   sql.Binary{L: col(u, "age"), R: sql.Bind{V: int64(1), Name: "age"}, Op: ">"},
			GroupBy: []sql.Expr{col(u, "name")}, Having: sql.Binary{L: count, R: sql.Bind{V: int64(2), Name: "count"}, Op: ">"},
			OrderBy: []sql.Expr{sql.Order{X: col(u, "name"), Asc: true}}},
			"SELECT DISTINCT users.name, count(users.id) AS count_1 FROM users WHERE users.age > :age_1 GROUP BY users.name HAVING count(users.id) > :count_2 ORDER BY users.name ASC",
			"SELECT DISTINCT users.name, count(users.id) AS count_1 FROM users WHERE users.age > ? GROUP BY users.name HAVING count(users.id) > ? ORDER BY users.name ASC"},
		{&sql.Select{Cols: []sql.Expr{col(u, "id")}, From: from(u), Where: sql.Exists{S: &sql.Select{Cols: []sql.Expr{sql.Lit("*")}, From: from(a), Where: sql.Eq(col(u, "id"), col(a, "u_id"))}}},
			"SELECT users.id FROM users WHERE EXISTS (SELECT * FROM a WHERE users.id = a.u_id)",
			"SELECT users.id FROM users WHERE EXISTS (SELECT * FROM a WHERE users.id = a.u_id)"},
		{&sql.Select{Cols: []sql.Expr{col(u, "id")}, From: from(u), Where: sql.And(sql.Bool(true))},
			"SELECT users.id FROM users WHERE true", "SELECT users.id FROM users WHERE 1 = 1"},
		{&sql.Select{Cols: []sql.Expr{col(u, "id")}, From: from(u), Where: sql.And(sql.Eq(col(u, "id"), sql.Bind{V: int64(1), Name: "id"}), sql.Bool(false))},
			"SELECT users.id FROM users WHERE false", "SELECT users.id FROM users WHERE 0 = 1"},
	} {
		fold := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, " \n", " "), "\n", " ") }
		if got := fold(sql.String(c.s, false)); got != c.str {
			t.Errorf("str():\ngot  %s\nwant %s", got, c.str)
		}
		if got, _ := sql.Compile(c.s); got != c.sent {
			t.Errorf("sent:\ngot  %s\nwant %s", got, c.sent)
		}
	}
}

// Joins, subqueries, text() and Query's labels as 2.0.52 printed them
// (str(), then the SQLite dialect's text and positional parameters): a
// secondary table joined inside parentheses, an inner join, a subquery
// joined to a table, text() with its named binds, and true()/false() as
// values rather than criteria.
func TestFroms(t *testing.T) {
	parent, child := tables(t)
	pid, cid := sql.Col{C: parent.Col("id")}, sql.Col{C: child.Col("id")}
	p1, o1 := sql.Anon(parent), sql.Anon(child)
	var legacy sql.Namer
	legacy.Legacy = true
	for _, c := range []struct {
		s          *sql.Select
		str, sent  string
		sentParams []any
	}{
		{&sql.Select{Cols: []sql.Expr{pid, sql.Label{X: p1.Of(parent.Col("id")), Name: "id_1"}}, From: []*sql.From{sql.Table(parent)},
			Joins: []sql.Join{{To: sql.Table(child), On: sql.Eq(pid, cid), Then: &sql.Join{To: p1, On: sql.Eq(p1.Of(parent.Col("id")), sql.Col{C: child.Col("parent_id")}), Inner: true}}}},
			`SELECT parent.id, parent_1.id AS id_1 FROM parent LEFT OUTER JOIN ("order" JOIN parent AS parent_1 ON parent_1.id = "order".parent_id) ON parent.id = "order".id`,
			`SELECT parent.id, parent_1.id AS id_1 FROM parent LEFT OUTER JOIN ("order" JOIN parent AS parent_1 ON parent_1.id = "order".parent_id) ON parent.id = "order".id`, nil},
		{&sql.Select{Cols: []sql.Expr{legacy.Col(sql.Table(parent), parent.Col("id")), legacy.Col(o1, child.Col("id")), legacy.Col(sql.Table(parent), parent.Col("name"))}, From: []*sql.From{sql.Table(parent)},
			Joins: []sql.Join{{To: o1, On: sql.Eq(pid, o1.Of(child.Col("parent_id"))), Inner: true}}},
			`SELECT parent.id AS parent_id, order_1.id AS order_1_id, parent.name AS parent_name FROM parent JOIN "order" AS order_1 ON parent.id = order_1.parent_id`,
			`SELECT parent.id AS parent_id, order_1.id AS order_1_id, parent.name AS parent_name FROM parent JOIN "order" AS order_1 ON parent.id = order_1.parent_id`, nil},
		{&sql.Select{Cols: []sql.Expr{sql.AliasCol{Alias: "anon_1", Name: "id"}}, Sub: &sql.Select{Cols: []sql.Expr{sql.Label{X: pid, Name: "id"}}, From: []*sql.From{sql.Table(parent)}},
			InnerJoin: &sql.Join{To: sql.Table(child), On: sql.Eq(sql.Col{C: child.Col("parent_id")}, sql.AliasCol{Alias: "anon_1", Name: "id"})}},
			`SELECT anon_1.id FROM (SELECT parent.id AS id FROM parent) AS anon_1 JOIN "order" ON "order".parent_id = anon_1.id`,
			`SELECT anon_1.id FROM (SELECT parent.id AS id FROM parent) AS anon_1 JOIN "order" ON "order".parent_id = anon_1.id`, nil},
		{&sql.Select{Cols: []sql.Expr{pid}, From: []*sql.From{sql.Table(parent)},
			Where: sql.Text{Src: "parent.id > :x AND parent.name < :y", Q: "parent.id > ? AND parent.name < ?", Names: []string{"x", "y"}, Vals: map[string]any{"x": 3, "y": 4}}},
			`SELECT parent.id FROM parent WHERE parent.id > :x AND parent.name < :y`, `SELECT parent.id FROM parent WHERE parent.id > ? AND parent.name < ?`, []any{3, 4}},
		{&sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Bool(true)}, sql.Label{X: sql.Bool(false)}}},
			`SELECT true AS anon_1, false AS anon_2`, `SELECT 1 AS anon_1, 0 AS anon_2`, nil},
		{&sql.Select{Cols: []sql.Expr{pid}, From: []*sql.From{sql.Table(parent)}, Where: sql.Eq(sql.Col{C: parent.Col("name")}, sql.Bool(true))},
			`SELECT parent.id FROM parent WHERE parent.name = true`, `SELECT parent.id FROM parent WHERE parent.name = 1`, nil},
	} {
		fold := func(s string) string { return strings.ReplaceAll(s, " \n", " ") }
		if got := fold(sql.String(c.s, false)); got != c.str {
			t.Errorf("str():\ngot  %s\nwant %s", got, c.str)
		}
		if got, params := sql.Compile(c.s); got != c.sent || fmt.Sprint(params) != fmt.Sprint(c.sentParams) {
			t.Errorf("sent:\ngot  %s %v\nwant %s %v", got, params, c.sent, c.sentParams)
		}
	}
}

// The FROM list a WHERE clause implies, in the order 2.0.52 listed it for
// select(func.count()).where(clause): each kind of expression is walked.
func TestWhereFroms(t *testing.T) {
	parent, child := tables(t)
	o1, p1 := sql.Anon(child), sql.Anon(parent)
	col := func(f *sql.From, tb *schema.Table, n string) sql.Expr { return f.Of(tb.Col(n)) }
	p, o := sql.Table(parent), sql.Table(child)
	for _, c := range []struct {
		where sql.Expr
		want  string
	}{
		{sql.And(sql.Like{X: col(p, parent, "name"), Pattern: col(o, child, "select")}, sql.Between{X: col(o1, child, "id"), Lo: sql.Bind{V: 1}, Hi: sql.Bind{V: 2}}),
			`parent, "order", "order" AS order_1`},
		{sql.Eq(sql.Case{Whens: [][2]sql.Expr{{sql.Binary{L: col(o1, child, "id"), R: sql.Bind{V: 1}, Op: ">"}, col(o, child, "select")}}, Else: col(p, parent, "name")}, sql.Func{Name: "abs", Args: []sql.Expr{col(p1, parent, "id")}}),
			`"order" AS order_1, "order", parent, parent AS parent_1`},
		{sql.Conj{Op: "OR", Args: []sql.Expr{sql.Binary{L: col(o, child, "id"), R: sql.List{col(p1, parent, "id"), sql.Bind{V: 1}}, Op: "NOT IN"}, sql.Eq(col(o1, child, "id"), sql.Bind{V: 3})}},
			`"order", parent AS parent_1, "order" AS order_1`},
		{sql.Not{X: sql.And(sql.Eq(col(o, child, "id"), sql.Bind{V: 1}), sql.Eq(col(p, parent, "id"), sql.Bind{V: 2}))},
			`"order", parent`},
	} {
		froms := sql.Froms(c.where)
		s := &sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Func{Name: "count", Args: []sql.Expr{sql.Lit("*")}}, Name: "count_1"}}, From: froms, Where: c.where}
		got, _ := sql.Compile(s)
		if _, after, _ := strings.Cut(got, " FROM "); !strings.HasPrefix(after, c.want+" WHERE ") {
			t.Errorf("FROM of %s: want %s", got, c.want)
		}
	}
}

// compile().params: each parameter under its str() name with its value, a
// bindparam() with its own; an IN list's expanding parameter is not named
// one by one (2.0.52: {'x': 5, 'name_1': 7}).
func TestParams(t *testing.T) {
	parent, _ := tables(t)
	s := &sql.Select{Cols: []sql.Expr{sql.Col{C: parent.Col("id")}}, From: []*sql.From{sql.Table(parent)},
		Where: sql.And(sql.Eq(sql.Col{C: parent.Col("id")}, sql.Param{Name: "x", Default: 5, HasDefault: true}), sql.Eq(sql.Col{C: parent.Col("name")}, sql.Bind{V: 7, Name: "name"}))}
	if names, vals := sql.Params(s); fmt.Sprint(names, vals) != "[x name_1] [5 7]" {
		t.Errorf("Params: %v %v", names, vals)
	}
	s.Where = sql.Binary{L: sql.Col{C: parent.Col("id")}, R: sql.List{sql.Bind{V: 1, Name: "id"}, sql.Bind{V: 2, Name: "id"}}, Op: "IN"}
	if names, vals := sql.Params(s); names != nil || vals != nil {
		t.Errorf("Params of an IN: %v %v", names, vals)
	}
	// FillParams: a value given, a default, a plain value kept, an error passed on
	tmpl := []any{sql.Param{Name: "a"}, sql.Param{Name: "b", Default: 2, HasDefault: true}, 3}
	vals, missing, err := sql.FillParams(tmpl, func(p sql.Param) (any, bool, error) { return 1, p.Name == "a", nil })
	if fmt.Sprint(vals) != "[1 2 3]" || missing != "" || err != nil {
		t.Errorf("FillParams: %v %q %v", vals, missing, err)
	}
	boom := fmt.Errorf("boom")
	if _, _, err := sql.FillParams(tmpl, func(sql.Param) (any, bool, error) { return nil, false, boom }); err != boom {
		t.Errorf("FillParams error: %v", err)
	}
}

// SQLite's ON CONFLICT clause on a Core insert, as 2.0.52 printed it: str()
// of sqlalchemy.dialects.sqlite.insert() uses the SQLite dialect, and
// writes "ON CONFLICT  DO UPDATE" with two spaces when there is no target
// (the text sent is the same, folded as traces fold it).
func TestOnConflict(t *testing.T) {
	parent, child := tables(t)
	bind := func(v any) sql.Expr { return sql.Bind{V: v} }
	ins := func(tb *schema.Table, up *sql.OnConflict, cols ...string) *sql.InsertStmt {
		s := &sql.InsertStmt{Table: tb, Upsert: up}
		for i, n := range cols {
			s.Cols, s.Values = append(s.Cols, tb.Col(n)), append(s.Values, bind(i+1))
		}
		return s
	}
	sel := child.Col("select")
	for _, c := range []struct {
		s          *sql.InsertStmt
		str, sent  string
		sentParams []any
	}{
		{ins(parent, &sql.OnConflict{}, "id", "name"), `INSERT INTO parent (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING`, `INSERT INTO parent (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING`, []any{1, 2}},
		{ins(parent, &sql.OnConflict{Target: []string{"id"}}, "id", "name"), `INSERT INTO parent (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING`, `INSERT INTO parent (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING`, []any{1, 2}},
		{ins(child, &sql.OnConflict{Target: []string{"id", "select"}, Set: []*schema.Column{child.Col("parent_id"), sel},
			Values: []sql.Expr{sql.Binary{L: sql.Col{C: child.Col("parent_id")}, R: bind(1), Op: "+"}, bind(3)}, Where: sql.Binary{L: sql.Col{C: child.Col("id")}, R: bind(5), Op: ">"}}, "id", "select"),
			`INSERT INTO "order" (id, "select") VALUES (?, ?) ON CONFLICT (id, "select") DO UPDATE SET parent_id = ("order".parent_id + ?), "select" = ? WHERE "order".id > ?`,
			`INSERT INTO "order" (id, "select") VALUES (?, ?) ON CONFLICT (id, "select") DO UPDATE SET parent_id = ("order".parent_id + ?), "select" = ? WHERE "order".id > ?`, []any{1, 2, 1, 3, 5}},
		{ins(child, &sql.OnConflict{Set: []*schema.Column{sel}, Values: []sql.Expr{bind(3)}}, "id", "select"),
			`INSERT INTO "order" (id, "select") VALUES (?, ?) ON CONFLICT  DO UPDATE SET "select" = ?`,
			`INSERT INTO "order" (id, "select") VALUES (?, ?) ON CONFLICT DO UPDATE SET "select" = ?`, []any{1, 2, 3}},
	} {
		if got := sql.String(c.s, true); got != c.str {
			t.Errorf("str():\ngot  %s\nwant %s", got, c.str)
		}
		if got, params := sql.Compile(c.s); got != c.sent || fmt.Sprint(params) != fmt.Sprint(c.sentParams) {
			t.Errorf("sent:\ngot  %s %v\nwant %s %v", got, params, c.sent, c.sentParams)
		}
	}
	// the unit of work's form: rows of an insertmanyvalues batch, then the clause
	tail, _ := sql.Compile(&sql.OnConflict{Target: []string{"id"}})
	if got, want := sql.InsertRows(parent, []*schema.Column{parent.Col("id"), parent.Col("name")}, nil, nil, 2, tail), `INSERT INTO parent (id, name) VALUES (?, ?), (?, ?) ON CONFLICT (id) DO NOTHING`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// Subqueries as 2.0.52's string compiler wrote them (str() of the Core
// statements): the alias named before the SELECT inside it, its columns
// labeled with their names, an anonymous column (count_1) and a repeated
// name (id_1) the same inside and out, a scalar subquery correlated to the
// enclosing FROM, a UNION ALL inside a subquery.
func TestSubquery(t *testing.T) {
	parent, child := tables(t)
	col := func(t *schema.Table, n string) sql.Expr { return sql.Col{C: t.Col(n)} }
	// sub makes s a subquery exporting cols (anonymous where anon has one)
	sub := func(s sql.Expr, name string, cols []string, anon map[string]*sql.AnonName, origin map[*schema.Column]string) *sql.From {
		tb := schema.NewTable("anon", source.Span{})
		q := &sql.Subquery{S: s, Origin: map[*schema.Column]*schema.Column{}, Anon: map[*schema.Column]*sql.AnonName{}}
		for _, n := range cols {
			c := &schema.Column{Name: n}
			if err := tb.AddColumn(c); err != nil {
				t.Fatal(err)
			}
			if a := anon[n]; a != nil {
				q.Anon[c] = a
			}
		}
		for o, n := range origin {
			q.Origin[o] = tb.Col(n)
		}
		return sql.NewSubquery(q, tb, name)
	}
	count := &sql.AnonName{Base: "count"}
	grouped := sub(&sql.Select{Cols: []sql.Expr{col(child, "parent_id"), sql.Label{X: sql.Func{Name: "count", Args: []sql.Expr{col(child, "id")}}, Ref: count}},
		From: []*sql.From{sql.Table(child)}, GroupBy: []sql.Expr{col(child, "parent_id")}}, "", []string{"parent_id", "count"}, map[string]*sql.AnonName{"count": count}, nil)
	id1 := &sql.AnonName{Base: "id"}
	named := sub(&sql.Select{Cols: []sql.Expr{col(parent, "id"), sql.Label{X: col(child, "id"), Ref: id1}}, From: []*sql.From{sql.Table(parent), sql.Table(child)},
		Where: sql.Eq(col(child, "parent_id"), col(parent, "id"))}, "s", []string{"id", "id_1"}, map[string]*sql.AnonName{"id_1": id1}, nil)
	union := sub(&sql.Compound{Op: "UNION ALL", Selects: []*sql.Select{{Cols: []sql.Expr{col(parent, "id")}, From: []*sql.From{sql.Table(parent)}}, {Cols: []sql.Expr{col(child, "id")}, From: []*sql.From{sql.Table(child)}}}},
		"", []string{"id"}, nil, map[*schema.Column]string{parent.Col("id"): "id"})
	for _, c := range []struct {
		s    sql.Expr
		want string
	}{
		{&sql.Select{Cols: []sql.Expr{grouped.Of(grouped.Table.Col("count")), grouped.Of(grouped.Table.Col("parent_id"))}, From: []*sql.From{grouped},
			Where: sql.Binary{L: grouped.Of(grouped.Table.Col("parent_id")), R: sql.Bind{Name: "parent_id"}, Op: ">"}},
			"SELECT anon_1.count_1, anon_1.parent_id \nFROM (SELECT \"order\".parent_id AS parent_id, count(\"order\".id) AS count_1 \nFROM \"order\" GROUP BY \"order\".parent_id) AS anon_1 \nWHERE anon_1.parent_id > :parent_id_1"},
		{&sql.Select{Cols: []sql.Expr{col(parent, "name"), sql.Label{X: sql.Scalar{S: &sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Func{Name: "count", Args: []sql.Expr{col(child, "id")}}, Anon: "count"}},
			From: []*sql.From{sql.Table(child), sql.Table(parent)}, Where: sql.Eq(col(child, "parent_id"), col(parent, "id"))}}, Name: "n"}}, From: []*sql.From{sql.Table(parent)}},
			"SELECT parent.name, (SELECT count(\"order\".id) AS count_1 \nFROM \"order\" \nWHERE \"order\".parent_id = parent.id) AS n \nFROM parent"},
		{&sql.Select{Cols: []sql.Expr{named.Of(named.Table.Col("id")), named.Of(named.Table.Col("id_1"))}, From: []*sql.From{named}},
			"SELECT s.id, s.id_1 \nFROM (SELECT parent.id AS id, \"order\".id AS id_1 \nFROM parent, \"order\" \nWHERE \"order\".parent_id = parent.id) AS s"},
		{&sql.Select{Cols: []sql.Expr{union.Of(parent.Col("id"))}, From: []*sql.From{union}},
			"SELECT anon_1.id \nFROM (SELECT parent.id AS id \nFROM parent UNION ALL SELECT \"order\".id AS id \nFROM \"order\") AS anon_1"},
	} {
		if got := sql.String(c.s, false); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// CTEs as 2.0.52 compiled them, for SQLite and for str(): the WITH clause
// before the statement, each CTE written where the statement first reads
// it, after those its body reads, its parameters first when positional;
// an alias reads it as name AS alias; a recursive one names its columns
// and its union_all() restates it under its (anonymous) name.
func TestCTE(t *testing.T) {
	parent, child := tables(t)
	col := func(t *schema.Table, n string) sql.Expr { return sql.Col{C: t.Col(n)} }
	cte := func(s sql.Expr, name string, cte *sql.CTE, cols ...string) *sql.From {
		tb := schema.NewTable("anon", source.Span{})
		for _, n := range cols {
			if err := tb.AddColumn(&schema.Column{Name: n}); err != nil {
				t.Fatal(err)
			}
		}
		f := sql.NewSubquery(&sql.Subquery{S: s}, tb, name)
		f.CTE = cte
		return f
	}
	gt := func(x sql.Expr, v int) sql.Expr { return sql.Binary{L: x, R: sql.Bind{V: v, Name: "id"}, Op: ">"} }
	c := cte(&sql.Select{Cols: []sql.Expr{col(parent, "id")}, From: []*sql.From{sql.Table(parent)}, Where: gt(col(parent, "id"), 5)}, "c", &sql.CTE{}, "id")
	x := &sql.From{Table: c.Table, Sub: c.Sub, Name: "x", CTE: &sql.CTE{Of: c}}
	cid := func(f *sql.From) sql.Expr { return sql.ACol{F: f, C: c.Table.Col("id")} }
	s1 := &sql.Select{Cols: []sql.Expr{cid(c)}, From: []*sql.From{c, x}, Where: sql.And(sql.Eq(cid(c), cid(x)), sql.Binary{L: cid(x), R: sql.Bind{V: 9, Name: "id"}, Op: "<"})}
	anchor := &sql.Select{Cols: []sql.Expr{col(child, "id")}, From: []*sql.From{sql.Table(child)}, Where: sql.Eq(col(child, "id"), sql.Bind{V: 1, Name: "id"})}
	t0 := cte(anchor, "", &sql.CTE{Recursive: true}, "id")
	tid := func(f *sql.From) sql.Expr { return sql.ACol{F: f, C: t0.Table.Col("id")} }
	t1 := &sql.From{Table: t0.Table, Anon: true, Sub: &sql.Subquery{S: &sql.Compound{Op: "UNION ALL", Selects: []*sql.Select{anchor,
		{Cols: []sql.Expr{col(child, "id")}, From: []*sql.From{sql.Table(child), t0}, Where: sql.Eq(col(child, "parent_id"), tid(t0))}}}}, CTE: &sql.CTE{Recursive: true, Restates: t0}}
	c2 := cte(&sql.Select{Cols: []sql.Expr{tid(t1)}, From: []*sql.From{t1}, Where: gt(tid(t1), 2)}, "c2", &sql.CTE{}, "id")
	c2id := sql.ACol{F: c2, C: c2.Table.Col("id")}
	s2 := &sql.Select{Cols: []sql.Expr{c2id}, From: []*sql.From{c2}, Where: sql.Binary{L: c2id, R: sql.Scalar{S: &sql.Select{Cols: []sql.Expr{cid(c)}, From: []*sql.From{c}}}, Op: "IN"}}
	for _, tc := range []struct {
		s         sql.Expr
		want, str string
		params    []any
	}{
		{s1, "WITH c AS (SELECT parent.id AS id FROM parent WHERE parent.id > ?) SELECT c.id FROM c, c AS x WHERE c.id = x.id AND x.id < ?",
			"WITH c AS \n(SELECT parent.id AS id \nFROM parent \nWHERE parent.id > :id_1)\n SELECT c.id \nFROM c, c AS x \nWHERE c.id = x.id AND x.id < :id_2", []any{5, 9}},
		{s2, `WITH RECURSIVE anon_1(id) AS (SELECT "order".id AS id FROM "order" WHERE "order".id = ? UNION ALL SELECT "order".id AS id FROM "order", anon_1 WHERE "order".parent_id = anon_1.id), c2 AS (SELECT anon_1.id AS id FROM anon_1 WHERE anon_1.id > ?), c AS (SELECT parent.id AS id FROM parent WHERE parent.id > ?) SELECT c2.id FROM c2 WHERE c2.id IN (SELECT c.id FROM c)`,
			"WITH RECURSIVE anon_1(id) AS \n(SELECT \"order\".id AS id \nFROM \"order\" \nWHERE \"order\".id = :id_1 UNION ALL SELECT \"order\".id AS id \nFROM \"order\", anon_1 \nWHERE \"order\".parent_id = anon_1.id), \nc2 AS \n(SELECT anon_1.id AS id \nFROM anon_1 \nWHERE anon_1.id > :id_2), \nc AS \n(SELECT parent.id AS id \nFROM parent \nWHERE parent.id > :id_3)\n SELECT c2.id \nFROM c2 \nWHERE c2.id IN (SELECT c.id \nFROM c)", []any{1, 2, 5}},
	} {
		expectSQL(t, tc.s, tc.want, tc.params...)
		if got := sql.String(tc.s, false); got != tc.str {
			t.Errorf("str() got  %q\nwant %q", got, tc.str)
		}
	}
}

// ~column as 2.0.52 wrote it: a Boolean one is x = 0 (x = 1 negated
// again) for SQLite, which has no native booleans, NOT x for str(); any
// other column is NOT x, ungrouped.
func TestNegatedColumn(t *testing.T) {
	parent, _ := tables(t)
	name := sql.Col{C: parent.Col("name")}
	for _, c := range []struct {
		where     sql.Expr
		want, str string
	}{
		{sql.IsFalse{X: name}, "parent.name = 0", "NOT parent.name"},
		{sql.IsFalse{X: name, True: true}, "parent.name = 1", "parent.name"},
		{sql.And(sql.Eq(name, sql.Lit("1")), sql.IsFalse{X: name}), "parent.name = 1 AND parent.name = 0", "parent.name = 1 AND NOT parent.name"},
		{sql.Not{X: name}, "NOT parent.name", "NOT parent.name"},
	} {
		s := &sql.Select{Cols: []sql.Expr{name}, From: []*sql.From{sql.Table(parent)}, Where: c.where}
		expectSQL(t, s, "SELECT parent.name FROM parent WHERE "+c.want)
		if got := sql.String(s, false); got != "SELECT parent.name \nFROM parent \nWHERE "+c.str {
			t.Errorf("str() got %q, want WHERE %q", got, c.str)
		}
	}
}

// correlate() and lateral() as 2.0.52 compiled them: a LATERAL subquery
// correlates to the FROM items beside it; correlate(t) leaves out t even
// when it is the only FROM item; correlate(None) leaves out nothing.
func TestCorrelate(t *testing.T) {
	parent, child := tables(t)
	col := func(t *schema.Table, n string) sql.Expr { return sql.Col{C: t.Col(n)} }
	inner := &sql.Select{Cols: []sql.Expr{col(child, "id")}, From: []*sql.From{sql.Table(child), sql.Table(parent)}, Where: sql.Eq(col(child, "parent_id"), col(parent, "id"))}
	tb := schema.NewTable("anon", source.Span{})
	if err := tb.AddColumn(&schema.Column{Name: "id"}); err != nil {
		t.Fatal(err)
	}
	lat := sql.NewSubquery(&sql.Subquery{S: inner, Lateral: true}, tb, "")
	lid := sql.ACol{F: lat, C: tb.Col("id")}
	expectSQL(t, &sql.Select{Cols: []sql.Expr{col(parent, "name"), lid}, From: []*sql.From{sql.Table(parent)}, Joins: []sql.Join{{To: lat, On: sql.Eq(col(parent, "id"), lid), Inner: true}}},
		`SELECT parent.name, anon_1.id FROM parent JOIN LATERAL (SELECT "order".id AS id FROM "order" WHERE "order".parent_id = parent.id) AS anon_1 ON parent.id = anon_1.id`)
	only := &sql.Select{Cols: []sql.Expr{col(parent, "name")}, From: []*sql.From{sql.Table(parent)}, Where: sql.Eq(col(parent, "id"), sql.Bind{V: 1}), Manual: true, Correlate: []*sql.From{sql.Table(parent)}}
	expectSQL(t, &sql.Select{Cols: []sql.Expr{col(parent, "id"), sql.Label{X: sql.Scalar{S: only}, Name: "n"}}, From: []*sql.From{sql.Table(parent)}},
		`SELECT parent.id, (SELECT parent.name WHERE parent.id = ?) AS n FROM parent`, 1)
	none := *inner
	none.Manual = true
	expectSQL(t, &sql.Select{Cols: []sql.Expr{col(parent, "id"), sql.Label{X: sql.Scalar{S: &none}, Name: "n"}}, From: []*sql.From{sql.Table(parent)}},
		`SELECT parent.id, (SELECT "order".id FROM "order", parent WHERE "order".parent_id = parent.id) AS n FROM parent`)
}
