package interp

import (
	"sort"
	"strings"

	"cascadelab/engine/internal/py"
)

// TypeFrozenset is the frozenset type (a setObj marked frozen).
var TypeFrozenset = &builtinType{name: "frozenset"}

func init() { TypeFrozenset.call = callFrozenset }

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
	// src gives the dict a host's mapping holds now (an ORM dictionary
	// collection): the view reads it again before each use (sync)
	src func(th *Thread) (*Dict, error)
}

// NewDictView is a live view (kind "keys", "values" or "items") of a host's
// mapping whose contents now src gives.
func NewDictView(kind string, src func(th *Thread) (*Dict, error)) Value {
	return &dictView{d: NewDict(), kind: kind, src: src}
}

func (v *dictView) sync(th *Thread) error {
	if v.src == nil {
		return nil
	}
	d, err := v.src(th)
	if err == nil {
		v.d = d
	}
	return err
}

// item is the view's i-th item.
func (v *dictView) item(i int) Value {
	switch v.kind {
	case "keys":
		return v.d.keys[i]
	case "values":
		return v.d.vals[i]
	}
	return Tuple{v.d.keys[i], v.d.vals[i]}
}

// Step iterates the view live, as CPython's dict iterators do: a change of
// size while it runs is an error.
func (v *dictView) Step(th *Thread, reverse bool) (func() (Value, bool, error), error) {
	if err := v.sync(th); err != nil {
		return nil, err
	}
	n, i := v.d.Len(), 0
	return func() (Value, bool, error) {
		if err := v.sync(th); err != nil {
			return nil, false, err
		}
		if v.d.Len() != n {
			return nil, false, th.Raise(RuntimeError, "dictionary changed size during iteration")
		}
		if i >= n {
			return nil, false, nil
		}
		i++
		if reverse {
			return v.item(n - i), true, nil
		}
		return v.item(i - 1), true, nil
	}, nil
}

// TypeName implements Object.
func (v *dictView) TypeName() string { return "dict_" + v.kind }

func (v *dictView) items() []Value {
	out := make([]Value, len(v.d.keys))
	for i := range v.d.keys {
		out[i] = v.item(i)
	}
	return out
}

// Iterate implements Iterable.
func (v *dictView) Iterate(th *Thread) ([]Value, error) {
	err := v.sync(th)
	return v.items(), err
}

// Len implements Sized.
func (v *dictView) Len(th *Thread) (int, error) {
	err := v.sync(th)
	return len(v.d.keys), err
}

// Repr implements Reprer.
func (v *dictView) Repr(th *Thread) (string, error) {
	if err := v.sync(th); err != nil {
		return "", err
	}
	s, err := th.reprSeq("[", "]", v.items(), false)
	return v.TypeName() + "(" + s + ")", err
}

// Contains implements Container.
func (v *dictView) Contains(th *Thread, x Value) (bool, error) {
	if err := v.sync(th); err != nil {
		return false, err
	}
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

// Binary gives the set operations of keys and items views: the other
// operand may be any iterable (a values view has none, and == is identity).
func (v *dictView) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if err := v.sync(th); err != nil {
		return nil, true, err
	}
	a, b := Value(v), other
	if right {
		a, b = b, a
	}
	if v.kind == "values" || isCompare(op) {
		if _, isSet, _ := th.asSet(other); !isSet || v.kind == "values" {
			if op == py.Eq || op == py.NotEq {
				return identical(a, b) == (op == py.Eq), true, nil
			}
			return nil, false, nil
		}
	}
	if op == py.Sub || op == py.BitOr {
		// dictviews_sub and dictviews_or: set(a) (of a keys view, set of
		// its dict, which sizes the table first), then updated with b
		left := a
		if w, ok := a.(*dictView); ok && w.kind == "keys" {
			left = w.d
		}
		r := emptySet(false)
		err := r.update(th, left)
		if err == nil && op == py.Sub {
			err = th.differenceUpdate(r, b)
		} else if err == nil {
			err = r.update(th, b)
		}
		return r, true, err
	}
	operand := func(x Value) (Value, error) {
		if _, ok, err := th.asSet(x); ok || err != nil {
			return x, err
		}
		items, err := th.iterate(x)
		if err != nil {
			return nil, err
		}
		return th.newSet(items, false)
	}
	a, err := operand(a)
	if err != nil {
		return nil, true, err
	}
	if b, err = operand(b); err != nil {
		return nil, true, err
	}
	r, ok, err := th.setOp(op, a, b)
	if s, isSet := r.(*setObj); isSet {
		s.frozen = false
	}
	return r, ok, err
}

// Attr gives isdisjoint (of keys and items views) and mapping.
func (v *dictView) Attr(th *Thread, name string) (Value, bool, error) {
	switch {
	case name == "isdisjoint" && v.kind != "values":
		return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "isdisjoint", 1, 1); err != nil {
				return nil, err
			}
			next, err := th.iter(c.Args[0])
			for err == nil {
				x, ok, err2 := next()
				if err2 != nil || !ok {
					return true, err2
				}
				if in, err2 := v.Contains(th, x); err2 != nil || in {
					return false, err2
				}
			}
			return nil, err
		}}, true, nil
	case name == "mapping" && v.src == nil:
		return &mappingProxy{d: v.d}, true, nil
	}
	return nil, false, nil
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
		r, err := th.reprSeq("{", "}", s.elems(), false)
		return "frozenset(" + r + ")", err
	}
	if len(s.d.keys) == 0 {
		return "set()", nil
	}
	if !th.reprEnter(s) {
		return "set(...)", nil
	}
	defer th.reprLeave(s)
	return th.reprSeq("{", "}", s.elems(), false)
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

// augmented is cur op= rhs: the instance's __iop__, else the built-in's.
func (th *Thread) augmented(op py.Op, cur, rhs Value) (Value, error) {
	nv, done, err := th.inplaceOp(op, cur, rhs)
	if err == nil && !done {
		nv, err = th.inplace(op, cur, rhs)
	}
	return nv, err
}

// inplace is cur op= rhs: lists, sets and dicts change in place, so that
// other names for them see the change.
func (th *Thread) inplace(op py.Op, cur, rhs Value) (Value, error) {
	// an instance of a list, set or dict subclass without its own __i*__:
	// the built-in's in-place operator on its value, the instance kept
	if inst, ok := cur.(*Instance); ok {
		switch inst.Base.(type) {
		case *List, *setObj, *Dict:
			r, err := th.inplace(op, inst.Base, rhs)
			if err == nil && identical(r, inst.Base) {
				return inst, nil
			}
			return r, err
		}
	}
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
		if o, ok := rhs.(*setObj); ok && !x.frozen {
			var err error
			switch op {
			case py.BitOr:
				err = x.update(th, o)
			case py.BitAnd:
				var r *setObj
				if r, err = th.intersect(x, o); err == nil {
					x.d, x.tab = r.d, r.tab
				}
			case py.Sub:
				err = th.differenceUpdate(x, o)
			case py.BitXor:
				err = th.symUpdate(x, o)
			default:
				return th.binaryOp(op, cur, rhs)
			}
			return x, err
		}
	case *Dict:
		if op == py.BitOr {
			return x, th.dictUpdate(x, &Call{Args: []Value{rhs}})
		}
	case *byteArray:
		return x.inplace(th, op, rhs)
	}
	return th.binaryOp(op, cur, rhs)
}
