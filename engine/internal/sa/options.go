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
	raise bool // raiseload=True: a read of a column it leaves out raises
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
		o := &loadOpt{kind: kind}
		if kind != "undefer" {
			r, err := a.boolean("raiseload", false)
			if err != nil {
				return nil, err
			}
			o.raise = r
		}
		if err := a.check(len(c.Args)); err != nil {
			return nil, err
		}
		if kind != "load_only" && len(c.Args) != 1 {
			return nil, unsupported(th, "%s() of %d attributes", kind, len(c.Args))
		}
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
				d[k] = o.raise
			}
		case "defer":
			if named[k] {
				d[k] = o.raise
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
// its relationships (strategy_options.py), lazy its strategy, and the
// selectinload() options chained below it (steps).
type relLoadOpt struct {
	rt    *Runtime
	kind  string
	steps []loadStep
}

type loadStep struct {
	rel  *orm.Relationship
	lazy string
}

func (o *relLoadOpt) TypeName() string { return "_AttributeStrategyLoad" }

// Attr chains selectinload() below a selectin or subquery load
// (selectinload(A.bs).selectinload(B.cs)); other chains are refused.
func (o *relLoadOpt) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	last := o.steps[len(o.steps)-1]
	if name != "selectinload" || last.lazy != "selectin" && last.lazy != "subquery" {
		return nil, true, unsupported(th, "%s(...).%s", o.kind, name)
	}
	return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		v, err := o.rt.newRelLoadOpt(name, "selectin")(th, c)
		if err != nil {
			return nil, err
		}
		next := v.(*relLoadOpt).steps[0]
		if next.rel.Parent != last.rel.Target {
			return nil, unsupported(th, "selectinload() of %s chained below a load of %s", next.rel, last.rel.Target.Class)
		}
		return &relLoadOpt{rt: o.rt, kind: o.kind, steps: append(append([]loadStep(nil), o.steps...), next)}, nil
	}), true, nil
}

// newRelLoadOpt builds kind(Class.rel), the option giving the
// relationship the loader lazy.
func (rt *Runtime) newRelLoadOpt(kind, lazy string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Kw) > 0 {
			return nil, unsupported(th, "%s(%s=)", kind, c.Kw[0].Name)
		}
		if len(c.Args) != 1 {
			return nil, unsupported(th, "%s() of %d attributes (only of one relationship)", kind, len(c.Args))
		}
		arg := c.Args[0]
		if d, ok := arg.(*relDef); ok {
			// the class's relationship before the mappers are configured:
			// the option configures them, as the attribute's comparator does
			if err := rt.Configure(th); err != nil {
				return nil, err
			}
			if d.owner != nil {
				arg, _ = d.owner.cls.Dict.GetStr(d.key)
			}
		}
		r, ok := arg.(*relAttr)
		if !ok || r.as != nil || r.to != nil {
			return nil, unsupported(th, "%s() of %s (only of a mapped class's relationship)", kind, th.TypeName(c.Args[0]))
		}
		if len(r.and) > 0 {
			return nil, unsupported(th, "%s(%s.and_(...)), a loader with criteria", kind, r.rel)
		}
		if r.rel.Dynamic() {
			return nil, unsupported(th, "%s() of %s, a lazy=\"dynamic\" relationship", kind, r.rel)
		}
		return &relLoadOpt{rt: rt, kind: kind, steps: []loadStep{{r.rel, lazy}}}, nil
	}
}

// relLoader applies a relationship loader option to the query's entity:
// its first step to the entity's relationship, the chained ones below.
func (q *selectObj) relLoader(th *interp.Thread, o *relLoadOpt) error {
	root := o.steps[0].rel
	if q.entity == nil || q.as != nil || len(q.more) > 0 || !q.entity.IsA(root.Parent) {
		return unsupported(th, "%s(%s) in a query that does not select %s alone", o.kind, root, root.Parent.Class)
	}
	with := func(m map[*orm.Relationship]string, steps []loadStep) map[*orm.Relationship]string {
		out := map[*orm.Relationship]string{}
		for r, l := range m {
			out[r] = l
		}
		for _, s := range steps {
			out[s.rel] = s.lazy
		}
		return out
	}
	q.loaders = with(q.loaders, o.steps[:1])
	if len(o.steps) > 1 {
		q.nested = with(q.nested, o.steps[1:])
	}
	return nil
}
