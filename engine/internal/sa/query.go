package sa

import (
	"cmp"
	"fmt"
	"math/big"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/py"
	"slices"
	"strings"
	"time"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
)

// selectObj is both the legacy Query (session.query) and the 2.0 select().
type selectObj struct {
	rt *Runtime
	// entity is the first entity selected, as its alias when it is one; more
	// are the others (select(User, Address)).
	entity *orm.Mapper
	as     *sql.From
	key    string // the first entity's orm.Entity.Key
	more   []orm.Entity
	cols   []interp.Value // *colAttr, *funcExpr, ... selected
	// colAt is, per column of cols, how many entities are selected before
	// it (select(User.name, Address): 0)
	colAt []int
	from  *sql.From     // select_from() or join_from(): the first FROM item
	also  *schema.Table // a dynamic many-to-many's secondary table
	joins []sql.Join    // join() and outerjoin(), in call order
	// joinedTo is the entity the last join() reached, which filter_by() reads
	joinedTo *orm.Entity
	where    []*sqlExpr
	// groupBy, having and distinct are group_by(), having() and
	// distinct() of a column query
	groupBy  []sql.Expr
	having   []*sqlExpr
	distinct bool
	order    []sql.Expr
	limit    sql.Expr
	offset   sql.Expr
	legacy   bool
	// polySelectin are the classes selectin_polymorphic() options name
	polySelectin map[*orm.Mapper]bool
	// withPoly are the subclasses of select(with_polymorphic(...)), flat
	// its tables' aliases (flat=True)
	withPoly []*orm.Mapper
	flat     map[*schema.Table]*sql.From
	// late refuses a column query whose subclass columns come after
	// other columns, unless a join brings the subclass's tables in
	late *exc.Error
	// subs are the subclasses of mapped class inheritance whose
	// attributes a column query selects: the first one's tables are the
	// FROM, a single-table one adds its discriminator criterion
	subs []*orm.Mapper
	// deferred are the column keys loader options leave out, per entity
	deferred map[*orm.Mapper]map[string]bool
	// loaders are the relationship loader options of the first entity,
	// nested those chained below them
	loaders, nested map[*orm.Relationship]string
	// inner are the first entity's joinedload(innerjoin=)s
	inner map[*orm.Relationship]bool
	// nestedDeferred and nestedPoly are the column and
	// selectin_polymorphic() options chained below them
	nestedDeferred map[*orm.Mapper]map[string]bool
	nestedPoly     map[*orm.Mapper]bool
	// depth are selectinload(recursion_depth=)'s levels
	depth map[*orm.Relationship]int
	// loadPoly are selectinload(A.bs.of_type(with_polymorphic(...)))'s
	// subclasses, per relationship
	loadPoly map[*orm.Relationship][]*orm.Mapper
	sess     *sessionObj
	// ofScalar is SQLModel's SelectOfScalar: select() of one thing, whose
	// Session.exec returns scalars.
	ofScalar bool
	// binds are Query.params(): the values of the text() clauses' binds
	binds map[string]any
	// bundles group runs of cols into one nested row each
	bundles []bundleSpan
	// stmt is from_statement()'s statement, which the entity's rows come from
	stmt sql.Expr
	// correlate are the FROM items correlate() names, manual once it is
	// called (correlate(None): none)
	correlate []*sql.From
	manual    bool
}

func (q *selectObj) TypeName() string {
	if q.legacy {
		return "Query"
	}
	return "Select"
}

func (rt *Runtime) newSelect(th *interp.Thread, what []interp.Value) (*selectObj, error) {
	q := &selectObj{rt: rt}
	if len(what) == 0 {
		return nil, unsupported(th, "select() of nothing")
	}
	var flat []interp.Value
	for _, w := range what {
		if n, ok := w.(*namespace); ok && (n.name == "ColumnCollection" || n.name == "ReadOnlyColumnCollection") {
			cols, err := n.Iterate(th) // select(table.c["a", "b"]): its columns
			if err != nil {
				return nil, err
			}
			flat = append(flat, cols...)
			continue
		}
		flat = append(flat, w)
	}
	for _, w := range flat {
		switch w := w.(type) {
		case *polyEntity:
			if len(what) != 1 {
				return nil, unsupported(th, "with_polymorphic() selected with other things")
			}
			q.entity, q.withPoly, q.flat = w.base, w.subs, w.flat
		case *interp.Class, *aliasObj:
			e, err := rt.entityOf(th, w)
			if err != nil {
				return nil, err
			}
			if err := q.addEntity(th, e); err != nil {
				return nil, err
			}
		case *bundleObj:
			q.bundles = append(q.bundles, bundleSpan{b: w, at: len(q.cols)})
			for _, c := range w.cols {
				if err := q.addCol(th, c); err != nil {
					return nil, err
				}
			}
		case int64, float64:
			// a number is literal_column(str(n)) (_CoerceLiterals._coerce_numerics)
			s, err := th.Str(w)
			if err != nil {
				return nil, err
			}
			if err := q.addCol(th, &literalCol{sql: s}); err != nil {
				return nil, err
			}
		case *interp.List: // select([...]), 1.x's form, which 2.0 rejects
			return nil, listSelectError(th, w)
		case *sqlExpr:
			x, ok := selectedExists(w)
			if !ok {
				return nil, unsupported(th, "select() of %s", th.TypeName(w))
			}
			if err := q.addCol(th, x); err != nil {
				return nil, err
			}
		case *tableObj: // select(table): its columns
			for _, c := range w.t.Columns {
				if err := q.addCol(th, &colAttr{col: c}); err != nil {
					return nil, err
				}
			}
		case *subqueryObj: // select(subq): its columns
			for _, c := range w.cols() {
				if err := q.addCol(th, c); err != nil {
					return nil, err
				}
			}
		case *relAttr:
			// a relationship selects its join condition (the comparator's
			// __clause_element__), a boolean
			if why := w.simple(); why != "" {
				return nil, unsupported(th, "select() of %s, %s", w.rel, why)
			}
			on := w.rel.On(colOf, colOf)
			if err := q.addCol(th, &colExpr{e: on, col: boolCol, kind: (&sqlExpr{e: on}).TypeName(), key: w.rel.Key}); err != nil {
				return nil, err
			}
		case *textObj:
			x, err := textCol(th, w, "select")
			if err != nil {
				return nil, err
			}
			if err := q.addCol(th, x); err != nil {
				return nil, err
			}
		case *colAttr, *funcExpr, *colExpr, *labelExpr, *scalarSub, *literalCol:
			if err := selectableHybrid(th, w); err != nil {
				return nil, err
			}
			if c, ok := w.(*colAttr); ok && c.m != nil && c.m.Inherits != nil && !slices.Contains(q.subs, c.m) {
				if c.as != nil || len(q.subs) > 0 && !q.subs[0].Single() {
					return nil, unsupported(th, "a column query of several classes of mapped class inheritance")
				}
				if !c.m.Single() && len(q.cols) > 0 {
					// FROM other, sub JOIN ...: refused when the statement
					// runs unless a join(Parent.rel.of_type(Sub)) brings
					// the subclass's tables in
					q.late = exc.Unsupported(th.Span(), "a column query of several classes of mapped class inheritance")
				}
				q.subs = append(q.subs, c.m)
			}
			if err := q.addCol(th, w); err != nil {
				return nil, err
			}
		default:
			return nil, unsupported(th, "select() of %s", th.TypeName(w))
		}
	}
	return q, nil
}

// addEntity adds an entity to what the query selects.
func (q *selectObj) addEntity(th *interp.Thread, e orm.Entity) error {
	if q.entity == nil {
		q.entity, q.as, q.key = e.M, e.As, e.Key
	} else {
		q.more = append(q.more, e)
	}
	return q.mixable(th)
}

// addCol adds a column expression to what the query selects.
func (q *selectObj) addCol(th *interp.Thread, c interp.Value) error {
	if x, ok := c.(*colExpr); ok && x.kind == "Cast" && x.named == nil {
		if _, ok := x.e.(sql.Cast).X.(sql.ACol); ok {
			return unsupported(th, "selecting a cast() of a column read through an alias without a label()")
		}
	}
	q.cols = append(q.cols, c)
	q.colAt = append(q.colAt, len(q.entities()))
	return q.mixable(th)
}

// mixable refuses what the engine does not select beside other entities
// or columns: a class of mapped class inheritance, a Bundle.
func (q *selectObj) mixable(th *interp.Thread) error {
	ents := q.entities()
	if len(ents)+len(q.cols) < 2 || len(ents) == 0 {
		return nil
	}
	if len(q.bundles) > 0 {
		return unsupported(th, "selecting a Bundle and entities together")
	}
	if len(q.subs) > 0 {
		return unsupported(th, "selecting entities and columns of %s, a class with mapped class inheritance", q.subs[0].Class)
	}
	for _, e := range ents {
		if e.M.Inherits != nil || len(e.M.Subs) > 0 {
			return unsupported(th, "selecting %s, a class with mapped class inheritance, with other entities or columns", e.M.Class)
		}
	}
	return nil
}

// entityOf is a mapped class or an aliased() one as a query entity.
func (rt *Runtime) entityOf(th *interp.Thread, v interp.Value) (orm.Entity, error) {
	if a, ok := v.(*aliasObj); ok {
		return a.entity(), nil
	}
	m, err := rt.mapperOf(th, v)
	return orm.Entity{M: m}, err
}

// fromOf is what a join() or select_from() names, as a FROM item: a Table,
// a mapped class's table, or an alias; its entity when it is mapped.
func (rt *Runtime) fromOf(th *interp.Thread, v interp.Value) (*sql.From, *orm.Entity, error) {
	switch v := v.(type) {
	case *tableObj:
		return sql.Table(v.t), nil, nil
	case *subqueryObj:
		return v.f, nil, nil
	}
	switch v.(type) {
	case *interp.Class, *aliasObj:
		e, err := rt.entityOf(th, v)
		if err != nil {
			return nil, nil, err
		}
		return e.Source(), &e, nil
	}
	return nil, nil, unsupported(th, "joining or selecting from %s", th.TypeName(v))
}

func (q *selectObj) entities() []orm.Entity {
	if q.entity == nil {
		return nil
	}
	return append([]orm.Entity{{M: q.entity, As: q.as, Key: q.key, Flat: q.flat}}, q.more...)
}

// sources are the tables and aliases what is selected and the WHERE clause
// read, in order.
func (q *selectObj) sources(where bool) []*sql.From {
	var out []*sql.From
	add := func(f *sql.From) {
		if !hasFrom(out, f) {
			out = append(out, f)
		}
	}
	for _, it := range q.items() {
		switch c := it.(type) {
		case orm.Entity:
			add(c.Source())
		case *colAttr:
			add(c.from())
		default:
			for _, f := range sql.Froms(c.(operand).ref()) {
				add(f)
			}
		}
	}
	if !where {
		return out
	}
	for _, w := range q.where {
		for _, f := range sql.Froms(w.e) {
			add(f)
		}
	}
	return out
}

func hasFrom(list []*sql.From, f *sql.From) bool {
	for _, g := range list {
		if g.Is(f) {
			return true
		}
	}
	return false
}

// froms is the FROM list as SQLAlchemy derives it: the first item (which
// the joins hang off), then every other table or alias read that no join
// brings in.
func (q *selectObj) froms() []*sql.From {
	var out []*sql.From
	switch {
	case q.from != nil:
		out = append(out, q.from)
	case len(q.subs) > 0 && !q.subsJoined():
		out = append(out, sql.Table(q.subs[0].Root().Table))
	}
	for _, f := range q.sources(true) {
		if !hasFrom(out, f) && !q.joined(f) {
			out = append(out, f)
		}
	}
	return out
}

