package sa

import (
	"slices"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// compoundObj is union(), union_all(), except_(), intersect() and their
// _all forms (and the methods of the same names of select()): the SELECTs
// one after the other, with an ORDER BY of the whole.
type compoundObj struct {
	rt    *Runtime
	op    string
	sels  []*selectObj
	order []sql.Expr
	// legacy: Query.union(), whose queries keep their own labels
	legacy bool
}

func (u *compoundObj) TypeName() string { return "CompoundSelect" }

// compoundOps are the functions' SQL keywords.
var compoundOps = map[string]string{"union": "UNION", "union_all": "UNION ALL", "except_": "EXCEPT", "except_all": "EXCEPT ALL", "intersect": "INTERSECT", "intersect_all": "INTERSECT ALL"}

// newCompound is union(*selects) and its kind; first, when given, is the
// select whose method it is.
func (rt *Runtime) newCompound(name string, first *selectObj) *interp.Builtin {
	return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Kw) > 0 {
			return nil, unsupported(th, "%s(%s=...)", name, c.Kw[0].Name)
		}
		u := &compoundObj{rt: rt, op: compoundOps[name]}
		if first != nil {
			u.sels = append(u.sels, first)
		}
		for _, a := range c.Args {
			q, ok := a.(*selectObj)
			if !ok || q.legacy {
				return nil, unsupported(th, "%s() of %s", name, th.TypeName(a))
			}
			u.sels = append(u.sels, q)
		}
		if len(u.sels) == 0 {
			return nil, unsupported(th, "%s() of no SELECT", name)
		}
		return u, nil
	})
}

// stmt is the compound statement and the columns it exports: the first
// SELECT's, each reading the columns of every SELECT at its place.
func (u *compoundObj) stmt(th *interp.Thread) (*sql.Compound, []export, error) {
	out := &sql.Compound{Op: u.op, OrderBy: u.order}
	var cols []export
	for i, q := range u.sels {
		s, ex, err := q.exportsLabeled(th, u.legacy)
		if err != nil {
			return nil, nil, err
		}
		if s.Limit != nil || s.Offset != nil || len(s.OrderBy) > 0 {
			return nil, nil, unsupported(th, "a SELECT with ORDER BY, LIMIT or OFFSET inside %s", u.op)
		}
		out.Selects = append(out.Selects, s)
		if i == 0 {
			cols = ex
			continue
		}
		if len(ex) != len(cols) {
			return nil, nil, th.Raise(interp.ClassOf(exc.CompileError), "All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has %d columns, select #%d has %d", len(cols), i+1, len(ex))
		}
		for j := range ex {
			cols[j].origins = append(cols[j].origins, ex[j].origins...)
		}
	}
	return out, cols, nil
}

func (u *compoundObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "subquery", "cte":
		fn := subqueryFn
		if name == "cte" {
			fn = cteFn
		}
		return fn("CompoundSelect", func(th *interp.Thread) (sql.Expr, []export, error) { return u.stmt(th) }), true, nil
	case "order_by":
		return builtin("CompoundSelect.order_by", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			_, cols, err := u.sels[0].exports(th) // a compound's columns are its first SELECT's
			if err != nil {
				return nil, err
			}
			n := *u
			n.order = append([]sql.Expr(nil), u.order...)
			for _, a := range c.Args {
				o, err := compoundOrder(th, a, cols)
				if err != nil {
					return nil, err
				}
				n.order = append(n.order, o)
			}
			return &n, nil
		}), true, nil
	}
	return nil, false, nil
}

// compoundOrder is an ORDER BY term of a compound statement: a column it
// selects, written by its name there (ORDER BY id).
func compoundOrder(th *interp.Thread, v interp.Value, cols []export) (sql.Expr, error) {
	o := sql.Order{}
	switch x := v.(type) {
	case *orderExpr:
		o = x.o
	case *colAttr:
		o.X = x.ref()
	default:
		return nil, unsupported(th, "order_by() of %s on a compound SELECT", th.TypeName(v))
	}
	var col *schema.Column
	switch x := o.X.(type) {
	case sql.Col:
		col = x.C
	case sql.ACol:
		col = x.C
	}
	for _, e := range cols {
		if e.anon == nil && col != nil && slices.Contains(e.origins, col) {
			o.X = sql.Lit(schema.Quote(e.key))
			return o, nil
		}
	}
	return nil, unsupported(th, "order_by() on a compound SELECT of other than a column it selects")
}

// Str is str(union(...)).
func (u *compoundObj) Str(th *interp.Thread) (string, error) {
	s, _, err := u.stmt(th)
	if err != nil {
		return "", err
	}
	return u.rt.str(th, s, false)
}

// run executes a compound of column SELECTs: its rows are the first
// SELECT's columns.
func (u *compoundObj) run(th *interp.Thread, e *Engine, s *sessionObj, params interp.Value) (interp.Value, error) {
	first := u.sels[0]
	if first.entity != nil {
		return nil, unsupported(th, "executing a %s of entities (select(Class).from_statement() reads them)", u.op)
	}
	stmt, _, err := u.stmt(th)
	if err != nil {
		return nil, err
	}
	if s != nil {
		if err := s.s.AutoflushNow(); err != nil {
			return nil, u.rt.raise(th, err)
		}
	}
	return first.runColumns(th, e, s, stmt, params)
}

