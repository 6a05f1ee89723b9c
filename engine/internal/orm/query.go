package orm

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/source"
	"fmt"
	"slices"

	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// EntityQuery is a SELECT of one mapper's rows, as Query, select(), get and
// lazy loads build it; its lazy="joined" relationships are LEFT OUTER JOINed.
type EntityQuery struct {
	M *Mapper
	// As reads M through an alias (aliased()); nil reads its table.
	As *sql.From
	// Flat reads each of M's and WithPoly's tables through its own alias
	// (with_polymorphic(flat=True)).
	Flat map[*schema.Table]*sql.From
	// More are the further entities of select(A, B): their columns follow
	// M's, and each row gives one object (or None) per entity.
	More []Entity
	// Cols are the column expressions selected beside the entities
	// (select(User, Address.email_address)), in selection order; each row
	// gives their values as SQLite returned them.
	Cols []Selected
	// From is the FROM list when the caller computed it (several entities,
	// aliases, select_from); nil is M's table.
	From  []*sql.From
	Where sql.Expr
	// GroupBy, Having and Distinct are group_by(), having() and distinct()
	GroupBy  []sql.Expr
	Having   sql.Expr
	Distinct bool
	Order    []sql.Expr
	Limit    sql.Expr
	Offset   sql.Expr
	Also     *schema.Table // a second FROM table (a many-to-many lazy load's secondary)
	// Joins are the statement's own join()s, after the FROM table.
	Joins []sql.Join
	// Legacy gives Query's "table_column" labels; select() leaves names bare.
	Legacy bool
	// Deferred are the column keys loader options leave out, per entity
	// mapper (load_only(), defer()), true for those that raise when read
	// (raiseload=True); their place in a row holds Deferred or
	// DeferredRaise.
	Deferred map[*Mapper]map[string]bool
	// Refresh marks the reload of one expired object: selectin
	// relationships are then loaded by the caller, lazily.
	Refresh bool
	// PolySelectin are subclasses the selectin_polymorphic() option loads
	// as polymorphic_load="selectin" does.
	PolySelectin map[*Mapper]bool
	// WithPoly are the subclasses with_polymorphic() LEFT OUTER JOINs to
	// M's tables, their columns selected after M's.
	WithPoly []*Mapper
	// Path are the mappers an eager load came through to M: their
	// relationships' targets on it are not eager loaded again.
	Path []*Mapper
	// Loaders are the loader strategies options give M's relationships
	// (joinedload(), selectinload(), subqueryload(), lazyload()), in
	// place of their lazy=.
	Loaders map[*Relationship]string
	// Inner are joinedload(innerjoin=)'s, in place of the relationship's
	Inner map[*Relationship]bool
	// Nested are the chained loader options, for the loads below M's:
	// relationship loaders, column options (load_only(), defer()) and
	// selectin_polymorphic() classes.
	Nested         map[*Relationship]string
	NestedDeferred map[*Mapper]map[string]bool
	NestedPoly     map[*Mapper]bool
	// Depth are selectinload(recursion_depth=)'s levels per relationship
	// (Unlimited for -1).
	Depth map[*Relationship]int
	// LoadPoly are the with_polymorphic() subclasses of selectinload(
	// A.bs.of_type(...)) options, per relationship, at every level
	LoadPoly map[*Relationship][]*Mapper
	// Stmt, when set, is the statement the rows come from
	// (from_statement()): it selects M's columns, in order.
	Stmt sql.Expr
	// Lazy marks a lazy load (invoke_all_eagers off): the selectin loads
	// run for the objects new to the session only, not for every row's.
	Lazy bool
}

