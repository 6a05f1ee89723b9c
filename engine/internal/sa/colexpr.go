package sa

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// evalFn runs a SQL expression in Python on an object, as
// synchronize_session="evaluate" does; nil where SQLAlchemy's evaluator
// cannot (an UnevaluatableError).
type evalFn = func(st *orm.State) (any, error)

// operand is what a SQL operator applies to: a column attribute, or a
// column expression (User.lvl + 1, func.count(...), a label).
type operand interface {
	interp.Value
	ref() sql.Expr
	// typeCol is the column whose type converts a compared value and
	// decides what + means (|| for strings); nil for none.
	typeCol() *schema.Column
	// bindName is the name of a compared value's bind: a column's key,
	// "param" (as "") for any other expression.
	bindName() string
	evaluator() evalFn
}

func (c *colAttr) typeCol() *schema.Column { return c.col }
func (c *colAttr) bindName() string        { return c.col.Key }
func (c *colAttr) evaluator() evalFn {
	if c.m == nil || c.as != nil {
		return nil // only a mapped class's own attributes evaluate in Python
	}
	key := c.key
	return func(st *orm.State) (any, error) { return st.Get(key) }
}

// colExpr is a column expression that is not a comparison: arithmetic,
// concatenation, case().
type colExpr struct {
	e    sql.Expr
	col  *schema.Column
	ev   evalFn
	kind string // SQLAlchemy's class: BinaryExpression, Case
	// key names it in a select()'s rows: a selected relationship's name
	key string
	// named is the table column a cast() of it is labeled after
	named *schema.Column
}

func (x *colExpr) TypeName() string        { return x.kind }
func (x *colExpr) ref() sql.Expr           { return x.e }
func (x *colExpr) typeCol() *schema.Column { return x.col }
func (x *colExpr) bindName() string        { return "" }
func (x *colExpr) evaluator() evalFn       { return x.ev }

func (x *colExpr) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	return operate(th, x, op, other, right)
}
func (x *colExpr) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}
func (x *colExpr) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return operandAttr(th, x, name)
}
func (x *colExpr) Str(th *interp.Thread) (string, error) { return sql.String(x.e, false), nil }

// labelExpr is expr.label(name): selected as expr AS name; an operator
// applied to it applies to the expression (SQLAlchemy drops the label).
type labelExpr struct {
	x    operand
	name string
	// hybrid is Class.name when a hybrid_property gave this expression
	// (hybrid.go), which is how it prints
	hybrid string
}

func (l *labelExpr) Str(th *interp.Thread) (string, error) {
	if l.hybrid == "" {
		return "", unsupported(th, "str() of Label objects")
	}
	return l.hybrid, nil
}

func (l *labelExpr) TypeName() string        { return "Label" }
func (l *labelExpr) ref() sql.Expr           { return l.x.ref() }
func (l *labelExpr) typeCol() *schema.Column { return l.x.typeCol() }
func (l *labelExpr) bindName() string        { return "" } // a label's binds are param_N
func (l *labelExpr) evaluator() evalFn       { return l.x.evaluator() }
func (l *labelExpr) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	return operate(th, l, op, other, right)
}
func (l *labelExpr) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}
func (l *labelExpr) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "name" || name == "key" {
		return l.name, true, nil
	}
	return operandAttr(th, l, name)
}

// selected is a selected column as SQL: a label as expr AS name, an
// expression SQLAlchemy does not name as AS anon_N.
func selected(x operand) sql.Expr {
	switch x := x.(type) {
	case *labelExpr:
		return sql.Label{X: x.ref(), Name: x.name}
	case *colExpr:
		if x.named != nil {
			return sql.Label{X: x.ref(), Name: schema.Quote(x.named.Name)} // a cast column keeps its name
		}
		if u, ok := x.e.(sql.Unary); ok {
			// a unary of a named column has no label (_wraps_unnamed_column)
			switch u.X.(type) {
			case sql.Col, sql.ACol:
				return u
			}
		}
		return sql.Label{X: x.ref()}
	case *scalarSub:
		return sql.Label{X: x.ref()}
	}
	return x.ref()
}

func (f *funcExpr) ref() sql.Expr { return f.expr() }

