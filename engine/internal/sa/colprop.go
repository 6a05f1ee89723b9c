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
	x := &colExpr{e: p.x.ref(), col: p.x.typeCol(), kind: "InstrumentedAttribute"}
	cls.Dict.SetStr(key, &refusedAttr{class: x, thing: "the column_property() attribute " + cls.Name + "." + key + " on an object"})
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

// refusedAttr is a mapped attribute the engine does not build on objects
// (a composite(), a column_property() expression): read on an object, set
// or deleted it is refused; read on the class it is class (nil: refused).
type refusedAttr struct {
	class interp.Value
	thing string
}

func (r *refusedAttr) TypeName() string { return "InstrumentedAttribute" }
func (r *refusedAttr) Get(th *interp.Thread, obj interp.Value, cls *interp.Class) (interp.Value, error) {
	if obj == nil && r.class != nil {
		return r.class, nil
	}
	return nil, unsupported(th, "%s", r.thing)
}
func (r *refusedAttr) Set(th *interp.Thread, obj, v interp.Value) error {
	return unsupported(th, "%s", r.thing)
}
func (r *refusedAttr) Delete(th *interp.Thread, obj interp.Value) error {
	return unsupported(th, "%s", r.thing)
}

// compositeDef is composite(Class, *columns) as written.
type compositeDef struct {
	cls  interp.Value // nil: the Mapped[] annotation names it
	cols []*columnDef
	span source.Span
}

func (c *compositeDef) TypeName() string { return "Composite" }

func newComposite(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	d := &compositeDef{span: c.Span}
	for i, a := range c.Args {
		switch a := a.(type) {
		case *columnDef:
			if a.name == "" {
				return nil, unsupported(th, "composite() of a column without a name")
			}
			d.cols = append(d.cols, a)
		case *interp.Class:
			if i != 0 {
				return nil, unsupported(th, "composite() with a class after its columns")
			}
			d.cls = a
		default:
			return nil, unsupported(th, "composite() of a %s", th.TypeName(a))
		}
	}
	a := newArgs(th, c, "composite")
	for _, k := range []string{"comparator_factory", "info", "doc", "active_history"} {
		a.kw(k)
	}
	if err := a.check(len(c.Args)); err != nil {
		return nil, err
	}
	return d, nil
}

// scan adds the composite's columns to the class's, typed (when they have
// no type) by the composite class's dataclass fields in order, as
// _CompositeProperty._setup_for_dataclass does.
func (d *compositeDef) scan(th *interp.Thread, mp *mapped, cols *[]colEntry, cls *interp.Class, key string, ann interp.Value, hasAnn bool) error {
	target := d.cls
	if target == nil && hasAnn {
		if g, ok := ann.(*interp.Generic); ok && g.Origin == "Mapped" && len(g.Args) == 1 {
			target = g.Args[0]
		}
	}
	var fields []interp.Value
	if tc, ok := target.(*interp.Class); ok && tc.Body != nil {
		for _, k := range tc.Body.Names {
			if a, ok := tc.Body.Annotations[k]; ok {
				fields = append(fields, a)
			}
		}
	}
	for i, cd := range d.cols {
		if !cd.typed && i < len(fields) {
			if err := mp.reg.applyAnnotation(th, cd, &interp.Generic{Origin: "Mapped", Args: []interp.Value{fields[i]}}, d.span); err != nil {
				return err
			}
		}
		*cols = append(*cols, colEntry{key: cd.name, cd: cd})
	}
	if mp.refusal == nil {
		mp.refusal = exc.Unsupported(d.span, "loading or saving a class with a composite() attribute ("+key+")")
	}
	cls.Dict.SetStr(key, &refusedAttr{thing: "composite() attribute " + cls.Name + "." + key})
	return nil
}
