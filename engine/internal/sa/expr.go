package sa

import (
	"cascadelab/engine/internal/py"
	"slices"
	"strings"
	"time"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// colAttr is a mapped column attribute on the class (Parent.id) or a Core
// column (table.c.id); comparing it builds SQL.
type colAttr struct {
	col *schema.Column
	m   *orm.Mapper // nil for a Core column
	key string
	as  *sql.From // the alias it is read through (an aliased() class's attribute)
	// foreign and remote are foreign(col) and remote(col), annotations
	// for a relationship's primaryjoin
	foreign, remote bool
	// hybrid is Class.name when a hybrid_property on the class gave this
	// column as its expression (hybrid.go)
	hybrid string
}

// ref is the column as SQL: table.col, or alias.col.
func (c *colAttr) ref() sql.Expr {
	if c.as != nil {
		return c.as.Of(c.col)
	}
	return sql.Col{C: c.col, Foreign: c.foreign, Remote: c.remote}
}

// annotate is foreign(col) or remote(col): the column marked for a
// relationship's primaryjoin as the referencing or the remote side.
func annotate(kind string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, th.Raise(interp.TypeError, "%s() takes 1 positional argument but %d were given", kind, len(c.Args)+len(c.Kw))
		}
		if cd, ok := c.Args[0].(*columnDef); ok { // a Column or MappedColumn in the class body
			c.Args[0] = &colAttr{col: cd.column()}
		}
		col, ok := c.Args[0].(*colAttr)
		if !ok || col.as != nil {
			return nil, unsupported(th, "%s() of %s (only of a column attribute)", kind, th.TypeName(c.Args[0]))
		}
		out := *col
		if kind == "foreign" {
			out.foreign = true
		} else {
			out.remote = true
		}
		return &out, nil
	}
}

// from is the table or alias the column is read from.
func (c *colAttr) from() *sql.From {
	if c.as != nil {
		return c.as
	}
	return sql.Table(c.col.Table)
}

func (c *colAttr) TypeName() string {
	if c.foreign || c.remote {
		return "AnnotatedColumn" // foreign() and remote() annotate the table column
	}
	if c.m == nil {
		return columnClass(c)
	}
	return "InstrumentedAttribute"
}

// columnClass is the Python class of a Core column: a table's (or a table
// alias's) is a Column, and so is a subquery's column that proxies one, as
// Label._make_proxy keeps it; a subquery's other columns are ColumnClause.
func columnClass(c *colAttr) string {
	f, col := c.as, c.col
	for f != nil && f.Sub != nil {
		s, ok := f.Sub.S.(*sql.Select)
		i := slices.Index(f.Table.Columns, col)
		if !ok || i < 0 || i >= len(s.Cols) {
			break
		}
		x := s.Cols[i]
		for l, ok := x.(sql.Label); ok; l, ok = x.(sql.Label) {
			x = l.X
		}
		switch x := x.(type) {
		case sql.Col:
			return "Column"
		case sql.ACol:
			f, col = x.F, x.F.Column(x.C)
		default:
			return "ColumnClause"
		}
	}
	return "Column"
}

// Repr of a Core column is Column(...); a mapped attribute's repr carries
// an address the engine does not have.
func (c *colAttr) Repr(th *interp.Thread) (string, error) {
	if c.m != nil {
		return "", unsupported(th, "repr() of a mapped attribute")
	}
	if c.as != nil {
		return "", unsupported(th, "repr() of a subquery's column")
	}
	return coreColumnRepr(th, c.col)
}

var cmpOps = map[py.Op]string{py.Eq: "=", py.NotEq: "!=", py.Lt: "<", py.LtE: "<=", py.Gt: ">", py.GtE: ">="}

// sqlExpr is a SQL boolean expression, with a Python evaluator when
// synchronize_session="evaluate" can run it (nil when it cannot).
type sqlExpr struct {
	e  sql.Expr
	ev func(st *orm.State) (any, error)
	// hybrid is Class.name when a hybrid_property gave this expression
	hybrid string
	// text is a text() clause given to filter(): its binds take the
	// values of the query's params() when it runs
	text *textObj
	// where: an exists() clause, which where() adds criteria to
	where bool
}

func (e *sqlExpr) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch {
	case name == "where" && e.where:
		return builtin("Exists.where", e.existsWhere), true, nil
	case name == "label" && e.text == nil:
		// a criterion selected under a name: a boolean column
		return builtin(e.TypeName()+".label", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "label")
			n, _, err := a.str(0, "name")
			if err != nil {
				return nil, err
			}
			if err := a.check(1); err != nil {
				return nil, err
			}
			return &labelExpr{x: &colExpr{e: e.e, col: boolCol, kind: e.TypeName()}, name: n}, nil
		}), true, nil
	}
	return nil, false, nil
}

