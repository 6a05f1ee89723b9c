package orm

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/source"
	"fmt"
	"strconv"

	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// EntityQuery is a SELECT of one mapper's rows, as Query, select(), get and
// lazy loads build it; its lazy="joined" relationships are LEFT OUTER JOINed.
type EntityQuery struct {
	M      *Mapper
	Where  sql.Expr
	Order  []sql.Expr
	Limit  sql.Expr
	Offset sql.Expr
	Also   *schema.Table // a second FROM table (a many-to-many lazy load's secondary)
	// Joins are the statement's own join()s, after the FROM table.
	Joins []sql.Join
	// Legacy gives Query's "table_column" labels; select() leaves names bare.
	Legacy bool
	// Refresh marks the reload of one expired object: selectin
	// relationships are then loaded by the caller, lazily.
	Refresh bool
}

type joined struct {
	r     *Relationship
	alias string
}

func (m *Mapper) joinedRels() ([]joined, error) {
	var out []joined
	n := map[string]int{}
	for _, r := range m.Rels {
		if r.Lazy != "joined" {
			continue
		}
		nested := false
		for _, t := range r.Target.joinedOf() {
			// a joined relationship leading back along the path is not joined again
			nested = nested || t.Target != m
		}
		if r.Direction == ManyToMany || nested {
			return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("lazy=\"joined\" on %s, only on a one-to-many or many-to-one whose target has no joined relationships of its own", r))
		}
		n[r.Target.Table.Name]++
		out = append(out, joined{r, r.Target.Table.Name + "_" + strconv.Itoa(n[r.Target.Table.Name])})
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

// namer labels columns: Query labels everything table_column; select()
// keeps bare names and numbers repeats (id, id_1, id_2).
type namer struct {
	legacy bool
	used   map[string]bool
	dups   map[string]int
}

func (n *namer) col(x sql.Expr, table, name string) sql.Expr {
	if n.legacy {
		return sql.Label{X: x, Name: schema.Quote(table + "_" + name)}
	}
	if !n.used[name] {
		n.used[name] = true
		return x
	}
	n.dups[name]++
	return sql.Label{X: x, Name: schema.Quote(name + "_" + strconv.Itoa(n.dups[name]))}
}

// Compile renders the query; the rows it returns hold the mapper's columns
// and then each joined relationship's target columns.
func (q EntityQuery) compile(joins []joined) sql.Expr {
	m := q.M
	nm := &namer{legacy: q.Legacy, used: map[string]bool{}, dups: map[string]int{}}
	from := []*schema.Table{m.Root().Table}
	if q.Also != nil {
		from = append(from, q.Also)
	}
	q.Joins = append(m.InheritJoins(), q.Joins...)
	q.Where = sql.And(q.Where, m.Criterion())
	wrap := false
	for _, j := range joins {
		wrap = wrap || j.r.Uselist && (q.Limit != nil || q.Offset != nil)
	}
	s := &sql.Select{From: from, Joins: q.Joins, Where: q.Where, OrderBy: q.Order, Limit: q.Limit, Offset: q.Offset}
	// parent reaches a parent column: directly, or through the anon_1 subquery
	parent := func(c *schema.Column) sql.Expr { return sql.Col{C: c} }
	if wrap {
		inner := &sql.Select{From: from, Where: q.Where, OrderBy: q.Order, Limit: q.Limit, Offset: q.Offset}
		for _, c := range m.ColumnsInOrder() {
			inner.Cols = append(inner.Cols, sql.Labeled(c))
		}
		s = &sql.Select{Sub: inner}
		parent = func(c *schema.Column) sql.Expr {
			return sql.AliasCol{Alias: "anon_1", Name: c.Table.Name + "_" + c.Name}
		}
		for _, o := range q.Order {
			switch o := o.(type) {
			case sql.Col:
				s.OrderBy = append(s.OrderBy, parent(o.C))
			case sql.Order:
				if c, ok := o.X.(sql.Col); ok {
					s.OrderBy = append(s.OrderBy, sql.Order{X: parent(c.C), Desc: o.Desc})
				}
			}
		}
	}
	for _, c := range m.ColumnsInOrder() {
		if wrap {
			s.Cols = append(s.Cols, sql.Label{X: parent(c), Name: "anon_1_" + c.Table.Name + "_" + c.Name})
		} else {
			s.Cols = append(s.Cols, nm.col(sql.Col{C: c}, c.Table.Name, c.Name))
		}
	}
	for _, j := range joins {
		var on []sql.Expr
		for _, p := range j.r.Pairs {
			if j.r.Direction == OneToMany {
				on = append(on, sql.Eq(parent(p[0]), sql.AliasCol{Alias: j.alias, Name: p[1].Name}))
			} else {
				on = append(on, sql.Eq(sql.AliasCol{Alias: j.alias, Name: p[0].Name}, parent(p[1])))
			}
		}
		s.Joins = append(s.Joins, sql.Join{Table: j.r.Target.Table, Alias: j.alias, On: sql.And(on...)})
		for _, c := range j.r.Target.ColumnsInOrder() {
			s.Cols = append(s.Cols, nm.col(sql.AliasCol{Alias: j.alias, Name: c.Name}, j.alias, c.Name))
		}
		for _, o := range j.r.OrderBy {
			if c, ok := o.X.(sql.Col); ok {
				s.OrderBy = append(s.OrderBy, sql.Order{X: sql.AliasCol{Alias: j.alias, Name: c.C.Name}, Desc: o.Desc})
			}
		}
	}
	return s
}

// Statement is the SELECT the query sends, joined eager loads included.
func (q EntityQuery) Statement() (sql.Expr, error) {
	joins, err := q.M.joinedRels()
	if err != nil {
		return nil, err
	}
	return q.compile(joins), nil
}

// Entities runs an entity query and returns its objects in row order,
// each once, with joined and selectin eager loads done.
func (s *Session) Entities(q EntityQuery) ([]*State, error) {
	for _, m := range q.M.SelfAndDescendants() { // the rows may be of any of them
		if m.Refusal != nil {
			return nil, m.Refusal
		}
	}
	if err := q.M.eagerInHierarchy(); err != nil {
		return nil, err
	}
	joins, err := q.M.joinedRels()
	if err != nil {
		return nil, err
	}
	if len(joins) > 0 && len(q.Joins) > 0 {
		return nil, exc.Unsupported(source.Span{}, "join() in a query of "+q.M.Class+", which has lazy=\"joined\" relationships")
	}
	// select() returns a row per joined row; Query returns each object once
	dups := len(q.Joins) > 0 && !q.Legacy
	rows, err := s.query(q.compile(joins))
	if err != nil {
		return nil, err
	}
	n := len(q.M.ColumnsInOrder())
	var out, fresh []*State
	seen := map[*State]bool{}
	got := make([]map[*State][]*State, len(joins))
	for i := range got {
		got[i] = map[*State][]*State{}
	}
	for _, row := range rows {
		st, isFresh, err := s.instance(q.M, row[:n])
		if err != nil {
			return nil, err
		}
		if seen[st] && dups {
			out = append(out, st)
		}
		if !seen[st] {
			seen[st] = true
			out = append(out, st)
			if isFresh {
				fresh = append(fresh, st)
			}
		}
		off := n
		for i, j := range joins {
			cols := j.r.Target.ColumnsInOrder()
			sub := row[off : off+len(cols)]
			off += len(cols)
			if !hasKey(j.r.Target, sub) {
				continue
			}
			child, _, err := s.instance(j.r.Target, sub)
			if err != nil {
				return nil, err
			}
			if !containsState(got[i][st], child) {
				got[i][st] = append(got[i][st], child)
			}
		}
	}
	for i, j := range joins {
		for _, st := range out {
			if _, loaded := st.Dict[j.r.Key]; !loaded {
				st.setCommittedRel(j.r, got[i][st])
			}
		}
	}
	if q.Refresh {
		return out, nil
	}
	if err := s.subqueryload(q, fresh); err != nil {
		return nil, err
	}
	return out, s.selectin(q.M, fresh)
}

// subqueryload runs lazy="subquery" loaders: the target rows joined to the
// parent query, reduced to the parent's key, as a subquery named anon_1.
func (s *Session) subqueryload(q EntityQuery, fresh []*State) error {
	for _, r := range q.M.Rels {
		if r.Lazy != "subquery" || len(fresh) == 0 {
			continue
		}
		if r.Direction != OneToMany {
			return exc.Unsupported(source.Span{}, fmt.Sprintf("lazy=\"subquery\" on %s, only on a one-to-many", r))
		}
		from := []*schema.Table{q.M.Table}
		if q.Also != nil {
			from = append(from, q.Also)
		}
		inner := &sql.Select{From: from, Where: q.Where}
		if q.Limit != nil || q.Offset != nil {
			inner.OrderBy, inner.Limit, inner.Offset = q.Order, q.Limit, q.Offset
		}
		outer := &sql.Select{Sub: inner, Joins: nil}
		var on []sql.Expr
		for _, p := range r.Pairs {
			inner.Cols = append(inner.Cols, sql.Labeled(p[0]))
			on = append(on, sql.Eq(sql.AliasCol{Alias: "anon_1", Name: p[0].Table.Name + "_" + p[0].Name}, sql.Col{C: p[1]}))
		}
		for _, c := range r.Target.ColumnsInOrder() {
			outer.Cols = append(outer.Cols, sql.Labeled(c))
		}
		for _, p := range r.Pairs {
			label := p[0].Table.Name + "_" + p[0].Name
			outer.Cols = append(outer.Cols, sql.Label{X: sql.AliasCol{Alias: "anon_1", Name: label}, Name: "anon_1_" + label})
		}
		outer.InnerJoin = &sql.Join{Table: r.Target.Table, On: sql.And(on...)}
		for _, o := range r.OrderBy {
			outer.OrderBy = append(outer.OrderBy, o)
		}
		rows, err := s.query(outer)
		if err != nil {
			return err
		}
		n := len(r.Target.ColumnsInOrder())
		groups := map[string][]*State{}
		for _, row := range rows {
			child, _, err := s.instance(r.Target, row[:n])
			if err != nil {
				return err
			}
			k := keyString(row[n:])
			groups[k] = append(groups[k], child)
		}
		for _, st := range fresh {
			if _, loaded := st.Dict[r.Key]; loaded {
				continue
			}
			var key []any
			for _, p := range r.Pairs {
				v, err := st.colValue(p[0])
				if err != nil {
					return err
				}
				key = append(key, toDB(p[0], v))
			}
			st.setCommittedRel(r, groups[keyString(key)])
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

// HasJoinedCollection reports a lazy="joined" one-to-many on m.
func (m *Mapper) HasJoinedCollection() bool {
	for _, r := range m.joinedOf() {
		if r.Uselist {
			return true
		}
	}
	return false
}

// eagerInHierarchy refuses the eager loaders not built for mapped class
// inheritance: joined, subquery and selectin loads to or from a class of a
// hierarchy.
func (m *Mapper) eagerInHierarchy() error {
	in := func(x *Mapper) bool { return x.Inherits != nil || len(x.Subs) > 0 }
	for _, x := range m.SelfAndDescendants() {
		for _, r := range x.Rels {
			if (r.Lazy == "joined" || r.Lazy == "subquery" || r.Lazy == "selectin") && (in(x) || in(r.Target)) {
				return exc.Unsupported(r.Span, fmt.Sprintf("lazy=%q on %s, a relationship of a class with mapped class inheritance", r.Lazy, r))
			}
		}
	}
	return nil
}