// inheritJoins are the JOINs mapped class inheritance adds: the entity's
// tables, or those of the first subclass whose columns are selected.
func (q *selectObj) inheritJoins() []sql.Join {
	switch {
	case q.entity != nil:
		return sql.Adapt(append(q.entity.InheritJoins(), q.entity.PolyJoins(q.withPoly)...), q.flat)
	case len(q.subs) > 0 && !q.subsJoined():
		return q.subs[0].InheritJoins()
	}
	return nil
}

// subsJoined reports the subclass's tables all brought in by the
// statement's joins (join(Company.employees.of_type(Engineer))).
func (q *selectObj) subsJoined() bool {
	var in []*sql.From
	for _, j := range q.joins {
		in = append(in, j.Froms()...)
	}
	for _, t := range q.subs[0].Tables() {
		if !hasFrom(in, sql.Table(t)) {
			return false
		}
	}
	return true
}

func (q *selectObj) joined(f *sql.From) bool {
	for _, j := range append(q.inheritJoins(), q.joins...) {
		for _, t := range j.Froms() {
			if t.Is(f) {
				return true
			}
		}
	}
	return false
}

// chain is the first FROM item and what the joins bring in: what a join()
// can start from.
func (q *selectObj) chain() []*sql.From {
	var out []*sql.From
	if f := q.froms(); len(f) > 0 {
		out = append(out, f[0])
	}
	for _, j := range append(q.inheritJoins(), q.joins...) {
		out = append(out, j.Froms()...)
	}
	return out
}

func (q *selectObj) clone() *selectObj {
	c := *q
	c.where = append([]*sqlExpr(nil), q.where...)
	c.order = append([]sql.Expr(nil), q.order...)
	c.joins = append([]sql.Join(nil), q.joins...)
	c.more, c.cols, c.colAt = slices.Clone(q.more), slices.Clone(q.cols), slices.Clone(q.colAt)
	return &c
}

// whereExpr is one filter() criterion, a text() clause with the values
// params() gave its binds.
func (q *selectObj) whereExpr(w *sqlExpr) sql.Expr {
	if t, ok := w.e.(sql.Text); ok && w.text != nil {
		t.Vals = q.binds
		return t
	}
	return w.e
}

// lateRefusal is the refusal select() left for the statement's run.
func (q *selectObj) lateRefusal(th *interp.Thread) error {
	if q.late != nil && !q.subsJoined() {
		return th.Error(q.late)
	}
	if _, err := q.resolve(th, q.groupBy); err != nil {
		return err
	}
	_, err := q.resolve(th, q.order)
	return err
}

// unbound is the refusal select() left for when the statement runs, or
// the StatementError of a text() clause bind that params() did
// not give a value.
func (q *selectObj) unbound(th *interp.Thread) error {
	if err := q.lateRefusal(th); err != nil {
		return err
	}
	for _, w := range q.where {
		if t, ok := w.e.(sql.Text); ok && w.text != nil {
			for _, n := range t.Names {
				if _, given := q.binds[n]; !given {
					return th.Raise(interp.ClassOf(exc.StatementError), "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '%s'", n)
				}
			}
		}
	}
	return nil
}

func (q *selectObj) compile(countWrap bool) sql.Expr {
	var s *sql.Select
	if q.entity != nil {
		s = q.entityQuery().WithoutEager()
	} else {
		s = q.compileCols()
	}
	s.Manual, s.Correlate = q.manual, q.correlate
	if countWrap {
		return &sql.Select{Cols: []sql.Expr{sql.Label{X: sql.Func{Name: "count", Args: []sql.Expr{sql.Lit("*")}}, Name: "count_1"}}, Sub: s}
	}
	return s
}

// resolved is list with its names resolved (lateRefusal refused those
// that name nothing).
func (q *selectObj) resolved(list []sql.Expr) []sql.Expr {
	out, _ := q.resolve(nil, list)
	return out
}

// compileCols is a query of columns only.
func (q *selectObj) compileCols() *sql.Select {
	s := &sql.Select{From: q.froms(), Joins: q.joins, Limit: q.limit, Offset: q.offset}
	if q.also != nil && !hasFrom(s.From, sql.Table(q.also)) {
		s.From = append(s.From, sql.Table(q.also))
	}
	s.Joins = append(q.inheritJoins(), q.joins...)
	nm := &sql.Namer{Legacy: q.legacy}
	for _, c := range q.selected() {
		s.Cols = append(s.Cols, c.Expr(nm))
	}
	var where []sql.Expr
	for _, w := range q.where {
		where = append(where, q.whereExpr(w))
	}
	for _, m := range q.subs {
		where = append(where, m.Criterion())
	}
	s.Where = sql.And(where...)
	s.GroupBy, s.Distinct = q.resolved(q.groupBy), q.distinct
	var having []sql.Expr
	for _, h := range q.having {
		having = append(having, q.whereExpr(h))
	}
	s.Having = sql.And(having...)
	s.OrderBy = q.resolved(q.order)
	return s
}

// selected are the column expressions the query selects, each placed
// among its entities.
func (q *selectObj) selected() []orm.Selected {
	out := make([]orm.Selected, len(q.cols))
	for i, c := range q.cols {
		out[i].At = q.colAt[i]
		switch c := c.(type) {
		case *colAttr:
			out[i].From, out[i].C = c.from(), c.col
		case *funcExpr:
			out[i].X = sql.Label{X: c.expr(), Anon: c.name}
		case *colExpr:
			out[i].X = selected(c)
			if c.named != nil && q.legacy {
				out[i].X = sql.Label{X: c.ref(), Name: schema.Quote(c.named.Table.Name + "_" + c.named.Name)}
			}
		case operand:
			out[i].X = selected(c)
		}
	}
	return out
}

