package sa

import (
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
)

// writeOnlyObj is the WriteOnlyCollection a lazy="write_only" relationship
// gives: appends and removes become pending changes, and select() is the
// only way to read it (writeonly.py).
type writeOnlyObj struct {
	rt  *Runtime
	st  *orm.State
	rel *orm.Relationship
}

func (w *writeOnlyObj) TypeName() string { return "WriteOnlyCollection" }

func (w *writeOnlyObj) Iterate(th *interp.Thread) ([]interp.Value, error) {
	return nil, th.Raise(interp.TypeError, "WriteOnly collections don't support iteration in-place; to query for collection items, use the select() method to produce a SQL statement and execute it with session.scalars().")
}

func (w *writeOnlyObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rt := w.rt
	switch name {
	case "add", "add_all", "remove":
		return mutator(rt, w.st, w.rel, "WriteOnlyCollection."+name, name), true, nil
	case "select":
		return builtin("WriteOnlyCollection.select", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, typeErr(th, "select() takes no arguments")
			}
			if w.st.Key == nil {
				// the criteria's parameters would read the parent's key when
				// the statement runs, after the flush gives it one
				return nil, unsupported(th, "WriteOnlyCollection.select() of an object without an identity yet")
			}
			q, err := parentCriteria(th, rt, w.st, w.rel, &selectObj{rt: rt, entity: w.rel.Target})
			if err != nil {
				return nil, err
			}
			return q, nil
		}), true, nil
	}
	return nil, false, nil
}
