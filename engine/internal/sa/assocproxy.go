package sa

import (
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
)

// sqlalchemy.ext.associationproxy.association_proxy(target_collection, attr,
// creator=None): an attribute of a mapped class that reads and writes attr of
// the objects its relationship target_collection holds, mirrored from
// associationproxy.py for list collections (_AssociationList) and scalar
// relationships. Class-level use (comparisons in queries) is refused.

// assocProxy is the class attribute association_proxy() makes.
type assocProxy struct {
	target, attr string
	creator      interp.Value // nil: the target class called with attr=value
}

func (p *assocProxy) TypeName() string { return "AssociationProxy" }

// Attr implements interp.Attrs: what a query would use is refused.
func (p *assocProxy) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return nil, true, unsupported(th, "AssociationProxy.%s (association proxies in queries)", name)
}

func (rt *Runtime) associationProxyFn(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "association_proxy")
	tv, _ := a.get(0, "target_collection")
	av, _ := a.get(1, "attr")
	creator, _ := a.kw("creator")
	if err := a.check(2); err != nil {
		return nil, err
	}
	t, ok1 := tv.(string)
	at, ok2 := av.(string)
	if !ok1 || !ok2 {
		return nil, th.Raise(interp.TypeError, "association_proxy() takes the relationship's name and the attribute's name as strings")
	}
	return &assocProxy{target: t, attr: at, creator: creator}, nil
}

// assocProxyOf is the association proxy class attribute name of inst's class.
func assocProxyOf(inst *interp.Instance, name string) *assocProxy {
	v, _ := inst.Class.Lookup(name)
	p, _ := v.(*assocProxy)
	return p
}

// get is AssociationProxyInstance.get: a list proxy over a collection, the
// attribute of the target over a scalar relationship (None without one).
func (p *assocProxy) get(th *interp.Thread, rt *Runtime, inst *interp.Instance) (interp.Value, error) {
	v, _, err := th.GetAttr(inst, p.target)
	if err != nil {
		return nil, err
	}
	switch c := v.(type) {
	case *listProxy:
		return &assocList{p: p, rt: rt, coll: c}, nil
	case nil:
		return nil, nil
	case *interp.Instance:
		r, _, err := th.GetAttr(c, p.attr)
		return r, err
	}
	return nil, unsupported(th, "an association proxy over a %s", th.TypeName(v))
}

// set is AssociationProxyInstance.set.
func (p *assocProxy) set(th *interp.Thread, rt *Runtime, inst *interp.Instance, value interp.Value) error {
	st, _ := inst.Host.(*orm.State)
	if st == nil || st.M.Rel(p.target) == nil {
		return unsupported(th, "an association proxy whose target %s is no relationship", p.target)
	}
	rel := st.M.Rel(p.target)
	if rel.Dict != nil {
		return unsupported(th, "an association proxy over %s, a dictionary collection", rel)
	}
	if rel.Uselist {
		items, err := th.Iterate(value)
		if err != nil {
			return err
		}
		var made []interp.Value
		for _, it := range items {
			o, err := p.create(th, rt, rel, it)
			if err != nil {
				return err
			}
			made = append(made, o)
		}
		return th.SetAttr(inst, p.target, &interp.List{Items: made})
	}
	cur, _, err := th.GetAttr(inst, p.target)
	if err != nil {
		return err
	}
	if cur == nil {
		o, err := p.create(th, rt, rel, value)
		if err != nil {
			return err
		}
		return th.SetAttr(inst, p.target, o)
	}
	return th.SetAttr(cur, p.attr, value)
}

// create is _new: creator(value), or the target class called with value.
func (p *assocProxy) create(th *interp.Thread, rt *Runtime, rel *orm.Relationship, value interp.Value) (interp.Value, error) {
	creator := p.creator
	if creator == nil {
		if cls := rt.classOfMapper(rel.Target); cls != nil {
			creator = cls
		} else {
			return nil, unsupported(th, "an association proxy to an unmapped target")
		}
	}
	return th.Call(creator, []interp.Value{value}, nil)
}

func (rt *Runtime) classOfMapper(m *orm.Mapper) *interp.Class {
	if mp := rt.mappedOf(m); mp != nil {
		return mp.cls
	}
	return nil
}

// assocList is _AssociationList: a list view of attr over a collection.
type assocList struct {
	p    *assocProxy
	rt   *Runtime
	coll *listProxy
}