// typeCol is the column whose type the function's result has: for max,
// min, sum and coalesce (ReturnTypeFromArgs) its first argument's that is
// not NULL (a Python value's type converts nothing), none for count and for
// a plain Function (NullType).
func (f *funcExpr) typeCol() *schema.Column {
	switch f.name {
	case "now", "current_timestamp":
		return dateTimeCol
	case "current_date":
		return dateCol
	}
	if !genericFuncs[f.name] || f.name == "count" {
		return nil
	}
	for _, a := range f.args {
		if x, ok := a.(*colExpr); !ok || x.kind != "Null" {
			return a.typeCol()
		}
	}
	return nil
}
func (f *funcExpr) bindName() string { return f.name }

// dateTimeCol and dateCol are the types of the clock's functions (now() is
// DateTime, current_date() Date), read back as SQLite's dialect parses them.
var (
	dateTimeCol = &schema.Column{Type: schema.Type{Name: "DateTime", Affinity: schema.AffDateTime}}
	dateCol     = &schema.Column{Type: schema.Type{Name: "Date", Affinity: schema.AffDate}}
)

// Str is str(func.count(x)): the function as the default dialect writes it.
func (f *funcExpr) Str(th *interp.Thread) (string, error) {
	if f.hybrid != "" {
		return "", unsupported(th, "str() of %s, a hybrid_property whose expression is a function", f.hybrid)
	}
	return sql.String(f.expr(), false), nil
}
func (f *funcExpr) evaluator() evalFn { return nil }
func (f *funcExpr) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	return operate(th, f, op, other, right)
}
func (f *funcExpr) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}
func (f *funcExpr) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "over":
		return builtin("over", f.over), true, nil
	case "type":
		return f.typ(th)
	}
	return operandAttr(th, f, name)
}

// typ is the function's .type: NullType for a plain Function, the
// registered function's own type, or for max, min, sum and coalesce
// (ReturnTypeFromArgs) its first argument's that is not NULL, known here
// only for a column.
func (f *funcExpr) typ(th *interp.Thread) (interp.Value, bool, error) {
	if !genericFuncs[f.name] {
		return &typeInst{t: schema.Type{Name: "NullType"}}, true, nil
	}
	if f.name == "count" {
		return &typeInst{t: schema.Type{Name: "Integer", Affinity: schema.AffInteger}}, true, nil
	}
	c := f.typeCol()
	switch f.name {
	case "now", "current_timestamp", "current_date", "max", "min", "sum", "coalesce":
	default:
		c = nil
	}
	for _, a := range f.args {
		if x, ok := a.(*colExpr); ok && x.kind == "Null" {
			continue
		}
		if _, ok := a.(*colAttr); !ok {
			c = nil // a bound value's type comes from the Python value
		}
		break
	}
	if c == nil {
		return nil, true, unsupported(th, "func.%s().type", f.name)
	}
	return &typeInst{t: c.Type}, true, nil
}

// over is FunctionElement.over(): the window function, of the function's
// type; its partition_by and order_by each one expression or a list.
func (f *funcExpr) over(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "over")
	o := sql.Over{F: f.expr()}
	for i, kw := range []string{"partition_by", "order_by"} {
		v, ok := a.get(-1, kw)
		if !ok || v == nil {
			continue
		}
		items := []interp.Value{v}
		switch l := v.(type) {
		case *interp.List:
			items = l.Items
		case interp.Tuple:
			items = l
		}
		for _, x := range items {
			var e sql.Expr
			switch x := x.(type) {
			case *orderExpr:
				e = x.o
			case operand:
				e = x.ref()
			default:
				return nil, unsupported(th, "over(%s=...) of %s", kw, th.TypeName(x))
			}
			if i == 0 {
				o.Partition = append(o.Partition, e)
			} else {
				o.OrderBy = append(o.OrderBy, e)
			}
		}
	}
	if err := a.check(0); err != nil {
		return nil, err
	}
	return &colExpr{e: o, col: f.typeCol(), kind: "Over"}, nil
}

// distinct is distinct(x) and x.distinct(): DISTINCT x, of x's type.
func distinct(th *interp.Thread, x interp.Value) (interp.Value, error) {
	o, ok := x.(operand)
	if !ok {
		return nil, unsupported(th, "distinct() of %s", th.TypeName(x))
	}
	return &colExpr{e: sql.Unary{Op: "DISTINCT", X: o.ref()}, col: o.typeCol(), kind: "UnaryExpression"}, nil
}

