package sa

import (
	"maps"
	"slices"

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
	q.deferred[o.m] = o.leftOut()
	return nil
}

// leftOut are the column keys the option leaves out of its class's
// loads, true for those raising when read (the primary key and the
// discriminator are always loaded).
func (o *loadOpt) leftOut() map[string]bool {
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
	return d
}

// relLoadOpt is a relationship loader option of the query's entity:
// joinedload(), selectinload(), subqueryload() or lazyload() of one of
// its relationships (strategy_options.py), lazy its strategy, and the
// options chained below it: selectinload() steps, and what .options(),
// .load_only()/.defer()/.undefer() and .selectin_polymorphic() give the
// objects the loads below make (the engine applies those to every load
// below the query's entities, not to one path).
type relLoadOpt struct {
	rt    *Runtime
	kind  string
	steps []loadStep
	// below are relationship loaders .options() gives below the chain
	below    []loadStep
	deferred []*loadOpt
	poly     []*orm.Mapper
}

type loadStep struct {
	rel  *orm.Relationship
	lazy string
	wp   []*orm.Mapper // of_type(with_polymorphic(...))'s subclasses
	// inner is joinedload(innerjoin=): nil keeps the relationship's
	inner *bool
	// depth is selectinload(recursion_depth=)'s, orm.Unlimited for -1;
	// recursive says it was given
	depth     int
	recursive bool
}

func (o *relLoadOpt) TypeName() string { return "_AttributeStrategyLoad" }

// Attr chains below the option (Load's methods): selectinload() below a
// selectin or subquery load (selectinload(A.bs).selectinload(B.cs)), the
// column options and selectin_polymorphic() of the last step's target,
// and options() of those; other chains are refused.
func (o *relLoadOpt) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	last := o.steps[len(o.steps)-1]
	eager := last.lazy == "selectin" || last.lazy == "subquery"
	switch name {
	case "selectinload":
		if !eager {
			break
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
			cp := *o
			cp.steps = append(append([]loadStep(nil), o.steps...), next)
			return &cp, nil
		}), true, nil
	case "load_only", "defer", "undefer":
		if last.lazy != "selectin" && last.lazy != "" {
			break
		}
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return o.then(th)(newLoadOpt(name)(th, c))
		}), true, nil
	case "selectin_polymorphic":
		if last.lazy != "selectin" {
			break
		}
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, typeErr(th, "selectin_polymorphic() takes 2 positional arguments but %d were given", len(c.Args)+len(c.Kw)+1)
			}
			return o.then(th)(o.rt.polySelectin(th, last.rel.Target, c.Args[0]))
		}), true, nil
	case "options":
		if last.lazy != "selectin" {
			break
		}
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Kw) > 0 {
				return nil, typeErr(th, "options() got an unexpected keyword argument '%s'", c.Kw[0].Name)
			}
			out := o
			for _, a := range c.Args {
				v, err := out.with(th, a)
				if err != nil {
					return nil, err
				}
				out = v.(*relLoadOpt)
			}
			return out, nil
		}), true, nil
	}
	return nil, true, unsupported(th, "%s(...).%s", o.kind, name)
}

// then chains the option a method call made, or passes its error on.
func (o *relLoadOpt) then(th *interp.Thread) func(interp.Value, error) (interp.Value, error) {
	return func(v interp.Value, err error) (interp.Value, error) {
		if err != nil {
			return nil, err
		}
		return o.with(th, v)
	}
}

// with is a copy of the option with a further option below its last step
// (Load.options()): a column option or selectin_polymorphic() of the
// step's target (or a subclass of it), or a relationship loader of it.
func (o *relLoadOpt) with(th *interp.Thread, v interp.Value) (interp.Value, error) {
	target := o.steps[len(o.steps)-1].rel.Target
	cp := *o
	switch x := v.(type) {
	case *loadOpt:
		if !x.m.IsA(target) {
			return nil, unsupported(th, "%s() of %s below a load of %s", x.kind, x.m.Class, target.Class)
		}
		cp.deferred = append(append([]*loadOpt(nil), o.deferred...), x)
	case *polySelectinOpt:
		if x.base != target {
			return nil, unsupported(th, "selectin_polymorphic(%s, ...) below a load of %s", x.base.Class, target.Class)
		}
		cp.poly = append(append([]*orm.Mapper(nil), o.poly...), x.classes...)
	case *relLoadOpt:
		if root := x.steps[0].rel; !root.Parent.IsA(target) || len(x.deferred) > 0 || len(x.poly) > 0 {
			return nil, unsupported(th, "%s(%s) with its own options below a load of %s", x.kind, root, target.Class)
		}
		cp.below = slices.Concat(o.below, x.steps, x.below)
	default:
		return nil, unsupported(th, "options() of %s below %s()", th.TypeName(v), o.kind)
	}
	return &cp, nil
}

