package interp

import "cascadelab/engine/internal/py"

// chainMapSelf checks a ChainMap method's self and its count of other
// arguments (n < 0: any) and gives the instance and its maps.
type chainMapSelf func(th *Thread, call *Call, n int) (*Instance, []Value, error)

// chainMapMixins adds what ChainMap has from its own source beyond lookups
// (pop, popitem, clear, copy, fromkeys, |, |=, bool) and from
// MutableMapping (keys, items, values, update, setdefault, ==), as
// Lib/collections/__init__.py and Lib/_collections_abc.py write them.
func chainMapMixins(c *Class, self chainMapSelf) {
	for _, kind := range []string{"keys", "items", "values"} {
		c.setMethod(kind, func(th *Thread, call *Call) (Value, error) {
			inst, _, err := self(th, call, 0)
			return &mappingView{m: inst, kind: kind}, err
		})
	}
	c.setMethod("__bool__", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, 0)
		for _, m := range maps {
			if t, err := th.truth(m); err != nil || t {
				return t, err
			}
		}
		return false, err
	})
	// the first mapping's own method, its KeyError reworded as ChainMap's
	first := func(name, missing string) {
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			_, maps, err := self(th, call, -1)
			if err != nil {
				return nil, err
			}
			m, err := th.getAttr(maps[0], name)
			if err != nil {
				return nil, err
			}
			r, err := th.Call(m, call.Args[1:], call.Kw)
			if e, ok := err.(*Exception); ok && missing != "" && !e.fatal && e.Class.IsSubclass(KeyError) {
				if name == "pop" {
					k, rerr := th.repr(call.Args[1])
					if rerr != nil {
						return nil, rerr
					}
					return nil, th.Raise(KeyError, missing, k)
				}
				return nil, th.Raise(KeyError, "%s", missing)
			}
			return r, err
		})
	}
	first("pop", "Key not found in the first mapping: %s")
	first("popitem", "No keys found in the first mapping.")
	first("clear", "")
	copyOf := func(th *Thread, inst *Instance, maps []Value) (Value, error) {
		m, err := th.getAttr(maps[0], "copy")
		if err != nil {
			return nil, err
		}
		head, err := th.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		return th.Call(inst.Class, append([]Value{head}, maps[1:]...), nil)
	}
	for _, name := range []string{"copy", "__copy__"} {
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			inst, maps, err := self(th, call, 0)
			if err != nil {
				return nil, err
			}
			return copyOf(th, inst, maps)
		})
	}
	c.Dict.SetStr("fromkeys", &classMethod{fn("fromkeys", func(th *Thread, call *Call) (Value, error) {
		d, err := dictFromkeys(th, &Call{Args: call.Args[1:], Kw: call.Kw})
		if err != nil {
			return nil, err
		}
		return th.Call(call.Args[0], []Value{d}, nil)
	})})
	update := func(th *Thread, call *Call) (Value, error) {
		inst, _, err := self(th, call, -1)
		if err != nil {
			return nil, err
		}
		if len(call.Args) > 2 {
			return nil, th.Raise(TypeError, "update expected at most 1 argument, got %d", len(call.Args)-1)
		}
		// a dict of the pairs MutableMapping.update would set, in order
		src := NewDict()
		if err := th.dictUpdate(src, &Call{Args: call.Args[1:], Kw: call.Kw}); err != nil {
			return nil, err
		}
		for i, k := range src.keys {
			if err := th.setItem(inst, k, src.vals[i]); err != nil {
				return nil, err
			}
		}
		return nil, nil
	}
	c.setMethod("update", update)
	c.setMethod("setdefault", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := self(th, call, -1)
		if err != nil {
			return nil, err
		}
		if err := argN(th, &Call{Args: call.Args[1:]}, "setdefault", 1, 2); err != nil {
			return nil, err
		}
		var dflt Value
		if len(call.Args) == 3 {
			dflt = call.Args[2]
		}
		v, err := th.getItem(inst, call.Args[1])
		if e, ok := err.(*Exception); ok && !e.fatal && e.Class.IsSubclass(KeyError) {
			return dflt, th.setItem(inst, call.Args[1], dflt)
		}
		return v, err
	})
	c.setMethod("__eq__", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := self(th, call, 1)
		if err != nil {
			return nil, err
		}
		if !isMapping(call.Args[1]) {
			return notImplemented, nil
		}
		a, b := NewDict(), NewDict()
		if err := th.dictUpdate(a, &Call{Args: []Value{inst}}); err != nil {
			return nil, err
		}
		if err := th.dictUpdate(b, &Call{Args: call.Args[1:]}); err != nil {
			return nil, err
		}
		return th.equal(a, b)
	})
	c.setMethod("__or__", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, 1)
		if err != nil || !isMapping(call.Args[1]) {
			return notImplemented, err
		}
		m, err := copyOf(th, inst, maps)
		if err != nil {
			return nil, err
		}
		head := m.(*Instance).Host.(*chainMaps).maps.Items[0]
		up, err := th.getAttr(head, "update")
		if err != nil {
			return nil, err
		}
		_, err = th.Call(up, call.Args[1:], nil)
		return m, err
	})
	c.setMethod("__ror__", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, 1)
		if err != nil || !isMapping(call.Args[1]) {
			return notImplemented, err
		}
		d := NewDict()
		if err := th.dictUpdate(d, &Call{Args: call.Args[1:]}); err != nil {
			return nil, err
		}
		for i := len(maps) - 1; i >= 0; i-- {
			if err := th.dictUpdate(d, &Call{Args: maps[i : i+1]}); err != nil {
				return nil, err
			}
		}
		return th.Call(inst.Class, []Value{d}, nil)
	})
	c.setMethod("__ior__", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, 1)
		if err != nil {
			return nil, err
		}
		m, err := th.getAttr(maps[0], "update")
		if err != nil {
			return nil, err
		}
		_, err = th.Call(m, call.Args[1:], nil)
		return inst, err
	})
}