func (s *sqlExpr) TypeName() string {
	switch e := s.e.(type) {
	case sql.Conj:
		return "BooleanClauseList"
	case sql.Bool:
		return map[sql.Bool]string{true: "True_", false: "False_"}[e]
	case sql.Exists:
		return "Exists"
	}
	return "BinaryExpression"
}

func (c *colAttr) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	return operate(th, c, op, other, right)
}

// Unary gives ~col: a Boolean column is false (col = 0 on SQLite, whose
// booleans are not native; SQLAlchemy evaluates it no further), any other
// NOT col.
func (c *colAttr) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	if op != py.Invert {
		return nil, false, nil
	}
	if c.col.Type.Affinity == schema.AffBool {
		return &sqlExpr{e: sql.IsFalse{X: c.ref()}}, true, nil
	}
	e := &sqlExpr{e: sql.Not{X: c.ref()}}
	if ev := c.evaluator(); ev != nil {
		e.ev = func(st *orm.State) (any, error) { // Python's not value, None kept
			v, err := ev(st)
			if v == nil || err != nil {
				return nil, err
			}
			t, err := th.Truth(v)
			return !t, err
		}
	}
	return e, true, nil
}

// compareSQL evaluates a comparison the way SQLAlchemy's evaluator does in
// Python (None compares as unknown).
func compareSQL(a, b any, op string) any {
	if a == nil || b == nil {
		switch op {
		case "=":
			if a == nil && b == nil {
				return true
			}
			return nil
		case "!=":
			return nil
		}
		return nil
	}
	c, ok := cmp3(a, b)
	if !ok {
		switch op {
		case "=":
			return false
		case "!=":
			return true
		}
		return nil
	}
	switch op {
	case "=":
		return c == 0
	case "!=":
		return c != 0
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	case ">=":
		return c >= 0
	}
	return nil
}

func num(v any) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func cmp3(a, b any) (int, bool) {
	if x, ok := num(a); ok {
		if y, ok := num(b); ok {
			switch {
			case x < y:
				return -1, true
			case x > y:
				return 1, true
			}
			return 0, true
		}
		return 0, false
	}
	if ta, ok := a.(time.Time); ok {
		tb, ok := b.(time.Time)
		if !ok {
			return 0, false
		}
		return ta.Compare(tb), true
	}
	x, ok1 := a.(string)
	y, ok2 := b.(string)
	if !ok1 || !ok2 {
		return 0, false
	}
	switch {
	case x < y:
		return -1, true
	case x > y:
		return 1, true
	}
	return 0, true
}

func (c *colAttr) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "in_", "not_in", "notin_":
		if name == "notin_" { // the 1.x name, kept by 2.0
			name = "not_in"
		}
		return builtin(name, func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if len(call.Args) != 1 {
				return nil, typeErr(th, "%s() takes a list of values", name)
			}
			op := "IN"
			if name == "not_in" {
				op = "NOT IN"
			}
			var sel *selectObj
			switch a := call.Args[0].(type) {
			case *selectObj:
				sel = a
			case *scalarSub:
				sel = a.q
			case *subqueryObj: // SQLAlchemy selects its columns (and warns)
				sel = &selectObj{}
				for _, c := range a.cols() {
					if err := sel.addCol(th, c); err != nil {
						return nil, err
					}
				}
			}
			if sel != nil {
				if err := sel.lateRefusal(th); err != nil {
					return nil, err
				}
				return &sqlExpr{e: sql.Binary{L: c.ref(), R: (&scalarSub{q: sel}).ref(), Op: op}}, nil
			}
			items, err := th.Iterate(call.Args[0])
			if err != nil {
				return nil, err
			}
			var list sql.List
			var vals []any
			for _, it := range items {
				v, err := colToSQL(th, c.col, it)
				if err != nil {
					return nil, err
				}
				vals = append(vals, v)
				list = append(list, sql.Bind{V: orm.ToDBCompared(c.col, v), Name: c.col.Key})
			}
			key := c.key
			ev := func(st *orm.State) (any, error) {
				cur, err := st.Get(key)
				if err != nil {
					return nil, err
				}
				for _, v := range vals {
					if compareSQL(cur, v, "=") == true {
						return op == "IN", nil
					}
				}
				return op != "IN", nil
			}
			return &sqlExpr{e: sql.Binary{L: c.ref(), R: list, Op: op}, ev: ev}, nil
		}), true, nil
	case "is_", "is_not", "isnot":
		return builtin(name, func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if len(call.Args) != 1 || len(call.Kw) > 0 {
				return nil, typeErr(th, "%s() takes 2 positional arguments but %d were given", name, len(call.Args)+1)
			}
			eq := py.Eq
			if name != "is_" {
				eq = py.NotEq
			}
			if call.Args[0] == nil {
				v, _, err := c.Binary(th, eq, nil, false)
				return v, err
			}
			b, ok := call.Args[0].(bool)
			if x, isExpr := call.Args[0].(*sqlExpr); isExpr {
				var lit sql.Bool
				lit, ok = x.e.(sql.Bool) // is_(true())
				b = bool(lit)
			}
			if !ok {
				return c.isValue(th, name == "is_", call.Args[0])
			}
			return c.isBool(name == "is_", b), nil
		}), true, nil
	case "key", "name":
		return c.col.Name, true, nil
	case "info":
		if c.col.Info == nil {
			c.col.Info = interp.NewDict() // SchemaItem.info: a dict made on first read
		}
		return c.col.Info, true, nil
	}
	return operandAttr(th, c, name)
}