func (q *selectObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rt := q.rt
	chain := func(fn func(c *selectObj, call *interp.Call) error) (interp.Value, bool, error) {
		return builtin(q.TypeName()+"."+name, func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			c := q.clone()
			return c, fn(c, call)
		}), true, nil
	}
	switch name {
	case "options":
		return chain(func(c *selectObj, call *interp.Call) error {
			return c.options(th, call)
		})
	case "correlate":
		return chain(func(c *selectObj, call *interp.Call) error { return c.correlateTo(th, call) })
	case "compile":
		return compileFn(th, func() (sql.Expr, error) {
			if q.entity != nil {
				return nil, unsupported(th, "compile() of a select of entities")
			}
			if err := q.lateRefusal(th); err != nil {
				return nil, err
			}
			return q.compile(false), nil
		}, rt), true, nil
	case "from_statement":
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Args) != 1 || len(call.Kw) > 0 {
				return typeErr(th, "from_statement() takes 1 positional argument")
			}
			return c.fromStatement(th, call.Args[0])
		})
	case "union", "union_all", "except_", "except_all", "intersect", "intersect_all":
		if q.legacy {
			return builtin("Query."+name, func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
				return q.legacyCompound(th, name, call)
			}), true, nil
		}
		return rt.newCompound(name, q), true, nil
	case "subquery", "lateral":
		return fromFn(q.TypeName(), name, func(th *interp.Thread) (sql.Expr, []export, error) { return q.exports(th) }), true, nil
	case "cte":
		return cteFn(q.TypeName(), func(th *interp.Thread) (sql.Expr, []export, error) { return q.exports(th) }), true, nil
	case "exists":
		return builtin(q.TypeName()+".exists", func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if len(call.Args) > 0 || len(call.Kw) > 0 {
				return nil, typeErr(th, "exists() takes 1 positional argument but %d were given", len(call.Args)+1)
			}
			return q.existsOfQuery(th)
		}), true, nil
	case "scalar_subquery", "as_scalar":
		if name == "as_scalar" && !q.legacy {
			return nil, false, nil
		}
		return builtin(name, func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if q.entity != nil || len(q.cols) != 1 {
				return nil, unsupported(th, "%s.scalar_subquery() of other than one column", q.TypeName())
			}
			return &scalarSub{q: q}, nil
		}), true, nil
	case "filter", "where":
		return chain(func(c *selectObj, call *interp.Call) error {
			for _, a := range call.Args {
				e, ok := a.(*sqlExpr)
				if t, isText := a.(*textObj); isText && c.legacy {
					q, names := textBinds(t.sql)
					e, ok = &sqlExpr{e: sql.Text{Src: t.sql, Q: q, Names: names}, text: t}, true
				}
				if !ok {
					if _, isText := a.(*textObj); isText {
						return unsupported(th, "%s() with a text() clause", name)
					}
					if b, isBool := a.(bool); isBool {
						// a Python bool is coerced to true() or false()
						c.where = append(c.where, truthExpr(b))
						continue
					}
					return unsupported(th, "%s() of %s", name, th.TypeName(a))
				}
				c.where = append(c.where, e)
			}
			return nil
		})
	case "params":
		if !q.legacy {
			return nil, false, nil
		}
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Args) > 0 {
				return unsupported(th, "Query.params() of a dict (give the values as keywords)")
			}
			c.binds = map[string]any{}
			for k, v := range q.binds {
				c.binds[k] = v
			}
			for _, kv := range call.Kw {
				v, err := pyToSQL(th, kv.Value)
				if err != nil {
					return err
				}
				c.binds[kv.Name] = orm.ToDB(nil, v)
			}
			return nil
		})
	case "add_columns":
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Kw) > 0 {
				return typeErr(th, "add_columns() got an unexpected keyword argument '%s'", call.Kw[0].Name)
			}
			for _, a := range call.Args {
				switch a.(type) {
				case *interp.Class, *aliasObj:
					e, err := rt.entityOf(th, a)
					if err != nil {
						return err
					}
					if err := c.addEntity(th, e); err != nil {
						return err
					}
				case *textObj:
					x, err := textCol(th, a.(*textObj), "add_columns")
					if err != nil {
						return err
					}
					if err := c.addCol(th, x); err != nil {
						return err
					}
				case *colAttr, *funcExpr, *colExpr, *labelExpr, *scalarSub, *literalCol:
					if err := selectableHybrid(th, a); err != nil {
						return err
					}
					if a, ok := a.(*colAttr); ok && a.m != nil && a.m.Inherits != nil {
						return unsupported(th, "add_columns() of a column of %s, a class with mapped class inheritance", a.m.Class)
					}
					if err := c.addCol(th, a); err != nil {
						return err
					}
				default:
					return unsupported(th, "add_columns() of %s", th.TypeName(a))
				}
			}
			return nil
		})
	case "add_entity":
		if !q.legacy {
			return nil, false, nil
		}
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Args) != 1 || len(call.Kw) > 0 {
				return unsupported(th, "Query.add_entity() of other than one entity")
			}
			switch call.Args[0].(type) {
			case *interp.Class, *aliasObj:
			default:
				return unsupported(th, "Query.add_entity() of %s", th.TypeName(call.Args[0]))
			}
			e, err := rt.entityOf(th, call.Args[0])
			if err != nil {
				return err
			}
			return c.addEntity(th, e)
		})
	case "with_entities":
		if !q.legacy {
			return nil, false, nil
		}
		return builtin("Query.with_entities", func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			// the joins, loader options and groups were written against
			// the entities being replaced; only a plain filtered query's
			// selection is swapped here
			switch {
			case len(call.Kw) > 0:
				return nil, typeErr(th, "with_entities() got an unexpected keyword argument '%s'", call.Kw[0].Name)
			case len(q.joins) > 0 || q.from != nil || q.also != nil:
				return nil, unsupported(th, "Query.with_entities() of a query with join() or select_from()")
			case len(q.loaders) > 0 || len(q.deferred) > 0 || len(q.polySelectin) > 0 || len(q.groupBy) > 0 || len(q.having) > 0:
				return nil, unsupported(th, "Query.with_entities() of a query with options(), group_by() or having()")
			}
			n, err := rt.newSelect(th, call.Args)
			if err != nil {
				return nil, err
			}
			c := q.clone()
			c.entity, c.as, c.key, c.more, c.cols, c.colAt = n.entity, n.as, n.key, n.more, n.cols, n.colAt
			c.withPoly, c.flat, c.subs, c.bundles = n.withPoly, n.flat, n.subs, n.bundles
			return c, nil
		}), true, nil
	case "filter_by":
		return chain(func(c *selectObj, call *interp.Call) error {
			// filter_by() reads the entity the last join() reached, else
			// that of the first thing selected (_filter_by_zero)
			var e orm.Entity
			switch first := c.items()[0].(type) {
			case orm.Entity:
				e = first
			case *colAttr:
				e = orm.Entity{M: first.m, As: first.as}
			}
			switch {
			case c.joinedTo != nil:
				e = *c.joinedTo
			case len(c.joins) > 0:
				return unsupported(th, "filter_by() after a join() to a table")
			case e.M == nil:
				return unsupported(th, "filter_by() on a query whose first column is not a mapped class's attribute")
			case e.Flat != nil:
				return unsupported(th, "filter_by() of a with_polymorphic(flat=True)")
			case c.from != nil && !c.from.Is(e.Source()):
				return unsupported(th, "filter_by() after select_from()")
			}
			for _, kv := range call.Kw {
				var attr interp.Operand
				if col := e.M.Cols[kv.Name]; col != nil {
					attr = &colAttr{col: col, m: e.M, key: kv.Name, as: e.As}
				} else if err := rt.Configure(th); err != nil {
					return err
				} else if r := e.M.Rel(kv.Name); r != nil && e.As == nil {
					attr = &relAttr{rel: r} // filter_by(user=u): Post.user == u
				} else if r != nil {
					return unsupported(th, "filter_by(%s=...) of a relationship on an aliased entity", kv.Name)
				} else if mp := rt.mappedOf(e.M); mp != nil && e.As == nil {
					// any other attribute of the class (a hybrid): getattr
					// on the entity namespace, then ==
					v, ok, err := th.GetAttr(mp.cls, kv.Name)
					if err != nil {
						return err
					}
					if !ok {
						return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Entity namespace for \"%s\" has no property \"%s\"", e.M.Table.Name, kv.Name)
					}
					x, err := th.Compare(py.Eq, v, kv.Value)
					if err != nil {
						return err
					}
					w, ok := x.(*sqlExpr)
					if !ok {
						return unsupported(th, "filter_by(%s=...) where %s.%s == ... is not a SQL expression", kv.Name, mp.cls.Name, kv.Name)
					}
					c.where = append(c.where, w)
					continue
				} else {
					return unsupported(th, "filter_by(%s=...) of an aliased entity's attribute that is not a column", kv.Name)
				}
				x, _, err := attr.Binary(th, py.Eq, kv.Value, false)
				if err != nil {
					return err
				}
				c.where = append(c.where, x.(*sqlExpr))
			}
			return nil
		})
	case "group_by", "having", "distinct":
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Kw) > 0 {
				return unknownKw(th, q.TypeName()+"."+name, call.Kw[0].Name)
			}
			switch name {
			case "distinct":
				if len(call.Args) > 0 {
					return unsupported(th, "distinct() of expressions (DISTINCT ON)")
				}
				c.distinct = true
			case "having":
				for _, a := range call.Args {
					e, ok := a.(*sqlExpr)
					if !ok {
						return unsupported(th, "having() of %s", th.TypeName(a))
					}
					c.having = append(c.having, e)
				}
			default:
				for _, a := range call.Args {
					switch a := a.(type) {
					case *colAttr, *funcExpr, *colExpr:
						c.groupBy = append(c.groupBy, a.(operand).ref())
					case nil:
						c.groupBy = nil
					case string:
						c.groupBy = append(c.groupBy, sql.Ref(a))
					case *interp.Class: // group_by(Class): its columns
						m, err := rt.mapperOf(th, a)
						if err != nil {
							return err
						}
						if m.Inherits != nil || len(m.Subs) > 0 {
							return unsupported(th, "group_by(%s), a class with mapped class inheritance", m.Class)
						}
						for _, col := range m.ColumnsInOrder() {
							c.groupBy = append(c.groupBy, sql.Col{C: col})
						}
					default:
						return unsupported(th, "group_by() of %s", th.TypeName(a))
					}
				}
			}
			return nil
		})
	case "order_by":
		return chain(func(c *selectObj, call *interp.Call) error {
			for _, a := range call.Args {
				switch a := a.(type) {
				case *colAttr, *funcExpr, *colExpr, *literalCol:
					c.order = append(c.order, a.(operand).ref())
				case *textObj:
					x, err := textCol(th, a, "order_by")
					if err != nil {
						return err
					}
					c.order = append(c.order, x.ref())
				case *orderExpr:
					c.order = append(c.order, a.o)
				case string:
					c.order = append(c.order, sql.Ref(a))
				case *labelOrder:
					c.order = append(c.order, sql.Order{X: sql.Ref(a.name), Desc: a.desc, Asc: !a.desc})
				case nil:
					c.order = nil
				default:
					return unsupported(th, "order_by() of %s", th.TypeName(a))
				}
			}
			return nil
		})
	case "slice":
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Args) != 2 || len(call.Kw) > 0 {
				return typeErr(th, "slice() takes start and stop")
			}
			start, ok1 := call.Args[0].(int64)
			stop, ok2 := call.Args[1].(int64)
			if !ok1 || !ok2 || start < 0 || stop < start || c.limit != nil || c.offset != nil {
				return unsupported(th, "slice() other than of two non-negative ints on an unlimited query")
			}
			c.limit, c.offset = sql.Bind{V: stop - start}, sql.Bind{V: start}
			return nil
		})
	case "limit", "offset":
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Args) != 1 {
				return unsupported(th, "%s() with %d arguments", name, len(call.Args))
			}
			n, ok := call.Args[0].(int64)
			if !ok {
				return unsupported(th, "%s() of %s", name, th.TypeName(call.Args[0]))
			}
			if name == "limit" {
				c.limit = sql.Bind{V: n}
			} else {
				c.offset = sql.Bind{V: n}
			}
			return nil
		})
	case "join", "outerjoin":
		return chain(func(c *selectObj, call *interp.Call) error {
			target, on, outer, full, err := joinArgs(th, call, name, 0, "target")
			if err != nil {
				return err
			}
			n := len(c.joins)
			if err := c.join(th, target, on, !outer && !full); err != nil {
				return err
			}
			if full {
				if len(c.joins) != n+1 {
					return unsupported(th, "a FULL OUTER JOIN along a many-to-many relationship")
				}
				c.joins[n].Full = true
			}
			return nil
		})
	case "join_from":
		return chain(func(c *selectObj, call *interp.Call) error {
			a := newArgs(th, call, name)
			left, _ := a.get(0, "from_")
			target, _ := a.get(1, "target")
			on, _ := a.get(2, "onclause")
			outer, err := a.boolean("isouter", false)
			if err != nil {
				return err
			}
			if err := a.check(3); err != nil {
				return err
			}
			f, _, err := rt.fromOf(th, left)
			if err != nil {
				return err
			}
			switch {
			case c.from == nil && len(c.joins) == 0:
				c.from = f
			case !hasFrom(c.chain(), f):
				return unsupported(th, "join_from() from %s, which the query's joins do not start from", f.Table.Name)
			}
			return c.join(th, target, on, !outer)
		})
	case "select_from":
		return chain(func(c *selectObj, call *interp.Call) error {
			if len(call.Args) != 1 {
				return unsupported(th, "select_from() of %d things", len(call.Args))
			}
			if j, ok := call.Args[0].(*joinObj); ok {
				// the join's items it covers leave the FROM list
				if len(c.joins) > 0 || c.from != nil && !hasFrom(j.chain(), c.from) {
					return unsupported(th, "select_from() of a join beside other FROM items")
				}
				c.from, c.joins = j.left, append([]sql.Join(nil), j.joins...)
				return nil
			}
			f, _, err := rt.fromOf(th, call.Args[0])
			if err != nil {
				return err
			}
			if c.from != nil && !c.from.Is(f) || len(c.joins) > 0 {
				return unsupported(th, "select_from() of a second FROM item")
			}
			c.from = f
			return nil
		})
	}
	if !q.legacy {
		return nil, false, nil
	}
	run := func(fn func(th *interp.Thread, call *interp.Call) (interp.Value, error)) (interp.Value, bool, error) {
		return builtin("Query."+name, fn), true, nil
	}
	switch name {
	case "all":
		return run(func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			items, err := q.Iterate(th)
			return &interp.List{Items: items}, err
		})
	case "first":
		return run(func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			c := q.clone()
			c.limit, c.offset = sql.Bind{V: int64(1)}, sql.Bind{V: int64(0)}
			items, err := c.Iterate(th)
			if err != nil || len(items) == 0 {
				return nil, err
			}
			return items[0], nil
		})
	case "one", "one_or_none", "scalar":
		return run(func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			items, err := q.Iterate(th)
			if err != nil {
				return nil, err
			}
			return one(th, rt, items, name)
		})
	case "count":
		return run(func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if err := q.sess.s.AutoflushNow(); err != nil {
				return nil, rt.raise(th, err)
			}
			if err := q.unbound(th); err != nil {
				return nil, err
			}
			if len(q.withPoly) > 0 {
				return nil, unsupported(th, "count() of a with_polymorphic() query")
			}
			text, params := sql.Compile(q.compile(true))
			r, err := q.sess.e.orm.Exec(text, params)
			if err != nil {
				return nil, rt.raise(th, err)
			}
			return r.Rows[0][0], nil
		})
	case "get":
		return run(func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if len(call.Args) != 1 || q.entity == nil || q.as != nil || len(q.more) > 0 || len(q.cols) > 0 {
				return nil, unsupported(th, "this Query.get() (one primary key value of an entity query is)")
			}
			return q.sess.get(th, q.entity, call.Args[0])
		})
	case "delete", "update":
		return run(func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if q.entity == nil || q.as != nil || len(q.more) > 0 || len(q.cols) > 0 {
				return nil, unsupported(th, "Query.%s() on other than one mapped class", name)
			}
			if q.entity.Inherits != nil || len(q.entity.Subs) > 0 {
				return nil, unsupported(th, "Query.%s() of %s, a class with mapped class inheritance", name, q.entity.Class)
			}
			for _, w := range q.where {
				if w.text != nil {
					return nil, unsupported(th, "Query.%s() of a query filtered by a text() clause", name)
				}
			}
			d := &dmlObj{rt: rt, m: q.entity, t: q.entity.Table, where: q.where, update: name == "update"}
			a := newArgs(th, call, "Query."+name)
			if d.update {
				v, ok := a.get(0, "values")
				if !ok {
					return nil, typeErr(th, "Query.update() needs a dict of values")
				}
				if err := d.setValues(th, v, nil); err != nil {
					return nil, err
				}
			}
			sync, pos := "auto", 0 // Query.delete(synchronize_session), Query.update(values, synchronize_session)
			if d.update {
				pos = 1
			}
			if v, ok := a.get(pos, "synchronize_session"); ok {
				switch v {
				case false:
					sync = "false"
				case "evaluate", "fetch", "auto":
					sync = v.(string)
				default:
					return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "Valid strategies for session synchronization are 'auto', 'evaluate', 'fetch', False")
				}
			}
			if err := a.check(pos + 1); err != nil {
				return nil, err
			}
			r, err := d.runORM(th, q.sess, sync)
			if err != nil {
				return nil, err
			}
			return r.(*resultObj).rowcount, nil
		})
	}
	return nil, false, nil
}