// bindOf is a value compared with or added to x, as a bind of x's type.
func bindOf(th *interp.Thread, x operand, v interp.Value) (sql.Expr, any, error) {
	col := x.typeCol()
	sv, err := colToSQL(th, col, v)
	if err != nil {
		return nil, nil, err
	}
	return sql.Bind{V: orm.ToDBCompared(col, sv), Name: x.bindName()}, sv, nil
}

// arith are the Python operators SQL arithmetic mirrors.
var arith = map[py.Op]string{py.Add: "+", py.Sub: "-", py.Mult: "*"}

// operate applies a Python operator to a column or column expression:
// a comparison, arithmetic, or + between strings (||).
func operate(th *interp.Thread, x operand, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if _, ok := cmpOps[op]; ok {
		return compare(th, x, op, other, right)
	}
	sqlOp, ok := arith[op]
	if !ok {
		return nil, false, nil
	}
	col := x.typeCol()
	text := col != nil && col.Type.Affinity == schema.AffText
	numeric := col != nil && (col.Type.Affinity == schema.AffInteger || col.Type.Affinity == schema.AffFloat || col.Type.Affinity == schema.AffNumeric)
	switch {
	case text && op == py.Add:
		sqlOp = "||"
	case text:
		return nil, true, unsupported(th, "the %s operator on a string column", op.Symbol())
	case col != nil && !numeric:
		return nil, true, unsupported(th, "the %s operator on a %s column", op.Symbol(), col.Type.Name)
	}
	var r sql.Expr
	var rev evalFn
	switch o := other.(type) {
	case operand:
		r, rev = o.ref(), o.evaluator()
		if oc := o.typeCol(); oc == nil || oc.Type.Affinity != col.Type.Affinity {
			rev = nil // the evaluator runs math and || on like types only
		}
	default:
		b, v, err := bindOf(th, x, other)
		if err != nil {
			return nil, true, err
		}
		r, rev = b, func(*orm.State) (any, error) { return v, nil }
	}
	l, lev := x.ref(), x.evaluator()
	if right {
		l, r, lev, rev = r, l, rev, lev
	}
	e := &colExpr{e: sql.Binary{L: l, R: r, Op: sqlOp}, col: col, kind: "BinaryExpression"}
	if lev != nil && rev != nil && col != nil {
		e.ev = func(st *orm.State) (any, error) {
			a, err := lev(st)
			if err != nil {
				return nil, err
			}
			b, err := rev(st)
			if err != nil || a == nil || b == nil {
				return nil, err
			}
			return pyArith(sqlOp, a, b), nil
		}
	}
	return e, true, nil
}

// pyArith is Python's +, - or * on two values the evaluator reads (both
// numbers, or for ||, both strings).
func pyArith(op string, a, b any) any {
	if op == "||" {
		as, _ := a.(string)
		bs, _ := b.(string)
		return as + bs
	}
	ai, aInt := a.(int64)
	bi, bInt := b.(int64)
	if aInt && bInt {
		switch op {
		case "+":
			return ai + bi
		case "-":
			return ai - bi
		}
		return ai * bi
	}
	af, _ := num(a)
	bf, _ := num(b)
	switch op {
	case "+":
		return af + bf
	case "-":
		return af - bf
	}
	return af * bf
}