// orderExpr is desc(col) / col.desc().
type orderExpr struct{ o sql.Order }

func (o *orderExpr) TypeName() string { return "UnaryExpression" }

// labelOrder is desc("name") / asc("name"): a reference to a label of the
// columns clause, which the statement it orders resolves
// (_textual_label_reference).
type labelOrder struct {
	name string
	desc bool
}

func (o *labelOrder) TypeName() string { return "UnaryExpression" }

// labelRef resolves order_by("name"), desc("name") and group_by("name")
// as SQLAlchemy's _label_resolve_dict does when the statement compiles: a
// label of the selected columns, written by its name, else the column of
// that key of the FROM clause; found counts those columns (the compiler
// takes the last one's, refused here when two have it).
func (c *selectObj) labelRef(name string) (x sql.Expr, found int) {
	for _, v := range c.cols {
		if l, ok := v.(*labelExpr); ok && l.name == name {
			return sql.Lit(schema.Quote(name)), 1
		}
	}
	froms := c.froms()
	if len(froms) > 0 {
		for _, j := range append(c.inheritJoins(), c.joins...) {
			froms = slices.Insert(froms, 1, j.Froms()...)
		}
	}
	for _, f := range froms {
		if col := f.Table.Col(name); col != nil {
			x, found = f.Of(col), found+1
		}
	}
	return x, found
}

// resolve replaces the names order_by() and group_by() gave in list with
// what they name (visit_textual_label_reference); th nil leaves those
// that name nothing, which the statement's run refuses first.
func (c *selectObj) resolve(th *interp.Thread, list []sql.Expr) ([]sql.Expr, error) {
	out := slices.Clone(list)
	for i, x := range list {
		o, isOrder := x.(sql.Order)
		if isOrder {
			x = o.X
		}
		name, ok := x.(sql.Ref)
		if !ok {
			continue
		}
		e, found := c.labelRef(string(name))
		if n := pyrepr.Str(string(name)); found == 0 && th != nil {
			return nil, th.Raise(interp.ClassOf(exc.CompileError), "Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression %s should be explicitly declared as text(%s)", n, n)
		} else if found > 1 && th != nil {
			return nil, unsupported(th, "order_by() or group_by() of %s, a column of several tables of the FROM clause", n)
		}
		if found == 1 && isOrder {
			o.X = e
			out[i] = o
		} else if found == 1 {
			out[i] = e
		}
	}
	return out, nil
}

// relAttr is a relationship attribute on the class (Parent.children), or
// on an alias of it (as), joined to an alias of its target (to, of_type()).
type relAttr struct {
	rel    *orm.Relationship
	as, to *sql.From
	// of is of_type(Subclass), wp of_type(with_polymorphic(Target, ...)):
	// the join brings in their tables too
	of *orm.Mapper
	wp *polyEntity
	rt *Runtime // the class attribute's, which of_type(Subclass) looks the class up with
	// and are Class.rel.and_(...)'s criteria, added to a join's ON clause
	and []sql.Expr
	// through is the subclass an inherited relationship is read on (Sub.rel
	// is Sub's own attribute in SQLAlchemy: str() names Sub), and subs are
	// those attributes, one per subclass so that Sub.rel is Sub.rel
	through string
	subs    map[*interp.Class]*relAttr
}

// Get implements interp.Descriptor: read on a subclass of the relationship's
// class, the attribute is the subclass's.
func (r *relAttr) Get(th *interp.Thread, obj interp.Value, cls *interp.Class) (interp.Value, error) {
	if obj != nil || cls == nil || cls.Name == r.rel.Parent.Class || r.through != "" {
		return r, nil
	}
	if s := r.subs[cls]; s != nil {
		return s, nil
	}
	if r.subs == nil {
		r.subs = map[*interp.Class]*relAttr{}
	}
	s := *r
	s.through, s.subs = cls.Name, nil
	r.subs[cls] = &s
	return &s, nil
}

