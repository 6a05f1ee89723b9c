// Package implied writes mapped classes that have no source of their own
// (the classes automap makes from a database or from pasted DDL) as the
// declarative models a user would write for them, the way sqlacodegen
// does: one class per table, Column(...) per column with the foreign key
// the database enforces, and the relationships exactly as automap made
// them (names, cascade, passive_deletes), so that the variants can run on
// them and show each fix as a change to these models.
package implied

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// Models writes ms as declarative Python. engines gives a table's MySQL
// engine (from pasted DDL's ENGINE=), written as __table_args__.
func Models(ms []*orm.Mapper, engines map[string]string) (string, error) {
	g := &gen{names: map[*orm.Mapper]string{}, taken: map[string]bool{}, sa: map[string]bool{}, orm: map[string]bool{"declarative_base": true}}
	ms = parentsFirst(ms)
	mapped := map[*schema.Table]bool{}
	for _, m := range ms {
		g.names[m] = g.className(m.Table.Name)
		mapped[m.Table] = true
	}
	var body strings.Builder
	var secondaries []*schema.Table
	seen := map[*schema.Table]bool{}
	for _, m := range ms {
		for _, r := range m.Rels {
			if t := r.Secondary; t != nil && !mapped[t] && !seen[t] {
				seen[t] = true
				secondaries = append(secondaries, t)
			}
		}
	}
	for _, t := range secondaries {
		s, err := g.table(t, engines[t.Name])
		if err != nil {
			return "", err
		}
		body.WriteString("\n\n" + s)
	}
	for _, m := range ms {
		s, err := g.class(m, engines[m.Table.Name])
		if err != nil {
			return "", err
		}
		body.WriteString("\n\n" + s)
	}
	var b strings.Builder
	b.WriteString("# The models automap maps from this schema, written as declarative classes.\n")
	b.WriteString("from sqlalchemy import " + strings.Join(sorted(g.sa), ", ") + "\n")
	b.WriteString("from sqlalchemy.orm import " + strings.Join(sorted(g.orm), ", ") + "\n\n")
	b.WriteString("Base = declarative_base()\n")
	b.WriteString(body.String())
	return b.String(), nil
}

// parentsFirst orders the classes so that a table comes after the tables
// its foreign keys refer to, as one would write them (a cycle keeps the
// given order).
func parentsFirst(ms []*orm.Mapper) []*orm.Mapper {
	placed := map[*schema.Table]bool{}
	in := map[*schema.Table]bool{}
	for _, m := range ms {
		in[m.Table] = true
	}
	var out []*orm.Mapper
	todo := ms
	for len(todo) > 0 {
		var rest []*orm.Mapper
		for _, m := range todo {
			ready := true
			for _, con := range m.Table.FKConstraints() {
				if t := con.RefTable(); t != m.Table && in[t] && !placed[t] {
					ready = false
				}
			}
			if ready {
				out = append(out, m)
				placed[m.Table] = true
			} else {
				rest = append(rest, m)
			}
		}
		if len(rest) == len(todo) {
			return append(out, rest...)
		}
		todo = rest
	}
	return out
}

type gen struct {
	names   map[*orm.Mapper]string
	taken   map[string]bool
	sa, orm map[string]bool
}

