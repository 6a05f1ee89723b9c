package interp

import (
	"sort"
	"strings"

	"cascadelab/engine/internal/py"
)

// TypeFrozenset is the frozenset type (a setObj marked frozen).
var TypeFrozenset = &builtinType{name: "frozenset"}

func init() { TypeFrozenset.call = callFrozenset }

func (th *Thread) newSet(items []Value, frozen bool) (*setObj, error) {
	s := &setObj{d: NewDict(), frozen: frozen}
	for _, it := range items {
		if err := s.d.Set(th, it, true); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func callFrozenset(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "frozenset", 0, 1); err != nil {
		return nil, err
	}
	if len(c.Args) == 0 {
		return th.newSet(nil, true)
	}
	if s, ok := c.Args[0].(*setObj); ok && s.frozen {
		return s, nil
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	return th.newSet(items, true)
}

// setItems is the elements of a set, frozenset or dict keys/items view.
func setItems(v Value) ([]Value, bool) {
	switch x := v.(type) {
	case *setObj:
		return x.d.keys, true
	case *dictView:
		if x.kind == "values" {
			return nil, false
		}
		return x.items(), true
	}
	return nil, false
}

// setOp is a | b, a & b, a - b, a ^ b on sets (the result has a's kind:
// frozenset | set is a frozenset) and the subset comparisons.
func (th *Thread) setOp(op py.Op, a, b Value) (Value, bool, error) {
	ai, aok := setItems(a)
	bi, bok := setItems(b)
	if !aok || !bok {
		return nil, false, nil
	}
	other, err := th.newSet(bi, true)
	if err != nil {
		return nil, true, err
	}
	in := func(v Value) (bool, error) {
		_, ok, err := other.d.Get(th, v)
		return ok, err
	}
	switch op {
	case py.Lt, py.LtE, py.Gt, py.GtE, py.Eq, py.NotEq:
		self, err := th.newSet(ai, true)
		if err != nil {
			return nil, true, err
		}
		sub, err := th.subset(self, other)
		if err != nil {
			return nil, true, err
		}
		super, err := th.subset(other, self)
		if err != nil {
			return nil, true, err
		}
		n, m := len(self.d.keys), len(other.d.keys)
		return map[py.Op]bool{py.Lt: sub && n < m, py.LtE: sub, py.Gt: super && n > m, py.GtE: super, py.Eq: sub && super, py.NotEq: !(sub && super)}[op], true, nil
	}
	frozen := false
	if s, ok := a.(*setObj); ok {
		frozen = s.frozen
	}
	var out []Value
	switch op {
	case py.BitOr:
		out = append(append(out, ai...), bi...)
	case py.BitAnd, py.Sub:
		for _, v := range ai {
			ok, err := in(v)
			if err != nil {
				return nil, true, err
			}
			if ok == (op == py.BitAnd) {
				out = append(out, v)
			}
		}
	case py.BitXor:
		self, err := th.newSet(ai, true)
		if err != nil {
			return nil, true, err
		}
		for _, v := range ai {
			if ok, err := in(v); err != nil || !ok {
				out = append(out, v)
			}
		}
		for _, v := range bi {
			if _, ok, err := self.d.Get(th, v); err == nil && !ok {
				out = append(out, v)
			}
		}
	default:
		return nil, false, nil
	}
	r, err := th.newSet(out, frozen)
	return r, true, err
}

// subset reports whether every element of a is in b.
func (th *Thread) subset(a, b *setObj) (bool, error) {
	for _, v := range a.d.keys {
		if _, ok, err := b.d.Get(th, v); err != nil || !ok {
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
	// withOthers combines s with each argument (any iterable) by op.
	withOthers := func(op py.Op, update bool) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			var acc Value = s
			if !update {
				acc = &setObj{d: s.d.copy(), frozen: s.frozen}
			}
			for _, a := range c.Args {
				items, err := th.iterate(a)
				if err != nil {
					return nil, err
				}
				other, err := th.newSet(items, false)
				if err != nil {
					return nil, err
				}
				r, _, err := th.setOp(op, acc, other)
				if err != nil {
					return nil, err
				}
				acc = r
			}
			if update {
				s.d = acc.(*setObj).d
				return nil, nil
			}
			return acc, nil
		})
	}
	compare := func(op py.Op) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			other, err := th.newSet(items, false)
			if err != nil {
				return nil, err
			}
			r, _, err := th.setOp(op, s, other)
			if op == py.BitAnd && err == nil {
				return len(r.(*setObj).d.keys) == 0, nil
			}
			return r, err
		})
	}
	switch name {
	case "add":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "add", 1, 1); err != nil {
				return nil, err
			}
			return nil, s.d.Set(th, c.Args[0], true)
		})
	case "remove", "discard":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			ok, err := s.d.Delete(th, c.Args[0])
			if err == nil && !ok && name == "remove" {
				return nil, &Exception{Class: KeyError, Args: []Value{c.Args[0]}, Span: th.cur, Frames: th.frames()}
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
			_, err := s.d.Delete(th, v)
			return v, err
		})
	case "clear":
		return m(func(th *Thread, c *Call) (Value, error) {
			s.d = NewDict()
			return nil, nil
		})
	case "copy":
		return m(func(th *Thread, c *Call) (Value, error) {
			if s.frozen {
				return s, nil
			}
			return &setObj{d: s.d.copy()}, nil
		})
	case "union":
		return withOthers(py.BitOr, false)
	case "intersection":
		return withOthers(py.BitAnd, false)
	case "difference":
		return withOthers(py.Sub, false)
	case "symmetric_difference":
		return withOthers(py.BitXor, false)
	case "update":
		return withOthers(py.BitOr, true)
	case "intersection_update":
		return withOthers(py.BitAnd, true)
	case "difference_update":
		return withOthers(py.Sub, true)
	case "symmetric_difference_update":
		return withOthers(py.BitXor, true)
	case "issubset":
		return compare(py.LtE)
	case "issuperset":
		return compare(py.GtE)
	case "isdisjoint":
		return compare(py.BitAnd)
	}
	return nil
}