func (r *relAttr) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "key":
		return r.rel.Key, true, nil
	case "of_type":
		return builtin("of_type", r.ofType), true, nil
	case "any", "has":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return r.exists(th, name, c)
		}), true, nil
	case "contains":
		return builtin(name, r.contains), true, nil
	case "and_":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := *r
			n.and = append([]sql.Expr(nil), r.and...)
			for _, a := range c.Args {
				e, ok := a.(*sqlExpr)
				if !ok || len(c.Kw) > 0 {
					return nil, unsupported(th, "%s.and_() of %s", r.rel, th.TypeName(a))
				}
				n.and = append(n.and, e.e)
			}
			return &n, nil
		}), true, nil
	}
	return nil, false, nil
}

func (r *relAttr) TypeName() string { return "InstrumentedAttribute" }

func conj(op py.Op) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		var parts []sql.Expr
		var evs []func(*orm.State) (any, error)
		var kept []interp.Value
		for _, a := range c.Args {
			e, ok := a.(*sqlExpr)
			if !ok {
				return nil, unsupported(th, "%s_() of %s", op.Symbol(), th.TypeName(a))
			}
			// and_() drops a true() and is false() with a false() in it;
			// or_() the other way round
			if b, ok := e.e.(sql.Bool); ok && len(c.Args) > 1 {
				if bool(b) == (op == py.Or) {
					return e, nil
				}
				continue
			}
			parts = append(parts, e.e)
			evs = append(evs, e.ev)
			kept = append(kept, a)
		}
		switch len(parts) {
		case 0:
			return c.Args[0], nil
		case 1:
			return kept[0], nil
		}
		ev := func(st *orm.State) (any, error) {
			var unknown bool
			for _, f := range evs {
				if f == nil {
					return nil, errNoEval
				}
				v, err := f(st)
				if err != nil {
					return nil, err
				}
				switch {
				case v == nil:
					unknown = true
				case v == (op == py.Or):
					return v, nil
				}
			}
			if unknown {
				return nil, nil
			}
			return op == py.And, nil
		}
		return &sqlExpr{e: sql.Conj{Op: strings.ToUpper(op.Symbol()), Args: parts}, ev: ev}, nil
	}
}

type noEval struct{}

func (noEval) Error() string { return "cannot evaluate" }

var errNoEval error = noEval{}

func notExpr(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	switch {
	case len(c.Kw) > 0:
		return nil, unsupported(th, "not_() with keyword arguments")
	case len(c.Args) == 0:
		return nil, th.Raise(interp.TypeError, "not_() missing 1 required positional argument: 'clause'")
	case len(c.Args) > 1:
		return nil, th.Raise(interp.TypeError, "not_() takes 1 positional argument but %d were given", len(c.Args))
	}
	e, ok := c.Args[0].(*sqlExpr)
	if !ok {
		return nil, unsupported(th, "not_() of %s", th.TypeName(c.Args[0]))
	}
	return e.negated(), nil
}

// negations are the operators SQLAlchemy swaps when a comparison is negated.
var negations = map[string]string{"=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">", "IN": "NOT IN", "NOT IN": "IN", "IS": "IS NOT", "IS NOT": "IS"}

// negated is not_(e) or ~e as SQLAlchemy writes it: a comparison with its
// operator swapped (a = b becomes a != b), anything else as NOT (...).
func (e *sqlExpr) negated() *sqlExpr {
	var ev func(st *orm.State) (any, error)
	if e.ev != nil {
		ev = func(st *orm.State) (any, error) {
			v, err := e.ev(st)
			if v == nil || err != nil {
				return nil, err
			}
			return v != true, nil
		}
	}
	switch x := e.e.(type) {
	case sql.Binary:
		if op, ok := negations[x.Op]; ok {
			x.Op = op
			return &sqlExpr{e: x, ev: ev}
		}
	case sql.Like:
		x.Not = !x.Not
		return &sqlExpr{e: x, ev: ev}
	case sql.Between:
		x.Not = !x.Not
		return &sqlExpr{e: x, ev: ev}
	case sql.Bool:
		return &sqlExpr{e: !x, ev: ev}
	case sql.IsFalse:
		x.True = !x.True
		return &sqlExpr{e: x}
	}
	return &sqlExpr{e: sql.Not{X: e.e}, ev: ev}
}

// Str is the clause as str() writes it.
func (e *sqlExpr) Str(th *interp.Thread) (string, error) {
	if e.hybrid != "" {
		return e.hybrid, nil
	}
	x := e.e
	if n, ok := x.(sql.Not); ok {
		x = n.X
	}
	if x, ok := x.(sql.Exists); ok {
		// printed alone, SQLAlchemy's EXISTS does not correlate and lists
		// the outer tables in its FROM, which any() and has() do not
		for _, f := range sql.Froms(x.S.Where) {
			if !hasFrom(x.S.From, f) && !slices.ContainsFunc(x.S.Joins, func(j sql.Join) bool { return j.To.Is(f) }) {
				return "", unsupported(th, "str() of an EXISTS (any(), has()) outside a statement")
			}
		}
	}
	return sql.String(e.e, false), nil
}

// Binary gives the & and | of two clauses, and_() and or_() as operators.
func (e *sqlExpr) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if _, ok := other.(*sqlExpr); !ok || op != py.BitAnd && op != py.BitOr {
		return nil, false, nil
	}
	args := []interp.Value{e, other}
	if right {
		args[0], args[1] = other, e
	}
	join := py.And
	if op == py.BitOr {
		join = py.Or
	}
	v, err := conj(join)(th, &interp.Call{Args: args})
	return v, true, err
}