// isMapping is isinstance(v, collections.abc.Mapping) for what a ChainMap
// meets: dicts, ChainMaps and the classes deriving from them.
func isMapping(v Value) bool {
	switch x := v.(type) {
	case *Dict, *mappingProxy:
		return true
	case *Instance:
		_, ok := x.Host.(*chainMaps)
		return ok || x.Class.builtinBase() == TypeDict
	}
	return false
}

// mappingView is collections.abc's KeysView, ItemsView or ValuesView of a
// mapping that is not a dict (a ChainMap's keys()): a live view that asks
// the mapping each time.
type mappingView struct {
	m    Value
	kind string
}

// TypeName implements Object.
func (v *mappingView) TypeName() string {
	return map[string]string{"keys": "KeysView", "items": "ItemsView", "values": "ValuesView"}[v.kind]
}

// Iterate implements Iterable.
func (v *mappingView) Iterate(th *Thread) ([]Value, error) {
	keys, err := th.iterate(v.m)
	if err != nil || v.kind == "keys" {
		return keys, err
	}
	out := make([]Value, len(keys))
	for i, k := range keys {
		val, err := th.getItem(v.m, k)
		if err != nil {
			return nil, err
		}
		out[i] = val
		if v.kind == "items" {
			out[i] = Tuple{k, val}
		}
	}
	return out, nil
}

// Len implements Sized.
func (v *mappingView) Len(th *Thread) (int, error) { return th.length(v.m) }

// Repr implements Reprer.
func (v *mappingView) Repr(th *Thread) (string, error) {
	r, err := th.repr(v.m)
	return v.TypeName() + "(" + r + ")", err
}

// Contains implements Container.
func (v *mappingView) Contains(th *Thread, x Value) (bool, error) {
	switch v.kind {
	case "keys":
		return th.contains(v.m, x)
	case "items":
		t, ok := x.(Tuple)
		if !ok || len(t) != 2 {
			return false, th.Raise(TypeError, "cannot unpack non-iterable %s object", typeName(x))
		}
		val, err := th.getItem(v.m, t[0])
		if e, ok := err.(*Exception); ok && !e.fatal && e.Class.IsSubclass(KeyError) {
			return false, nil
		} else if err != nil {
			return false, err
		}
		if identical(val, t[1]) {
			return true, nil
		}
		return th.equal(val, t[1])
	}
	vals, err := v.Iterate(th)
	if err != nil {
		return false, err
	}
	for _, val := range vals {
		if identical(val, x) {
			return true, nil
		}
		if eq, err := th.equal(val, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Binary implements Operand: a values view has no operators; a keys or
// items view is a Set, whose operators are not mirrored here.
func (v *mappingView) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if op == py.Eq || op == py.NotEq {
		if v.kind == "values" || !isSetLike(other) {
			return nil, false, nil // identity
		}
	} else if _, user := other.(*Instance); v.kind == "values" && !user {
		a, b := v.TypeName(), typeName(other)
		if right {
			a, b = b, a
		}
		return nil, false, th.Raise(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), a, b)
	}
	return nil, false, th.Unsupported("the operator %s on a %s", op.Symbol(), v.TypeName())
}

// Unary implements Operand.
func (v *mappingView) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

func isSetLike(v Value) bool {
	switch x := v.(type) {
	case *setObj:
		return true
	case *dictView:
		return x.kind != "values"
	case *mappingView:
		return x.kind != "values"
	}
	return false
}
