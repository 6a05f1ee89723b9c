package interp

import "cascadelab/engine/internal/py"

// A set keeps its elements in a Dict (membership, Python equality) and,
// while every element has a known CPython hash, a ctable for CPython's
// order. Every change goes through add, discard, clear and update, and the
// operators follow CPython's algorithms, since which set is copied or
// iterated decides the order of the result.

// newSet is set(items) / frozenset(items) built by adding each in turn.
func (th *Thread) newSet(items []Value, frozen bool) (*setObj, error) {
	s := emptySet(frozen)
	for _, it := range items {
		if err := s.add(th, it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func emptySet(frozen bool) *setObj { return &setObj{d: NewDict(), tab: newCtable(), frozen: frozen} }

// add is set.add.
func (s *setObj) add(th *Thread, v Value) error {
	// find, not the index alone: keys hashed by a script's __hash__ that
	// share a hash but are unequal sit at later probes.
	hk, _, ok, err := s.d.find(th, v)
	if err != nil || ok {
		return err
	}
	if err := s.d.insert(th, hk, v, true); err != nil { // one lookup: each __eq__ called once, as set_add_entry
		return err
	}
	if s.tab != nil {
		if h, ok := pyHash(v); ok {
			s.tab.add(centry{key: v, hk: hk, hash: h})
		} else {
			s.tab = nil
		}
	}
	return nil
}

// discard is set.discard; found reports whether v was there.
func (s *setObj) discard(th *Thread, v Value) (bool, error) {
	hk, err := hashKey(th, v)
	if err != nil {
		return false, err
	}
	found, err := s.d.Delete(th, v)
	if found && s.tab != nil {
		h, _ := pyHash(v)
		s.tab.discard(hk, h)
	}
	return found, err
}

func (s *setObj) has(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Get(th, v)
	return ok, err
}

// elems are the elements in CPython's order (insertion order without a table).
func (s *setObj) elems() []Value {
	if s.tab == nil {
		return s.d.keys
	}
	es := s.tab.entries()
	out := make([]Value, len(es))
	for i, e := range es {
		out[i] = e.key
	}
	return out
}

func (s *setObj) clear() { s.d, s.tab = NewDict(), newCtable() }

// update is set_update_internal: a set merges, a dict's keys come in after
// one resize, anything else is added item by item.
func (s *setObj) update(th *Thread, other Value) error {
	switch o := other.(type) {
	case *setObj:
		if o == s {
			return nil
		}
		for _, k := range o.d.keys {
			if err := s.d.Set(th, k, true); err != nil {
				return err
			}
		}
		if s.tab != nil && o.tab != nil {
			s.tab.merge(o.tab)
		} else {
			s.tab = nil
		}
		return nil
	case *Dict:
		if s.tab != nil && (s.tab.fill+len(o.keys))*5 >= s.tab.mask()*3 {
			s.tab.resize((s.tab.used + len(o.keys)) * 2)
		}
		for _, k := range o.keys {
			if err := s.add(th, k); err != nil {
				return err
			}
		}
		return nil
	}
	items, err := th.iterate(other)
	if err != nil {
		return err
	}
	for _, it := range items {
		if err := s.add(th, it); err != nil {
			return err
		}
	}
	return nil
}

// copySet is set.copy into a set or frozenset.
func (th *Thread) copySet(s *setObj, frozen bool) *setObj {
	r := emptySet(frozen)
	r.update(th, s)
	return r
}

func callSet(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "set", 0, 1); err != nil {
		return nil, err
	}
	s := emptySet(false)
	if len(c.Args) == 0 {
		return s, nil
	}
	return s, s.update(th, c.Args[0])
}

func callFrozenset(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "frozenset", 0, 1); err != nil {
		return nil, err
	}
	if len(c.Args) == 0 {
		return emptySet(true), nil
	}
	if s, ok := c.Args[0].(*setObj); ok && s.frozen {
		return s, nil
	}
	s := emptySet(true)
	return s, s.update(th, c.Args[0])
}

// asSet is a set operand: a set as is, a keys or items view as a new set
// of its items.
func (th *Thread) asSet(v Value) (*setObj, bool, error) {
	switch x := v.(type) {
	case *setObj:
		return x, true, nil
	case *dictView:
		if x.kind == "values" {
			return nil, false, nil
		}
		if err := x.sync(th); err != nil {
			return nil, false, err
		}
		s, err := th.newSet(x.items(), false)
		return s, true, err
	}
	return nil, false, nil
}

// setOp is a | b, a & b, a - b, a ^ b on sets (the result has a's kind:
// frozenset | set is a frozenset) and the subset comparisons.
func (th *Thread) setOp(op py.Op, a, b Value) (Value, bool, error) {
	x, ok, err := th.asSet(a)
	if err != nil || !ok {
		return nil, err != nil, err
	}
	y, ok, err := th.asSet(b)
	if err != nil || !ok {
		return nil, err != nil, err
	}
	switch op {
	case py.Lt, py.LtE, py.Gt, py.GtE, py.Eq, py.NotEq:
		sub, err := th.subset(x, y)
		if err != nil {
			return nil, true, err
		}
		super, err := th.subset(y, x)
		if err != nil {
			return nil, true, err
		}
		n, m := len(x.d.keys), len(y.d.keys)
		return map[py.Op]bool{py.Lt: sub && n < m, py.LtE: sub, py.Gt: super && n > m, py.GtE: super, py.Eq: sub && super, py.NotEq: !(sub && super)}[op], true, nil
	case py.BitOr:
		r := th.copySet(x, x.frozen)
		return r, true, r.update(th, y)
	case py.BitAnd:
		r, err := th.intersect(x, y)
		return r, true, err
	case py.Sub:
		r, err := th.difference(x, y)
		return r, true, err
	case py.BitXor:
		r := th.copySet(y, x.frozen)
		return r, true, th.symUpdate(r, x)
	}
	return nil, false, nil
}

// intersect is set_intersection: the smaller set's elements, in its order.
func (th *Thread) intersect(so *setObj, other Value) (*setObj, error) {
	r := emptySet(so.frozen)
	var items []Value
	limit := false
	if o, ok := other.(*setObj); ok {
		if o == so {
			return th.copySet(so, so.frozen), nil
		}
		if len(o.d.keys) > len(so.d.keys) {
			so, o = o, so
		}
		items = o.elems()
	} else {
		var err error
		if items, err = th.iterate(other); err != nil {
			return nil, err
		}
		limit = true
	}
	for _, v := range items {
		in, err := so.has(th, v)
		if err != nil {
			return nil, err
		}
		if in {
			if err := r.add(th, v); err != nil {
				return nil, err
			}
			if limit && len(r.d.keys) >= len(so.d.keys) {
				break
			}
		}
	}
	return r, nil
}

// difference is set_difference.
func (th *Thread) difference(so *setObj, other Value) (*setObj, error) {
	size := -1
	switch o := other.(type) {
	case *setObj:
		size = len(o.d.keys)
	case *Dict:
		size = len(o.keys)
	}
	if size < 0 || len(so.d.keys)>>2 > size {
		r := th.copySet(so, so.frozen)
		return r, th.differenceUpdate(r, other)
	}
	r := emptySet(so.frozen)
	for _, v := range so.elems() {
		var in bool
		var err error
		if o, ok := other.(*setObj); ok {
			in, err = o.has(th, v)
		} else {
			_, in, err = other.(*Dict).Get(th, v)
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := r.add(th, v); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// differenceUpdate is set_difference_update_internal.
func (th *Thread) differenceUpdate(so *setObj, other Value) error {
	if other == Value(so) {
		so.clear()
		return nil
	}
	var items []Value
	if o, ok := other.(*setObj); ok {
		if len(o.d.keys)>>3 > len(so.d.keys) {
			var err error
			if o, err = th.intersect(so, o); err != nil {
				return err
			}
		}
		items = o.elems()
	} else {
		var err error
		if items, err = th.iterate(other); err != nil {
			return err
		}
	}
	for _, v := range items {
		if _, err := so.discard(th, v); err != nil {
			return err
		}
	}
	if t := so.tab; t != nil && t.fill-t.used > t.mask()/4 {
		t.resize(cond(t.used > 50000, t.used*2, t.used*4))
	}
	return nil
}

// symUpdate is set_symmetric_difference_update.
func (th *Thread) symUpdate(so *setObj, other Value) error {
	if other == Value(so) {
		so.clear()
		return nil
	}
	var items []Value
	switch o := other.(type) {
	case *Dict:
		items = o.keys
	case *setObj:
		items = o.elems()
	default:
		s := emptySet(so.frozen)
		if err := s.update(th, other); err != nil {
			return err
		}
		items = s.elems()
	}
	for _, v := range items {
		found, err := so.discard(th, v)
		if err != nil {
			return err
		}
		if !found {
			if err := so.add(th, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// subset reports whether every element of a is in b.
func (th *Thread) subset(a, b *setObj) (bool, error) {
	for _, v := range a.d.keys {
		if in, err := b.has(th, v); err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// setMethod returns the bound set or frozenset method name of s, or nil.
func setMethod(s *setObj, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	mutating := map[string]bool{"add": true, "remove": true, "discard": true, "pop": true, "clear": true, "update": true,
		"intersection_update": true, "difference_update": true, "symmetric_difference_update": true}
	if s.frozen && mutating[name] {
		return nil
	}
	// each applies f to every argument in turn.
	each := func(f func(th *Thread, other Value) error) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			for _, a := range c.Args {
				if err := f(th, a); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
	}
	one := func(f func(th *Thread, other Value) (Value, error)) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			return f(th, c.Args[0])
		})
	}
	switch name {
	case "add":
		return one(func(th *Thread, v Value) (Value, error) { return nil, s.add(th, v) })
	case "remove", "discard":
		return one(func(th *Thread, v Value) (Value, error) {
			found, err := s.discard(th, v)
			if err == nil && !found && name == "remove" {
				return nil, &Exception{Class: KeyError, Args: []Value{v}, Span: th.cur, Frames: th.frames()}
			}
			return nil, err
		})
	case "pop":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "pop", 0, 0); err != nil {
				return nil, err
			}
			if len(s.d.keys) == 0 {
				return nil, th.Raise(KeyError, "pop from an empty set")
			}
			v := s.d.keys[0]
			if s.tab != nil {
				v = s.tab.pop().key
			}
			_, err := s.d.Delete(th, v)
			return v, err
		})
	case "clear":
		return m(func(th *Thread, c *Call) (Value, error) {
			s.clear()
			return nil, nil
		})
	case "copy":
		return m(func(th *Thread, c *Call) (Value, error) {
			if s.frozen {
				return s, nil
			}
			return th.copySet(s, false), nil
		})
	case "union":
		return m(func(th *Thread, c *Call) (Value, error) {
			r := th.copySet(s, s.frozen)
			for _, a := range c.Args {
				if a != Value(s) {
					if err := r.update(th, a); err != nil {
						return nil, err
					}
				}
			}
			return r, nil
		})
	case "intersection", "difference", "intersection_update":
		return m(func(th *Thread, c *Call) (Value, error) {
			r := s
			if len(c.Args) == 0 {
				r = th.copySet(s, s.frozen)
			}
			for i, a := range c.Args {
				var err error
				switch {
				case name != "difference":
					r, err = th.intersect(r, a)
				case i == 0:
					r, err = th.difference(r, a)
				default:
					err = th.differenceUpdate(r, a)
				}
				if err != nil {
					return nil, err
				}
			}
			if name == "intersection_update" {
				s.d, s.tab = r.d, r.tab
				return nil, nil
			}
			return r, nil
		})
	case "symmetric_difference":
		return one(func(th *Thread, v Value) (Value, error) {
			r := emptySet(s.frozen)
			if err := r.update(th, v); err != nil {
				return nil, err
			}
			return r, th.symUpdate(r, s)
		})
	case "update":
		return each(func(th *Thread, v Value) error { return s.update(th, v) })
	case "difference_update":
		return each(func(th *Thread, v Value) error { return th.differenceUpdate(s, v) })
	case "symmetric_difference_update":
		return one(func(th *Thread, v Value) (Value, error) { return nil, th.symUpdate(s, v) })
	case "issubset", "issuperset", "isdisjoint":
		return one(func(th *Thread, v Value) (Value, error) {
			o, ok := v.(*setObj)
			if !ok {
				o = emptySet(false)
				if err := o.update(th, v); err != nil {
					return nil, err
				}
			}
			switch name {
			case "issubset":
				return th.subset(s, o)
			case "issuperset":
				return th.subset(o, s)
			}
			r, err := th.intersect(s, o)
			if err != nil {
				return nil, err
			}
			return len(r.d.keys) == 0, nil
		})
	}
	return nil
}
