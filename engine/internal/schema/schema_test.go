package schema

import (
	"strings"
	"testing"

	"cascadelab/engine/internal/source"
)

// The DDL, index and order expectations are what SQLAlchemy 2.0.52's SQLite
// dialect compiled (CreateTable, CreateIndex, whitespace folded) and the
// order in which MetaData.create_all created the same three tables.

// col is a column as Column(name, type, **flags) makes it.
func col(name string, t Type, flags string) *Column {
	c := &Column{Name: name, Type: t, Typed: true, Nullable: true}
	for _, f := range strings.Fields(flags) {
		switch f {
		case "pk":
			c.PrimaryKey, c.Nullable = true, false
		case "notnull":
			c.Nullable = false
		case "unique":
			c.Unique = true
		case "index":
			c.Index = true
		}
	}
	return c
}

func typ(name string, args ...int) Type {
	t := Type{Name: name, Affinity: Types[name]}
	switch {
	case len(args) == 1:
		t.Length = args[0]
	case len(args) == 2:
		t.Precision, t.Scale = args[0], args[1]
	}
	return t
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func model(t *testing.T) (*MetaData, *Table, *Table, *Table) {
	md := NewMetaData()
	ref := NewTable("ref", source.Span{})
	for _, c := range []*Column{col("id", typ("Integer"), "pk"), col("Name", typ("String", 20), "notnull unique"), col("n", typ("Numeric", 10, 2), ""),
		col("n2", typ("Numeric"), ""), col("t", typ("Text"), ""), col("b", typ("Boolean"), ""), col("f", typ("Float"), ""), col("d", typ("Date"), ""),
		col("dt", typ("DateTime"), ""), col("bl", typ("LargeBinary"), ""), col("bi", typ("BigInteger"), ""), col("si", typ("SmallInteger"), ""),
		col("u", typ("Unicode", 5), ""), col("ut", typ("UnicodeText"), ""), col("s", typ("String"), ""), col("x", typ("Integer"), "index"), col("y", typ("Integer"), "index unique")} {
		must(t, ref.AddColumn(c))
	}
	order := NewTable("order", source.Span{})
	refID := col("ref_id", Type{}, "")
	refID.Typed = false // ForeignKey("ref.id") alone: the type comes from ref.id
	refID.FKs = []*ForeignKey{{Target: "ref.id"}}
	for _, c := range []*Column{col("id", typ("Integer"), "pk"), refID, col("group", typ("String"), ""), col("2col", typ("Integer"), ""), col("k", typ("Integer"), ""), col("l", typ("Integer"), "")} {
		must(t, order.AddColumn(c))
	}
	k, l := order.Col("k"), order.Col("l")
	order.Constraints = append(order.Constraints,
		&FKConstraint{Columns: []*Column{k, l}, Elements: []*ForeignKey{{Parent: k, Target: "pair.k"}, {Parent: l, Target: "pair.l"}}},
		&Unique{Columns: []*Column{order.Col("group"), k}})
	order.AttachFKs(refID, []string{""}, []string{"CASCADE"}, []string{"SET NULL"})
	pair := NewTable("pair", source.Span{})
	self := col("self_id", typ("Integer"), "")
	self.FKs = []*ForeignKey{{Target: "pair.k"}}
	for _, c := range []*Column{col("k", typ("Integer"), "pk"), col("l", typ("Integer"), "pk"), self} {
		must(t, pair.AddColumn(c))
	}
	pair.AttachFKs(self, []string{""}, []string{""}, []string{""})
	for _, tb := range []*Table{ref, order, pair} {
		must(t, md.Add(tb))
	}
	must(t, md.Resolve())
	return md, ref, order, pair
}

func TestDDL(t *testing.T) {
	md, ref, order, pair := model(t)
	for _, c := range []struct{ got, want string }{
		{CreateTable(ref), `CREATE TABLE ref ( id INTEGER NOT NULL, "Name" VARCHAR(20) NOT NULL, n NUMERIC(10, 2), n2 NUMERIC, t TEXT, b BOOLEAN, f FLOAT, d DATE, dt DATETIME, bl BLOB, bi BIGINT, si SMALLINT, u VARCHAR(5), ut TEXT, s VARCHAR, x INTEGER, y INTEGER, PRIMARY KEY (id), UNIQUE ("Name") )`},
		{strings.Join(CreateIndexes(ref), "; "), `CREATE INDEX ix_ref_x ON ref (x); CREATE UNIQUE INDEX ix_ref_y ON ref (y)`},
		{CreateTable(order), `CREATE TABLE "order" ( id INTEGER NOT NULL, ref_id INTEGER, "group" VARCHAR, "2col" INTEGER, k INTEGER, l INTEGER, PRIMARY KEY (id), FOREIGN KEY(k, l) REFERENCES pair (k, l), UNIQUE ("group", k), FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE CASCADE ON UPDATE SET NULL )`},
		{CreateTable(pair), `CREATE TABLE pair ( k INTEGER NOT NULL, l INTEGER NOT NULL, self_id INTEGER, PRIMARY KEY (k, l), FOREIGN KEY(self_id) REFERENCES pair (k) )`},
	} {
		if c.got != c.want {
			t.Errorf("got  %s\nwant %s", c.got, c.want)
		}
	}
	var sorted []string
	for _, tb := range md.SortedTables() {
		sorted = append(sorted, tb.Name)
	}
	if got := strings.Join(sorted, " "); got != "ref pair order" {
		t.Errorf("create_all order %s, want ref pair order", got)
	}
	if fks := order.ForeignKeys(); len(fks) != 3 || fks[2].Constraint.RefTable() != ref || md.Table("pair") != pair || order.Col("ref_id") != fks[2].Parent {
		t.Errorf("foreign keys %v", fks)
	}
}

// Identifiers as the SQLite dialect's IdentifierPreparer.quote writes them.
func TestQuote(t *testing.T) {
	for in, want := range map[string]string{"plain": "plain", "order": `"order"`, "Mixed": `"Mixed"`, "2col": `"2col"`, "$x": `"$x"`,
		"a b": `"a b"`, `q"t`: `"q""t"`, "_ok": "_ok", "with$dollar": "with$dollar"} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}

// server_default=text(...) as the SQLite dialect writes it after DEFAULT.
func TestServerDefaultSQL(t *testing.T) {
	for in, want := range map[string]string{"42": "42", "CURRENT_TIMESTAMP": "CURRENT_TIMESTAMP", "datetime('now')": "(datetime('now'))",
		"'x'": "'x'", " (1 + 2)": " (1 + 2)", "-1": "(-1)", "é_1": "é_1", `"q"`: `"q"`} {
		if got := ServerDefaultSQL(in); got != want {
			t.Errorf("ServerDefaultSQL(%q) = %s, want %s", in, got, want)
		}
	}
}

// What SQLAlchemy raises for a foreign key it cannot resolve, and for a
// second table of one name.
func TestErrors(t *testing.T) {
	for _, c := range []struct{ target, want string }{
		{"nowhere.id", "Foreign key associated with column 'b.a_id' could not find table 'nowhere' with which to generate a foreign key to target column 'id'"},
		{"a.nope", "Could not initialize target column for ForeignKey 'a.nope' on table 'b': table 'a' has no column named 'nope'"},
	} {
		md := NewMetaData()
		a, b := NewTable("a", source.Span{}), NewTable("b", source.Span{})
		must(t, a.AddColumn(col("id", typ("Integer"), "pk")))
		fk := col("a_id", typ("Integer"), "")
		fk.FKs = []*ForeignKey{{Target: c.target}}
		must(t, b.AddColumn(fk))
		b.AttachFKs(fk, []string{""}, []string{""}, []string{""})
		must(t, md.Add(a))
		must(t, md.Add(b))
		if err := md.Resolve(); err == nil || err.Error() != c.want {
			t.Errorf("%s: got %v, want %s", c.target, err, c.want)
		}
		if err := md.Add(NewTable("a", source.Span{})); err == nil || err.Error() != "Table 'a' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object." {
			t.Errorf("second table a: %v", err)
		}
	}
}
