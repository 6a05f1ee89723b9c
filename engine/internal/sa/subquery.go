package sa

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// subqueryObj is select(...).subquery(name), Query.subquery() and
// union_all(...).subquery(): the SELECT read as a FROM item, (SELECT ...)
// AS anon_1; also a CTE (cte()) and, without a SELECT, Table.alias(). Its .c are the columns it exports, read through it
// (anon_1.id); aliased(Class, subq) reads a class's columns through it.
type subqueryObj struct{ f *sql.From }

func (s *subqueryObj) TypeName() string {
	switch {
	case s.f.CTE != nil:
		return "CTE"
	case s.f.Sub == nil:
		return "Alias" // Table.alias()
	case s.f.Sub.Lateral:
		return "Lateral"
	}
	return "Subquery"
}

// cols are the exported columns as column expressions read through it.
func (s *subqueryObj) cols() []*colAttr {
	out := make([]*colAttr, len(s.f.Table.Columns))
	for i, c := range s.f.Table.Columns {
		out[i] = &colAttr{col: c, as: s.f}
	}
	return out
}

func (s *subqueryObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "c", "columns":
		d := interp.NewDict()
		for _, c := range s.cols() {
			d.SetStr(c.col.Key, c)
		}
		return &namespace{name: "ReadOnlyColumnCollection", d: d}, true, nil
	case "name":
		if s.f.Name != "" { // an anonymous one's is a placeholder until compiled
			return s.f.Name, true, nil
		}
	}
	if s.f.CTE != nil {
		v, ok := s.cteAttr(name)
		return v, ok, nil
	}
	return nil, false, nil
}

// export is a column a subquery exports: its .c key, the anonymous name
// it is written by (nil: its key), the column whose type it has, and the
// columns it reads as they are, which an aliased() class reads through it.
type export struct {
	key     string
	anon    *sql.AnonName
	typ     *schema.Column
	origins []*schema.Column
}

// newSubquery makes stmt (a SELECT, a UNION of them, a textual SELECT) a
// subquery named name ("" for anon_N) exporting cols, keyed as .c keys
// them (a repeated key numbered: id_1).
func newSubquery(th *interp.Thread, stmt sql.Expr, cols []export, name string) (*subqueryObj, error) {
	sub := &sql.Subquery{S: stmt, Origin: map[*schema.Column]*schema.Column{}, Anon: map[*schema.Column]*sql.AnonName{}}
	table := schema.NewTable("anon", source.Span{})
	seen := map[string]int{}
	for _, x := range cols {
		key := x.key
		if seen[key]++; seen[key] > 1 {
			key = fmt.Sprintf("%s_%d", key, seen[key]-1)
		}
		col := &schema.Column{Name: key, Key: key, Nullable: true}
		if x.typ != nil {
			col.Type = x.typ.Type
		}
		if err := table.AddColumn(col); err != nil {
			return nil, unsupported(th, "a subquery of two columns named %s", key)
		}
		if x.anon != nil {
			sub.Anon[col] = x.anon
		}
		for _, o := range x.origins {
			if sub.Origin[o] == nil {
				sub.Origin[o] = col
			}
		}
	}
	return &subqueryObj{f: sql.NewSubquery(sub, table, name)}, nil
}

// exports is the query as the SELECT a subquery or a UNION writes and the
// columns it exports: under the names SQLAlchemy labels them with there,
// a column's name (numbered when repeated), a label's, and an anonymous
// name for an unlabeled expression (count(x) AS count_1, numbered once
// for the whole statement, inside and out).
func (q *selectObj) exports(th *interp.Thread) (*sql.Select, []export, error) {
	return q.exportsLabeled(th, false)
}

// exportsLabeled is exports(); legacy keeps a Query's own labels
// (<table>_<column>), as Query.union() writes the queries it combines.
func (q *selectObj) exportsLabeled(th *interp.Thread, legacy bool) (*sql.Select, []export, error) {
	s, types, err := q.subSelect(th, legacy)
	if err != nil {
		return nil, nil, err
	}
	out := make([]export, len(s.Cols))
	for i, x := range s.Cols {
		key, anon := exported(x)
		if l, ok := x.(sql.Label); ok && l.Ref == nil && anon != nil {
			// the same anonymous name wherever this column is read
			l.Ref, l.Anon = anon, ""
			s.Cols[i] = l
		} else if _, ok := x.(sql.Unary); ok {
			s.Cols[i] = sql.Label{X: x, Ref: anon} // labeled inside a FROM (asfrom)
		}
		out[i] = export{key: key, anon: anon, typ: types[i], origins: origins(x)}
	}
	return s, out, nil
}