// compare is x == other and the other comparisons.
func compare(th *interp.Thread, x operand, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	sqlOp := cmpOps[op]
	if right { // 5 == Parent.id: Python reflects to Parent.id == 5 with the mirrored operator
		sqlOp = map[string]string{"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}[sqlOp]
	}
	if isNull(x) {
		return nil, true, unsupported(th, "comparing null() with %s", th.TypeName(other))
	}
	if isNull(other) {
		other = nil // == null() is IS NULL, as == None
	}
	switch o := other.(type) {
	case operand:
		if !right && th.TypeName(x) == "ColumnClause" && th.TypeName(o) == "Column" {
			// Column subclasses ColumnClause: Python tries the right
			// operand's reflected comparison first (anon_1.cur = anon_1.prev)
			return compare(th, o, op, x, true)
		}
		return &sqlExpr{e: sql.Binary{L: x.ref(), R: o.ref(), Op: sqlOp}}, true, nil
	case *bindParam:
		return &sqlExpr{e: sql.Binary{L: x.ref(), R: o.param(x.typeCol()), Op: sqlOp}}, true, nil
	case *sqlExpr:
		if b, ok := o.e.(sql.Bool); ok { // == true()
			return &sqlExpr{e: sql.Binary{L: x.ref(), R: b, Op: sqlOp}}, true, nil
		}
		return nil, true, unsupported(th, "comparing a column with %s", o.TypeName())
	}
	col := x.typeCol()
	v, err := colToSQL(th, col, other)
	if err != nil {
		return nil, true, err
	}
	xev := x.evaluator()
	var ev evalFn
	if xev != nil {
		ev = func(st *orm.State) (any, error) {
			cur, err := xev(st)
			if err != nil {
				return nil, err
			}
			return compareSQL(cur, v, sqlOp), nil
		}
	}
	if v == nil && (sqlOp == "=" || sqlOp == "!=") {
		op := "IS"
		if sqlOp == "!=" {
			op = "IS NOT"
		}
		// == None is IS NULL, which the evaluator runs as Python's "is None"
		if ev != nil {
			ev = func(st *orm.State) (any, error) {
				cur, err := xev(st)
				if err != nil {
					return nil, err
				}
				return (cur == nil) == (op == "IS"), nil
			}
		}
		return &sqlExpr{e: sql.Binary{L: x.ref(), R: sql.Lit("NULL"), Op: op}, ev: ev}, true, nil
	}
	if b, isBool := v.(bool); isBool && (sqlOp == "=" || sqlOp == "!=") {
		// == True / != False is a literal true/false whatever the column's type
		// (default_comparator._boolean_compare), 1/0 on SQLite
		return &sqlExpr{e: sql.Binary{L: x.ref(), R: sql.Bool(b), Op: sqlOp}, ev: ev}, true, nil
	}
	return &sqlExpr{e: sql.Binary{L: x.ref(), R: sql.Bind{V: orm.ToDBCompared(col, v), Name: x.bindName()}, Op: sqlOp}, ev: ev}, true, nil
}

// likeOps are the pattern operators: their wildcards around the pattern,
// negation and case folding, and whether the evaluator runs them.
var likeOps = map[string]sql.Like{
	"like": {}, "not_like": {Not: true}, "notlike": {Not: true},
	"ilike": {ILike: true}, "not_ilike": {ILike: true, Not: true}, "notilike": {ILike: true, Not: true},
	"startswith": {Suf: true}, "endswith": {Pre: true}, "contains": {Pre: true, Suf: true},
}

// operandAttr is the methods every column and column expression has.
func operandAttr(th *interp.Thread, x operand, name string) (interp.Value, bool, error) {
	if l, ok := likeOps[name]; ok {
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return like(th, x, name, l, c)
		}), true, nil
	}
	switch name {
	case "concat":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, typeErr(th, "concat() takes 1 positional argument but %d were given", len(c.Args)+len(c.Kw))
			}
			if col := x.typeCol(); col == nil || col.Type.Affinity != schema.AffText {
				return nil, unsupported(th, "concat() of a column that is not a string")
			}
			v, _, err := operate(th, x, py.Add, c.Args[0], false) // || on a string column
			return v, err
		}), true, nil
	case "desc", "asc":
		return builtin(name, func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			return &orderExpr{o: sql.Order{X: x.ref(), Desc: name == "desc", Asc: name == "asc"}}, nil
		}), true, nil
	case "distinct":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, typeErr(th, "distinct() takes 1 positional argument but %d were given", 1+len(c.Args)+len(c.Kw))
			}
			return distinct(th, x)
		}), true, nil
	case "label":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "label")
			n, ok, err := a.str(0, "name")
			if err != nil {
				return nil, err
			}
			if err := a.check(1); err != nil {
				return nil, err
			}
			if !ok {
				return nil, unsupported(th, "label() without a name")
			}
			return &labelExpr{x: x, name: n}, nil
		}), true, nil
	case "between":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 2 || len(c.Kw) > 0 {
				return nil, unsupported(th, "between() with other than two bounds")
			}
			var bounds [2]sql.Expr
			for i, a := range c.Args {
				if o, ok := a.(operand); ok {
					bounds[i] = o.ref()
					continue
				}
				b, _, err := bindOf(th, x, a)
				if err != nil {
					return nil, err
				}
				bounds[i] = b
			}
			return &sqlExpr{e: sql.Between{X: x.ref(), Lo: bounds[0], Hi: bounds[1]}}, nil
		}), true, nil
	}
	return nil, false, nil
}