// Unary gives ~e.
func (e *sqlExpr) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	if op != py.Invert {
		return nil, false, nil
	}
	return e.negated(), true, nil
}

func orderFn(desc bool) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 {
			return nil, typeErr(th, "desc()/asc() take one column")
		}
		if name, ok := c.Args[0].(string); ok {
			return &labelOrder{name: name, desc: desc}, nil
		}
		x, ok := c.Args[0].(operand)
		if !ok {
			return nil, unsupported(th, "%s() of %s", map[bool]string{true: "desc", false: "asc"}[desc], th.TypeName(c.Args[0]))
		}
		return &orderExpr{o: sql.Order{X: x.ref(), Desc: desc, Asc: !desc}}, nil
	}
}

// funcObj is sqlalchemy.func; func.count(...) builds a funcExpr.
type funcObj struct{}

func (funcObj) TypeName() string { return "_FunctionGenerator" }
func (funcObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if low := strings.ToLower(name); genericFuncs[low] {
		name = low // SQLAlchemy finds its registered functions by any case (func.COUNT is count)
	}
	switch {
	case name == "count", name == "max", name == "min", name == "sum", name == "coalesce", windowFuncs[name], !genericFuncs[name] && !strings.HasPrefix(name, "_"):
	case name == "cast":
		return builtin("Cast.__init__", castFn("Cast.__init__")), true, nil
	case name == "now", name == "current_timestamp", name == "current_date", name == "current_time":
		return builtin("func."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, unsupported(th, "func.%s() with arguments", name)
			}
			if name == "current_time" {
				return clockFunc(name), nil
			}
			return &funcExpr{name: name}, nil
		}), true, nil
	default:
		return nil, true, unsupported(th, "func.%s", name)
	}
	return builtin("func."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		f := &funcExpr{name: name}
		if len(c.Kw) > 0 {
			return nil, unsupported(th, "func.%s(%s=...)", name, c.Kw[0].Name)
		}
		for _, a := range c.Args {
			switch x := a.(type) {
			case *colAttr:
				if x.m != nil && x.m.Inherits != nil {
					return nil, unsupported(th, "func.%s() of %s.%s, an attribute of a subclass of mapped class inheritance", name, x.m.Class, x.key)
				}
				f.args = append(f.args, x)
			case *colExpr, *funcExpr, *labelExpr, *scalarSub, *literalCol:
				f.args = append(f.args, x.(operand))
			case int64, string, float64:
				// a Python value is a bound parameter named by the function
				// (coercions.expect(ExpressionElementRole, name=self.name)),
				// its type from the value, which converts nothing on SQLite
				f.args = append(f.args, &colExpr{e: sql.Bind{V: x, Name: name}, kind: "BindParameter"})
			case nil:
				f.args = append(f.args, &colExpr{e: sql.Lit("NULL"), kind: "Null"})
			case *textObj: // written as given (a TextClause is a BinaryElementRole)
				l, err := textCol(th, x, "func."+name)
				if err != nil {
					return nil, err
				}
				f.args = append(f.args, l)
			default:
				return nil, unsupported(th, "func.%s() of %s", name, th.TypeName(a))
			}
		}
		if len(f.args) == 0 && genericFuncs[name] && name != "count" && !windowFuncs[name] {
			return nil, unsupported(th, "func.%s() without arguments", name)
		}
		return f, nil
	}), true, nil
}

// clockFunc is func.current_time(), of a type (Time) the engine does not
// read: only a column default takes it; anywhere else the engine refuses it
// by its type name.
type clockFunc string

func (f clockFunc) TypeName() string { return string(f) }

// sql is the function as the SQLite dialect renders it.
func (f clockFunc) sql() string { return strings.ToUpper(string(f)) }

type funcExpr struct {
	name string
	args []operand
	// hybrid is Class.name when a hybrid_property gave this function
	hybrid string
}

// TypeName is the class SQLAlchemy's func makes: the function's own
// GenericFunction class when it registers one, else Function.
func (f *funcExpr) TypeName() string {
	if !genericFuncs[f.name] {
		return "Function"
	}
	return f.name
}

// windowFuncs are the GenericFunctions of a window's rows, which take no
// arguments: their Integer or Float results pass unconverted from SQLite.
var windowFuncs = map[string]bool{"rank": true, "dense_rank": true, "percent_rank": true, "cume_dist": true}