// join adds a JOIN to target: a relationship attribute (its join
// condition), or a mapped class, alias or Table with an ON clause (an
// expression or a relationship) or the one foreign key path between it and
// what the query already reads.
func (q *selectObj) join(th *interp.Thread, target, on interp.Value, inner bool) error {
	chain := q.chain()
	if r, ok := target.(*relAttr); ok && on == nil {
		return q.joinRel(th, r, chain, inner)
	}
	to, e, err := q.rt.fromOf(th, target)
	if err != nil {
		return err
	}
	if e != nil && e.M.Inherits != nil {
		return unsupported(th, "join() to %s, a subclass of mapped class inheritance", e.M.Class)
	}
	if r, ok := on.(*relAttr); ok { // join(Target, Class.rel)
		if e == nil || e.M != r.rel.Target || r.to != nil && !r.to.Is(to) || r.of != nil || r.wp != nil {
			return unsupported(th, "join(%s, %s) to other than the relationship's target", to.Table.Name, r.rel)
		}
		return q.joinRel(th, &relAttr{rel: r.rel, as: r.as, to: to, and: r.and}, chain, inner)
	}
	if q.from == nil && len(q.joins) == 0 && len(q.inheritJoins()) == 0 {
		left, err := q.implicitLeft(th, to, on)
		if err != nil {
			return err
		}
		if left != nil {
			q.from, chain = left, []*sql.From{left}
		}
	}
	if hasFrom(chain, to) {
		return unsupported(th, "joining %s again (that needs aliased())", to.Table.Name)
	}
	q.joinedTo = e
	if on != nil {
		x, ok := on.(*sqlExpr)
		if !ok {
			return unsupported(th, "join() with an ON clause of %s", th.TypeName(on))
		}
		q.joins = append(q.joins, sql.Join{To: to, On: x.e, Inner: inner})
		return nil
	}
	paths := fkPaths(chain, to)
	switch len(paths) {
	case 0:
		return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Don't know how to join to %s. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.", to.Table.Name)
	case 1:
		q.joins = append(q.joins, sql.Join{To: to, On: paths[0], Inner: inner})
		return nil
	}
	return unsupported(th, "join(%s) without an ON clause where several foreign keys could join it", to.Table.Name)
}

// fkPaths are the join conditions of the foreign keys that link an item
// of chain and to, either way.
func fkPaths(chain []*sql.From, to *sql.From) []sql.Expr {
	var paths []sql.Expr
	for _, left := range chain {
		for _, fk := range fksFrom(left, to) {
			paths = append(paths, fkOn(fk, to, left))
		}
		if left.Table != to.Table {
			for _, fk := range fksFrom(to, left) {
				paths = append(paths, fkOn(fk, left, to))
			}
		}
	}
	return paths
}

// fkOn is a foreign key's join condition: the referenced column (read
// through ref) equals the referencing one (through from).
func fkOn(fk *schema.FKConstraint, ref, from *sql.From) sql.Expr {
	var on []sql.Expr
	for _, el := range fk.Elements {
		on = append(on, sql.Eq(ref.Of(el.Column), from.Of(el.Parent)))
	}
	return sql.And(on...)
}

// joinRel joins along a relationship, from its parent (or the alias it was
// read on) to its target (or the of_type() alias), through an anonymous
// alias of a many-to-many's secondary table.
func (q *selectObj) joinRel(th *interp.Thread, r *relAttr, chain []*sql.From, inner bool) error {
	rel := r.rel
	if rel.Target.Inherits != nil {
		return unsupported(th, "join(%s) to %s, a subclass of mapped class inheritance", rel, rel.Target.Class)
	}
	left, right := r.as, r.to
	if left == nil {
		left = sql.Table(rel.Parent.Table)
	}
	if right == nil {
		right = sql.Table(rel.Target.Table)
	}
	// of_type(): the subclass's tables or the with_polymorphic()'s join
	// the target's inside parentheses, JOIN (employee JOIN engineer ON
	// ...) ON ...; a single-table subclass adds its discriminator IN
	var inside []sql.Join
	crit := r.and
	switch {
	case r.of != nil:
		inside = r.of.InheritJoins()
		if c := r.of.Criterion(); c != nil {
			crit = append(slices.Clone(crit), c)
		}
	case r.wp != nil:
		inside = sql.Adapt(rel.Target.PolyJoins(r.wp.subs), r.wp.flat)
		if f := r.wp.flat[rel.Target.Table]; f != nil {
			right = f
		}
	}
	var then *sql.Join
	for i := len(inside) - 1; i >= 0; i-- {
		j := inside[i]
		j.Then = then
		then = &j
	}
	// the first FROM item is replaced by the join when it is the target
	first := !hasFrom(chain, left)
	if first && q.startsAt(right) {
		q.from, chain = left, []*sql.From{left}
	}
	if first && !q.joinsFirst(left, sql.Join{To: right, Then: then}) {
		return unsupported(th, "join(%s) from a query whose joins do not start from %s", rel, left.Table.Name)
	}
	if hasFrom(chain[min(len(chain), 1):], right) || !first && hasFrom(chain[:min(len(chain), 1)], right) {
		return unsupported(th, "joining %s again (that needs aliased())", rel.Target.Table.Name)
	}
	if rel.Criteria() && right.Aliased() {
		return unsupported(th, "join(%s) to an alias, a relationship whose primaryjoin has further criteria", rel)
	}
	q.joinedTo = &orm.Entity{M: rel.Target, As: r.to}
	switch {
	case r.of != nil:
		q.joinedTo = &orm.Entity{M: r.of}
	case r.wp != nil:
		q.joinedTo.Flat = r.wp.flat
	}
	if then != nil && (rel.Secondary != nil || r.to != nil) {
		return unsupported(th, "join(%s.of_type(...)) through a secondary table or an alias", rel)
	}
	if rel.Secondary == nil {
		ref, fk := left.Of, right.Of
		if rel.Direction == orm.ManyToOne {
			ref, fk = right.Of, left.Of // its pairs are (target column, parent column)
		}
		q.joins = append(q.joins, sql.Join{To: right, On: sql.And(append([]sql.Expr{rel.On(ref, fk)}, crit...)...), Inner: inner, Then: then})
		return nil
	}
	if len(r.and) > 0 {
		return unsupported(th, "join(%s.and_(...)), a many-to-many relationship with criteria", rel)
	}
	if rel.SecondaryCriteria() {
		return unsupported(th, "join(%s), a many-to-many relationship whose primaryjoin has criteria on its secondary table", rel)
	}
	sec := sql.Anon(rel.Secondary)
	q.joins = append(q.joins,
		sql.Join{To: sec, On: rel.On(left.Of, sec.Of), Inner: inner},
		sql.Join{To: right, On: rel.SecondaryOn(right.Of, sec.Of), Inner: inner})
	return nil
}

// fksFrom lists the foreign key constraints by which from references to:
// a table's, or those of the tables a subquery reads whose columns it
// exports, on either side.
func fksFrom(from, to *sql.From) []*schema.FKConstraint {
	var out []*schema.FKConstraint
	for _, ft := range readTables(from) {
		for _, tt := range readTables(to) {
			for _, fk := range fksBetween(ft, tt) {
				if exports(from, fk, true) && exports(to, fk, false) {
					out = append(out, fk)
				}
			}
		}
	}
	return out
}

// readTables are the tables f reads: its own, or those a subquery reads
// columns of, in the order of the columns it exports.
func readTables(f *sql.From) []*schema.Table {
	if f.Sub == nil {
		return []*schema.Table{f.Table}
	}
	var out []*schema.Table
	for _, e := range f.Table.Columns {
		var ts []*schema.Table
		for o, x := range f.Sub.Origin {
			if x == e && o.Table != f.Table && !slices.Contains(out, o.Table) && !slices.Contains(ts, o.Table) {
				ts = append(ts, o.Table)
			}
		}
		slices.SortFunc(ts, func(a, b *schema.Table) int { return strings.Compare(a.Name, b.Name) })
		out = append(out, ts...)
	}
	return out
}

// exports reports whether f reads every column of fk's referencing side
// (parent) or of its referenced side.
func exports(f *sql.From, fk *schema.FKConstraint, parent bool) bool {
	if f.Sub == nil {
		return true
	}
	for _, el := range fk.Elements {
		c := el.Column
		if parent {
			c = el.Parent
		}
		if f.Sub.Origin[c] == nil {
			return false
		}
	}
	return true
}

// joinsFirst reports whether joining right would leave left the first
// FROM item, which the joins hang off: select(Address.id, User).join(
// User.addresses) joins from user_account, and address is no longer a
// FROM item of its own.
// startsAt reports whether the query has no joins yet and its first FROM
// item is f: a join to f then starts from another item (SQLAlchemy places
// the join where its left side is, and the target it covers leaves the
// FROM list).
func (q *selectObj) startsAt(f *sql.From) bool {
	froms := q.froms()
	return len(q.joins) == 0 && len(q.inheritJoins()) == 0 && len(froms) > 0 && froms[0].Is(f)
}

// implicitLeft is the FROM item a join to target starts from while the
// statement has no FROM clause of its own (_join_determine_implicit_left_side):
// of the selected entities' items, with several the one whose columns
// and the target's hold all the ON clause's (any, when none does), else
// one a foreign key links to target; nil when none.
func (q *selectObj) implicitLeft(th *interp.Thread, target *sql.From, on interp.Value) (*sql.From, error) {
	x, _ := on.(*sqlExpr)
	var all, found []*sql.From
	for _, f := range q.sources(false) {
		if !f.Is(target) {
			all = append(all, f)
		}
	}
	for _, f := range all {
		ok := x != nil || len(fksFrom(f, target))+len(fksFrom(target, f)) > 0
		if x != nil && len(all) > 1 {
			for _, g := range sql.Froms(x.e) {
				ok = ok && (g.Is(f) || g.Is(target))
			}
		}
		if ok {
			found = append(found, f)
		}
	}
	if len(found) == 0 && x != nil {
		found = all
	}
	if len(found) == 1 {
		return found[0], nil
	} else if len(found) > 1 {
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.")
	}
	return nil, nil
}

func (q *selectObj) joinsFirst(left *sql.From, right sql.Join) bool {
	c := q.clone()
	c.joins = append(c.joins, right)
	f := c.froms()
	return len(f) > 0 && f[0].Is(left)
}

// fksBetween lists from's foreign key constraints that reference to.
func fksBetween(from, to *schema.Table) []*schema.FKConstraint {
	var out []*schema.FKConstraint
	for _, c := range from.Constraints {
		if fk, ok := c.(*schema.FKConstraint); ok && len(fk.Elements) > 0 && fk.Elements[0].Column != nil && fk.Elements[0].Column.Table == to {
			out = append(out, fk)
		}
	}
	return out
}

