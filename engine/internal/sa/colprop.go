package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// colPropDef is column_property(...) or deferred(...) as written (a
// MappedSQLExpression): a table column under another attribute name, or a
// SQL expression the mapper would select with the class's columns.
type colPropDef struct {
	x        operand // the column or expression
	deferred bool
	span     source.Span
}

func (p *colPropDef) TypeName() string { return "MappedSQLExpression" }

// Attr gives .expression, the SQL it maps (to compose further properties).
func (p *colPropDef) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "expression" {
		return p.x, true, nil
	}
	return nil, false, nil
}

// newColProp is column_property(column, deferred=False, group=None, ...)
// and deferred(column, group=None, raiseload=False).
func newColProp(fn string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 {
			return nil, unsupported(th, "%s() of %d columns", fn, len(c.Args))
		}
		x, ok := c.Args[0].(operand)
		if !ok {
			return nil, unsupported(th, "%s() of a %s", fn, th.TypeName(c.Args[0]))
		}
		a := newArgs(th, c, fn)
		p := &colPropDef{x: x, deferred: fn == "deferred", span: c.Span}
		if fn == "column_property" {
			d, err := a.boolean("deferred", false)
			if err != nil {
				return nil, err
			}
			p.deferred = d
		}
		for _, k := range []string{"group", "doc", "info", "comparator_factory", "active_history", "expire_on_flush"} {
			a.kw(k)
		}
		if v, ok := a.kw("raiseload"); ok && v != false {
			return nil, unsupported(th, "%s(raiseload=True)", fn)
		}
		if err := a.check(1); err != nil {
			return nil, err
		}
		return p, nil
	}
}

// tableColumn is the table column a property maps as it is (a Core column
// or a mapped_column() of the class body), nil for an expression.
func (p *colPropDef) tableColumn() *schema.Column {
	switch x := p.x.(type) {
	case *colAttr:
		if x.m == nil && x.as == nil {
			return x.col
		}
	case *columnDef:
		return x.column()
	}
	return nil
}

// mapExpr gives the mapped class attribute key for a SQL expression
// property: comparing or selecting it writes the expression; loading the
// class is refused.
func mapExpr(cls *interp.Class, m *orm.Mapper, key string, p *colPropDef) {
	cls.Dict.SetStr(key, &colExpr{e: p.x.ref(), col: p.x.typeCol(), kind: "InstrumentedAttribute"})
	if m.Refusal == nil {
		m.Refusal = exc.Unsupported(p.span, "loading a class that maps a SQL expression with column_property() or deferred() (attribute "+key+")")
	}
}

// column is the table column the definition becomes: made when a SQL
// expression first refers to the definition in the class body, filled in
// when the table is built.
func (cd *columnDef) column() *schema.Column {
	if cd.col == nil {
		cd.col = &schema.Column{Name: cd.name, Key: cd.name, Type: cd.typ, Typed: cd.typed}
		cd.pending = true
	}
	return cd.col
}

// columnDef is an operand in the class body (firstname + " " + lastname):
// a column whose type may come later, from its annotation.
func (cd *columnDef) ref() sql.Expr { return sql.Col{C: cd.column()} }
func (cd *columnDef) typeCol() *schema.Column {
	if !cd.typed {
		return nil
	}
	return cd.column()
}
func (cd *columnDef) bindName() string  { return cd.name }
func (cd *columnDef) evaluator() evalFn { return nil }

// Binary builds SQL; a column without a type yet takes a string operand's
// (NullType adapts to the other side: + becomes ||).
func (cd *columnDef) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if _, isStr := other.(string); isStr && !cd.typed {
		return operate(th, &untypedCol{cd}, op, other, right)
	}
	return operate(th, cd, op, other, right)
}
func (cd *columnDef) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

// untypedCol is a column without a type met with a string.
type untypedCol struct{ *columnDef }

var stringCol = &schema.Column{Type: schema.Type{Name: "String", Affinity: schema.AffText}}

func (u *untypedCol) typeCol() *schema.Column { return stringCol }

// undeferGroup is undefer_group(name): it loads the columns deferred in
// group name; the engine refuses to load a class with deferred columns,
// so on the classes it loads the option changes nothing.
type undeferGroup struct{ name string }

func (undeferGroup) TypeName() string { return "_WildcardLoad" }

func newUndeferGroup(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, typeErr(th, "undefer_group() takes 1 positional argument but %d were given", len(c.Args)+len(c.Kw))
	}
	name, ok := c.Args[0].(string)
	if !ok {
		return nil, unsupported(th, "undefer_group() of a %s", th.TypeName(c.Args[0]))
	}
	return undeferGroup{name}, nil
}