// subSelect is the query as the SELECT a subquery writes, with the
// column whose type each selected column has (nil for none).
func (q *selectObj) subSelect(th *interp.Thread, legacy bool) (*sql.Select, []*schema.Column, error) {
	switch {
	case len(q.subs) > 0 || len(q.withPoly) > 0 || q.entity != nil && (q.entity.Inherits != nil || len(q.entity.Subs) > 0):
		return nil, nil, unsupported(th, "subquery() of a query of a class with mapped class inheritance")
	case len(q.deferred) > 0 || len(q.loaders) > 0 || len(q.polySelectin) > 0:
		return nil, nil, unsupported(th, "subquery() of a query with loader options")
	case q.entity != nil && len(q.cols) > 0:
		return nil, nil, unsupported(th, "subquery() of a query of entities and columns together")
	case q.stmt != nil:
		return nil, nil, unsupported(th, "subquery() of a from_statement() query")
	case len(q.bundles) > 0 || q.also != nil:
		return nil, nil, unsupported(th, "subquery() of a query of a Bundle or a dynamic relationship")
	case q.entity != nil && len(q.cols) > 0:
		return nil, nil, unsupported(th, "subquery() of a query of entities and columns together")
	}
	c := q.clone()
	c.legacy = legacy // Query.subquery() writes the 2.0 statement's names
	if err := c.unbound(th); err != nil {
		return nil, nil, err
	}
	s, ok := c.compile(false).(*sql.Select)
	var types []*schema.Column
	for _, e := range c.entities() {
		types = append(types, e.M.ColumnsInOrder()...)
	}
	for _, x := range c.cols {
		types = append(types, x.(operand).typeCol())
	}
	if !ok || len(types) != len(s.Cols) {
		return nil, nil, unsupported(th, "subquery() of this %s", q.TypeName())
	}
	return s, types, nil
}

// exported is the .c key a subquery gives the selected column x (its
// name, unless anon is set: the anonymous name it is written by).
func exported(x sql.Expr) (key string, anon *sql.AnonName) {
	switch x := x.(type) {
	case sql.Col:
		return x.C.Name, nil
	case sql.ACol:
		c := x.F.Column(x.C)
		if x.F.Sub != nil {
			return c.Name, x.F.Sub.Anon[c]
		}
		return c.Name, nil
	case sql.Label:
		switch {
		case x.Ref != nil: // a repeated column name: id_1
			return x.Ref.Base, x.Ref
		case x.Name != "":
			return strings.Trim(x.Name, `"`), nil
		case x.Anon != "":
			return x.Anon, &sql.AnonName{Base: x.Anon}
		}
	}
	return "_no_label", &sql.AnonName{Base: "anon"}
}

// origins are the columns of tables (and of subqueries read inside) that
// the selected column x reads as it is: an aliased() class reads them
// through the subquery.
func origins(x sql.Expr) []*schema.Column {
	switch x := x.(type) {
	case sql.Col:
		return []*schema.Column{x.C}
	case sql.ACol:
		c := x.F.Column(x.C)
		out := []*schema.Column{x.C, c}
		if x.F.Sub != nil {
			for o, e := range x.F.Sub.Origin {
				if e == c {
					out = append(out, o)
				}
			}
		}
		return out
	case sql.Label:
		// a column labeled (a repeated name, a Query's <table>_<column>,
		// label()) is still that column: its proxies correspond
		return origins(x.X)
	}
	return nil
}

// alias is aliased(cls, subq): the class's columns read through the
// subquery, each the column it exports for it, or with adapt_on_names the
// one of the same name.
func (s *subqueryObj) alias(th *interp.Thread, cls *interp.Class, m *orm.Mapper, name string, byName bool) (*aliasObj, error) {
	sub := s.f.Sub
	if sub == nil { // aliased(cls, table.alias()): its table under another name
		if m.Table != s.f.Table || m.Inherits != nil || len(m.Subs) > 0 {
			return nil, unsupported(th, "aliased(%s, alias) of an alias of other than its own table", m.Class)
		}
		return &aliasObj{cls: cls, m: m, as: s.f, key: name}, nil
	}
	for _, c := range m.ColumnsInOrder() {
		if sub.Origin[c] != nil {
			continue
		}
		if byName {
			if e := s.f.Table.Col(c.Name); e != nil {
				sub.Origin[c] = e // the subquery's own: any alias of it reads it so
				continue
			}
		}
		if c.PrimaryKey {
			return nil, unsupported(th, "aliased(%s, subquery) of a subquery that does not select %s.%s, a primary key column", m.Class, m.Class, m.ColKey(c))
		}
		// a column the subquery leaves out is not loaded, as a deferred one
	}
	return &aliasObj{cls: cls, m: m, as: s.f, key: name}, nil
}

// Str is str(subq): its SELECT alone, as str() of the statement writes it.
func (s *subqueryObj) Str(th *interp.Thread) (string, error) {
	if s.f.Sub == nil {
		return "", nil // a table's alias writes nothing outside a statement
	}
	return sql.String(s.f.Sub.S, false), nil
}

// subqueryFn is a statement's subquery([name]) method: of (stmt, the
// columns it exports), which stmt gives when it is called.
func subqueryFn(typeName string, stmt func(th *interp.Thread) (sql.Expr, []export, error)) *interp.Builtin {
	return fromFn(typeName, "subquery", stmt)
}

// fromFn is subquery([name]), or lateral([name]): a subquery that reads
// the FROM items before it, LATERAL (SELECT ...) AS anon_1.
func fromFn(typeName, method string, stmt func(th *interp.Thread) (sql.Expr, []export, error)) *interp.Builtin {
	return builtin(typeName+"."+method, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, method)
		name, _, err := a.str(0, "name")
		if err != nil {
			return nil, err
		}
		if err := a.check(1); err != nil {
			return nil, err
		}
		s, cols, err := stmt(th)
		if err != nil {
			return nil, err
		}
		sub, err := newSubquery(th, s, cols, name)
		if err == nil {
			sub.f.Sub.Lateral = method == "lateral"
		}
		return sub, err
	})
}
