package sa

import (
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
)

// loadOpt is a column loader option, load_only(), defer() or undefer() of
// a mapped class's attributes (strategy_options.py).
type loadOpt struct {
	kind  string
	m     *orm.Mapper
	attrs []*colAttr
}

func (o *loadOpt) TypeName() string { return "_AttributeStrategyLoad" }

// Attr refuses chaining: the engine has no options on relationships to
// chain them from.
func (o *loadOpt) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return nil, true, unsupported(th, "%s(...).%s", o.kind, name)
}

// newLoadOpt builds load_only(*attrs, raiseload=False), defer(attr,
// raiseload=False) or undefer(attr) of column attributes of one class.
func newLoadOpt(kind string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, kind)
		if kind != "undefer" {
			if v, ok := a.kw("raiseload"); ok && v != false {
				return nil, unsupported(th, "%s(raiseload=True)", kind)
			}
		}
		if err := a.check(len(c.Args)); err != nil {
			return nil, err
		}
		if kind != "load_only" && len(c.Args) != 1 {
			return nil, unsupported(th, "%s() of %d attributes", kind, len(c.Args))
		}
		o := &loadOpt{kind: kind}
		for _, v := range c.Args {
			col, ok := v.(*colAttr)
			if !ok || col.m == nil || col.as != nil {
				return nil, unsupported(th, "%s() of %s (only of a mapped class's column attributes)", kind, th.TypeName(v))
			}
			if o.m != nil && o.m != col.m {
				return nil, unsupported(th, "%s() of attributes of several classes", kind)
			}
			o.m = col.m
			o.attrs = append(o.attrs, col)
		}
		if o.m == nil {
			return nil, unsupported(th, "%s() of no attributes", kind)
		}
		return o, nil
	}
}

// deferColumns applies a column loader option to the query's entities:
// the column keys it leaves out (the primary key and the discriminator
// are always loaded).
func (q *selectObj) deferColumns(th *interp.Thread, o *loadOpt) error {
	found := false
	for _, e := range q.entities() {
		found = found || e.M == o.m && e.As == nil
	}
	if !found {
		return unsupported(th, "%s() of %s, which the query does not select", o.kind, o.m.Class)
	}
	if o.m.Inherits != nil || len(o.m.Subs) > 0 {
		return unsupported(th, "%s() of %s, a class with mapped class inheritance", o.kind, o.m.Class)
	}
	if q.deferred[o.m] != nil {
		return unsupported(th, "a second column loader option of %s in one query", o.m.Class)
	}
	if q.deferred == nil {
		q.deferred = map[*orm.Mapper]map[string]bool{}
	}
	d := map[string]bool{}
	named := map[string]bool{}
	for _, a := range o.attrs {
		named[a.key] = true
	}
	for _, c := range o.m.ColumnsInOrder() {
		k := o.m.ColKey(c)
		if c.PrimaryKey || c == o.m.PolyOn {
			continue
		}
		switch o.kind {
		case "load_only":
			if !named[k] {
				d[k] = true
			}
		case "defer":
			if named[k] {
				d[k] = true
			}
		case "undefer":
			if named[k] {
				delete(d, k)
			}
		}
	}
	q.deferred[o.m] = d
	return nil
}

// relLoadOpt is a relationship loader option of the query's entity:
// joinedload(), selectinload(), subqueryload() or lazyload() of one of
// its relationships (strategy_options.py), lazy its strategy.
type relLoadOpt struct {
	kind, lazy string
	rel        *orm.Relationship
}

func (o *relLoadOpt) TypeName() string { return "_AttributeStrategyLoad" }

// Attr refuses chaining (selectinload(A.bs).joinedload(B.cs), .options()):
// the engine applies options to the entity's own relationships only.
func (o *relLoadOpt) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return nil, true, unsupported(th, "%s(...).%s", o.kind, name)
}

// newRelLoadOpt builds kind(Class.rel), the option giving the
// relationship the loader lazy.
func newRelLoadOpt(kind, lazy string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Kw) > 0 {
			return nil, unsupported(th, "%s(%s=)", kind, c.Kw[0].Name)
		}
		if len(c.Args) != 1 {
			return nil, unsupported(th, "%s() of %d attributes (only of one relationship)", kind, len(c.Args))
		}
		r, ok := c.Args[0].(*relAttr)
		if !ok || r.as != nil || r.to != nil {
			return nil, unsupported(th, "%s() of %s (only of a mapped class's relationship)", kind, th.TypeName(c.Args[0]))
		}
		if len(r.and) > 0 {
			return nil, unsupported(th, "%s(%s.and_(...)), a loader with criteria", kind, r.rel)
		}
		return &relLoadOpt{kind: kind, lazy: lazy, rel: r.rel}, nil
	}
}

// relLoader applies a relationship loader option to the query's entity.
func (q *selectObj) relLoader(th *interp.Thread, o *relLoadOpt) error {
	if q.entity == nil || q.as != nil || len(q.more) > 0 || !q.entity.IsA(o.rel.Parent) {
		return unsupported(th, "%s(%s) in a query that does not select %s alone", o.kind, o.rel, o.rel.Parent.Class)
	}
	if o.rel.Dynamic() {
		return unsupported(th, "%s() of %s, a lazy=\"dynamic\" relationship", o.kind, o.rel)
	}
	loaders := map[*orm.Relationship]string{o.rel: o.lazy}
	for r, l := range q.loaders {
		if r != o.rel {
			loaders[r] = l
		}
	}
	q.loaders = loaders
	return nil
}
