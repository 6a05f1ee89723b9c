package sa

import (
	"slices"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// existsOf is sqlalchemy.exists(*columns): EXISTS (SELECT * ...) or of the
// columns given, whose where() adds criteria; its FROM is what they read,
// less what an enclosing statement reads (correlation).
func (rt *Runtime) existsOf(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Kw) > 0 {
		return nil, unknownKw(th, "exists", c.Kw[0].Name)
	}
	s := &sql.Select{}
	for _, a := range c.Args {
		switch a := a.(type) {
		case *colAttr, *funcExpr, *colExpr:
			s.Cols = append(s.Cols, a.(operand).ref())
		default:
			return nil, unsupported(th, "exists() of %s", th.TypeName(a))
		}
	}
	if len(s.Cols) == 0 {
		s.Cols = []sql.Expr{sql.Lit("*")}
	}
	return existsClause(s), nil
}

// existsClause is EXISTS (s) as a criterion, s's FROM list the tables its
// columns and criteria read.
func existsClause(s *sql.Select) *sqlExpr {
	s.From = nil
	for _, x := range append(slices.Clone(s.Cols), s.Where) {
		for _, f := range sql.Froms(x) {
			if !hasFrom(s.From, f) {
				s.From = append(s.From, f)
			}
		}
	}
	return &sqlExpr{e: sql.Exists{S: s}, where: true}
}

// existsWhere is Exists.where(*criteria).
func (e *sqlExpr) existsWhere(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	s := *e.e.(sql.Exists).S
	for _, a := range c.Args {
		x, ok := a.(*sqlExpr)
		if !ok || x.text != nil {
			return nil, unsupported(th, "Exists.where() of %s", th.TypeName(a))
		}
		s.Where = sql.And(s.Where, x.e)
	}
	return existsClause(&s), nil
}

// existsOfQuery is Query.exists() (EXISTS (SELECT 1 ...)) and
// Select.exists() (EXISTS of the statement as it selects).
func (q *selectObj) existsOfQuery(th *interp.Thread) (interp.Value, error) {
	if err := q.unbound(th); err != nil {
		return nil, err
	}
	s, ok := q.compile(false).(*sql.Select)
	if !ok || s.Sub != nil {
		return nil, unsupported(th, "%s.exists() of this query", q.TypeName())
	}
	if q.legacy {
		s.Cols = []sql.Expr{sql.Lit("1")}
	}
	return &sqlExpr{e: sql.Exists{S: s}}, nil
}

// boolCol types what an EXISTS selected returns: a bool.
var boolCol = &schema.Column{Type: schema.Type{Name: "Boolean", Affinity: schema.AffBool}}

// selectedExists is a clause selected as a column, a boolean: an EXISTS,
// a comparison (anon_1 unless labeled); not a text() clause.
func selectedExists(e *sqlExpr) (*colExpr, bool) {
	x := e.e
	if n, ok := x.(sql.Not); ok {
		x = n.X
	}
	switch x.(type) {
	case sql.Exists, sql.Binary, sql.Like:
		return &colExpr{e: e.e, col: boolCol, kind: e.TypeName()}, e.text == nil
	}
	return nil, false
}