// newRelLoadOpt builds kind(Class.rel), the option giving the
// relationship the loader lazy.
func (rt *Runtime) newRelLoadOpt(kind, lazy string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		var inner *bool
		var depth interp.Value
		for _, kv := range c.Kw {
			if kv.Name == "recursion_depth" && kind == "selectinload" {
				depth = kv.Value
				continue
			}
			b, isBool := kv.Value.(bool)
			if kv.Name != "innerjoin" || kind != "joinedload" || !isBool {
				return nil, unsupported(th, "%s(%s=)", kind, kv.Name)
			}
			inner = &b
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
		if !ok || r.as != nil || r.to != nil || r.of != nil || r.wp != nil && lazy != "selectin" {
			return nil, unsupported(th, "%s() of %s (only of a mapped class's relationship)", kind, th.TypeName(c.Args[0]))
		}
		if len(r.and) > 0 {
			return nil, unsupported(th, "%s(%s.and_(...)), a loader with criteria", kind, r.rel)
		}
		if r.rel.Dynamic() {
			return nil, unsupported(th, "%s() of %s, a lazy=\"dynamic\" relationship", kind, r.rel)
		}
		step := loadStep{rel: r.rel, lazy: lazy, inner: inner}
		if r.wp != nil {
			step.wp = r.wp.subs
		}
		if depth != nil {
			n, ok := depth.(int64)
			if !ok {
				return nil, unsupported(th, "selectinload(recursion_depth=%s)", th.TypeName(depth))
			}
			if r.rel.Target.Root() != r.rel.Parent.Root() {
				return nil, unsupported(th, "selectinload(recursion_depth=) of %s, which is not self-referential", r.rel)
			}
			step.depth, step.recursive = int(n), true
			if n == -1 {
				step.depth = orm.Unlimited
			}
		}
		return &relLoadOpt{rt: rt, kind: kind, steps: []loadStep{step}}, nil
	}
}

// containsEager is contains_eager(Class.rel): the statement's own join to
// the target's table populates the relationship; of a many-to-one only
// (a collection's rows must be uniqued, which the engine does not check).
func (rt *Runtime) containsEager(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	v, err := rt.newRelLoadOpt("contains_eager", "contains")(th, c)
	if err != nil {
		return nil, err
	}
	o := v.(*relLoadOpt)
	if r := o.steps[0].rel; r.Direction != orm.ManyToOne || r.Parent.Table == r.Target.Table {
		return nil, unsupported(th, "contains_eager(%s), only of a many-to-one to another table", r)
	}
	return o, nil
}

// relLoader applies a relationship loader option to the query's entity:
// its first step to the entity's relationship, the chained ones below.
func (q *selectObj) relLoader(th *interp.Thread, o *relLoadOpt) error {
	root := o.steps[0].rel
	// a subclass's relationship is loaded after the subclass's own
	// selectin_polymorphic() load (orm checks there is one)
	sub := q.entity != nil && root.Parent.IsA(q.entity) && o.steps[0].lazy == "selectin"
	if q.entity == nil || q.as != nil || len(q.more) > 0 || !q.entity.IsA(root.Parent) && !sub {
		return unsupported(th, "%s(%s) in a query that does not select %s alone", o.kind, root, root.Parent.Class)
	}
	with := func(m map[*orm.Relationship]string, steps []loadStep) map[*orm.Relationship]string {
		out := map[*orm.Relationship]string{}
		for r, l := range m {
			out[r] = l
		}
		for _, s := range steps {
			if s.lazy != "" { // defaultload() keeps the relationship's own
				out[s.rel] = s.lazy
			}
		}
		return out
	}
	q.loaders = with(q.loaders, o.steps[:1])
	if in := o.steps[0].inner; in != nil {
		q.inner = maps.Clone(q.inner)
		if q.inner == nil {
			q.inner = map[*orm.Relationship]bool{}
		}
		q.inner[root] = *in
	}
	if s := o.steps[0]; s.recursive {
		if len(o.steps) > 1 || len(o.below) > 0 || len(o.deferred) > 0 || len(o.poly) > 0 {
			return unsupported(th, "selectinload(recursion_depth=) with options chained below it")
		}
		q.depth = map[*orm.Relationship]int{s.rel: s.depth}
	}
	for _, s := range slices.Concat(o.steps[1:], o.below) {
		if s.inner != nil {
			return unsupported(th, "joinedload(%s, innerjoin=) chained below another loader option", s.rel)
		}
	}
	if len(o.steps) > 1 || len(o.below) > 0 {
		q.nested = with(q.nested, slices.Concat(o.steps[1:], o.below))
	}
	for _, s := range slices.Concat(o.steps, o.below) {
		if s.wp != nil {
			wp := maps.Clone(q.loadPoly)
			if wp == nil {
				wp = map[*orm.Relationship][]*orm.Mapper{}
			}
			wp[s.rel] = s.wp
			q.loadPoly = wp
		}
	}
	if len(o.deferred) > 0 {
		d := maps.Clone(q.nestedDeferred)
		if d == nil {
			d = map[*orm.Mapper]map[string]bool{}
		}
		for _, lo := range o.deferred {
			if d[lo.m] != nil {
				return unsupported(th, "a second column loader option of %s in one query", lo.m.Class)
			}
			if lo.m.Inherits != nil || len(lo.m.Subs) > 0 {
				return unsupported(th, "%s() of %s, a class with mapped class inheritance", lo.kind, lo.m.Class)
			}
			d[lo.m] = lo.leftOut()
		}
		q.nestedDeferred = d
	}
	if len(o.poly) > 0 {
		p := maps.Clone(q.nestedPoly)
		if p == nil {
			p = map[*orm.Mapper]bool{}
		}
		for _, m := range o.poly {
			p[m] = true
		}
		q.nestedPoly = p
	}
	return nil
}