func one(th *interp.Thread, rt *Runtime, items []interp.Value, how string) (interp.Value, error) {
	switch {
	case len(items) == 0 && how == "one":
		return nil, th.Raise(interp.ClassOf(exc.NoResultFound), "No row was found when one was required")
	case len(items) > 1:
		return nil, th.Raise(interp.ClassOf(exc.MultipleResultsFound), "Multiple rows were found when exactly one was required")
	case len(items) == 0:
		return nil, nil
	}
	if how == "scalar" {
		if t, ok := items[0].(*rowObj); ok {
			return t.vals[0], nil
		}
	}
	return items[0], nil
}

// GetItem is Query[i]: one row by LIMIT 1 OFFSET i.
func (q *selectObj) GetItem(th *interp.Thread, k interp.Value) (interp.Value, error) {
	i, ok := k.(int64)
	if !q.legacy || !ok {
		return nil, unsupported(th, "indexing a %s with %s", q.TypeName(), th.TypeName(k))
	}
	if i < 0 {
		return nil, th.Raise(interp.IndexError, "negative indexes are not accepted by SQL index / slice operators")
	}
	c := q.clone()
	c.limit, c.offset = sql.Bind{V: int64(1)}, sql.Bind{V: i}
	items, err := c.Iterate(th)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, th.Raise(interp.IndexError, "list index out of range")
	}
	return items[0], nil
}

// Slice is Query[start:stop:step] as orm.util._getitem computes it: the
// bounds become LIMIT and OFFSET, a step slices the fetched list.
func (q *selectObj) Slice(th *interp.Thread, lo, hi, step interp.Value) (interp.Value, error) {
	start, sok := lo.(int64)
	stop, eok := hi.(int64)
	if !q.legacy || (lo != nil && !sok) || (hi != nil && !eok) {
		return nil, unsupported(th, "slicing a %s with %s:%s", q.TypeName(), th.TypeName(lo), th.TypeName(hi))
	}
	if sok && eok && stop-start <= 0 {
		return &interp.List{}, nil
	}
	if (sok && start < 0) || (eok && stop < 0) {
		return nil, th.Raise(interp.IndexError, "negative indexes are not accepted by SQL index / slice operators")
	}
	c := q.clone()
	if sok && start > 0 {
		c.offset = sql.Bind{V: start}
	}
	if eok {
		c.limit = sql.Bind{V: stop - start}
	}
	items, err := c.Iterate(th)
	if err != nil {
		return nil, err
	}
	if step != nil {
		return th.Slice(&interp.List{Items: items}, nil, nil, step)
	}
	return &interp.List{Items: items}, nil
}

// Iterate runs a legacy Query.
func (q *selectObj) Iterate(th *interp.Thread) ([]interp.Value, error) {
	if !q.legacy {
		return nil, typeErr(th, "'Select' object is not iterable: run it with session.execute() or session.scalars()")
	}
	r, err := q.run(th, q.sess.e, q.sess, nil)
	if err != nil {
		return nil, err
	}
	res := r.(*resultObj)
	if q.entity != nil && len(q.more) == 0 && len(q.cols) == 0 {
		return res.scalars().rows(), nil
	}
	return res.rows(), nil
}

// textCol is a text() clause given to fn as a column: one without bound
// parameters, whose SQL is written as given.
func textCol(th *interp.Thread, t *textObj, fn string) (*literalCol, error) {
	if _, names := textBinds(t.sql); len(names) > 0 {
		return nil, unsupported(th, "%s() of a text() with bound parameters", fn)
	}
	return &literalCol{sql: t.sql, text: true}, nil
}

// colKeys are the keys of a column query's rows as SQLAlchemy names them,
// which are not the SQL's labels: a mapped attribute's key (not its
// column's name), a Core column's key, a label's name, and for another
// expression its function's name or "_no_label" in select(), no key in a
// legacy Query.
func (q *selectObj) colKeys(orm bool) []string {
	keys := make([]string, len(q.cols))
	for i, c := range q.cols {
		switch c := c.(type) {
		case *literalCol:
			keys[i] = c.key(orm)
		case *colAttr:
			keys[i] = c.key
			if c.m == nil {
				keys[i] = c.col.Key
			}
		case *labelExpr:
			keys[i] = c.name
		case *funcExpr:
			if !q.legacy {
				keys[i] = c.name
			}
		case *colExpr:
			if !q.legacy {
				keys[i] = cmp.Or(c.key, "_no_label")
			}
		default:
			if !q.legacy {
				keys[i] = "_no_label"
			}
		}
	}
	return keys
}

// run executes the select; entity rows go through the session's identity map.
func (q *selectObj) run(th *interp.Thread, e *Engine, s *sessionObj, params interp.Value) (interp.Value, error) {
	rt := q.rt
	if err := q.unbound(th); err != nil {
		return nil, err
	}
	if s != nil {
		if err := s.s.AutoflushNow(); err != nil {
			return nil, rt.raise(th, err)
		}
	}
	if q.entity == nil {
		return q.runColumns(th, e, s, q.compile(false), params)
	}
	if s == nil {
		return q.runEntityRows(th, e, params)
	}
	if _, tmpl := sql.Compile(q.compile(false)); params != nil || hasParam(tmpl) {
		return nil, unsupported(th, "parameters or bindparam() in a select() of entities")
	}
	rows, err := s.s.Tuples(q.entityQuery())
	if err != nil {
		return nil, rt.raise(th, err)
	}
	// SQLAlchemy checks each row it yields: no rows, no error
	res := &resultObj{rt: rt, rowcount: int64(-1), needUnique: !q.legacy && q.entity.HasJoinedCollection(q.loaders) && len(rows) > 0, orm: true}
	items, keys := q.items(), q.colKeys(true)
	names := make([]string, len(items))
	ci := 0
	for i, it := range items {
		if e, ok := it.(orm.Entity); ok {
			names[i] = entityKey(e)
		} else {
			names[i] = keys[ci]
			ci++
		}
	}
	for _, row := range rows {
		r := &rowObj{names: names, q: q, ormKeys: true}
		var ci, ei int
		for _, it := range items {
			if _, ok := it.(orm.Entity); !ok {
				r.vals = append(r.vals, q.colValue(ci, row.Vals[ci]))
				ci++
				continue
			}
			if st := row.Objs[ei]; st != nil {
				r.vals = append(r.vals, st.Obj)
			} else {
				r.vals = append(r.vals, nil)
			}
			ei++
		}
		res.data = append(res.data, r)
	}
	return res, nil
}

// runEntityRows runs a select() of one mapped class on a Connection: no
// objects, the rows of its table's columns (a CursorResult keyed by their
// names), each value through its column's type.
func (q *selectObj) runEntityRows(th *interp.Thread, e *Engine, params interp.Value) (interp.Value, error) {
	if len(q.more) > 0 || len(q.cols) > 0 || q.as != nil || q.entity.Inherits != nil || len(q.entity.Subs) > 0 ||
		len(q.deferred) > 0 || len(q.loaders) > 0 || len(q.withPoly) > 0 || len(q.polySelectin) > 0 || q.stmt != nil {
		return nil, unsupported(th, "selecting mapped objects through a Connection, but for the columns of one plain class")
	}
	r, err := q.execSelect(th, e, q.compile(false), params)
	if err != nil {
		return nil, err
	}
	cols := q.entity.ColumnsInOrder()
	if len(r.Columns) != len(cols) {
		return nil, unsupported(th, "selecting %s through a Connection", q.entity.Class)
	}
	res := newRawResult(q.rt, r.Columns, r.Rows, r.RowCount)
	for _, ro := range res.data {
		ro.cursor = true
		for i, c := range cols {
			ro.vals[i] = colToPy(c, ro.vals[i])
		}
	}
	return res, nil
}

// items are the entities (orm.Entity) and columns the query selects, in
// the order it selects them.
func (q *selectObj) items() []any {
	var out []any
	next := 0
	for i, e := range q.entities() {
		for ; next < len(q.cols) && q.colAt[next] <= i; next++ {
			out = append(out, q.cols[next])
		}
		out = append(out, e)
	}
	for _, c := range q.cols[next:] {
		out = append(out, c)
	}
	return out
}

// colValue is the Python value of column i of a row: what SQLite returned,
// through the column type's result processor.
func (q *selectObj) colValue(i int, v any) interp.Value {
	if b, ok := v.([]byte); ok {
		return interp.Bytes(b) // pysqlite reads a BLOB as bytes
	}
	if o, ok := q.cols[i].(operand); ok {
		if col := o.typeCol(); col != nil {
			return colToPy(col, v)
		}
	}
	return v
}

// execSelect runs a SELECT with params (nil or one dict of bindparam()
// values; a list of them is an executemany, which a SELECT is not here).
func (q *selectObj) execSelect(th *interp.Thread, e *Engine, stmt sql.Expr, params interp.Value) (*store.Result, error) {
	text, tmpl := sql.Compile(stmt)
	if err := sql.Check(stmt, text); err != nil {
		return nil, q.rt.raise(th, err)
	}
	rows, many, err := bound(th, tmpl, params)
	if err != nil {
		return nil, err
	}
	if many {
		return nil, unsupported(th, "a SELECT executed with a list of parameter sets")
	}
	r, err := e.orm.Exec(text, rows[0])
	if err != nil {
		return nil, q.rt.raise(th, err)
	}
	return r, nil
}

// runColumns runs stmt, the query's SQL or a statement selecting the same
// columns (a UNION of it), and gives its rows the query's keys and types.
func (q *selectObj) runColumns(th *interp.Thread, e *Engine, s *sessionObj, stmt sql.Expr, params interp.Value) (interp.Value, error) {
	rt := q.rt
	r, err := q.execSelect(th, e, stmt, params)
	if err != nil {
		return nil, err
	}
	res := newRawResult(rt, r.Columns, r.Rows, r.RowCount)
	res.orm = s != nil
	keys := q.colKeys(s != nil)
	// a select of mapped attributes runs through the ORM in a session, one
	// of a table's columns on the connection (a CursorResult)
	ormCols, tableCols := s != nil, true
	for _, c := range q.cols {
		ca, ok := c.(*colAttr)
		ormCols = ormCols && ok && ca.m != nil
		tableCols = tableCols && ok && ca.m == nil
	}
	for _, ro := range res.data {
		ro.cursor, ro.ormKeys = s == nil || tableCols, ormCols
		if len(keys) == len(ro.vals) {
			ro.names = keys
		}
		for i, c := range q.cols {
			if o, ok := c.(operand); ok && i < len(ro.vals) {
				if col := o.typeCol(); col != nil {
					ro.vals[i] = colToPy(col, ro.vals[i])
				}
			}
		}
	}
	if len(q.bundles) > 0 {
		q.nestBundles(res)
	}
	return res, nil
}

// colToPy applies a selected column's result processor to what SQLite
// returned: an Enum's member, a Boolean's bool, a Date's date and a
// DateTime's datetime, a Float's float, a Numeric's Decimal (asdecimal).
func colToPy(c *schema.Column, v any) interp.Value {
	if m, ok := enumToPy(c, v); ok {
		return m
	}
	switch x := orm.FromDB(c, v).(type) {
	case time.Time:
		return interp.NewDate(x, c.Type.Affinity == schema.AffDateTime)
	case bool, float64:
		return x
	case schema.Decimal:
		if c.Type.AsDecimal {
			return decimalToPy(x)
		}
	}
	return v
}