// statement is what from_statement() and a subquery read: a SELECT, a
// compound of them or a textual SELECT, with the columns it exports.
func statement(th *interp.Thread, v interp.Value) (sql.Expr, []export, error) {
	switch v := v.(type) {
	case *selectObj:
		return v.exports(th)
	case *compoundObj:
		return v.stmt(th)
	case *textSelect:
		return v.stmt(), v.exports(), nil
	}
	return nil, nil, unsupported(th, "from_statement() of %s", th.TypeName(v))
}

// fromStatement is select(Class).from_statement(stmt): the objects load
// from stmt's rows, which must select the class's columns in its order.
func (q *selectObj) fromStatement(th *interp.Thread, v interp.Value) error {
	stmt, cols, err := statement(th, v)
	if err != nil {
		return err
	}
	m := q.entity
	if m == nil || q.as != nil || len(q.more) > 0 || len(q.where) > 0 || len(q.joins) > 0 || m.Inherits != nil || len(m.Subs) > 0 {
		return unsupported(th, "from_statement() in other than a select() of one mapped class without inheritance")
	}
	mcols := m.ColumnsInOrder()
	ok := len(cols) == len(mcols)
	for i := 0; ok && i < len(cols); i++ {
		ok = slices.Contains(cols[i].origins, mcols[i])
	}
	if !ok {
		return unsupported(th, "from_statement() of a statement that does not select %s's columns in their order", m.Class)
	}
	q.stmt = stmt
	return nil
}

// textSelect is text(...).columns(col, ...): the SQL as written, selecting
// those columns in that order (a TextualSelect).
type textSelect struct {
	t    *textObj
	cols []*colAttr
}

func (t *textSelect) TypeName() string { return "TextualSelect" }

func (t *textSelect) stmt() sql.Expr {
	q, names := textBinds(t.t.sql)
	return sql.Text{Src: t.t.sql, Q: q, Names: names}
}

// exports are the columns given, under their names.
func (t *textSelect) exports() []export {
	out := make([]export, len(t.cols))
	for i, c := range t.cols {
		out[i] = export{key: c.col.Name, typ: c.col, origins: []*schema.Column{c.col}}
	}
	return out
}

// textColumns is TextClause.columns(*cols): only of column attributes, on
// a text() without bound parameters.
func (t *textObj) textColumns(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Kw) > 0 {
		return nil, unsupported(th, "TextClause.columns(%s=...)", c.Kw[0].Name)
	}
	if _, names := textBinds(t.sql); len(names) > 0 {
		return nil, unsupported(th, "TextClause.columns() of a text() with bound parameters")
	}
	ts := &textSelect{t: t}
	for _, a := range c.Args {
		col, ok := a.(*colAttr)
		if !ok || col.as != nil {
			return nil, unsupported(th, "TextClause.columns() of %s", th.TypeName(a))
		}
		ts.cols = append(ts.cols, col)
	}
	return ts, nil
}

func (t *textSelect) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name != "subquery" {
		return nil, false, nil
	}
	return subqueryFn("TextualSelect", func(*interp.Thread) (sql.Expr, []export, error) { return t.stmt(), t.exports(), nil }), true, nil
}

// legacyCompound is Query.union(*queries) and its kind: a Query of the same
// entities read from the compound of the queries as an anonymous subquery
// (Query._from_selectable).
func (q *selectObj) legacyCompound(th *interp.Thread, name string, c *interp.Call) (interp.Value, error) {
	if len(c.Kw) > 0 {
		return nil, typeErr(th, "%s() got an unexpected keyword argument '%s'", name, c.Kw[0].Name)
	}
	u := &compoundObj{rt: q.rt, op: compoundOps[name], sels: []*selectObj{q}, legacy: true}
	for _, a := range c.Args {
		o, ok := a.(*selectObj)
		if !ok || !o.legacy {
			return nil, unsupported(th, "Query.%s() of %s", name, th.TypeName(a))
		}
		u.sels = append(u.sels, o)
	}
	for _, o := range u.sels {
		if len(o.cols) > 0 || o.entity == nil {
			return nil, unsupported(th, "Query.%s() of a query of columns", name)
		}
		for _, e := range o.entities() {
			if e.As != nil || e.M.Inherits != nil || len(e.M.Subs) > 0 {
				return nil, unsupported(th, "Query.%s() of a query of an aliased entity (another union()) or of mapped class inheritance", name)
			}
		}
	}
	stmt, cols, err := u.stmt(th)
	if err != nil {
		return nil, err
	}
	sub, err := newSubquery(th, stmt, cols, "")
	if err != nil {
		return nil, err
	}
	out := &selectObj{rt: q.rt, legacy: true, sess: q.sess}
	for _, e := range q.entities() {
		a, err := sub.alias(th, q.rt.classOfMapper(e.M), e.M, "", false)
		if err != nil {
			return nil, err
		}
		if err := out.addEntity(th, a.entity()); err != nil {
			return nil, err
		}
	}
	return out, nil
}