// like is x.like(pattern) and its kind; the evaluator runs startswith()
// and endswith() only, as SQLAlchemy's does.
func like(th *interp.Thread, x operand, name string, l sql.Like, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, name)
	p, _ := a.get(0, "other")
	esc, hasEsc := a.kw("escape")
	if err := a.check(1); err != nil {
		return nil, err
	}
	if hasEsc {
		s, ok := esc.(string)
		if !ok {
			return nil, unsupported(th, "%s(escape=%s)", name, th.TypeName(esc))
		}
		l.Escape = s
	}
	l.X = x.ref()
	var pv any
	if o, ok := p.(operand); ok {
		l.Pattern = o.ref()
	} else {
		b, v, err := bindOf(th, x, p)
		if err != nil {
			return nil, err
		}
		l.Pattern, pv = b, v
	}
	e := &sqlExpr{e: l}
	xev := x.evaluator()
	if (name == "startswith" || name == "endswith") && xev != nil && pv != nil {
		pat, _ := pv.(string)
		e.ev = func(st *orm.State) (any, error) {
			cur, err := xev(st)
			s, ok := cur.(string)
			if err != nil || !ok {
				return nil, err
			}
			if name == "startswith" {
				return len(s) >= len(pat) && s[:len(pat)] == pat, nil
			}
			return len(s) >= len(pat) && s[len(s)-len(pat):] == pat, nil
		}
	}
	return e, nil
}

// truth is true() or false(): 1 or 0 on SQLite, true or false in str().
func truth(v bool) *interp.Builtin {
	name := map[bool]string{true: "true", false: "false"}[v]
	return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args)+len(c.Kw) > 0 {
			return nil, typeErr(th, "%s() takes no arguments", name)
		}
		return truthExpr(v), nil
	})
}

// truthExpr is true() or false() as a clause; where() and filter() coerce
// a Python bool to it.
func truthExpr(v bool) *sqlExpr {
	return &sqlExpr{e: sql.Bool(v), ev: func(*orm.State) (any, error) { return v, nil }}
}

// literal is literal(value): the value as a bound parameter (:param_1)
// that can be selected, labeled and compared; only of values whose type
// converts nothing (int, str, float), so that no type is needed.
func literal(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "literal")
	v, ok := a.get(0, "value")
	if _, typed := a.kw("type_"); typed {
		return nil, unsupported(th, "literal(type_=...)")
	}
	if err := a.check(1); err != nil {
		return nil, err
	}
	if !ok {
		return nil, typeErr(th, "literal() missing 1 required positional argument: 'value'")
	}
	switch v := v.(type) {
	case int64, string, float64:
	case bool:
		// a Boolean parameter: sent as 1 or 0, read back as a bool
		col := &schema.Column{Name: "param", Key: "param", Type: schema.Type{Name: "Boolean", Affinity: schema.AffBool}, Nullable: true}
		return &colExpr{e: sql.Bind{V: orm.ToDB(col, v)}, col: col, kind: "BindParameter"}, nil
	default:
		return nil, unsupported(th, "literal() of %s", th.TypeName(v))
	}
	return &colExpr{e: sql.Bind{V: v}, kind: "BindParameter"}, nil
}