// copy is a shallow copy of d.
func (d *Dict) copy() *Dict {
	n := &Dict{keys: append([]Value(nil), d.keys...), vals: append([]Value(nil), d.vals...), index: make(map[any]int, len(d.index))}
	for k, i := range d.index {
		n.index[k] = i
	}
	return n
}

// dictView is dict.keys(), dict.values() or dict.items(): a live view.
type dictView struct {
	d    *Dict
	kind string
}

// TypeName implements Object.
func (v *dictView) TypeName() string { return "dict_" + v.kind }

func (v *dictView) items() []Value {
	switch v.kind {
	case "keys":
		return append([]Value(nil), v.d.keys...)
	case "values":
		return append([]Value(nil), v.d.vals...)
	}
	out := make([]Value, len(v.d.keys))
	for i, k := range v.d.keys {
		out[i] = Tuple{k, v.d.vals[i]}
	}
	return out
}

// Iterate implements Iterable.
func (v *dictView) Iterate(th *Thread) ([]Value, error) { return v.items(), nil }

// Len implements Sized.
func (v *dictView) Len(th *Thread) (int, error) { return len(v.d.keys), nil }

// Repr implements Reprer.
func (v *dictView) Repr(th *Thread) (string, error) {
	s, err := th.reprSeq("[", "]", v.items(), false)
	return v.TypeName() + "(" + s + ")", err
}

// Contains implements Container.
func (v *dictView) Contains(th *Thread, x Value) (bool, error) {
	switch v.kind {
	case "keys":
		_, ok, err := v.d.Get(th, x)
		return ok, err
	case "items":
		t, ok := x.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.d.Get(th, t[0])
		if err != nil || !ok {
			return false, err
		}
		return th.equal(val, t[1])
	}
	for _, it := range v.d.vals {
		if eq, err := th.equal(it, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Binary gives the set operations of keys and items views.
func (v *dictView) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	a, b := Value(v), other
	if right {
		a, b = b, a
	}
	if op == py.Eq || op == py.NotEq {
		if _, ok := setItems(other); !ok || v.kind == "values" {
			return op == py.NotEq || identical(a, b) == (op == py.Eq), true, nil
		}
	}
	if _, ok := setItems(b); !ok {
		if items, err := th.iterate(b); err == nil && !isCompare(op) {
			b, err = th.newSet(items, false)
			if err != nil {
				return nil, true, err
			}
		}
	}
	if _, ok := setItems(a); !ok {
		if items, err := th.iterate(a); err == nil && !isCompare(op) {
			a, err = th.newSet(items, false)
			if err != nil {
				return nil, true, err
			}
		}
	}
	r, ok, err := th.setOp(op, a, b)
	if s, isSet := r.(*setObj); isSet {
		s.frozen = false
	}
	return r, ok, err
}

// Unary implements Operand.
func (v *dictView) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

// reversedView is reversed(dict view), used by reversed().
func (v *dictView) reversed() []Value {
	items := v.items()
	reverse(items)
	return items
}

// dictOr is d | other (a new dict, other's values win).
func (th *Thread) dictOr(d, other *Dict) *Dict {
	n := d.copy()
	for i, k := range other.keys {
		n.Set(th, k, other.vals[i])
	}
	return n
}

func reprSet(th *Thread, s *setObj) (string, error) {
	if s.frozen {
		if len(s.d.keys) == 0 {
			return "frozenset()", nil
		}
		r, err := th.reprSeq("{", "}", s.d.keys, false)
		return "frozenset(" + r + ")", err
	}
	if len(s.d.keys) == 0 {
		return "set()", nil
	}
	return th.reprSeq("{", "}", s.d.keys, false)
}

// frozenKey is a frozenset's hash key: its elements' keys, order-free.
func frozenKey(th *Thread, s *setObj) (any, error) {
	keys := make([]string, len(s.d.keys))
	for i, k := range s.d.keys {
		hk, err := hashKey(th, k)
		if err != nil {
			return nil, err
		}
		keys[i] = sprintf("%T:%v", hk, hk)
	}
	sort.Strings(keys)
	return "frozenset\x00" + strings.Join(keys, "\x00"), nil
}

// inplace is cur op= rhs: lists, sets and dicts change in place, so that
// other names for them see the change.
func (th *Thread) inplace(op py.Op, cur, rhs Value) (Value, error) {
	switch x := cur.(type) {
	case *List:
		if op == py.Add {
			if err := th.alloc(slot * sized(rhs)); err != nil {
				return nil, err
			}
			items, err := th.iterate(rhs)
			if err != nil {
				return nil, err
			}
			x.Items = append(x.Items, items...)
			return x, nil
		}
		if n, ok := smallInt(rhs); ok && op == py.Mult {
			r, _, err := th.repeat(x, n)
			if err != nil {
				return nil, err
			}
			x.Items = r.(*List).Items
			return x, nil
		}
	case *setObj:
		if r, ok, err := th.setOp(op, x, rhs); !x.frozen && ok && err == nil {
			if s, isSet := r.(*setObj); isSet {
				x.d = s.d
				return x, nil
			}
		}
	case *Dict:
		if op == py.BitOr {
			return x, th.dictUpdate(x, &Call{Args: []Value{rhs}})
		}
	}
	return th.binaryOp(op, cur, rhs)
}