func sorted(set map[string]bool) []string {
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// className is the table name in CamelCase, made unique.
func (g *gen) className(table string) string {
	var b strings.Builder
	up := true
	for _, r := range table {
		switch {
		case r == '_' || r == ' ' || r == '-':
			up = true
		case up:
			b.WriteString(strings.ToUpper(string(r)))
			up = false
		default:
			b.WriteRune(r)
		}
	}
	name := identifier(b.String())
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		name = "T" + name
	}
	base := name
	for i := 2; g.taken[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	g.taken[name] = true
	return name
}

func identifier(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var keywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "class": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "for": true, "from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "not": true, "or": true, "pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true, "metadata": true, "query": true}

// attrName is the attribute name for a column or table name: a Python
// identifier that is not a keyword.
func attrName(col string) string {
	id := identifier(col)
	if id == col && id != "" && !(id[0] >= '0' && id[0] <= '9') && !keywords[id] {
		return id
	}
	if id == "" || id[0] >= '0' && id[0] <= '9' {
		id = "c_" + id
	}
	return id + "_"
}

// typeName is the SQLAlchemy type a reflected column gets in the models.
func (g *gen) typeName(t *schema.Table, c *schema.Column) (string, error) {
	// a single integer primary key stays Integer, SQLite's autoincrementing rowid
	if c.Type.Affinity == schema.AffInteger && len(t.PrimaryKey) == 1 && c.PrimaryKey {
		g.sa["Integer"] = true
		return "Integer", nil
	}
	name, args := "", ""
	switch c.Type.Name {
	case "INTEGER", "Integer":
		name = "Integer"
	case "BIGINT", "BigInteger":
		name = "BigInteger"
	case "SMALLINT", "SmallInteger":
		name = "SmallInteger"
	case "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "String", "AutoString", "Unicode":
		name = "String"
	case "TEXT", "Text", "UnicodeText":
		name = "Text"
	case "BOOLEAN", "Boolean":
		name = "Boolean"
	case "DATE", "Date":
		name = "Date"
	case "DATETIME", "TIMESTAMP", "DateTime":
		name = "DateTime"
	case "FLOAT", "REAL", "DOUBLE", "Float":
		name = "Float"
	case "BLOB", "LargeBinary":
		name = "LargeBinary"
	default:
		// a table or column the models cannot express
		return "", exc.Unsupported(source.Span{}, fmt.Sprintf("the column %s.%s of type %s", t.Name, c.Name, c.Type.DDL()))
	}
	if c.Type.Length > 0 {
		if name == "Text" {
			name = "String"
		}
		args = "(" + strconv.Itoa(c.Type.Length) + ")"
	}
	g.sa[name] = true
	return name + args, nil
}

func quote(s string) string { return strconv.Quote(s) }

// fkArgs are ForeignKey's keywords: what the database enforces.
func fkArgs(con *schema.FKConstraint) string {
	s := ""
	if d := con.DBOnDelete; d != "" {
		s += ", ondelete=" + quote(d)
	}
	if u := con.DBOnUpdate; u != "" {
		s += ", onupdate=" + quote(u)
	}
	return s
}

// column writes Column(...) for c; named puts the column name first.
func (g *gen) column(t *schema.Table, c *schema.Column, named bool) (string, error) {
	typ, err := g.typeName(t, c)
	if err != nil {
		return "", err
	}
	g.sa["Column"] = true
	args := []string{typ}
	if named {
		args = append([]string{quote(c.Name)}, args...)
	}
	for _, con := range t.FKConstraints() {
		if len(con.Columns) == 1 && con.Columns[0] == c {
			g.sa["ForeignKey"] = true
			ref := con.Elements[0].Column
			args = append(args, "ForeignKey("+quote(ref.Table.Name+"."+ref.Name)+fkArgs(con)+")")
		}
	}
	if c.PrimaryKey {
		args = append(args, "primary_key=True")
	} else if !c.Nullable {
		args = append(args, "nullable=False")
	}
	for _, u := range t.Constraints {
		if u, ok := u.(*schema.Unique); ok && len(u.Columns) == 1 && u.Columns[0] == c {
			args = append(args, "unique=True")
		}
	}
	return "Column(" + strings.Join(args, ", ") + ")", nil
}

// tableArgs writes the constraints of more than one column, and the engine.
func (g *gen) tableArgs(t *schema.Table, engine string) []string {
	var out []string
	for _, con := range t.FKConstraints() {
		if len(con.Columns) < 2 {
			continue
		}
		g.sa["ForeignKeyConstraint"] = true
		var cols, refs []string
		for i, c := range con.Columns {
			cols = append(cols, quote(c.Name))
			ref := con.Elements[i].Column
			refs = append(refs, quote(ref.Table.Name+"."+ref.Name))
		}
		out = append(out, "ForeignKeyConstraint(["+strings.Join(cols, ", ")+"], ["+strings.Join(refs, ", ")+"]"+fkArgs(con)+")")
	}
	for _, u := range t.Constraints {
		if u, ok := u.(*schema.Unique); ok && len(u.Columns) > 1 {
			g.sa["UniqueConstraint"] = true
			var cols []string
			for _, c := range u.Columns {
				cols = append(cols, quote(c.Name))
			}
			out = append(out, "UniqueConstraint("+strings.Join(cols, ", ")+")")
		}
	}
	if engine != "" {
		out = append(out, "{\"mysql_engine\": "+quote(engine)+"}")
	}
	return out
}

// table writes an association table as a Core Table.
func (g *gen) table(t *schema.Table, engine string) (string, error) {
	g.sa["Table"] = true
	var b strings.Builder
	fmt.Fprintf(&b, "%s = Table(\n    %s,\n    Base.metadata,\n", secondaryVar(t), quote(t.Name))
	for _, c := range t.Columns {
		s, err := g.column(t, c, true)
		if err != nil {
			return "", err
		}
		b.WriteString("    " + s + ",\n")
	}
	for _, a := range g.tableArgs(t, "") {
		b.WriteString("    " + a + ",\n")
	}
	if engine != "" {
		b.WriteString("    mysql_engine=" + quote(engine) + ",\n")
	}
	b.WriteString(")\n")
	return b.String(), nil
}

func secondaryVar(t *schema.Table) string {
	name := attrName(t.Name)
	return strings.TrimSuffix(name, "_") + "_table"
}

func (g *gen) class(m *orm.Mapper, engine string) (string, error) {
	t := m.Table
	var b strings.Builder
	fmt.Fprintf(&b, "class %s(Base):\n    __tablename__ = %s\n", g.names[m], quote(t.Name))
	if args := g.tableArgs(t, engine); len(args) > 0 {
		if len(args) == 1 && strings.HasPrefix(args[0], "{") {
			b.WriteString("    __table_args__ = " + args[0] + "\n")
		} else {
			b.WriteString("    __table_args__ = (" + strings.Join(args, ", ") + ",)\n")
		}
	}
	b.WriteString("\n")
	keys := map[*schema.Column]string{}
	for _, c := range t.Columns {
		key := attrName(m.ColKey(c))
		keys[c] = key
		s, err := g.column(t, c, key != c.Name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "    %s = %s\n", key, s)
	}
	first := true
	for _, r := range m.Rels {
		if r.FromBackref {
			continue
		}
		if first {
			b.WriteString("\n")
			first = false
		}
		fmt.Fprintf(&b, "    %s = %s\n", r.Key, g.relationship(r, keys))
	}
	return b.String(), nil
}

// relationship writes relationship(...) with what makes r differ from the
// defaults, and its reverse side as backref(...) or back_populates.
func (g *gen) relationship(r *orm.Relationship, keys map[*schema.Column]string) string {
	g.orm["relationship"] = true
	args := []string{quote(g.names[r.Target])}
	if r.Secondary != nil {
		args = append(args, "secondary="+secondaryVar(r.Secondary))
	}
	if r.Direction == orm.ManyToOne {
		var local []string
		for _, p := range r.Pairs {
			local = append(local, keys[p[1]])
		}
		if g.ambiguous(r) {
			args = append(args, "foreign_keys=["+strings.Join(local, ", ")+"]")
		}
		if r.Target == r.Parent {
			var remote []string
			for _, p := range r.Pairs {
				remote = append(remote, keys[p[0]])
			}
			args = append(args, "remote_side=["+strings.Join(remote, ", ")+"]")
		}
	}
	args = append(args, options(r)...)
	if rev := r.Reverse; rev != nil {
		if rev.FromBackref {
			g.orm["backref"] = true
			args = append(args, "backref=backref("+strings.Join(append([]string{quote(rev.Key)}, options(rev)...), ", ")+")")
		} else {
			args = append(args, "back_populates="+quote(rev.Key))
		}
	}
	return "relationship(" + strings.Join(args, ", ") + ")"
}

// ambiguous reports whether the local table has more than one foreign key
// to the target's table, so the relationship must name its columns.
func (g *gen) ambiguous(r *orm.Relationship) bool {
	n := 0
	for _, con := range r.Parent.Table.FKConstraints() {
		if con.RefTable() == r.Target.Table {
			n++
		}
	}
	return n > 1
}

func options(r *orm.Relationship) []string {
	var out []string
	if r.Cascade != orm.DefaultCascade {
		out = append(out, "cascade="+quote(cascadeText(r.Cascade)))
	}
	switch r.PassiveDeletes {
	case orm.PassiveOn:
		out = append(out, "passive_deletes=True")
	case orm.PassiveAll:
		out = append(out, `passive_deletes="all"`)
	}
	if r.Lazy != "" && r.Lazy != "select" {
		out = append(out, "lazy="+quote(r.Lazy))
	}
	if r.ViewOnly {
		out = append(out, "viewonly=True")
	}
	return out
}

func cascadeText(c orm.Cascade) string {
	all := c.SaveUpdate && c.Merge && c.RefreshExpire && c.Expunge && c.Delete
	if !all {
		return strings.Join(c.Names(), ", ")
	}
	if c.DeleteOrphan {
		return "all, delete-orphan"
	}
	return "all"
}
