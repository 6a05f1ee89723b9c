package sa

import (
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
)

// keyedColl is what attribute_keyed_dict(...) and the other factories of
// sqlalchemy.orm.collections return: a collection_class making a
// dictionary keyed per member (KeyFuncDict). fn is the factory, arg what
// it keys by: an attribute name, a column, or a callable.
type keyedColl struct {
	fn  string
	arg interp.Value
}

func (k *keyedColl) TypeName() string { return "type" } // a KeyFuncDict subclass

// keyedCollections are the dictionary collection factories, in
// sqlalchemy.orm.collections and sqlalchemy.orm alike.
func keyedCollections() map[string]interp.Value {
	out := map[string]interp.Value{}
	for _, n := range []string{"attribute_keyed_dict", "attribute_mapped_collection", "column_keyed_dict", "column_mapped_collection", "keyfunc_mapping", "mapped_collection"} {
		out[n] = builtin(n, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Kw) > 0 {
				return nil, unsupported(th, "%s(%s=)", n, c.Kw[0].Name)
			}
			if len(c.Args) != 1 {
				return nil, typeErr(th, "%s() takes 1 positional argument but %d were given", n, len(c.Args))
			}
			return &keyedColl{fn: n, arg: c.Args[0]}, nil
		})
	}
	return out
}

// keys is the key function the factory gives the relationship's members,
// as KeyFuncDict.set and remove call it: getattr() of the attribute name
// (_AttrGetter), the column's value (_PlainColumnGetter) or the callable's
// result. A key of None, which SQLAlchemy warns about or refuses, is
// refused.
func (k *keyedColl) keys(th *interp.Thread, rt *Runtime) (*orm.DictKeys, error) {
	var of func(st *orm.State) (interp.Value, error)
	switch k.fn {
	case "attribute_keyed_dict", "attribute_mapped_collection":
		name, ok := k.arg.(string)
		if !ok {
			return nil, unsupported(th, "%s() of %s", k.fn, th.TypeName(k.arg))
		}
		of = func(st *orm.State) (interp.Value, error) {
			v, _, err := th.GetAttr(st.Obj, name)
			return v, err
		}
	case "column_keyed_dict", "column_mapped_collection":
		col, ok := k.arg.(*colAttr)
		if !ok || col.as != nil {
			return nil, unsupported(th, "%s() of %s", k.fn, th.TypeName(k.arg))
		}
		of = func(st *orm.State) (interp.Value, error) {
			key := st.M.ColKey(col.col)
			if key == "" {
				return nil, unsupported(th, "%s() of a column %s does not map", k.fn, st.M.Class)
			}
			v, err := st.Get(key)
			if err != nil {
				return nil, rt.raise(th, err)
			}
			return rt.toPy(st, key, v), nil
		}
	default: // keyfunc_mapping, mapped_collection
		of = func(st *orm.State) (interp.Value, error) {
			return th.Call(k.arg, []interp.Value{st.Obj}, nil)
		}
	}
	return &orm.DictKeys{
		Of: func(st *orm.State) (any, error) {
			v, err := of(st)
			if err != nil {
				return nil, err
			}
			if v == nil {
				return nil, unsupported(th, "a member of a dictionary collection whose key is None")
			}
			// a dict key must hash, as the dictionary's own __setitem__ checks
			return v, interp.NewDict().Set(th, v, nil)
		},
		Same: func(a, b any) (bool, error) { return th.Equal(a, b) },
	}, nil
}

// dictProxy is a dictionary collection (the instrumented KeyFuncDict):
// reads see a dict of its keys and members, writes become attribute
// events on the owning state.
type dictProxy struct {
	rt  *Runtime
	st  *orm.State
	rel *orm.Relationship
}

// TypeName is the class the factories make (_mapped_collection_cls).
func (d *dictProxy) TypeName() string { return "_MKeyfuncMapped" }

func (d *dictProxy) coll(th *interp.Thread) (*orm.Coll, error) {
	v, err := d.st.Get(d.rel.Key)
	if err != nil {
		return nil, d.rt.raise(th, err)
	}
	return v.(*orm.Coll), nil
}