// entityKey is an entity's name in a result row: its class's name, an
// alias's name, or "" for an anonymous alias, which has none.
func entityKey(e orm.Entity) string {
	switch {
	case e.Key != "":
		return e.Key
	case e.As == nil:
		return e.M.Class
	case e.As.Anon:
		return ""
	}
	return e.As.Name
}

func (q *selectObj) entityQuery() orm.EntityQuery {
	eq := orm.EntityQuery{M: q.entity, As: q.as, Flat: q.flat, More: q.more, Cols: q.selected(), From: q.froms(), Deferred: q.deferred, GroupBy: q.resolved(q.groupBy), Distinct: q.distinct, Order: q.resolved(q.order), Limit: q.limit, Offset: q.offset, Legacy: q.legacy, Also: q.also, Joins: q.joins, PolySelectin: q.polySelectin, WithPoly: q.withPoly, Loaders: q.loaders, Inner: q.inner, Nested: q.nested, NestedDeferred: q.nestedDeferred, NestedPoly: q.nestedPoly, LoadPoly: q.loadPoly, Depth: q.depth, Stmt: q.stmt}
	var where, having []sql.Expr
	for _, w := range q.where {
		where = append(where, q.whereExpr(w))
	}
	for _, h := range q.having {
		having = append(having, q.whereExpr(h))
	}
	eq.Where, eq.Having = sql.And(where...), sql.And(having...)
	return eq
}

// Str is str(statement): the SQL it sends, as the default dialect's string
// compiler writes it (named parameters, line breaks).
func (q *selectObj) Str(th *interp.Thread) (string, error) {
	bound := q.legacy && q.sess != nil && !q.sess.e.orm.Unbound
	if q.entity == nil {
		if err := q.lateRefusal(th); err != nil {
			return "", err
		}
		return q.rt.str(th, q.compile(false), bound)
	}
	stmt, err := q.entityQuery().Statement()
	if err != nil {
		return "", q.rt.raise(th, err)
	}
	return q.rt.str(th, stmt, bound)
}

// dmlObj is delete(M) / update(M) and the bulk Query methods.
type dmlObj struct {
	rt     *Runtime
	m      *orm.Mapper
	t      *schema.Table
	where  []*sqlExpr
	update bool
	sync   interp.Value // execution_options(synchronize_session=...)
	set    []*schema.Column
	vals   []sql.Expr
	// evs evaluate each value on a matched object (nil: it expires)
	evs []evalFn
	// ret are returning()'s columns; entity: returning(Class), whose
	// rows load as objects of m
	ret    []*schema.Column
	entity bool
	// ordered is ordered_values() (even of nothing): SET in the order
	// given, and values() is refused (_exclusive_against)
	ordered bool
}

func (d *dmlObj) TypeName() string {
	if d.update {
		return "Update"
	}
	return "Delete"
}

func (rt *Runtime) newDML(update bool) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 {
			return nil, unsupported(th, "delete()/update() of %d things", len(c.Args))
		}
		d := &dmlObj{rt: rt, update: update}
		if t, ok := c.Args[0].(*tableObj); ok {
			d.t = t.t
			return d, nil
		}
		m, err := rt.mapperOf(th, c.Args[0])
		if err != nil {
			return nil, err
		}
		if m.Inherits != nil || len(m.Subs) > 0 {
			return nil, unsupported(th, "%s() of %s, a class with mapped class inheritance", map[bool]string{true: "update", false: "delete"}[update], m.Class)
		}
		d.m, d.t = m, m.Table
		return d, nil
	}
}

// otherTables refuses an expression of an UPDATE or DELETE that reads other
// tables than the statement's outside a subquery: SQLAlchemy adds them
// (UPDATE ... FROM, DELETE FROM t, u), which the engine does not write.
func (d *dmlObj) otherTables(th *interp.Thread, e sql.Expr) error {
	for _, f := range sql.Froms(e) {
		if !f.Is(sql.Table(d.t)) {
			return unsupported(th, "%s() of %s reading other tables (a multi-table %s)", strings.ToLower(d.TypeName()), d.t.Name, strings.ToUpper(d.TypeName()))
		}
	}
	return nil
}

// add sets column k (a name or a column) to val: in the table's column
// order (crud._scan_cols), or after the others for ordered_values()
// (_parameter_ordering); a column given again takes the later value.
func (d *dmlObj) add(th *interp.Thread, k interp.Value, val interp.Value) error {
	var col *schema.Column
	switch k := k.(type) {
	case string:
		col = d.t.Col(k)
	case *colAttr:
		col = k.col
	}
	if col == nil {
		return th.Raise(interp.ClassOf(exc.CompileError), "Unconsumed column names: %s", keyName(th, k))
	}
	if col.Table != d.t {
		return unsupported(th, "values() of %s.%s in an UPDATE of %s (a multi-table UPDATE)", col.Table.Name, col.Name, d.t.Name)
	}
	x, ev, err := valueOf(th, col, val)
	if err != nil {
		return err
	}
	if err := d.otherTables(th, x); err != nil {
		return err
	}
	if i := slices.Index(d.set, col); i >= 0 {
		if d.ordered {
			return unsupported(th, "Update.ordered_values() that gives %s twice", col.Name)
		}
		d.vals[i], d.evs[i] = x, ev
		return nil
	}
	i := 0
	for i < len(d.set) && (d.ordered || slices.Index(d.t.Columns, d.set[i]) < slices.Index(d.t.Columns, col)) {
		i++
	}
	d.set = slices.Insert(d.set, i, col)
	d.vals = slices.Insert(d.vals, i, x)
	d.evs = slices.Insert(d.evs, i, ev)
	return nil
}

func (d *dmlObj) setValues(th *interp.Thread, v interp.Value, kw []interp.KV) error {
	add := func(k, val interp.Value) error { return d.add(th, k, val) }
	if dict, ok := v.(*interp.Dict); ok {
		for _, k := range dict.Keys() {
			val, _, _ := dict.Get(th, k)
			if err := add(k, val); err != nil {
				return err
			}
		}
	} else if v != nil {
		return unsupported(th, "values() of %s", th.TypeName(v))
	}
	for _, kv := range kw {
		if err := add(kv.Name, kv.Value); err != nil {
			return err
		}
	}
	return nil
}

func (d *dmlObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "where", "filter":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := *d
			n.where = append([]*sqlExpr(nil), d.where...)
			for _, a := range c.Args {
				e, ok := a.(*sqlExpr)
				if _, isText := a.(*textObj); isText {
					return nil, unsupported(th, "%s() with a text() clause", name)
				}
				if !ok {
					return nil, unsupported(th, "where() of %s", th.TypeName(a))
				}
				if err := d.otherTables(th, e.e); err != nil {
					return nil, err
				}
				n.where = append(n.where, e)
			}
			return &n, nil
		}), true, nil
	case "values":
		if !d.update {
			return nil, false, nil
		}
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if d.ordered {
				return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "This statement already has ordered values present")
			}
			n := *d
			n.set = append([]*schema.Column(nil), d.set...)
			n.vals = append([]sql.Expr(nil), d.vals...)
			n.evs = append([]evalFn(nil), d.evs...)
			var v interp.Value
			if len(c.Args) == 1 {
				v = c.Args[0]
			}
			return &n, n.setValues(th, v, c.Kw)
		}), true, nil
	case "ordered_values":
		if !d.update {
			return nil, false, nil
		}
		return builtin("Update.ordered_values", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			switch {
			case len(d.set) > 0 && d.ordered:
				return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "This statement already has ordered values present")
			case len(d.set) > 0:
				return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "This statement already has values present")
			case len(c.Kw) > 0:
				return nil, unsupported(th, "Update.ordered_values() with keyword arguments")
			}
			n := *d
			n.ordered, n.set, n.vals, n.evs = true, nil, nil, nil // none yet
			for _, a := range c.Args {
				kv, ok := a.(interp.Tuple)
				if !ok || len(kv) != 2 {
					return nil, unsupported(th, "Update.ordered_values() of %s, other than (column, value) pairs", th.TypeName(a))
				}
				if err := n.add(th, kv[0], kv[1]); err != nil {
					return nil, err
				}
			}
			return &n, nil
		}), true, nil
	case "returning":
		return builtin(d.TypeName()+".returning", d.returning), true, nil
	case "compile":
		return compileFn(th, func() (sql.Expr, error) { return d.shown(), nil }, d.rt), true, nil
	case "execution_options":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := *d
			for _, kv := range c.Kw {
				if kv.Name != "synchronize_session" {
					return nil, unsupported(th, "execution_options(%s=)", kv.Name)
				}
				n.sync = kv.Value
			}
			return &n, nil
		}), true, nil
	}
	return nil, false, nil
}

// returning is returning(Class) of the statement's mapped class (an
// update's only: the objects load) or returning(columns) of its table.
func (d *dmlObj) returning(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Kw) > 0 {
		return nil, unsupported(th, "%s.returning(%s=...)", d.TypeName(), c.Kw[0].Name)
	}
	n := *d
	n.ret = append([]*schema.Column(nil), d.ret...)
	for _, a := range c.Args {
		if cls, ok := a.(*interp.Class); ok && d.update && d.m != nil && len(c.Args) == 1 && len(d.ret) == 0 {
			if m, err := d.rt.mapperOf(th, cls); err == nil && m == d.m {
				n.entity, n.ret = true, m.ColumnsInOrder()
				continue
			}
		}
		ca, ok := a.(*colAttr)
		if !ok || ca.col.Table != d.t || ca.as != nil {
			return nil, unsupported(th, "%s.returning(%s)", d.TypeName(), th.TypeName(a))
		}
		n.ret = append(n.ret, ca.col)
	}
	return &n, nil
}

// shown is the statement as str() and compile() write it: an UPDATE
// without values() sets every column, each from its own parameter.
func (d *dmlObj) shown() sql.Expr {
	s := d.stmt(false)
	if u, ok := s.(*sql.UpdateWhere); ok && len(u.Set) == 0 {
		for _, c := range d.t.Columns {
			u.Set, u.Values = append(u.Set, c), append(u.Values, sql.Param{Name: c.Key, Col: c})
		}
	}
	return s
}

// stmt is the statement; fetch adds RETURNING of the key, which
// synchronize_session="fetch" reads the matched rows by.
func (d *dmlObj) stmt(fetch bool) sql.Expr {
	var where []sql.Expr
	for _, w := range d.where {
		where = append(where, w.e)
	}
	ret := d.ret
	if fetch {
		ret = d.t.PrimaryKey
	}
	if d.update {
		return &sql.UpdateWhere{Table: d.t, Set: d.set, Values: d.vals, Where: sql.And(where...), Returning: ret}
	}
	return &sql.Delete{Table: d.t, Where: sql.And(where...), Returning: ret}
}

// onUpdateRefusal refuses an UPDATE statement of a table whose columns
// have onupdate= SQL or a server_onupdate: the engine does not render them
// into a criteria UPDATE nor synchronize what they change.
func (d *dmlObj) onUpdateRefusal(th *interp.Thread) error {
	if !d.update {
		return nil
	}
	for _, c := range d.t.Columns {
		if c.FetchedOnUpdate() {
			return unsupported(th, "update() of table %s, whose column %s has onupdate=/server_onupdate=", d.t.Name, c.Name)
		}
	}
	return nil
}