// caseExpr is case((condition, value), ..., else_=value).
func caseExpr(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	value := func(v interp.Value) (sql.Expr, *schema.Column, error) {
		if o, ok := v.(operand); ok {
			return o.ref(), o.typeCol(), nil
		}
		sv, err := pyToSQL(th, v)
		return sql.Bind{V: orm.ToDB(nil, sv)}, nil, err
	}
	x := sql.Case{}
	var col *schema.Column
	for i, a := range c.Args {
		w, ok := a.(interp.Tuple)
		if !ok || len(w) != 2 {
			return nil, unsupported(th, "case() of %s (give (condition, value) tuples)", th.TypeName(a))
		}
		cond, ok := w[0].(*sqlExpr)
		if !ok {
			return nil, unsupported(th, "a case() condition of %s", th.TypeName(w[0]))
		}
		v, vc, err := value(w[1])
		if err != nil {
			return nil, err
		}
		if i == 0 {
			col = vc
		}
		x.Whens = append(x.Whens, [2]sql.Expr{cond.e, v})
	}
	for _, kv := range c.Kw {
		if kv.Name != "else_" {
			return nil, unsupported(th, "case(%s=)", kv.Name)
		}
		v, _, err := value(kv.Value)
		if err != nil {
			return nil, err
		}
		x.Else = v
	}
	if len(x.Whens) == 0 {
		return nil, unsupported(th, "case() without a (condition, value) tuple")
	}
	return &colExpr{e: x, col: col, kind: "Case"}, nil
}

// valueOf is a value an UPDATE sets: a column expression (User.lvl + 1),
// or a Python value bound under the column's own name; with the evaluator
// that computes it for a matched object.
func valueOf(th *interp.Thread, col *schema.Column, v interp.Value) (sql.Expr, evalFn, error) {
	switch v := v.(type) {
	case operand:
		return v.ref(), v.evaluator(), nil
	case *bindParam:
		return v.param(col), nil, nil
	}
	sv, err := colToSQL(th, col, v)
	if err != nil {
		return nil, nil, err
	}
	return sql.Bind{V: orm.ToDB(col, sv), Name: col.Key, Fixed: true}, func(*orm.State) (any, error) { return sv, nil }, nil
}

// Str is str(update(...)) or str(delete(...)): the statement as the
// default dialect's string compiler writes it.
func (d *dmlObj) Str(th *interp.Thread) (string, error) {
	return sql.String(d.shown(), false), nil
}

// bindParam is bindparam(key[, value]): a parameter the execution's
// parameters fill by name.
type bindParam struct {
	name string
	v    any
	hasV bool
}

func (b *bindParam) TypeName() string { return "BindParameter" }

func newBindParam(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "bindparam")
	name, ok, err := a.str(0, "key")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, unsupported(th, "bindparam() without a name")
	}
	v, hasV := a.get(1, "value")
	if err := a.check(2); err != nil {
		return nil, err
	}
	sv, err := pyToSQL(th, v)
	if err != nil {
		return nil, err
	}
	return &bindParam{name: name, v: sv, hasV: hasV}, nil
}

// param is the parameter, typed by the column it is compared with or set.
func (b *bindParam) param(c *schema.Column) sql.Param {
	return sql.Param{Name: b.name, Col: c, Default: orm.ToDB(c, b.v), HasDefault: b.hasV}
}

// scalarSub is select(...).scalar_subquery(): a SELECT of one column used
// as a value.
type scalarSub struct{ q *selectObj }

func (s *scalarSub) TypeName() string { return "ScalarSelect" }

// ref is the subquery's SQL; a Query's columns are not labeled
// table_column there (Query.scalar_subquery() uses the 2.0 statement).
func (s *scalarSub) ref() sql.Expr {
	q := *s.q
	q.legacy = false
	return sql.Scalar{S: q.compile(false).(*sql.Select)}
}
func (s *scalarSub) typeCol() *schema.Column {
	if c, ok := s.q.cols[0].(operand); ok {
		return c.typeCol()
	}
	return nil
}
func (s *scalarSub) bindName() string  { return "" }
func (s *scalarSub) evaluator() evalFn { return nil }
func (s *scalarSub) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	return operate(th, s, op, other, right)
}
func (s *scalarSub) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}
func (s *scalarSub) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "correlate" {
		return builtin("ScalarSelect.correlate", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			q := s.q.clone()
			return &scalarSub{q: q}, q.correlateTo(th, c)
		}), true, nil
	}
	return operandAttr(th, s, name)
}
func (s *scalarSub) Str(th *interp.Thread) (string, error) { return sql.String(s.ref(), false), nil }