// dict is the collection as a Python dict, in its order.
func (d *dictProxy) dict(th *interp.Thread) (*interp.Dict, error) {
	c, err := d.coll(th)
	if err != nil {
		return nil, err
	}
	out := interp.NewDict()
	for i, s := range c.Items {
		if err := out.Set(th, c.Keys[i], s.Obj); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (d *dictProxy) Iterate(th *interp.Thread) ([]interp.Value, error) {
	m, err := d.dict(th)
	if err != nil {
		return nil, err
	}
	return th.Iterate(m)
}

// Step iterates the collection's keys live: a change of size while it runs
// is the dict's RuntimeError.
func (d *dictProxy) Step(th *interp.Thread, reverse bool) (func() (interp.Value, bool, error), error) {
	return interp.NewDictView("keys", d.dict).(interp.Stepper).Step(th, reverse)
}

func (d *dictProxy) Len(th *interp.Thread) (int, error) {
	c, err := d.coll(th)
	if err != nil {
		return 0, err
	}
	return len(c.Items), nil
}

func (d *dictProxy) Truth(th *interp.Thread) (bool, error) {
	n, err := d.Len(th)
	return n > 0, err
}

func (d *dictProxy) Contains(th *interp.Thread, k interp.Value) (bool, error) {
	m, err := d.dict(th)
	if err != nil {
		return false, err
	}
	_, ok, err := m.Get(th, k)
	return ok, err
}

func (d *dictProxy) GetItem(th *interp.Thread, k interp.Value) (interp.Value, error) {
	m, err := d.dict(th)
	if err != nil {
		return nil, err
	}
	return th.GetItem(m, k)
}

func (d *dictProxy) SetItem(th *interp.Thread, k, v interp.Value) error {
	if err := interp.NewDict().Set(th, k, nil); err != nil { // an unhashable key
		return err
	}
	s, err := d.rt.stateOf(th, v, d.rel.Target)
	if err != nil {
		return err
	}
	return d.rt.raise(th, d.st.SetItem(d.rel, k, s))
}

func (d *dictProxy) DelItem(th *interp.Thread, k interp.Value) error {
	ok, err := d.st.DelItem(d.rel, k)
	if err != nil {
		return d.rt.raise(th, err)
	}
	if !ok {
		return &interp.Exception{Class: interp.KeyError, Args: []interp.Value{k}, Span: th.Span()}
	}
	return nil
}

func (d *dictProxy) Repr(th *interp.Thread) (string, error) {
	m, err := d.dict(th)
	if err != nil {
		return "", err
	}
	return th.Repr(m)
}

func (d *dictProxy) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	m, err := d.dict(th)
	if err != nil {
		return nil, true, err
	}
	eq, err := th.Equal(m, other)
	return eq == (op == py.Eq), true, err
}

func (d *dictProxy) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

func (d *dictProxy) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "keys", "values", "items":
		// live views, as a dict's: they show later changes to the collection
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) > 0 || len(c.Kw) > 0 {
				return nil, typeErr(th, "dict.%s() takes no arguments (%d given)", name, len(c.Args)+len(c.Kw))
			}
			return interp.NewDictView(name, d.dict), nil
		}), true, nil
	case "get", "copy":
		// what reads the dictionary as it is now
		m, err := d.dict(th)
		if err != nil {
			return nil, true, err
		}
		return th.GetAttr(m, name)
	case "set", "remove":
		// KeyFuncDict's appender and remover: by the member's key
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, typeErr(th, "%s() takes 1 positional argument", name)
			}
			s, err := d.rt.stateOf(th, c.Args[0], d.rel.Target)
			if err != nil {
				return nil, err
			}
			if name == "set" {
				return nil, d.rt.raise(th, d.st.Append(d.rel, s))
			}
			key, err := d.rel.Dict.Of(s)
			if err != nil {
				return nil, d.rt.raise(th, err)
			}
			m, err := d.dict(th)
			if err != nil {
				return nil, err
			}
			if held, err := th.GetItem(m, key); err != nil {
				return nil, err
			} else if held != c.Args[0] {
				return nil, unsupported(th, "KeyFuncDict.remove() of an object another holds the key of")
			}
			return nil, d.DelItem(th, key)
		}), true, nil
	case "pop":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) < 1 || len(c.Args) > 2 || len(c.Kw) > 0 {
				return nil, typeErr(th, "pop expected at least 1 argument, got %d", len(c.Args))
			}
			m, err := d.dict(th)
			if err != nil {
				return nil, err
			}
			v, ok, err := m.Get(th, c.Args[0])
			if err != nil || !ok && len(c.Args) == 2 {
				return c.Args[len(c.Args)-1], err
			}
			return v, d.DelItem(th, c.Args[0])
		}), true, nil
	case "clear":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			m, err := d.dict(th)
			if err != nil {
				return nil, err
			}
			for _, k := range m.Keys() {
				if err := d.DelItem(th, k); err != nil {
					return nil, err
				}
			}
			return nil, nil
		}), true, nil
	}
	return nil, false, nil
}

// dictValues are the members a collection assignment gives a dictionary
// collection: a dict's values (adapt_like_to_iterable); anything else is
// SQLAlchemy's TypeError.
func dictValues(th *interp.Thread, v interp.Value) ([]interp.Value, error) {
	switch m := v.(type) {
	case *interp.Dict:
		out := make([]interp.Value, m.Len())
		for i, k := range m.Keys() {
			out[i], _, _ = m.Get(th, k)
		}
		return out, nil
	case *dictProxy:
		mm, err := m.dict(th)
		if err != nil {
			return nil, err
		}
		return dictValues(th, mm)
	}
	given := "None"
	if v != nil {
		given = th.TypeName(v)
	}
	return nil, th.Raise(interp.TypeError, "Incompatible collection type: %s is not dict-like", given)
}
