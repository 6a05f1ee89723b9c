package orm

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// selectinChunk is SelectInLoader._chunksize: keys per SELECT ... IN.
const selectinChunk = 500

// loadPath is where an eager load runs: the mappers it came through and
// the loader options that apply there (a query's own at its entity, the
// chained ones, selectinload(A.bs).selectinload(B.cs), below it).
type loadPath struct {
	mappers         []*Mapper
	loaders, nested map[*Relationship]string
	// deferred and poly are the column and selectin_polymorphic() options
	// chained below (selectinload(A.bs).load_only(B.x)): they apply to
	// the objects every load below the query's entities makes
	deferred map[*Mapper]map[string]bool
	poly     map[*Mapper]bool
	// wp are selectinload(A.bs.of_type(with_polymorphic(B, [...])))'s
	// subclasses per relationship: their tables LEFT OUTER JOIN the load's
	wp map[*Relationship][]*Mapper
	// own marks loaders given for this very level (the query's own
	// options): one of them loads along the path too, as an explicit
	// loader skips _check_recursive_postload's mapper check; a chained one
	// back along the path is refused (the engine keeps no option per path)
	own bool
	// depth is what is left of selectinload(recursion_depth=)'s levels
	// per relationship: its load runs while it is 0 or more (Unlimited
	// for recursion_depth=-1), the load's own objects loading theirs with
	// one less
	depth map[*Relationship]int
}

// Unlimited is recursion_depth=-1's depth.
const Unlimited = math.MaxInt

// recurse is the path below r's load when recursion_depth= gave r its
// loader: the next level loads r again, with one level less.
func (p loadPath) recurse(r *Relationship) loadPath {
	d, ok := p.depth[r]
	if !ok {
		return p
	}
	p.loaders = maps.Clone(p.loaders)
	if p.loaders == nil {
		p.loaders = map[*Relationship]string{}
	}
	p.loaders[r] = "selectin"
	if d != Unlimited {
		d--
	}
	p.depth = map[*Relationship]int{r: d}
	return p
}

// then is the path one relationship further, into m.
func (p loadPath) then(m *Mapper) loadPath {
	return loadPath{mappers: slices.Concat(p.mappers, []*Mapper{m}), loaders: p.nested, nested: p.nested, deferred: p.deferred, poly: p.poly, wp: p.wp}
}

// onPath reports an eager relationship SQLAlchemy does not eager load
// along a loading path: its target is a mapper already on it
// (_setup_for_recursion's contains_mapper, without join_depth); it loads
// lazily instead.
func onPath(path []*Mapper, r *Relationship) bool { return slices.Contains(path, r.Target) }

// strategy is the loader a query uses for r: its loader option, else the
// relationship's lazy=.
func strategy(r *Relationship, loaders map[*Relationship]string) string {
	if s, ok := loaders[r]; ok {
		return s
	}
	return r.Lazy
}

// selectin runs the selectin loaders for objects a query just loaded
// (SelectInLoader): per relationship, a SELECT ... IN of the keys, in
// chunks of 500. states are every object the rows gave, once each, in row
// order (PostLoad.states): those already in the session are in the IN
// list too, but only the fresh ones, or those whose attribute is not
// loaded, take the result (_load_via_parent's "not overwrite").
func (s *Session) selectin(m *Mapper, states, fresh []*State, lp loadPath) error {
	return s.selectinRels(m, m.Rels, states, fresh, lp)
}