// runCore runs the statement with params: nil, a dict, or a list of dicts
// (an executemany) filling its bindparam()s.
func (d *dmlObj) runCore(th *interp.Thread, e *Engine, params interp.Value) (interp.Value, error) {
	if err := d.onUpdateRefusal(th); err != nil {
		return nil, err
	}
	text, tmpl := sql.Compile(d.stmt(false))
	rows, many, err := bound(th, tmpl, params)
	if err != nil {
		return nil, err
	}
	var r *store.Result
	if many {
		r, err = e.orm.ExecMany(text, rows)
	} else {
		r, err = e.orm.Exec(text, rows[0])
	}
	if err != nil {
		return nil, d.rt.raise(th, err)
	}
	if len(d.ret) > 0 {
		return newRawResult(d.rt, r.Columns, r.Rows, r.RowCount), nil
	}
	return &resultObj{rt: d.rt, rowcount: r.RowCount}, nil
}

// runORM is an ORM-enabled bulk DELETE/UPDATE with session synchronization.
func (d *dmlObj) runORM(th *interp.Thread, s *sessionObj, sync string) (interp.Value, error) {
	rt := d.rt
	if d.m == nil {
		return d.runCore(th, s.e, nil)
	}
	if err := d.onUpdateRefusal(th); err != nil {
		return nil, err
	}
	if d.sync != nil {
		switch d.sync {
		case false:
			sync = "false"
		default:
			sync, _ = d.sync.(string)
		}
	}
	if err := s.s.AutoflushNow(); err != nil {
		return nil, rt.raise(th, err)
	}
	evaluable := true
	for _, w := range d.where {
		if w.ev == nil {
			evaluable = false
		}
	}
	if sync == "auto" {
		sync = "fetch"
		if evaluable {
			sync = "evaluate"
		}
	}
	if sync == "fetch" && len(d.ret) > 0 {
		return nil, unsupported(th, "%s.returning() with synchronize_session=\"fetch\"", d.TypeName())
	}
	if sync == "evaluate" && !evaluable {
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Could not evaluate current criteria in Python: the WHERE clause uses something the evaluator cannot run; use synchronize_session=\"fetch\"")
	}
	var matched []*orm.State
	if sync == "evaluate" {
		for _, st := range s.s.States() {
			if st.M != d.m || st.Expired {
				continue
			}
			ok := true
			for _, w := range d.where {
				v, err := w.ev(st)
				if err == errNoEval {
					return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Could not evaluate current criteria in Python")
				}
				if err != nil {
					return nil, rt.raise(th, err)
				}
				if v != true {
					ok = false
					break
				}
			}
			if ok {
				matched = append(matched, st)
			}
		}
	}
	text, params := sql.Compile(d.stmt(sync == "fetch"))
	r, err := s.e.orm.Exec(text, params)
	if err != nil {
		return nil, rt.raise(th, err)
	}
	if sync == "fetch" {
		for _, row := range r.Rows {
			if st := s.s.Lookup(d.m, row); st != nil {
				matched = append(matched, st)
			}
		}
	}
	if d.update {
		for _, st := range matched {
			var expire []string
			for i, c := range d.set {
				key := d.m.ColKey(c)
				if _, loaded := st.Dict[key]; !loaded {
					continue // an unloaded attribute stays so
				}
				if d.evs[i] == nil {
					expire = append(expire, key)
					continue
				}
				v, err := d.evs[i](st)
				if err != nil {
					return nil, rt.raise(th, err)
				}
				st.SetCommitted(key, v)
			}
			if len(expire) > 0 {
				if err := s.s.Expire(st, expire); err != nil {
					return nil, rt.raise(th, err)
				}
			}
		}
	} else {
		s.s.RemoveDeleted(matched)
	}
	if d.entity {
		return entityRows(th, rt, s, d.m, r.Rows)
	}
	if len(d.ret) > 0 {
		res := newRawResult(rt, r.Columns, r.Rows, r.RowCount)
		res.orm = true
		return res, nil
	}
	return &resultObj{rt: d.rt, rowcount: r.RowCount}, nil
}

// resultObj is a Result.
type resultObj struct {
	rt       *Runtime
	data     []*rowObj
	rowcount int64
	scalar1  bool
	mapping  bool // a MappingResult: rows come as RowMappings
	// orm marks a select run through a Session: SQLAlchemy's
	// ChunkedIteratorResult, where a Connection's or a DML's is a CursorResult
	orm bool
	// needUnique: 2.0 results with joined eager collections must be uniqued
	needUnique bool
	insertedPK interp.Tuple // a one-row insert's inserted_primary_key
	lastrowid  *lastRowID   // a Core INSERT's lastrowid
	// noRows: an INSERT without RETURNING, whose result closed itself;
	// iterator: that of an ORM bulk insert, SQLAlchemy's IteratorResult
	noRows, iterator bool
}

// lastRowID is CursorResult.lastrowid of a Core INSERT: the rowid SQLite
// gave, or None after an executemany.
type lastRowID struct {
	v   int64
	set bool
}

func (r *resultObj) TypeName() string {
	switch {
	case r.iterator:
		return "IteratorResult"
	case r.mapping:
		return "MappingResult"
	case r.scalar1:
		return "ScalarResult"
	case r.orm:
		return "ChunkedIteratorResult"
	}
	return "CursorResult"
}

func newRawResult(rt *Runtime, cols []string, rows [][]any, rowcount int64) *resultObj {
	res := &resultObj{rt: rt, rowcount: rowcount}
	for _, row := range rows {
		ro := &rowObj{names: cols}
		for _, v := range row {
			if b, ok := v.([]byte); ok {
				v = interp.Bytes(b) // pysqlite reads a BLOB as bytes
			}
			ro.vals = append(ro.vals, v)
		}
		res.data = append(res.data, ro)
	}
	return res
}

func (r *resultObj) rows() []interp.Value {
	out := make([]interp.Value, len(r.data))
	for i, ro := range r.data {
		if r.scalar1 {
			out[i] = ro.vals[0]
		} else if r.mapping {
			out[i] = &rowMapping{ro}
		} else {
			out[i] = ro
		}
	}
	return out
}

func (r *resultObj) scalars() *resultObj {
	return &resultObj{rt: r.rt, data: r.data, rowcount: r.rowcount, scalar1: true, needUnique: r.needUnique, orm: r.orm}
}

// unique is Result.unique(): rows repeated by joined eager loads appear
// once; a row of several values is told apart by all of them (a tuple's
// hash: objects by identity, values by equality).
func (r *resultObj) unique(th *interp.Thread) (*resultObj, error) {
	u := &resultObj{rt: r.rt, rowcount: r.rowcount, scalar1: r.scalar1, mapping: r.mapping, orm: r.orm}
	seen := map[interp.Value]bool{}
	tuples := interp.NewDict()
	for _, row := range r.data {
		switch {
		case len(row.vals) == 1 || r.scalar1:
			if seen[row.vals[0]] {
				continue
			}
			seen[row.vals[0]] = true
		default:
			k := make(interp.Tuple, len(row.vals))
			for i, v := range row.vals {
				k[i] = v
				if _, ok := v.(*interp.Instance); ok { // an entity: by identity, as SQLAlchemy's id()
					k[i] = fmt.Sprintf("\x00%p", v)
				}
			}
			if _, dup, err := tuples.Get(th, k); err != nil || dup {
				if err != nil {
					return nil, err
				}
				continue
			}
			if err := tuples.Set(th, k, true); err != nil {
				return nil, err
			}
		}
		u.data = append(u.data, row)
	}
	return u, nil
}

func (r *resultObj) scalar(th *interp.Thread) (interp.Value, error) {
	if len(r.data) == 0 {
		return nil, nil
	}
	return r.data[0].vals[0], nil
}

// errClosed is fetching from a result that returns no rows.
func (r *resultObj) errClosed(th *interp.Thread) error {
	return th.Raise(interp.ClassOf(exc.ResourceClosedError), "This result object does not return rows. It has been closed automatically.")
}

func (r *resultObj) Iterate(th *interp.Thread) ([]interp.Value, error) {
	if r.noRows {
		return nil, r.errClosed(th)
	}
	if r.needUnique {
		return nil, r.errUnique(th)
	}
	return r.rows(), nil
}

// scalarResultHas are the fetching methods a ScalarResult has of Result's.
var scalarResultHas = map[string]bool{"all": true, "fetchall": true, "fetchmany": true, "first": true, "one": true, "one_or_none": true}

// readsOneRow are the fetching methods that neither unique rows nor check
// that they need to be (fetchmany, mappings() and scalars() check later).
var readsOneRow = map[string]bool{"first": true, "scalar": true, "fetchmany": true, "mappings": true, "scalars": true}

func (r *resultObj) errUnique(th *interp.Thread) error {
	return th.Raise(interp.ClassOf(exc.InvalidRequestError), "The unique() method must be invoked on this Result, as it contains results that include joined eager loads against collections")
}

func (r *resultObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if r.mapping && !mappingResultAttrs[name] {
		return nil, false, nil // the catalog tells MappingResult's names from the engine's gaps
	}
	switch name {
	case "lastrowid":
		if r.lastrowid == nil {
			return nil, true, unsupported(th, "Result.lastrowid (only of a Core INSERT)")
		}
		if !r.lastrowid.set {
			return nil, true, nil
		}
		return r.lastrowid.v, true, nil
	case "inserted_primary_key":
		if r.insertedPK == nil {
			return nil, true, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Statement is not a compiled expression construct, or is not an insert() construct, or was executed with several parameter sets.")
		}
		return &rowObj{vals: r.insertedPK}, true, nil
	case "unique":
		return builtin("Result.unique", func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return r.unique(th) }), true, nil
	case "tuples": // the same result, typed as tuples
		if r.scalar1 || r.mapping {
			return nil, false, nil
		}
		return builtin("Result.tuples", func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return r, nil }), true, nil
	case "all", "fetchall", "first", "fetchone", "one", "one_or_none", "scalar", "scalar_one", "scalar_one_or_none", "fetchmany", "mappings", "scalars":
		if r.noRows {
			return builtin("Result."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return nil, r.errClosed(th) }), true, nil
		}
		if r.scalar1 && !scalarResultHas[name] {
			return nil, false, nil
		}
		// rows with a joined eager collection are uniqued before they are
		// read; first() and scalar() take one row without the check
		// (Result._only_one_row)
		if r.needUnique && !readsOneRow[name] {
			return nil, true, r.errUnique(th)
		}
	}
	rt := func(fn func(th *interp.Thread) (interp.Value, error)) (interp.Value, bool, error) {
		return builtin("Result."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return fn(th) }), true, nil
	}
	switch name {
	case "rowcount":
		if r.iterator {
			return nil, false, nil
		}
		return r.rowcount, true, nil
	case "all", "fetchall":
		return rt(func(th *interp.Thread) (interp.Value, error) { return &interp.List{Items: r.rows()}, nil })
	case "first", "fetchone":
		return rt(func(th *interp.Thread) (interp.Value, error) {
			rows := r.rows()
			if len(rows) == 0 {
				return nil, nil
			}
			return rows[0], nil
		})
	case "one", "one_or_none":
		return rt(func(th *interp.Thread) (interp.Value, error) {
			return r.one(th, r.rows(), name)
		})
	case "scalar":
		return rt(r.scalar)
	case "scalar_one", "scalar_one_or_none":
		return rt(func(th *interp.Thread) (interp.Value, error) {
			return r.one(th, r.scalars().rows(), map[string]string{"scalar_one": "one", "scalar_one_or_none": "one_or_none"}[name])
		})
	case "scalars":
		return rt(func(th *interp.Thread) (interp.Value, error) { return r.scalars(), nil })
	case "mappings":
		return rt(func(th *interp.Thread) (interp.Value, error) {
			if len(r.data) > 0 && !r.data[0].named() {
				return nil, unsupported(th, "Result.mappings of rows without column names")
			}
			return &resultObj{rt: r.rt, data: r.data, rowcount: r.rowcount, mapping: true, needUnique: r.needUnique}, nil
		})
	}
	return nil, false, nil
}

