package sa

import (
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
)

// appenderObj is the AppenderQuery a lazy="dynamic" relationship gives:
// a Query over the related rows that can also append and remove.
type appenderObj struct {
	rt  *Runtime
	st  *orm.State
	rel *orm.Relationship
	q   *selectObj // the criteria chained onto it, without the parent's
}

func (rt *Runtime) appender(st *orm.State, rel *orm.Relationship) *appenderObj {
	return &appenderObj{rt: rt, st: st, rel: rel, q: &selectObj{rt: rt, entity: rel.Target, legacy: true}}
}

func (a *appenderObj) TypeName() string { return "AppenderQuery" }

// query is the Query the AppenderQuery runs, or nil when the parent has no
// identity yet and only its pending appends count (AppenderQuery.session).
func (a *appenderObj) query(th *interp.Thread) (*selectObj, error) {
	ok, err := a.st.Queryable()
	if err != nil || !ok {
		return nil, a.rt.raise(th, err)
	}
	q, err := parentCriteria(th, a.rt, a.st, a.rel, a.q.clone())
	if err != nil {
		return nil, err
	}
	q.sess = a.rt.sessions[a.st.Session()]
	return q, nil
}

// parentCriteria puts the parent's criteria (the relationship's lazy clause,
// its secondary table) and the relationship's order_by before q's own, as
// AbstractCollectionWriter.__init__ does.
func parentCriteria(th *interp.Thread, rt *Runtime, st *orm.State, rel *orm.Relationship, q *selectObj) (*selectObj, error) {
	base, err := orm.RelQuery(st, rel)
	if err != nil {
		return nil, rt.raise(th, err)
	}
	q.where = append([]*sqlExpr{{e: base.Where}}, q.where...)
	q.order = append(base.Order, q.order...)
	q.also = base.Also
	return q, nil
}

func (a *appenderObj) pending() []interp.Value {
	var out []interp.Value
	for _, s := range a.st.Appended(a.rel) {
		out = append(out, s.Obj)
	}
	return out
}

func (a *appenderObj) Iterate(th *interp.Thread) ([]interp.Value, error) {
	q, err := a.query(th)
	if err != nil || q == nil {
		return a.pending(), err
	}
	return q.Iterate(th)
}

func (a *appenderObj) GetItem(th *interp.Thread, k interp.Value) (interp.Value, error) {
	q, err := a.query(th)
	if err != nil {
		return nil, err
	}
	if q == nil {
		return th.GetItem(&interp.List{Items: a.pending()}, k)
	}
	return q.GetItem(th, k)
}

func (a *appenderObj) Slice(th *interp.Thread, lo, hi, step interp.Value) (interp.Value, error) {
	q, err := a.query(th)
	if err != nil {
		return nil, err
	}
	if q == nil {
		return th.Slice(&interp.List{Items: a.pending()}, lo, hi, step)
	}
	return q.Slice(th, lo, hi, step)
}

func (a *appenderObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rt := a.rt
	switch name {
	case "append", "add", "extend", "add_all", "remove":
		return mutator(rt, a.st, a.rel, "AppenderQuery."+name, name), true, nil
	case "filter", "where", "filter_by", "order_by", "limit", "offset":
		fn, _, err := a.q.Attr(th, name)
		if err != nil {
			return nil, true, err
		}
		return builtin("AppenderQuery."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			q, err := th.Call(fn, c.Args, c.Kw)
			if err != nil {
				return nil, err
			}
			return &appenderObj{rt: rt, st: a.st, rel: a.rel, q: q.(*selectObj)}, nil
		}), true, nil
	case "all", "first", "one", "one_or_none", "count":
		return builtin("AppenderQuery."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			q, err := a.query(th)
			if err != nil {
				return nil, err
			}
			if q == nil {
				items := a.pending()
				switch name {
				case "all":
					return &interp.List{Items: items}, nil
				case "count":
					return int64(len(items)), nil
				case "first":
					if len(items) == 0 {
						return nil, nil
					}
					return items[0], nil
				}
				return one(th, rt, items, name)
			}
			fn, _, err := q.Attr(th, name)
			if err != nil {
				return nil, err
			}
			return th.Call(fn, c.Args, c.Kw)
		}), true, nil
	}
	return nil, false, nil
}

// Str is str(AppenderQuery): Query.__str__, the statement compiled for the
// session's bind; reading the session autoflushes, as AppenderQuery.session does.
func (a *appenderObj) Str(th *interp.Thread) (string, error) {
	q, err := a.query(th)
	if err != nil {
		return "", err
	}
	if q == nil {
		return "", unsupported(th, "str() of an AppenderQuery whose parent has no identity yet")
	}
	return q.Str(th)
}

// mutator is a dynamic or write-only collection's append/add,
// extend/add_all or remove (AbstractCollectionWriter): events on the
// parent's attribute, kept as pending changes until the flush.
func mutator(rt *Runtime, st *orm.State, rel *orm.Relationship, qualname, name string) interp.Value {
	return builtin(qualname, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, typeErr(th, "%s() takes exactly one argument (%d given)", name, len(c.Args))
		}
		items := []interp.Value{c.Args[0]}
		if name == "extend" || name == "add_all" {
			var err error
			if items, err = th.Iterate(c.Args[0]); err != nil {
				return nil, err
			}
		}
		for _, it := range items {
			s, err := rt.stateOf(th, it, rel.Target)
			if err != nil {
				return nil, err
			}
			if name == "remove" {
				_, err = st.Remove(rel, s)
			} else {
				err = st.Append(rel, s)
			}
			if err != nil {
				return nil, rt.raise(th, err)
			}
		}
		return nil, nil
	})
}