// compiledObj is stmt.compile(): its SQL as str() gives it, and params.
type compiledObj struct {
	rt    *Runtime
	stmt  sql.Expr
	qmark bool // compiled for a SQLite engine: ? parameters
}

func (c *compiledObj) TypeName() string {
	if c.qmark {
		return "SQLiteCompiler"
	}
	return "StrSQLCompiler"
}
func (c *compiledObj) Str(th *interp.Thread) (string, error) { return sql.String(c.stmt, c.qmark), nil }
func (c *compiledObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name != "params" {
		return nil, false, nil
	}
	names, vals := sql.Params(c.stmt)
	if names == nil && len(vals) == 0 {
		if _, n := sql.Compile(c.stmt); len(n) > 0 {
			return nil, true, unsupported(th, "compile().params of a statement with an IN list")
		}
	}
	d := interp.NewDict()
	for i, n := range names {
		if _, seen, _ := d.Get(th, n); !seen {
			d.SetStr(n, vals[i])
		}
	}
	return d, true, nil
}

// compileFn is a statement's compile([bind]): a SQLite engine as the bind
// compiles for SQLite.
func compileFn(th *interp.Thread, stmt func() (sql.Expr, error), rt *Runtime) *interp.Builtin {
	return builtin("compile", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, "compile")
		bind, hasBind := a.get(0, "bind")
		dialect, _ := a.get(1, "dialect")
		if _, isSQLite := dialect.(sqliteDialect); dialect != nil && !isSQLite {
			return nil, unsupported(th, "compile(dialect=%s)", th.TypeName(dialect))
		}
		if err := a.check(2); err != nil {
			return nil, err
		}
		if _, isEngine := bind.(*Engine); hasBind && bind != nil && !isEngine {
			return nil, unsupported(th, "compile() for %s", th.TypeName(bind))
		}
		s, err := stmt()
		if err != nil {
			return nil, err
		}
		return &compiledObj{rt: rt, stmt: s, qmark: hasBind && bind != nil || dialect != nil}, nil
	})
}

func hasParam(tmpl []any) bool {
	for _, p := range tmpl {
		if _, ok := p.(sql.Param); ok {
			return true
		}
	}
	return false
}

// bound fills a compiled statement's bindparam()s from the execution's
// parameters: nil, a dict, or a list of dicts (many: an executemany).
func bound(th *interp.Thread, tmpl []any, params interp.Value) (rows [][]any, many bool, err error) {
	sets := []interp.Value{params}
	if l, ok := params.(*interp.List); ok && len(l.Items) > 0 {
		sets, many = l.Items, len(l.Items) > 1
	}
	for n, p := range sets {
		d, isDict := p.(*interp.Dict)
		if p != nil && !isDict {
			return nil, false, unsupported(th, "statement parameters given as %s (use a dict or a list of dicts)", th.TypeName(p))
		}
		vals, missing, err := sql.FillParams(tmpl, func(p sql.Param) (any, bool, error) {
			if d == nil {
				return nil, false, nil
			}
			v, ok, err := d.Get(th, p.Name)
			if !ok || err != nil {
				return nil, false, err
			}
			sv, err := colToSQL(th, p.Col, v)
			return orm.ToDB(p.Col, sv), true, err
		})
		if err != nil {
			return nil, false, err
		}
		if missing != "" {
			group := ""
			if many {
				group = fmt.Sprintf(", in parameter group %d", n)
			}
			return nil, false, th.Raise(interp.ClassOf(exc.StatementError), "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '%s'%s", missing, group)
		}
		rows = append(rows, vals)
	}
	return rows, many, nil
}

// bundleObj is Bundle(name, *columns): its columns come back as one nested
// row under name.
type bundleObj struct {
	name string
	cols []interp.Value
}

func (b *bundleObj) TypeName() string { return "Bundle" }

type bundleSpan struct {
	b  *bundleObj
	at int // where its columns start in the select's
}

func newBundle(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Kw) > 0 {
		return nil, unsupported(th, "Bundle(%s=...)", c.Kw[0].Name)
	}
	if len(c.Args) < 1 {
		return nil, typeErr(th, "Bundle.__init__() missing 1 required positional argument: 'name'")
	}
	name, ok := c.Args[0].(string)
	if !ok {
		return nil, unsupported(th, "Bundle() named by %s", th.TypeName(c.Args[0]))
	}
	b := &bundleObj{name: name}
	for _, a := range c.Args[1:] {
		switch a.(type) {
		case *colAttr, *labelExpr, *colExpr, *funcExpr:
			b.cols = append(b.cols, a)
		default:
			return nil, unsupported(th, "Bundle() of %s", th.TypeName(a))
		}
	}
	return b, nil
}