// polyCols are the columns with_polymorphic() adds: each subclass's that M
// does not select, in the subclasses' order.
func (q EntityQuery) polyCols() []*schema.Column {
	in := map[*schema.Column]bool{}
	for _, c := range q.M.ColumnsInOrder() {
		in[c] = true
	}
	var out []*schema.Column
	for _, x := range q.WithPoly {
		for _, c := range x.ColumnsInOrder() {
			if !in[c] {
				in[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// PolyJoins are with_polymorphic()'s LEFT OUTER JOINs of the subclasses'
// tables m's query does not read yet.
func (m *Mapper) PolyJoins(subs []*Mapper) []sql.Join {
	in := map[*schema.Table]bool{}
	for _, t := range m.Tables() {
		in[t] = true
	}
	var out []sql.Join
	for _, x := range subs {
		for _, j := range x.InheritJoins() {
			if t := j.To.Table; !in[t] {
				in[t] = true
				j.Inner = false
				out = append(out, j)
			}
		}
	}
	return out
}

// Selected is a column expression of an entity query, placed after At of
// its entities: a column read through From, labeled as the entities' are,
// or, without C, any other expression X, labeled already.
type Selected struct {
	At   int
	From *sql.From
	C    *schema.Column
	X    sql.Expr
}

func (c Selected) Expr(nm *sql.Namer) sql.Expr {
	if c.C != nil {
		return nm.Col(c.From, c.C)
	}
	return c.X
}

// Row is one row of an entity query: an object per entity (nil where an
// outer join found none), then a value per column of Cols.
type Row struct {
	Objs []*State
	Vals []any
}

// Deferred stands, in a row handed to instance, for a column the query
// left out; DeferredRaise for one left out with raiseload=True, whose
// read raises instead of loading it.
var (
	Deferred      = &struct{ deferred bool }{}
	DeferredRaise = &struct{ deferred bool }{}
)

// Entity is one entity of a query: a mapper read through its table or an
// alias of it.
type Entity struct {
	M  *Mapper
	As *sql.From
	// Flat reads each of the entity's tables through its own alias
	// (with_polymorphic(flat=True)).
	Flat map[*schema.Table]*sql.From
	// Key is its name in a result row when aliased(name=) gives it one
	// apart from the FROM item's (an alias of a subquery)
	Key string
}

// reads reports whether the entity's FROM item has column c: a subquery
// may leave some out, which the entity does not load.
func (e Entity) reads(c *schema.Column) bool {
	return e.As == nil || e.As.Sub == nil || e.As.Sub.Origin[c] != nil
}

// Source is the table or alias the entity reads (its root table's).
func (e Entity) Source() *sql.From {
	t := e.M.Root().Table
	if f := e.Flat[t]; f != nil {
		return f
	}
	if e.As != nil {
		return e.As
	}
	return sql.Table(t)
}

// colFrom is the table or alias the entity reads column c through.
func (e Entity) colFrom(c *schema.Column) *sql.From {
	if f := e.Flat[c.Table]; f != nil {
		return f
	}
	return e.Source()
}

func (q EntityQuery) entities() []Entity {
	return append([]Entity{{M: q.M, As: q.As, Flat: q.Flat}}, q.More...)
}

// ownOption reports a loader option the statement gives r itself (a
// query's own, no load path above it): it loads along the path too, as
// an explicit loader skips the recursion check (_check_recursive_postload,
// JoinedLoader's _setup_for_recursion).
func (q EntityQuery) ownOption(r *Relationship) bool {
	_, given := q.Loaders[r]
	return given && len(q.Path) == 0
}

type joined struct {
	r     *Relationship
	alias *sql.From
	inner bool // innerjoin: JOIN rather than LEFT OUTER JOIN
	// contains is contains_eager(): the statement's own join to the target's
	// table gives its columns, selected first; at is where they start
	contains bool
	at       int
}

func (q EntityQuery) joinedRels() ([]joined, error) {
	m := q.M
	var out []joined
	for _, r := range m.Rels {
		if strategy(r, q.Loaders) == "contains" {
			if !slices.ContainsFunc(q.Joins, func(j sql.Join) bool { return j.To.Table == r.Target.Table && !j.To.Aliased() && j.To.Sub == nil }) {
				return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("contains_eager(%s) in a statement without a join() to %s's table", r, r.Target.Class))
			}
			out = append(out, joined{r: r, alias: sql.Table(r.Target.Table), contains: true})
			continue
		}
		if strategy(r, q.Loaders) != "joined" || onPath(slices.Concat(q.Path, []*Mapper{m}), r) && !q.ownOption(r) {
			continue
		}
		nested := false
		for _, t := range r.Target.joinedOf() {
			// a joined relationship leading back along the path is not joined again
			nested = nested || t.Target != m
		}
		if r.Criteria() {
			return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("lazy=\"joined\" on %s, whose primaryjoin has further criteria", r))
		}
		if nested {
			return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("lazy=\"joined\" on %s, only on a relationship whose target has no joined relationships of its own", r))
		}
		inner, given := q.Inner[r]
		if !given {
			inner = r.InnerJoin
		}
		if inner && r.Direction == ManyToMany {
			return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("a joined eager load of %s, a many-to-many, with innerjoin=True", r))
		}
		out = append(out, joined{r: r, alias: sql.Anon(r.Target.Table), inner: inner})
	}
	return out, nil
}

func (m *Mapper) joinedOf() []*Relationship {
	var out []*Relationship
	for _, r := range m.Rels {
		if r.Lazy == "joined" {
			out = append(out, r)
		}
	}
	return out
}

// WithoutEager is the query's SELECT without its eager loads, as
// Query.count() wraps it.
func (q EntityQuery) WithoutEager() *sql.Select {
	s, _ := q.compile(nil)
	return s
}

// layout is where compile put what a query selects in its rows: per
// entity, per column of ColumnsInOrder (then, for the first, polyCols), its
// place, or -1 for a deferred one; per column of Cols its place; and where
// the joined eager loads' columns start.
type layout struct {
	ents  [][]int
	cols  []int
	eager int
}

// nests reports a query whose joined collection makes rows repeat their
// parent, with a LIMIT, OFFSET, DISTINCT or GROUP BY that then goes on the
// parent alone in a subquery (_should_nest_selectable). A collection
// joined below a joined relationship counts even when it is not joined
// for leading back to the parent: JoinedLoader.setup_query marks the rows
// multi-row before its cycle check.
func (q EntityQuery) nests(joins []joined) bool {
	multiRow := false
	for _, j := range joins {
		multiRow = multiRow || j.r.Uselist || slices.ContainsFunc(j.r.Target.joinedOf(), func(t *Relationship) bool { return t.Uselist })
	}
	return multiRow && (q.Limit != nil || q.Offset != nil || q.Distinct || len(q.GroupBy) > 0)
}

// Compile renders the query; the rows it returns hold the entities'
// columns and Cols in selection order, and then each joined
// relationship's target columns. An entity's column that is selected
// already is not selected again (the ORM's dedupe_columns): select(User.id,
// User) reads the object's id from the first column.
func (q EntityQuery) compile(joins []joined) (*sql.Select, layout) {
	m := q.M
	nm := &sql.Namer{Legacy: q.Legacy}
	from := q.From
	if from == nil {
		from = []*sql.From{q.entities()[0].Source()}
	}
	if q.Also != nil && !slices.ContainsFunc(from, sql.Table(q.Also).Is) {
		from = append(from, sql.Table(q.Also))
	}
	q.Joins = append(sql.Adapt(append(m.InheritJoins(), m.PolyJoins(q.WithPoly)...), q.Flat), q.Joins...)
	q.Where = sql.And(q.Where, m.Criterion())
	// A joined collection makes rows repeat their parent, so a LIMIT, OFFSET,
	// DISTINCT or GROUP BY goes on the parent alone in a subquery
	// (_should_nest_selectable). A collection joined below a joined
	// relationship counts even when it is not joined for leading back to the
	// parent: JoinedLoader.setup_query marks the rows multi-row before its
	// cycle check.
	wrap := q.nests(joins)
	s := &sql.Select{From: from, Joins: q.Joins, Where: q.Where, GroupBy: q.GroupBy, Having: q.Having, Distinct: q.Distinct, OrderBy: q.Order, Limit: q.Limit, Offset: q.Offset}
	// parent reaches a parent column: directly, or through the anon_1 subquery
	parent := func(c *schema.Column) sql.Expr { return sql.Col{C: c} }
	if wrap {
		inner := &sql.Select{From: from, Joins: q.Joins, Where: q.Where, GroupBy: q.GroupBy, Having: q.Having, Distinct: q.Distinct, OrderBy: q.Order, Limit: q.Limit, Offset: q.Offset}
		// Query labels the subquery's columns table_column, select() by
		// their names, read from outside as anon_1.<label>
		label := func(c *schema.Column) string { return c.Name }
		if q.Legacy {
			label = func(c *schema.Column) string { return c.Table.Name + "_" + c.Name }
		}
		for _, c := range m.ColumnsInOrder() {
			inner.Cols = append(inner.Cols, sql.Label{X: sql.Col{C: c}, Name: schema.Quote(label(c))})
		}
		s = &sql.Select{Sub: inner}
		parent = func(c *schema.Column) sql.Expr {
			return sql.AliasCol{Alias: "anon_1", Name: label(c)}
		}
		for _, o := range q.Order {
			switch o := o.(type) {
			case sql.Col:
				s.OrderBy = append(s.OrderBy, parent(o.C))
			case sql.Order:
				if c, ok := o.X.(sql.Col); ok {
					s.OrderBy = append(s.OrderBy, sql.Order{X: parent(c.C), Desc: o.Desc, Asc: o.Asc})
				}
			}
		}
	}
	var lay layout
	type placed struct {
		f  *sql.From
		c  *schema.Column
		at int
	}
	var done []placed // the columns selected, for the entities' dedupe
	addCol := func(c Selected) {
		if c.C != nil {
			done = append(done, placed{c.From, c.C, len(s.Cols)})
		}
		lay.cols = append(lay.cols, len(s.Cols))
		s.Cols = append(s.Cols, c.Expr(nm))
	}
	// contains_eager()'s columns come before the entities' (SQLAlchemy's
	// ORM compiles the user-defined eager join's columns first)
	for i := range joins {
		if joins[i].contains {
			joins[i].at = len(s.Cols)
			for _, c := range joins[i].r.Target.ColumnsInOrder() {
				s.Cols = append(s.Cols, nm.Col(joins[i].alias, c))
			}
		}
	}
	next := 0 // the next of q.Cols
	for i, e := range q.entities() {
		for ; next < len(q.Cols) && q.Cols[next].At <= i; next++ {
			addCol(q.Cols[next])
		}
		cols := e.M.ColumnsInOrder()
		if i == 0 {
			cols = append(append([]*schema.Column(nil), cols...), q.polyCols()...)
		}
		at := make([]int, len(cols))
	entityCols:
		for k, c := range cols {
			at[k] = -1
			if _, left := q.Deferred[e.M][e.M.ColKey(c)]; left || !e.reads(c) {
				continue
			}
			for _, d := range done {
				if d.c == c && d.f.Is(e.colFrom(c)) {
					at[k] = d.at
					continue entityCols
				}
			}
			at[k] = len(s.Cols)
			done = append(done, placed{e.colFrom(c), c, len(s.Cols)})
			switch {
			case wrap && q.Legacy:
				s.Cols = append(s.Cols, sql.Label{X: parent(c), Name: "anon_1_" + c.Table.Name + "_" + c.Name})
			case wrap:
				nm.Take(e.colFrom(c), c)
				s.Cols = append(s.Cols, parent(c))
			default:
				s.Cols = append(s.Cols, nm.Col(e.colFrom(c), c))
			}
		}
		lay.ents = append(lay.ents, at)
	}
	for _, c := range q.Cols[next:] {
		addCol(c)
	}
	lay.eager = len(s.Cols)
	for _, j := range joins {
		j.add(s, nm, parent)
	}
	return s, lay
}

// add puts a joined eager load into s: the LEFT OUTER JOIN (or JOIN) of the
// target's alias, its columns, its order_by; parent reads the parent's
// columns.
func (j joined) add(s *sql.Select, nm *sql.Namer, parent func(*schema.Column) sql.Expr) {
	if j.contains {
		return // the statement joins, and its columns are selected first
	}
	switch j.r.Direction {
	case OneToMany:
		s.Joins = append(s.Joins, sql.Join{To: j.alias, On: j.r.On(parent, j.alias.Of), Inner: j.inner})
	case ManyToOne:
		s.Joins = append(s.Joins, sql.Join{To: j.alias, On: j.r.On(j.alias.Of, parent), Inner: j.inner})
	case ManyToMany:
		sec := sql.Anon(j.r.Secondary)
		then := &sql.Join{To: j.alias, On: j.r.SecondaryOn(j.alias.Of, sec.Of), Inner: true}
		s.Joins = append(s.Joins, sql.Join{To: sec, On: j.r.On(parent, sec.Of), Then: then})
	}
	for _, c := range j.r.Target.ColumnsInOrder() {
		s.Cols = append(s.Cols, nm.Col(j.alias, c))
	}
	for _, o := range j.r.OrderBy {
		// the alias adapts the target's columns; another table's (a
		// many-to-one ordered by its parent's column) stays as written
		if c, ok := o.X.(sql.Col); ok && (j.alias.Table == nil || c.C.Table == j.alias.Table) {
			o = sql.Order{X: j.alias.Of(c.C), Desc: o.Desc, Asc: o.Asc}
		}
		s.OrderBy = append(s.OrderBy, o)
	}
}

// eagerJoins collects the objects joined eager loads read from the rows,
// per parent object.
type eagerJoins struct {
	joins []joined
	got   []map[*State][]*State
}

// read takes the joined targets of st from the row: from eager on, after
// the entities' columns, or for contains_eager() where its columns are.
func (e *eagerJoins) read(s *Session, st *State, row []any, eager int) error {
	if e.got == nil {
		e.got = make([]map[*State][]*State, len(e.joins))
		for i := range e.got {
			e.got[i] = map[*State][]*State{}
		}
	}
	off := eager
	for i, j := range e.joins {
		cols := j.r.Target.ColumnsInOrder()
		var sub []any
		if j.contains {
			sub = row[j.at : j.at+len(cols)]
		} else {
			sub = row[off : off+len(cols)]
			off += len(cols)
		}
		if !hasKey(j.r.Target, sub) {
			continue
		}
		child, _, err := s.instance(j.r.Target, sub)
		if err != nil {
			return err
		}
		if !containsState(e.got[i][st], child) {
			e.got[i][st] = append(e.got[i][st], child)
		}
	}
	return nil
}

// set stores what was read on the states whose relationships are not
// loaded yet.
func (e *eagerJoins) set(states []*State) error {
	for i, j := range e.joins {
		for _, st := range states {
			if _, loaded := st.Dict[j.r.Key]; !loaded {
				if err := st.setCommittedRel(j.r, e.got[i][st]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Statement is the SELECT the query sends, joined eager loads included.
func (q EntityQuery) Statement() (sql.Expr, error) {
	joins, err := q.joinedRels()
	if err != nil {
		return nil, err
	}
	if len(joins) > 0 && len(q.Cols) > 0 {
		return nil, exc.Unsupported(source.Span{}, "lazy=\"joined\" on "+q.M.Class+"'s relationships when it is selected with columns")
	}
	if q.Stmt != nil {
		return q.Stmt, nil
	}
	if err := q.eagerWithJoins(joins); err != nil {
		return nil, err
	}
	stmt, _ := q.compile(joins)
	return stmt, nil
}

// eagerWithJoins refuses joined eager loads beside the statement's joins
// where compile does not mirror them: the eager join goes on the outside of
// the joins from the entity (_create_eager_join's towrap), but not with
// other FROMs, nor in a subquery of the parent that would take the joins.
func (q EntityQuery) eagerWithJoins(joins []joined) error {
	if slices.ContainsFunc(joins, func(j joined) bool { return !j.contains }) && len(q.Joins) > 0 && (len(q.From) > 1 || len(q.From) == 1 && !q.From[0].Is(q.entities()[0].Source()) || q.Also != nil) {
		return exc.Unsupported(source.Span{}, "join() in a query of "+q.M.Class+" from other FROMs, when it has lazy=\"joined\" relationships")
	}
	// in the parent's subquery, an ORDER BY of a joined table's column is
	// selected there too (not mirrored)
	if len(q.Joins) > 0 && q.nests(joins) && slices.ContainsFunc(q.Order, func(o sql.Expr) bool {
		if x, ok := o.(sql.Order); ok {
			o = x.X
		}
		c, ok := o.(sql.Col)
		return !ok || !slices.Contains(q.M.ColumnsInOrder(), c.C)
	}) {
		return exc.Unsupported(source.Span{}, "join() in a query of "+q.M.Class+" with a LIMIT, OFFSET, DISTINCT or GROUP BY and an ORDER BY of other than its columns, when it has lazy=\"joined\" collections")
	}
	return nil
}

// Entities runs an entity query and returns its objects in row order,
// each once, with joined and selectin eager loads done.
func (s *Session) Entities(q EntityQuery) ([]*State, error) {
	rows, err := s.Rows(q)
	out := make([]*State, len(rows))
	for i, r := range rows {
		out[i] = r[0]
	}
	return out, err
}

// Rows runs an entity query and returns one object per entity per row (nil
// where an outer join found none): each row once for a legacy Query, every
// row for select() with joins, with joined, subquery and selectin eager
// loads done.
func (s *Session) Rows(q EntityQuery) ([][]*State, error) {
	rows, err := s.Tuples(q)
	out := make([][]*State, len(rows))
	for i, r := range rows {
		out[i] = r.Objs
	}
	return out, err
}

// Tuples runs an entity query that may select columns too (Cols), as Rows
// does; a legacy Query returns each distinct row once, told apart by its
// objects and its values.
func (s *Session) Tuples(q EntityQuery) ([]Row, error) {
	for _, e := range q.entities() {
		for _, m := range e.M.SelfAndDescendants() { // the rows may be of any of them
			if m.Refusal != nil {
				return nil, m.Refusal
			}
		}
	}
	if err := q.eagerInHierarchy(); err != nil {
		return nil, err
	}
	joins, err := q.joinedRels()
	if err != nil {
		return nil, err
	}
	if len(joins) > 0 && len(q.NestedDeferred) > 0 {
		return nil, exc.Unsupported(source.Span{}, "column loader options chained below a relationship loader in a query of "+q.M.Class+", which has lazy=\"joined\" relationships")
	}
	if len(joins) > 0 && len(q.Deferred) > 0 {
		return nil, exc.Unsupported(source.Span{}, "loader options that defer columns of "+q.M.Class+", which has lazy=\"joined\" relationships")
	}
	if (len(joins) > 0 || len(q.Deferred) > 0) && q.Stmt != nil {
		return nil, exc.Unsupported(source.Span{}, "from_statement() in a query of "+q.M.Class+" with loader options or lazy=\"joined\" relationships")
	}
	if err := q.eagerWithJoins(joins); err != nil {
		return nil, err
	}
	ents := q.entities()
	if len(q.WithPoly) > 0 && (len(ents) > 1 || q.As != nil || len(joins) > 0) {
		return nil, exc.Unsupported(source.Span{}, "with_polymorphic() selected with other entities, through aliased() or with lazy=\"joined\" relationships")
	}
	extra := q.polyCols()
	for i, e := range ents {
		if e.As == nil && len(ents) == 1 && len(q.Cols) == 0 {
			continue
		}
		for _, r := range e.M.Rels {
			lazy := r.Lazy
			if i == 0 {
				lazy = strategy(r, q.Loaders)
			}
			if lazy == "joined" || lazy == "subquery" {
				return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("lazy=%q on %s when it is selected through aliased() or with other entities or columns", lazy, r))
			}
		}
	}
	// select() returns a row per joined row; Query returns each row once
	dups := !q.Legacy && (len(q.Joins) > 0 || len(ents) > 1 || len(q.Cols) > 0)
	stmt, lay := q.compile(joins)
	var run sql.Expr = stmt
	if q.Stmt != nil {
		// from_statement(): its rows hold the entity's columns in order,
		// where compile put them
		run = q.Stmt
	}
	rows, err := s.query(run)
	if err != nil {
		return nil, err
	}
	var out []Row
	fresh := make([][]*State, len(ents))
	got := make([][]*State, len(ents)) // every object the rows gave, for the selectin loads
	seen := map[string]bool{}
	eager := eagerJoins{joins: joins}
	for _, row := range rows {
		sts := make([]*State, len(ents))
		vals := make([]any, len(q.Cols))
		for i, at := range lay.cols {
			vals[i] = row[at]
		}
		for i, e := range ents {
			cols := e.M.ColumnsInOrder()
			sub := make([]any, len(cols))
			for k, at := range lay.ents[i][:len(cols)] {
				switch {
				case at < 0 && q.Deferred[e.M][e.M.ColKey(cols[k])]:
					sub[k] = DeferredRaise
				case at < 0:
					sub[k] = Deferred
				default:
					sub[k] = row[at]
				}
			}
			if (len(ents) > 1 || len(q.Cols) > 0) && !hasKey(e.M, sub) {
				continue // None for the entity an outer join did not find
			}
			st, isFresh, err := s.instance(e.M, sub)
			if err != nil {
				return nil, err
			}
			if i == 0 && len(extra) > 0 {
				vals := make([]any, len(extra))
				for j := range extra {
					vals[j] = row[lay.ents[0][len(cols)+j]]
				}
				st.fill(extra, vals)
			}
			sts[i] = st
			if !q.Lazy || isFresh {
				got[i] = append(got[i], st)
			}
			if isFresh {
				fresh[i] = append(fresh[i], st)
				st.loadOpts = q.NestedDeferred
			}
		}
		if key := fmt.Sprint(sts) + keyString(vals); !seen[key] || dups { // the objects' addresses
			seen[key] = true
			out = append(out, Row{sts, vals})
		}
		if err := eager.read(s, sts[0], row, lay.eager); err != nil {
			return nil, err
		}
	}
	firsts := make([]*State, len(out))
	for i, r := range out {
		firsts[i] = r.Objs[0]
	}
	if err := eager.set(firsts); err != nil {
		return nil, err
	}
	if q.Refresh {
		return out, nil
	}
	if err := s.subqueryload(q, firsts, fresh[0]); err != nil {
		return nil, err
	}
	for i, e := range ents {
		var loaders map[*Relationship]string
		if i == 0 {
			loaders = q.Loaders
		}
		if err := s.selectin(e.M, got[i], fresh[i], loadPath{mappers: q.Path, loaders: loaders, nested: q.Nested, deferred: q.NestedDeferred, poly: q.NestedPoly, wp: q.LoadPoly, own: true, depth: q.Depth}); err != nil {
			return nil, err
		}
	}
	for i, e := range ents {
		var loaders map[*Relationship]string
		if i == 0 {
			loaders = q.Loaders
		}
		if err := s.selectinPolymorphic(e.M, fresh[i], q.PolySelectin, loadPath{mappers: q.Path, loaders: loaders, nested: q.Nested, deferred: q.NestedDeferred, poly: q.NestedPoly, wp: q.LoadPoly, own: true, depth: q.Depth}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// subqueryload runs the subquery loaders (SubqueryLoader): the target
// rows joined to the parent query reduced to the join's parent-side
// columns (DISTINCT for a many-to-one), a subquery named anon_1. Each
// runs when the first row needs it (_SubqCollections): a row of a fresh
// object needs every loader, in property order; a row of an object
// already loaded only those of its relationships not loaded yet.
func (s *Session) subqueryload(q EntityQuery, rows, fresh []*State) error {
	var rels []*Relationship
	path := slices.Concat(q.Path, []*Mapper{q.M})
	for _, r := range q.M.Rels {
		if strategy(r, q.Loaders) == "subquery" && (!onPath(path, r) || q.ownOption(r)) {
			rels = append(rels, r)
		}
	}
	var order []*Relationship
	needs := map[*Relationship][]*State{}
	for _, st := range rows {
		isFresh := slices.Contains(fresh, st)
		for _, r := range rels {
			if _, loaded := st.Dict[r.Key]; loaded && !isFresh || slices.Contains(needs[r], st) {
				continue
			}
			if needs[r] == nil {
				order = append(order, r)
			}
			needs[r] = append(needs[r], st)
		}
	}
	if len(order) > 0 && len(q.NestedDeferred) > 0 {
		return exc.Unsupported(source.Span{}, "column loader options chained below a subquery load of "+order[0].String())
	}
	for _, r := range order {
		if r.Join != nil || r.SecondaryJoin != nil {
			return exc.Unsupported(source.Span{}, fmt.Sprintf("subquery loading of %s, a relationship with primaryjoin=", r))
		}
		for _, x := range r.Target.Rels {
			if strategy(x, q.Nested) == "subquery" && !onPath(slices.Concat(path, []*Mapper{r.Target}), x) {
				return exc.Unsupported(source.Span{}, fmt.Sprintf("subquery loading of %s, whose target has lazy=\"subquery\" relationships", r))
			}
		}
		nested, err := EntityQuery{M: r.Target, Path: path, Loaders: q.Nested}.joinedRels()
		if err != nil {
			return err
		}
		// local are the parent's columns the join reads
		var local []*schema.Column
		for _, p := range r.Pairs {
			if r.Direction == ManyToOne {
				local = append(local, p[1])
			} else {
				local = append(local, p[0])
			}
		}
		inner := &sql.Select{From: []*sql.From{sql.Table(q.M.Table)}, Where: q.Where, Distinct: r.Direction == ManyToOne}
		if q.Also != nil {
			inner.From = append(inner.From, sql.Table(q.Also))
		}
		if q.Limit != nil || q.Offset != nil {
			inner.OrderBy, inner.Limit, inner.Offset = q.Order, q.Limit, q.Offset
		}
		for _, c := range local {
			inner.Cols = append(inner.Cols, sql.Labeled(c))
		}
		anon := func(c *schema.Column) sql.Expr {
			return sql.AliasCol{Alias: "anon_1", Name: c.Table.Name + "_" + c.Name}
		}
		col := func(c *schema.Column) sql.Expr { return sql.Col{C: c} }
		outer := &sql.Select{Sub: inner}
		for _, c := range r.Target.ColumnsInOrder() {
			outer.Cols = append(outer.Cols, sql.Labeled(c))
		}
		for _, c := range local {
			label := c.Table.Name + "_" + c.Name
			outer.Cols = append(outer.Cols, sql.Label{X: anon(c), Name: "anon_1_" + label})
		}
		switch r.Direction {
		case OneToMany:
			outer.InnerJoin = &sql.Join{To: sql.Table(r.Target.Table), On: r.On(anon, col)}
		case ManyToOne:
			outer.InnerJoin = &sql.Join{To: sql.Table(r.Target.Table), On: r.On(col, anon)}
		case ManyToMany:
			sec := sql.Anon(r.Secondary)
			outer.InnerJoin = &sql.Join{To: sec, On: r.On(anon, sec.Of)}
			outer.Joins = []sql.Join{{To: sql.Table(r.Target.Table), On: r.SecondaryOn(col, sec.Of), Inner: true}}
		}
		for _, o := range r.OrderBy {
			outer.OrderBy = append(outer.OrderBy, o)
		}
		nm := &sql.Namer{Legacy: true}
		for _, j := range nested {
			j.add(outer, nm, col)
		}
		rows, err := s.query(outer)
		if err != nil {
			return err
		}
		n := len(r.Target.ColumnsInOrder())
		groups := map[string][]*State{}
		var fresh, children []*State
		eager := eagerJoins{joins: nested}
		for _, row := range rows {
			child, isFresh, err := s.instance(r.Target, row[:n])
			if err != nil {
				return err
			}
			if err := eager.read(s, child, row, n+len(local)); err != nil {
				return err
			}
			k := keyString(row[n : n+len(local)])
			if !containsState(groups[k], child) {
				groups[k] = append(groups[k], child)
			}
			children = append(children, child)
			if isFresh {
				fresh = append(fresh, child)
			}
		}
		if err := eager.set(children); err != nil {
			return err
		}
		// the subquery's own selectin loads run when it has run
		if err := s.selectin(r.Target, children, fresh, loadPath{mappers: path, loaders: q.Nested, nested: q.Nested}); err != nil {
			return err
		}
		for _, st := range needs[r] {
			if _, loaded := st.Dict[r.Key]; loaded {
				continue
			}
			var key []any
			for _, c := range local {
				v, err := st.colValue(c)
				if err != nil {
					return err
				}
				key = append(key, toDB(c, v))
			}
			if err := st.setCommittedRel(r, groups[keyString(key)]); err != nil {
				return err
			}
		}
	}
	return nil
}

func keyString(vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = pyrepr.Value(normalizeKey(v))
	}
	return fmt.Sprint(parts)
}

func hasKey(m *Mapper, row []any) bool {
	cols := m.ColumnsInOrder()
	for _, pk := range m.PK() {
		for i, c := range cols {
			if c == pk && row[i] == nil {
				return false
			}
		}
	}
	return true
}

func containsState(list []*State, st *State) bool {
	for _, x := range list {
		if x == st {
			return true
		}
	}
	return false
}

// HasJoinedCollection reports a collection of m joined eager loaded, by
// its lazy= or by loaders (the query's loader options).
func (m *Mapper) HasJoinedCollection(loaders map[*Relationship]string) bool {
	for _, r := range m.Rels {
		if r.Uselist && strategy(r, loaders) == "joined" {
			return true
		}
	}
	return false
}

// eagerInHierarchy refuses the eager loaders not built for mapped class
// inheritance: joined and subquery loads to or from a class of a
// hierarchy, and the selectin loads of one but those of a relationship
// to a hierarchy's base class, declared on m, a class it inherits from,
// or a subclass whose objects a selectin_polymorphic() load completes.
func (q EntityQuery) eagerInHierarchy() error {
	return eagerInHierarchy(q.M, q.Loaders, q.PolySelectin)
}

func eagerInHierarchy(m *Mapper, loaders map[*Relationship]string, poly map[*Mapper]bool) error {
	in := func(x *Mapper) bool { return x.Inherits != nil || len(x.Subs) > 0 }
	for _, x := range m.SelfAndDescendants() {
		for _, r := range x.Rels {
			lazy := strategy(r, loaders)
			if lazy != "joined" && lazy != "subquery" && lazy != "selectin" || !in(x) && !in(r.Target) {
				continue
			}
			below := r.Parent != m && r.Parent.IsA(m) && !r.Parent.PolySelectin && !poly[r.Parent]
			if lazy != "selectin" || r.Target.Inherits != nil || below {
				return exc.Unsupported(r.Span, fmt.Sprintf("lazy=%q on %s, a relationship of a class with mapped class inheritance", lazy, r))
			}
		}
	}
	return nil
}

// fill gives the state the values of with_polymorphic()'s further
// columns (those of its class it has not loaded: a row's subclass
// columns of other classes are not its).
func (st *State) fill(cols []*schema.Column, vals []any) {
	for j, c := range cols {
		k := st.M.ColKey(c)
		if _, loaded := st.Dict[k]; k != "" && !loaded {
			st.Dict[k] = fromDB(c, vals[j])
			delete(st.expiredKeys, k)
		}
	}
}

// declares is the class of m's hierarchy that declares attribute key.
func (m *Mapper) declares(key string) *Mapper {
	for x := m; x.Inherits != nil; x = x.Inherits {
		if x.own[key] {
			return x
		}
	}
	return m.Root()
}

// selectinPolymorphic is polymorphic_load="selectin" and the
// selectin_polymorphic() option (opt)
// (mapper._subclass_load_via_in): after a query of m, one SELECT per class
// of the objects it made, in the order the rows first showed them, of the
// columns m's query did not load (those the classes from there down to
// m's subclass declare), the identity and the discriminator, by key IN;
// each class's SELECT is followed by the selectin loads of the
// relationships it declares below m (lp's loaders or their lazy=).
func (s *Session) selectinPolymorphic(m *Mapper, fresh []*State, opt map[*Mapper]bool, lp loadPath) error {
	var order []*Mapper
	groups := map[*Mapper][]*State{}
	for _, st := range fresh {
		if st.M == m || !st.M.PolySelectin && !opt[st.M] {
			continue
		}
		if groups[st.M] == nil {
			order = append(order, st.M)
		}
		groups[st.M] = append(groups[st.M], st)
	}
	for _, c := range order {
		include := map[*Mapper]bool{c: true}
		for x := c.Inherits; x != nil && x != m && (x.PolySelectin || opt[x]); x = x.Inherits {
			include[x] = true
		}
		keep := map[string]bool{c.ColKey(c.PolyOn): true}
		for _, pk := range c.PK() {
			keep[c.ColKey(pk)] = true
		}
		var cols []*schema.Column
		q := &sql.Select{From: []*sql.From{sql.Table(c.Root().Table)}, Joins: c.InheritJoins()}
		for _, col := range c.ColumnsInOrder() {
			if k := c.ColKey(col); keep[k] || include[c.declares(k)] {
				cols = append(cols, col)
				q.Cols = append(q.Cols, sql.Labeled(col))
			}
		}
		pk := c.PK()
		if len(pk) != 1 {
			return exc.Unsupported(c.Span, "polymorphic_load=\"selectin\" with a composite primary key")
		}
		var keys sql.List
		byKey := map[string]*State{}
		for _, st := range groups[c] {
			keys = append(keys, sql.Bind{V: toDB(pk[0], st.Key[0])})
			byKey[keyString(st.Key)] = st
		}
		q.Where = sql.And(sql.Binary{L: sql.Col{C: pk[0]}, R: keys, Op: "IN"}, c.Criterion())
		q.OrderBy = []sql.Expr{sql.Col{C: pk[0]}}
		rows, err := s.query(q)
		if err != nil {
			return err
		}
		for _, row := range rows {
			var key any
			for i, col := range cols {
				if col == pk[0] {
					key = fromDB(col, row[i])
				}
			}
			st := byKey[keyString([]any{key})]
			if st == nil {
				continue
			}
			for i, col := range cols {
				k := c.ColKey(col)
				if _, loaded := st.Dict[k]; !loaded {
					st.Dict[k] = fromDB(col, row[i])
				}
				delete(st.expiredKeys, k)
			}
		}
		var own []*Relationship
		for _, r := range c.Rels {
			if !slices.Contains(m.Rels, r) {
				own = append(own, r)
			}
		}
		if err := s.selectinRels(c, own, groups[c], groups[c], lp); err != nil {
			return err
		}
	}
	return nil
}