// genericFuncs are the names SQLAlchemy 2.0.52 registers a GenericFunction
// for (sqlalchemy.sql.functions._registry): each has a type and sometimes a
// rendering of its own, so the engine takes only those it implements. Any
// other name is a plain Function: name(args) of NullType, whose values pass
// unconverted both ways.
var genericFuncs = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`aggregate_strings array_agg cast char_length coalesce concat count cube
	cume_dist current_date current_time current_timestamp current_user dense_rank extract grouping_sets localtime
	localtimestamp max min mode next_value now percent_rank percentile_cont percentile_disc random rank rollup
	session_user sum sysdate user`) {
		genericFuncs[n] = true
	}
}

func (f *funcExpr) expr() sql.Expr {
	fe := sql.Func{Name: f.name}
	switch f.name {
	case "now": // SQLite's compiler writes it as CURRENT_TIMESTAMP
		fe.Keyword = "CURRENT_TIMESTAMP"
	case "current_timestamp", "current_date": // AnsiFunction: the keyword in every dialect
		fe = sql.Func{Keyword: strings.ToUpper(f.name)}
	}
	if len(f.args) == 0 && f.name == "count" {
		fe.Args = []sql.Expr{sql.Lit("*")} // count() is count(*)
	}
	for _, c := range f.args {
		fe.Args = append(fe.Args, c.ref())
	}
	return fe
}

// pyToSQL converts a Python value for a column.
func pyToSQL(th *interp.Thread, v interp.Value) (any, error) {
	switch v := v.(type) {
	case nil, bool, int64, float64, string:
		return v, nil
	case interp.Bytes:
		return []byte(v), nil // a BLOB, as pysqlite sends bytes
	}
	if t, ok := interp.DateOf(v); ok {
		return t, nil
	}
	if d, ok := interp.DecimalText(v); ok {
		return schema.Decimal(d), nil
	}
	return nil, unsupported(th, "storing a %s value in a column", th.TypeName(v))
}

// toPy converts an attribute value read from a state for Python.
func (rt *Runtime) toPy(st *orm.State, key string, v any) interp.Value {
	switch v := v.(type) {
	case *orm.Coll:
		if r := st.M.Rel(key); r.Dict != nil {
			return &dictProxy{rt: rt, st: st, rel: r}
		}
		return &listProxy{rt: rt, st: st, rel: st.M.Rel(key)}
	case *orm.State:
		if v == nil {
			return nil
		}
		return v.Obj
	case []byte:
		return interp.Bytes(v)
	case schema.Decimal:
		return decimalToPy(v)
	case time.Time:
		c := st.M.Cols[key]
		return interp.NewDate(v, c == nil || c.Type.Affinity == schema.AffDateTime)
	}
	if m, ok := enumToPy(st.M.Cols[key], v); ok {
		return m
	}
	return v
}

// decimalToPy is a Decimal the layers below carry as text.
func decimalToPy(d schema.Decimal) interp.Value {
	v, _ := interp.NewDecimal(string(d)) // text a Decimal or strconv wrote
	return v
}

// listProxy is an instrumented collection: list operations become
// attribute events on the owning state.
type listProxy struct {
	rt  *Runtime
	st  *orm.State
	rel *orm.Relationship
}

func (l *listProxy) TypeName() string { return "InstrumentedList" }

func (l *listProxy) items(th *interp.Thread) ([]*orm.State, error) {
	v, err := l.st.Get(l.rel.Key)
	if err != nil {
		return nil, l.rt.raise(th, err)
	}
	return v.(*orm.Coll).Items, nil
}

func (l *listProxy) Iterate(th *interp.Thread) ([]interp.Value, error) {
	items, err := l.items(th)
	if err != nil {
		return nil, err
	}
	out := make([]interp.Value, len(items))
	for i, s := range items {
		out[i] = s.Obj
	}
	return out, nil
}

// Step iterates the collection live by index, as a list's iterators do:
// a member removed while the loop runs moves the next one under the index.
func (l *listProxy) Step(th *interp.Thread, reverse bool) (func() (interp.Value, bool, error), error) {
	items, err := l.items(th)
	if err != nil {
		return nil, err
	}
	i := 0
	if reverse {
		i = len(items) - 1
	}
	return func() (interp.Value, bool, error) {
		items, err := l.items(th)
		if err != nil || i < 0 || i >= len(items) {
			i = -1
			return nil, false, err
		}
		s := items[i]
		if reverse {
			i--
		} else {
			i++
		}
		return s.Obj, true, nil
	}, nil
}

func (l *listProxy) Len(th *interp.Thread) (int, error) {
	items, err := l.items(th)
	return len(items), err
}

func (l *listProxy) Truth(th *interp.Thread) (bool, error) {
	n, err := l.Len(th)
	return n > 0, err
}