// nestBundles folds each bundle's columns of every row into one row named
// by the bundle, with its columns' keys.
func (q *selectObj) nestBundles(res *resultObj) {
	keys := q.colKeys(res.orm)
	for _, ro := range res.data {
		var vals []interp.Value
		var names []string
		next := 0
		for _, sp := range q.bundles {
			for ; next < sp.at; next++ {
				vals, names = append(vals, ro.vals[next]), append(names, keys[next])
			}
			end := sp.at + len(sp.b.cols)
			vals = append(vals, &rowObj{vals: ro.vals[sp.at:end], names: keys[sp.at:end]})
			names = append(names, sp.b.name)
			next = end
		}
		for ; next < len(ro.vals); next++ {
			vals, names = append(vals, ro.vals[next]), append(names, keys[next])
		}
		ro.vals, ro.names = vals, names
	}
}

// listSelectError is the ArgumentError 2.0 raises for select([a, b]).
func listSelectError(th *interp.Thread, l *interp.List) error {
	reprs := make([]string, len(l.Items))
	for i, it := range l.Items {
		switch it := it.(type) {
		case *colAttr, *relAttr:
			if c, ok := it.(*colAttr); ok && c.m == nil {
				reprs[i], _ = th.Repr(c)
				break
			}
			// an attribute's repr is its object's: the address is the engine's own
			reprs[i] = "<sqlalchemy.orm.attributes.InstrumentedAttribute object at 0x7f0000000000>"
		default:
			r, err := th.Repr(it)
			if err != nil {
				r = "<" + th.TypeName(it) + " object at 0x7f0000000000>"
			}
			reprs[i] = r
		}
	}
	joined := strings.Join(reprs, ", ")
	return th.Raise(interp.ClassOf(exc.ArgumentError), "Column expression, FROM clause, or other columns clause element expected, got [%s]. Did you mean to say select(%s)?", joined, joined)
}

// literalCol is a column of literal SQL: literal_column("'x'"), a
// ColumnClause keyed and its binds named by its text, or a text() clause
// selected as a column (a TextClause: keyed by the cursor's name, which
// SQLite takes from the text, on a Connection; nameless in an ORM result,
// as SQLAlchemy's ORM gives it no key). Both are written as given, unlabeled.
type literalCol struct {
	sql  string
	text bool
}

func (l *literalCol) TypeName() string {
	if l.text {
		return "TextClause"
	}
	return "ColumnClause"
}
func (l *literalCol) ref() sql.Expr           { return sql.Lit(l.sql) }
func (l *literalCol) typeCol() *schema.Column { return nil }
func (l *literalCol) bindName() string        { return l.sql }
func (l *literalCol) evaluator() evalFn       { return nil }
func (l *literalCol) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if l.text {
		return nil, false, nil
	}
	return operate(th, l, op, other, right)
}
func (l *literalCol) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}
func (l *literalCol) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if l.text {
		return nil, false, nil
	}
	if name == "name" || name == "key" {
		return l.sql, true, nil
	}
	return operandAttr(th, l, name)
}
func (l *literalCol) Str(th *interp.Thread) (string, error) { return l.sql, nil }

// key is the literal column's key in a result: see literalCol.
func (l *literalCol) key(orm bool) string {
	if l.text && orm {
		return ""
	}
	return l.sql
}

// literalColumn is literal_column(text): a column of that SQL as written.
func literalColumn(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "literal_column")
	s, ok, err := a.str(0, "text")
	if err != nil {
		return nil, err
	}
	if _, typed := a.kw("type_"); typed {
		return nil, unsupported(th, "literal_column(type_=...)")
	}
	if err := a.check(1); err != nil {
		return nil, err
	}
	if !ok {
		return nil, typeErr(th, "literal_column() missing 1 required positional argument: 'text'")
	}
	return &literalCol{sql: s}, nil
}