// selectinRels runs the selectin loads of rels, relationships of m.
func (s *Session) selectinRels(m *Mapper, rels []*Relationship, states, fresh []*State, lp loadPath) error {
	lp.mappers = slices.Concat(lp.mappers, []*Mapper{m})
	var need []*State
	for _, st := range states {
		if !slices.Contains(need, st) {
			need = append(need, st)
		}
	}
	for _, r := range rels {
		if strategy(r, lp.loaders) != "selectin" || len(need) == 0 {
			continue
		}
		if d, ok := lp.depth[r]; ok {
			if d < 0 {
				continue // recursion_depth= reached: left to load lazily
			}
		} else if _, explicit := lp.loaders[r]; onPath(lp.mappers, r) && !(explicit && lp.own) {
			if explicit {
				return exc.Unsupported(source.Span{}, fmt.Sprintf("a chained selectinload(%s) back to %s, a class the load came through", r, r.Target.Class))
			}
			continue
		}
		set := func(st *State, items []*State) error {
			if _, loaded := st.Dict[r.Key]; !loaded || slices.Contains(fresh, st) {
				return st.setCommittedRel(r, items)
			}
			return nil
		}
		if r.Criteria() {
			return exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s, whose primaryjoin has further criteria", r))
		}
		var err error
		switch r.Direction {
		case OneToMany:
			err = s.selectinByParent(r, need, set, lp)
		case ManyToOne:
			err = s.selectinByChild(r, need, set, lp)
		case ManyToMany:
			err = s.selectinJoined(r, need, set, lp)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// selectinByParent loads a one-to-many by the parents' keys
// (_init_for_omit_join): the target's rows WHERE fk IN (...), the foreign
// key column first.
func (s *Session) selectinByParent(r *Relationship, need []*State, set func(*State, []*State) error, lp loadPath) error {
	if len(r.Pairs) != 1 {
		return exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s, a one-to-many with a composite foreign key", r))
	}
	src, fk := r.Pairs[0][0], r.Pairs[0][1]
	for len(need) > 0 {
		chunk := need[:min(selectinChunk, len(need))]
		need = need[len(chunk):]
		var keys sql.List
		byKey := map[string]*State{}
		for _, st := range chunk {
			v, err := st.colValue(src)
			if err != nil {
				return err
			}
			keys = append(keys, sql.Bind{V: toDB(src, v)})
			byKey[pyrepr.Value(normalizeKey(v))] = st
		}
		children, firsts, err := s.selectTargets(r, lp, []*schema.Column{fk}, nil, keys, sql.Col{C: fk})
		if err != nil {
			return err
		}
		groups := map[*State][]*State{}
		for i, c := range children {
			if p := byKey[pyrepr.Value(normalizeKey(fromDB(fk, firsts[i][0])))]; p != nil {
				groups[p] = append(groups[p], c)
			}
		}
		for _, st := range chunk {
			if err := set(st, groups[st]); err != nil {
				return err
			}
		}
	}
	return nil
}

// selectinByChild loads a many-to-one by the foreign key values
// (_load_via_child): the distinct keys sorted, the targets WHERE pk IN
// (...); a NULL foreign key is None without SQL.
func (s *Session) selectinByChild(r *Relationship, need []*State, set func(*State, []*State) error, lp loadPath) error {
	pk := r.Target.PK()
	fks := make([]*schema.Column, len(pk))
	for i, c := range pk {
		for _, p := range r.Pairs {
			if p[0] == c {
				fks[i] = p[1]
			}
		}
		if fks[i] == nil {
			return exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s, a many-to-one to other columns than %s's primary key", r, r.Target.Class))
		}
	}
	if len(pk) != 1 {
		return exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s, a many-to-one to a composite primary key", r))
	}
	byKey := map[string][]*State{}
	var keys []any
	for _, st := range need {
		v, err := st.colValue(fks[0])
		if err != nil {
			return err
		}
		if v == nil {
			if err := set(st, nil); err != nil {
				return err
			}
			continue
		}
		k := pyrepr.Value(normalizeKey(v))
		if byKey[k] == nil {
			keys = append(keys, v)
		}
		byKey[k] = append(byKey[k], st)
	}
	var bad error
	slices.SortStableFunc(keys, func(a, b any) int {
		c, ok := compareKeys(a, b)
		if !ok {
			bad = exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s by keys of different types", r))
		}
		return c
	})
	if bad != nil {
		return bad
	}
	for len(keys) > 0 {
		chunk := keys[:min(selectinChunk, len(keys))]
		keys = keys[len(chunk):]
		var in sql.List
		for _, k := range chunk {
			in = append(in, sql.Bind{V: toDB(pk[0], k)})
		}
		targets, _, err := s.selectTargets(r, lp, pk, nil, in, sql.Col{C: pk[0]})
		if err != nil {
			return err
		}
		found := map[string]*State{}
		for _, t := range targets {
			found[pyrepr.Value(normalizeKey(t.Key[0]))] = t
		}
		for _, k := range chunk {
			key := pyrepr.Value(normalizeKey(k))
			var items []*State
			if t := found[key]; t != nil {
				items = []*State{t}
			}
			for _, st := range byKey[key] {
				if err := set(st, items); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// selectinJoined loads a many-to-many by the parents' keys through an
// alias of the parent joined along the relationship (_init_for_join):
// SELECT parent_1.id, target... FROM parent AS parent_1 JOIN secondary AS
// secondary_1 ... JOIN target ... WHERE parent_1.id IN (...).
func (s *Session) selectinJoined(r *Relationship, need []*State, set func(*State, []*State) error, lp loadPath) error {
	pk := r.Parent.PK()
	if len(pk) != 1 || r.Parent.Inherits != nil {
		return exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s, whose parent has a composite primary key or inherits", r))
	}
	parent, sec := sql.Anon(r.Parent.Table), sql.Anon(r.Secondary)
	joins := []sql.Join{
		{To: sec, On: r.On(parent.Of, sec.Of), Inner: true},
		{To: sql.Table(r.Target.Table), On: r.SecondaryOn(func(c *schema.Column) sql.Expr { return sql.Col{C: c} }, sec.Of), Inner: true},
	}
	for len(need) > 0 {
		chunk := need[:min(selectinChunk, len(need))]
		need = need[len(chunk):]
		var in sql.List
		for _, st := range chunk {
			in = append(in, sql.Bind{V: toDB(pk[0], st.Key[0])})
		}
		q := &sql.Select{Cols: []sql.Expr{sql.ACol{F: parent, C: pk[0], Labeled: true}}, From: []*sql.From{parent}, Joins: joins}
		targets, firsts, err := s.selectTargets(r, lp, nil, q, in, parent.Of(pk[0]))
		if err != nil {
			return err
		}
		groups := map[string][]*State{}
		for i, t := range targets {
			k := pyrepr.Value(normalizeKey(fromDB(pk[0], firsts[i][0])))
			groups[k] = append(groups[k], t)
		}
		for _, st := range chunk {
			if err := set(st, groups[pyrepr.Value(normalizeKey(st.Key[0]))]); err != nil {
				return err
			}
		}
	}
	return nil
}

// selectTargets runs a selectin SELECT of r's target: first the columns
// lead names (selected once, first, as the loader's "pk" bundle puts
// them) or those q already selects, then the target's other columns,
// WHERE in IN keys, ORDER BY r's order_by; path are the mappers the load
// came through. It returns the targets, one per row,
// and each row's leading values.
func (s *Session) selectTargets(r *Relationship, lp loadPath, lead []*schema.Column, q *sql.Select, keys sql.List, in sql.Expr) ([]*State, [][]any, error) {
	below := lp.then(r.Target)
	below.depth = lp.depth
	below = below.recurse(r)
	for _, m := range r.Target.SelfAndDescendants() { // the rows may be of any of them
		if m.Refusal != nil {
			return nil, nil, m.Refusal
		}
	}
	if err := eagerInHierarchy(r.Target, below.loaders, lp.poly); err != nil {
		return nil, nil, err
	}
	for _, x := range r.Target.Rels {
		// SQLAlchemy joins a joined relationship back along the path too
		// (the SELECT ... IN starts a path of its own)
		if lazy := strategy(x, below.loaders); lazy == "joined" || lazy == "subquery" && q != nil && !onPath(below.mappers, x) {
			return nil, nil, exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s, whose target has lazy=%q relationships", r, lazy))
		}
	}
	subs := lp.wp[r]
	if len(subs) > 0 && q != nil {
		return nil, nil, exc.Unsupported(source.Span{}, fmt.Sprintf("selectin loading of %s.of_type(with_polymorphic(...)), a many-to-many", r))
	}
	if q == nil {
		q = &sql.Select{From: []*sql.From{sql.Table(r.Target.Table)}, Joins: r.Target.PolyJoins(subs)}
		for _, c := range lead {
			q.Cols = append(q.Cols, sql.Labeled(c))
		}
	}
	n := len(q.Cols)
	cols := r.Target.ColumnsInOrder()
	var rest []*schema.Column
	left := lp.deferred[r.Target]
	for _, c := range cols {
		if _, out := left[r.Target.ColKey(c)]; out && !slices.Contains(lead, c) {
			continue
		}
		if !slices.Contains(lead, c) {
			q.Cols = append(q.Cols, sql.Labeled(c))
			rest = append(rest, c)
		}
	}
	extra := EntityQuery{M: r.Target, WithPoly: subs}.polyCols()
	for _, c := range extra {
		q.Cols = append(q.Cols, sql.Labeled(c))
	}
	q.Where = sql.Binary{L: in, R: keys, Op: "IN"}
	for _, o := range r.OrderBy {
		q.OrderBy = append(q.OrderBy, o)
	}
	rows, err := s.query(q)
	if err != nil {
		return nil, nil, err
	}
	// each row in the mapper's column order for Instances()
	full := make([][]any, len(rows))
	firsts := make([][]any, len(rows))
	for i, row := range rows {
		firsts[i] = row[:n]
		full[i] = make([]any, len(cols))
		for k, c := range cols {
			raise, out := left[r.Target.ColKey(c)]
			switch j := slices.Index(lead, c); {
			case j >= 0:
				full[i][k] = row[j]
			case out && raise:
				full[i][k] = DeferredRaise
			case out:
				full[i][k] = Deferred
			default:
				full[i][k] = row[n+slices.Index(rest, c)]
			}
		}
	}
	// the targets' own eager loaders: subquery loads (from this SELECT) as
	// its rows are read, then the selectin loads
	var targets, fresh []*State
	for i, row := range full {
		st, isFresh, err := s.instance(r.Target, row)
		if err != nil {
			return nil, nil, err
		}
		st.fill(extra, rows[i][n+len(rest):])
		targets = append(targets, st)
		if isFresh {
			fresh = append(fresh, st)
			st.loadOpts = lp.deferred
		}
	}
	if err := s.subqueryload(EntityQuery{M: r.Target, Where: q.Where, Legacy: true, Path: lp.mappers, Loaders: below.loaders, Nested: lp.nested, NestedDeferred: lp.deferred}, targets, fresh); err != nil {
		return nil, nil, err
	}
	on := loadPath{mappers: lp.mappers, loaders: below.loaders, nested: lp.nested, deferred: lp.deferred, poly: lp.poly, depth: below.depth}
	if err := s.selectin(r.Target, targets, fresh, on); err != nil {
		return nil, nil, err
	}
	return targets, firsts, s.selectinPolymorphic(r.Target, fresh, lp.poly, on)
}

// compareKeys orders two key values as Python's sorted() does, for the
// types a key has (numbers, strings).
func compareKeys(a, b any) (int, bool) {
	switch x := a.(type) {
	case int64:
		switch y := b.(type) {
		case int64:
			return cmp.Compare(x, y), true
		case float64:
			return cmp.Compare(float64(x), y), true
		}
	case float64:
		switch y := b.(type) {
		case int64:
			return cmp.Compare(x, float64(y)), true
		case float64:
			return cmp.Compare(x, y), true
		}
	case string:
		if y, ok := b.(string); ok {
			return cmp.Compare(x, y), true
		}
	}
	return 0, false
}