func (l *listProxy) Contains(th *interp.Thread, v interp.Value) (bool, error) {
	items, err := l.Iterate(th)
	if err != nil {
		return false, err
	}
	i, err := l.find(th, items, v)
	return i >= 0, err
}

// find is the index of the first member that is v or equals it (__eq__),
// as list's `in` and remove() look, or -1.
func (l *listProxy) find(th *interp.Thread, items []interp.Value, v interp.Value) (int, error) {
	for i, it := range items {
		if it == v {
			return i, nil
		}
		if eq, err := th.Equal(it, v); err != nil || eq {
			return i, err
		}
	}
	return -1, nil
}

func (l *listProxy) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	items, err := l.Iterate(th)
	if err != nil {
		return nil, err
	}
	return th.GetItem(&interp.List{Items: items}, key)
}

// at is the member at index k, as the instrumented __setitem__ and
// __delitem__ read it first (IndexError past the end); a slice is refused.
func (l *listProxy) at(th *interp.Thread, k interp.Value, what string) (int, *orm.State, error) {
	items, err := l.items(th)
	if err != nil {
		return 0, nil, err
	}
	i, ok := k.(int64)
	if !ok {
		return 0, nil, unsupported(th, "%s a relationship collection by %s", what, th.TypeName(k))
	}
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) {
		return 0, nil, th.Raise(interp.IndexError, "list index out of range")
	}
	return int(i), items[i], nil
}

// SetItem is coll[i] = obj: the old member's remove event, the new one's
// append event, then OrderingList's numbering and the assignment.
func (l *listProxy) SetItem(th *interp.Thread, k, v interp.Value) error {
	i, old, err := l.at(th, k, "assigning into")
	if err != nil {
		return err
	}
	s, err := l.rt.stateOf(th, v, l.rel.Target)
	if err != nil {
		return err
	}
	if _, err := l.st.Remove(l.rel, old); err != nil {
		return l.rt.raise(th, err)
	}
	if err := l.st.Insert(l.rel, i, s); err != nil {
		return l.rt.raise(th, err)
	}
	if o := l.rt.orderings[l.rel]; o != nil {
		return o.entity(th, l, i, v, true)
	}
	return nil
}

// DelItem is del coll[i]: the member's remove event, then OrderingList's
// renumbering.
func (l *listProxy) DelItem(th *interp.Thread, k interp.Value) error {
	_, old, err := l.at(th, k, "deleting from")
	if err != nil {
		return err
	}
	if _, err := l.st.Remove(l.rel, old); err != nil {
		return l.rt.raise(th, err)
	}
	if o := l.rt.orderings[l.rel]; o != nil {
		return o.reorder(th, l)
	}
	return nil
}

func (l *listProxy) Repr(th *interp.Thread) (string, error) {
	items, err := l.Iterate(th)
	if err != nil {
		return "", err
	}
	return th.Repr(&interp.List{Items: items})
}

func (l *listProxy) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	items, err := l.Iterate(th)
	if err != nil {
		return nil, true, err
	}
	eq, err := th.Equal(&interp.List{Items: items}, other)
	if op == py.NotEq {
		eq = !eq
	}
	return eq, true, err
}

func (l *listProxy) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