// mappingResultAttrs are the Result methods this engine has that
// MappingResult keeps too.
var mappingResultAttrs = map[string]bool{"all": true, "fetchall": true, "fetchone": true, "first": true, "one": true, "one_or_none": true, "unique": true}

func (r *resultObj) one(th *interp.Thread, rows []interp.Value, how string) (interp.Value, error) {
	switch {
	case len(rows) == 0 && how == "one":
		return nil, th.Raise(interp.ClassOf(exc.NoResultFound), "No row was found when one was required")
	case len(rows) > 1:
		return nil, th.Raise(interp.ClassOf(exc.MultipleResultsFound), "Multiple rows were found when exactly one was required")
	case len(rows) == 0:
		return nil, nil
	}
	return rows[0], nil
}

// rowObj is a Row: a named tuple.
type rowObj struct {
	vals  []interp.Value
	names []string
	// q selected the row's entities and columns, which its mapping finds
	// values by
	q *selectObj
	// cursor marks a row of a Core statement's CursorResult, ormKeys one of
	// an ORM result (SimpleResultMetaData): what a missing name raises
	cursor, ormKeys bool
}

// selIndex is the place of an entity or a column in the row, as
// row._mapping[User] finds it: the same class or alias, the same column
// read through the same table or alias.
func (r *rowObj) selIndex(th *interp.Thread, k interp.Value) (int, bool) {
	if r.q == nil {
		return 0, false
	}
	var e *orm.Entity
	switch k.(type) {
	case *interp.Class, *aliasObj:
		if x, err := r.q.rt.entityOf(th, k); err == nil {
			e = &x
		}
	}
	for i, s := range r.q.items() {
		switch s := s.(type) {
		case orm.Entity:
			if e != nil && e.M == s.M && e.As == s.As {
				return i, true
			}
		case *colAttr:
			if c, ok := k.(*colAttr); ok && c.col == s.col && c.from().Is(s.from()) {
				return i, true
			}
		default:
			if k == s {
				return i, true
			}
		}
	}
	return 0, false
}

func (r *rowObj) TypeName() string                                  { return "Row" }
func (r *rowObj) TypeModule() string                                { return "sqlalchemy.engine.row" }
func (r *rowObj) Iterate(th *interp.Thread) ([]interp.Value, error) { return r.vals, nil }
func (r *rowObj) Len(th *interp.Thread) (int, error)                { return len(r.vals), nil }
func (r *rowObj) Repr(th *interp.Thread) (string, error)            { return th.Repr(interp.Tuple(r.vals)) }
func (r *rowObj) GetItem(th *interp.Thread, k interp.Value) (interp.Value, error) {
	return th.GetItem(interp.Tuple(r.vals), k)
}

// Slice of a Row is a tuple.
func (r *rowObj) Slice(th *interp.Thread, lo, hi, step interp.Value) (interp.Value, error) {
	return th.Slice(interp.Tuple(r.vals), lo, hi, step)
}

// named: the row knows its columns' names (an inserted_primary_key row does not).
func (r *rowObj) named() bool {
	for _, n := range r.names {
		if n == "" { // an anonymous alias's entity
			return false
		}
	}
	return len(r.names) == len(r.vals)
}

func (r *rowObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "_fields" && len(r.names) == len(r.vals) {
		var out interp.Tuple
		for _, n := range r.names {
			if n != "" { // an anonymous alias's entity has no key
				out = append(out, n)
			}
		}
		return out, true, nil
	}
	if name == "_asdict" {
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if !r.named() {
				return nil, unsupported(th, "Row._asdict() of a row without column names")
			}
			d := interp.NewDict()
			for i, n := range r.names {
				d.SetStr(n, r.vals[i])
			}
			return d, nil
		}), true, nil
	}
	if name == "_mapping" {
		if !r.named() {
			return nil, true, unsupported(th, "Row._mapping of a row without column names")
		}
		return &rowMapping{r}, true, nil
	}
	for i, n := range r.names {
		if n == name {
			return r.vals[i], true, nil
		}
	}
	if !r.named() || rowAttrs[name] || strings.HasPrefix(name, "__") {
		return nil, false, nil
	}
	// Row.__getattr__ of a name that is neither a column nor Row's own: the
	// result's metadata raises (CursorResultMetaData, the ORM's
	// SimpleResultMetaData) and Row reraises as AttributeError
	switch {
	case r.cursor:
		return nil, true, th.Raise(interp.AttributeError, "Could not locate column in row for column '%s'", name)
	case r.ormKeys:
		return nil, true, th.Raise(interp.AttributeError, "%s", name)
	}
	return nil, false, nil
}

// rowAttrs are Row's own attributes (dir(Row) in 2.0.52, dunders aside).
var rowAttrs = map[string]bool{"_abc_impl": true, "_asdict": true, "_data": true, "_fields": true, "_filter_on_values": true,
	"_get_by_key_impl_mapping": true, "_is_protocol": true, "_key_to_index": true, "_mapping": true, "_op": true, "_parent": true,
	"_special_name_accessor": true, "_t": true, "_to_tuple_instance": true, "_tuple": true, "_values_impl": true, "count": true,
	"index": true, "t": true, "tuple": true}

func (r *rowObj) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	if o, ok := other.(*rowObj); ok {
		other = interp.Tuple(o.vals)
	}
	eq, err := th.Equal(interp.Tuple(r.vals), other)
	if op == py.NotEq {
		eq = !eq
	}
	return eq, true, err
}
func (r *rowObj) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

// rowMapping is a RowMapping (Row._mapping, Result.mappings()): a read-only
// mapping of the row's column names to its values.
type rowMapping struct{ row *rowObj }

func (m *rowMapping) TypeName() string { return "RowMapping" }

func (m *rowMapping) keys() []interp.Value {
	out := make([]interp.Value, len(m.row.names))
	for i, n := range m.row.names {
		out[i] = n
	}
	return out
}

func (m *rowMapping) Iterate(th *interp.Thread) ([]interp.Value, error) { return m.keys(), nil }
func (m *rowMapping) Len(th *interp.Thread) (int, error)                { return len(m.row.vals), nil }

func (m *rowMapping) index(k interp.Value) (int, bool) {
	name, ok := k.(string)
	if !ok {
		return 0, false
	}
	for i, n := range m.row.names {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

func (m *rowMapping) Contains(th *interp.Thread, k interp.Value) (bool, error) {
	if _, ok := k.(string); !ok {
		return false, unsupported(th, "RowMapping lookups by a %s", th.TypeName(k))
	}
	_, ok := m.index(k)
	return ok, nil
}

func (m *rowMapping) GetItem(th *interp.Thread, k interp.Value) (interp.Value, error) {
	if i, ok := m.index(k); ok {
		return m.row.vals[i], nil
	}
	if i, ok := m.row.selIndex(th, k); ok {
		return m.row.vals[i], nil
	}
	return nil, unsupported(th, "RowMapping lookups by a %s other than the row's column names", th.TypeName(k))
}

// Repr is repr(dict(self)), as RowMapping.__repr__.
func (m *rowMapping) Repr(th *interp.Thread) (string, error) {
	d := interp.NewDict()
	for i, n := range m.row.names {
		if err := d.Set(th, n, m.row.vals[i]); err != nil {
			return "", err
		}
	}
	return th.Repr(d)
}

func (m *rowMapping) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "keys":
		return builtin("RowMapping.keys", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return &rmKeyView{m.keys()}, nil
		}), true, nil
	case "values", "items":
		return builtin("RowMapping."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return &rmView{m: m, items: name == "items"}, nil
		}), true, nil
	}
	if name != "get" {
		return nil, false, nil
	}
	return builtin("RowMapping.get", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) < 1 || len(c.Args) > 2 || len(c.Kw) > 0 {
			return nil, unsupported(th, "RowMapping.get with other than a key and a default")
		}
		if i, ok := m.index(c.Args[0]); ok {
			return m.row.vals[i], nil
		}
		if _, ok := c.Args[0].(string); !ok {
			return nil, unsupported(th, "RowMapping lookups by a %s", th.TypeName(c.Args[0]))
		}
		if len(c.Args) == 2 {
			return c.Args[1], nil
		}
		return nil, nil
	}), true, nil
}

// rmKeyView is RowMapping.keys(): the row's column names, equal to any
// iterable that lists them in order (RMKeyView.__eq__ compares lists).
type rmKeyView struct{ names []interp.Value }

func (v *rmKeyView) TypeName() string                                  { return "RMKeyView" }
func (v *rmKeyView) Iterate(th *interp.Thread) ([]interp.Value, error) { return v.names, nil }
func (v *rmKeyView) Len(th *interp.Thread) (int, error)                { return len(v.names), nil }

func (v *rmKeyView) Contains(th *interp.Thread, k interp.Value) (bool, error) {
	switch k.(type) {
	case string:
		return slices.Contains(v.names, k), nil
	case int64, bool, *big.Int:
		return false, nil // RMKeyView.__contains__: an int is never a key
	}
	return false, unsupported(th, "RowMapping lookups by a %s", th.TypeName(k))
}

func (v *rmKeyView) Repr(th *interp.Thread) (string, error) {
	r, err := th.Repr(&interp.List{Items: v.names})
	return "RMKeyView(" + r + ")", err
}

func (v *rmKeyView) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	items, err := th.Iterate(other)
	if err != nil {
		return nil, true, err
	}
	eq, err := th.Equal(&interp.List{Items: items}, &interp.List{Items: v.names})
	return eq == (op == py.Eq), true, err
}

func (v *rmKeyView) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

// rmView is RowMapping.values() or items(): it shows as the mapping does,
// inside its class's name.
type rmView struct {
	m     *rowMapping
	items bool
}

func (v *rmView) TypeName() string {
	if v.items {
		return "ROMappingItemsView"
	}
	return "ROMappingKeysValuesView"
}

func (v *rmView) Iterate(th *interp.Thread) ([]interp.Value, error) {
	if !v.items {
		return v.m.row.vals, nil
	}
	out := make([]interp.Value, len(v.m.row.vals))
	for i, n := range v.m.row.names {
		out[i] = interp.Tuple{n, v.m.row.vals[i]}
	}
	return out, nil
}

func (v *rmView) Len(th *interp.Thread) (int, error) { return len(v.m.row.vals), nil }

func (v *rmView) Repr(th *interp.Thread) (string, error) {
	r, err := v.m.Repr(th)
	return v.TypeName() + "(" + r + ")", err
}

func (v *rmView) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	return nil, true, unsupported(th, "comparing a RowMapping's %s", v.TypeName())
}

func (v *rmView) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

// correlateTo is correlate(*froms): the tables (classes, aliases) the
// statement, inside another, leaves to the enclosing one; None, no others.
func (q *selectObj) correlateTo(th *interp.Thread, c *interp.Call) error {
	if len(c.Kw) > 0 {
		return typeErr(th, "correlate() got an unexpected keyword argument '%s'", c.Kw[0].Name)
	}
	q.manual, q.correlate = true, slices.Clone(q.correlate)
	for _, a := range c.Args {
		if a == nil {
			q.correlate = nil
			continue
		}
		f, _, err := q.rt.fromOf(th, a)
		if err != nil {
			return err
		}
		q.correlate = append(q.correlate, f)
	}
	return nil
}