func (l *assocList) TypeName() string { return "_AssociationList" }

func (l *assocList) members(th *interp.Thread) ([]interp.Value, error) {
	return th.Iterate(l.coll)
}

// Iterate implements interp.Iterable.
func (l *assocList) Iterate(th *interp.Thread) ([]interp.Value, error) {
	ms, err := l.members(th)
	if err != nil {
		return nil, err
	}
	out := make([]interp.Value, len(ms))
	for i, m := range ms {
		if out[i], _, err = th.GetAttr(m, l.p.attr); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Len implements interp.Sized.
func (l *assocList) Len(th *interp.Thread) (int, error) {
	ms, err := l.members(th)
	return len(ms), err
}

// Repr implements interp.Reprer: repr(list(self)).
func (l *assocList) Repr(th *interp.Thread) (string, error) {
	vs, err := l.Iterate(th)
	if err != nil {
		return "", err
	}
	return th.Repr(&interp.List{Items: vs})
}

// GetItem implements interp.Indexable.
func (l *assocList) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	vs, err := l.Iterate(th)
	if err != nil {
		return nil, err
	}
	return th.GetItem(&interp.List{Items: vs}, key)
}

// Contains implements interp.Container.
func (l *assocList) Contains(th *interp.Thread, v interp.Value) (bool, error) {
	vs, err := l.Iterate(th)
	if err != nil {
		return false, err
	}
	for _, x := range vs {
		if eq, err := th.Equal(x, v); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Binary implements interp.Operand: == and != compare list(self).
func (l *assocList) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	vs, err := l.Iterate(th)
	if err != nil {
		return nil, true, err
	}
	eq, err := th.Equal(&interp.List{Items: vs}, other)
	if op == py.NotEq {
		eq = !eq
	}
	return eq, true, err
}

// Unary implements interp.Operand.
func (l *assocList) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

// Attr implements interp.Attrs: the list methods _AssociationList has.
func (l *assocList) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rel := l.coll.rel
	switch name {
	case "append":
		return builtin("append", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, th.Raise(interp.TypeError, "append() takes 2 positional arguments but %d were given", len(c.Args)+1)
			}
			return nil, l.add(th, rel, c.Args[0])
		}), true, nil
	case "extend":
		return builtin("extend", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, th.Raise(interp.TypeError, "extend() takes 2 positional arguments but %d were given", len(c.Args)+1)
			}
			vs, err := th.Iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			for _, v := range vs {
				if err := l.add(th, rel, v); err != nil {
					return nil, err
				}
			}
			return nil, nil
		}), true, nil
	case "remove":
		return builtin("remove", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, th.Raise(interp.TypeError, "remove() takes 2 positional arguments but %d were given", len(c.Args)+1)
			}
			ms, err := l.members(th)
			if err != nil {
				return nil, err
			}
			for _, m := range ms {
				v, _, err := th.GetAttr(m, l.p.attr)
				if err != nil {
					return nil, err
				}
				if eq, err := th.Equal(v, c.Args[0]); err != nil || eq {
					if err != nil {
						return nil, err
					}
					rm, _, err := th.GetAttr(l.coll, "remove")
					if err != nil {
						return nil, err
					}
					return th.Call(rm, []interp.Value{m}, nil)
				}
			}
			return nil, th.Raise(interp.ValueError, "value not in list")
		}), true, nil
	case "count", "index", "copy":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			vs, err := l.Iterate(th)
			if err != nil {
				return nil, err
			}
			m, _, err := th.GetAttr(&interp.List{Items: vs}, name)
			if err != nil {
				return nil, err
			}
			return th.Call(m, c.Args, c.Kw)
		}), true, nil
	}
	if strings.HasPrefix(name, "__") {
		return nil, false, nil
	}
	return nil, true, unsupported(th, "_AssociationList.%s", name)
}

// add is _AssociationList.append: the created object goes into the collection.
func (l *assocList) add(th *interp.Thread, rel *orm.Relationship, v interp.Value) error {
	o, err := l.p.create(th, l.rt, rel, v)
	if err != nil {
		return err
	}
	ap, _, err := th.GetAttr(l.coll, "append")
	if err != nil {
		return err
	}
	_, err = th.Call(ap, []interp.Value{o}, nil)
	return err
}