func (l *listProxy) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rt := l.rt
	one := func(fn func(th *interp.Thread, v interp.Value) (interp.Value, error)) (interp.Value, bool, error) {
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 {
				return nil, typeErr(th, "%s() takes exactly one argument (%d given)", name, len(c.Args))
			}
			return fn(th, c.Args[0])
		}), true, nil
	}
	ord := rt.orderings[l.rel]
	// after is OrderingList's renumbering after insert, remove and pop
	after := func(v interp.Value) (interp.Value, error) {
		if ord == nil {
			return v, nil
		}
		return v, ord.reorder(th, l)
	}
	appendOne := func(v interp.Value) error {
		s, err := rt.stateOf(th, v, l.rel.Target)
		if err != nil {
			return err
		}
		return rt.raise(th, l.st.Append(l.rel, s))
	}
	switch name {
	case "append":
		return one(func(th *interp.Thread, v interp.Value) (interp.Value, error) {
			return nil, appendOne(v)
		})
	case "insert":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			i, ok := interp.Value(nil), false
			if len(c.Args) == 2 {
				i = c.Args[0]
				_, ok = i.(int64)
			}
			if !ok {
				return nil, typeErr(th, "insert expected 2 arguments, an int index and the object")
			}
			s, err := rt.stateOf(th, c.Args[1], l.rel.Target)
			if err != nil {
				return nil, err
			}
			if err := l.st.Insert(l.rel, int(i.(int64)), s); err != nil {
				return nil, rt.raise(th, err)
			}
			return after(nil)
		}), true, nil
	case "reorder", "_reorder":
		if ord == nil {
			return nil, false, nil
		}
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return after(nil)
		}), true, nil
	case "remove":
		return one(func(th *interp.Thread, v interp.Value) (interp.Value, error) {
			items, err := l.Iterate(th)
			if err != nil {
				return nil, err
			}
			if i, err := l.find(th, items, v); err != nil {
				return nil, err
			} else if i >= 0 {
				v = items[i] // the member equal to v leaves
			}
			s, err := rt.stateOf(th, v, l.rel.Target)
			if err != nil {
				return nil, err
			}
			ok, err := l.st.Remove(l.rel, s)
			if err != nil {
				return nil, rt.raise(th, err)
			}
			if !ok {
				return nil, th.Raise(interp.ValueError, "list.remove(x): x not in list")
			}
			return after(nil)
		})
	case "extend":
		return one(func(th *interp.Thread, v interp.Value) (interp.Value, error) {
			items, err := th.Iterate(v)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				if err := appendOne(it); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
	case "clear":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return nil, rt.raise(th, l.st.Set(l.rel.Key, []*orm.State{}))
		}), true, nil
	case "pop":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			items, err := l.items(th)
			if err != nil {
				return nil, err
			}
			i := len(items) - 1
			if len(c.Args) == 1 {
				n, ok := c.Args[0].(int64)
				if !ok {
					return nil, typeErr(th, "pop() index must be an integer")
				}
				i = int(n)
				if i < 0 {
					i += len(items)
				}
			}
			if i < 0 || i >= len(items) {
				return nil, th.Raise(interp.IndexError, "pop index out of range")
			}
			s := items[i]
			if _, err := l.st.Remove(l.rel, s); err != nil {
				return nil, rt.raise(th, err)
			}
			return after(s.Obj)
		}), true, nil
	case "index", "count", "copy", "sort":
		items, err := l.Iterate(th)
		if err != nil {
			return nil, true, err
		}
		if name == "sort" {
			return nil, true, unsupported(th, "sorting a relationship collection in place")
		}
		return th.GetAttr(&interp.List{Items: items}, name)
	}
	return nil, false, nil
}

// Str is str(Class.attr): "Class.attr", or "table.column" for a Core column.
func (c *colAttr) Str(th *interp.Thread) (string, error) {
	if c.hybrid != "" {
		return c.hybrid, nil
	}
	if c.as != nil && c.m == nil { // a subquery's column: anon_1.name
		return sql.String(c.ref(), false), nil
	}
	if c.as != nil {
		return "aliased(" + c.m.Class + ")." + c.key, nil
	}
	if c.m != nil {
		return c.m.Class + "." + c.key, nil
	}
	if c.col.Table == nil { // foreign(col) in the class body, before the table exists
		return "", unsupported(th, "str() of a column before its table is built")
	}
	return c.col.Table.Name + "." + c.col.Name, nil
}

// Str is str(Class.relationship): "Class.key".
func (r *relAttr) Str(th *interp.Thread) (string, error) {
	if r.through != "" {
		return r.through + "." + r.rel.Key, nil
	}
	return r.rel.Parent.Class + "." + r.rel.Key, nil
}

// isValue is is_(value) of anything but None or a bool: IS with the value
// bound as the column's (or another column), as SQLAlchemy's
// _boolean_compare builds it. Its evaluator would run Python's "is" on two
// values, which depends on object identity: the engine refuses to evaluate it.
func (c *colAttr) isValue(th *interp.Thread, is bool, v interp.Value) (interp.Value, error) {
	op := "IS"
	if !is {
		op = "IS NOT"
	}
	var r sql.Expr
	if o, ok := v.(operand); ok {
		r = o.ref()
	} else {
		b, _, err := bindOf(th, c, v)
		if err != nil {
			return nil, err
		}
		r = b
	}
	refusal := unsupported(th, "evaluating %s() of a value in Python (synchronize_session=\"evaluate\")", map[bool]string{true: "is_", false: "is_not"}[is])
	return &sqlExpr{e: sql.Binary{L: c.ref(), R: r, Op: op}, ev: func(*orm.State) (any, error) { return nil, refusal }}, nil
}

// isBool is is_(True) / is_not(False) and the like: IS true, IS 1 on
// SQLite, which the evaluator runs as Python's == (not "is").
func (c *colAttr) isBool(is, b bool) *sqlExpr {
	op := "IS"
	if !is {
		op = "IS NOT"
	}
	key := c.key
	ev := func(st *orm.State) (any, error) {
		cur, err := st.Get(key)
		if err != nil {
			return nil, err
		}
		eq := false
		switch cur := cur.(type) {
		case bool:
			eq = cur == b
		case int64:
			eq = cur == map[bool]int64{true: 1, false: 0}[b]
		case float64:
			eq = cur == map[bool]float64{true: 1, false: 0}[b]
		}
		return eq == is, nil
	}
	return &sqlExpr{e: sql.Binary{L: c.ref(), R: sql.Bool(b), Op: op}, ev: ev}
}
