package interp

import (
	"fmt"
	"slices"

	"cascadelab/engine/internal/py"
)

// nextFunc is one step of an iterator: the next item, or ok false at its end.
type nextFunc func() (v Value, ok bool, err error)

// lazyIter is an iterator object over a nextFunc (iter() of a class with
// __iter__, iter(callable, sentinel)).
type lazyIter struct {
	name string
	next nextFunc
	repr func(th *Thread) (string, error) // nil: refused
}

// TypeName implements Object.
func (it *lazyIter) TypeName() string { return it.name }

// Repr implements Reprer.
func (it *lazyIter) Repr(th *Thread) (string, error) {
	if it.repr == nil {
		return "", th.Unsupported("repr() of %s objects", it.name)
	}
	return it.repr(th)
}

// iter is Python's iter(): it steps through v lazily where v is lazy
// (generators, iterator classes) and live where v is a list.
func (th *Thread) iter(v Value) (nextFunc, error) {
	switch x := v.(type) {
	case *List:
		i := 0
		return func() (Value, bool, error) {
			if i >= len(x.Items) {
				return nil, false, nil
			}
			i++
			return x.Items[i-1], true, nil
		}, nil
	case Stepper:
		next, err := x.Step(th, false)
		return next, err
	case *Dict, *setObj:
		// Live over the keys, as CPython's iterators: a size change is an error.
		d, _ := x.(*Dict)
		items, what := []Value(nil), "dictionary"
		if set, ok := x.(*setObj); ok {
			d, items, what = set.d, set.elems(), "Set"
		} else {
			items = d.keys
		}
		n, i := len(items), 0
		return func() (Value, bool, error) {
			if d.Len() != n {
				return nil, false, th.Raise(RuntimeError, "%s changed size during iteration", what)
			}
			if i >= n {
				return nil, false, nil
			}
			i++
			return items[i-1], true, nil
		}, nil
	case *Generator:
		return func() (Value, bool, error) {
			r, yielded, err := th.resumeWith(x, genIn{})
			if err != nil || !yielded {
				return nil, false, err
			}
			return r, true, nil
		}, nil
	case *lazyIter:
		return x.next, nil
	case *byteArray: // live, as the list's: it sees the bytes appended
		i := 0
		return func() (Value, bool, error) {
			if i >= len(x.b) {
				return nil, false, nil
			}
			i++
			return int64(x.b[i-1]), true, nil
		}, nil
	case *rangeObj:
		return x.next(false), nil
	case *Class:
		if x.enum != nil {
			return th.iter(&List{Items: x.enumMembers()})
		}
	case *iterObj:
		return func() (Value, bool, error) {
			if x.pos >= len(x.items) {
				return nil, false, nil
			}
			x.pos++
			return x.items[x.pos-1], true, nil
		}, nil
	case *Instance:
		if m, ok := x.Class.Lookup("__iter__"); ok {
			r, err := th.callIter(x, m)
			if err != nil {
				return nil, err
			}
			ri, ok := r.(*Instance)
			if !ok {
				return th.iter(r)
			}
			next, _ := ri.Class.Lookup("__next__")
			return func() (Value, bool, error) {
				r, err := th.Call(next, []Value{ri}, nil)
				if err != nil {
					if e, ok := err.(*Exception); ok && !e.fatal && e.Class.IsSubclass(StopIteration) {
						return nil, false, nil
					}
					return nil, false, err
				}
				return r, true, nil
			}, nil
		}
		if x.Base != nil {
			return th.iter(x.Base)
		}
		if m, ok := x.Class.Lookup("__getitem__"); ok {
			i := int64(0)
			return func() (Value, bool, error) {
				r, err := th.Call(m, []Value{x, i}, nil)
				if err != nil {
					if e, ok := err.(*Exception); ok && !e.fatal && (e.Class.IsSubclass(IndexError) || e.Class.IsSubclass(StopIteration)) {
						return nil, false, nil
					}
					return nil, false, err
				}
				i++
				return r, true, nil
			}, nil
		}
		return nil, th.Raise(TypeError, "'%s' object is not iterable", x.Class.Name)
	}
	items, err := th.iterate(v)
	if err != nil {
		return nil, err
	}
	i := 0
	return func() (Value, bool, error) {
		if i >= len(items) {
			return nil, false, nil
		}
		i++
		return items[i-1], true, nil
	}, nil
}

// drain materializes a lazy iterable.
func (th *Thread) drain(v Value) ([]Value, error) {
	next, err := th.iter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := next()
		if err != nil || !ok {
			return out, err
		}
		if len(out) >= maxItems {
			return nil, th.Raise(MemoryError, "the script built a collection of more than %d items", maxItems)
		}
		out = append(out, x)
	}
}

func builtinIter(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "iter", 1, 2); err != nil {
		return nil, err
	}
	if len(c.Args) == 2 {
		fn, sentinel := c.Args[0], c.Args[1]
		return &lazyIter{name: "callable_iterator", next: func() (Value, bool, error) {
			r, err := th.Call(fn, nil, nil)
			if err != nil {
				return nil, false, err
			}
			if identical(r, sentinel) {
				return nil, false, nil
			}
			eq, err := th.equal(r, sentinel)
			if err != nil || eq {
				return nil, false, err
			}
			return r, true, nil
		}}, nil
	}
	switch x := c.Args[0].(type) {
	case *Generator, *lazyIter, *iterObj:
		return x, nil
	case *Instance:
		if m, ok := x.Class.Lookup("__iter__"); ok {
			return th.callIter(x, m)
		}
	case *rangeObj:
		return &lazyIter{name: x.iterName(), next: x.next(false)}, nil
	}
	next, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	return &lazyIter{name: iterName(c.Args[0]), next: next}, nil
}

// callIter is x.__iter__() (m), which must give an iterator.
func (th *Thread) callIter(x *Instance, m Value) (Value, error) {
	r, err := th.Call(m, []Value{x}, nil)
	if err != nil {
		return nil, err
	}
	switch r := r.(type) {
	case *Generator, *lazyIter, *iterObj:
		return r, nil
	case *Instance:
		if _, ok := r.Class.Lookup("__next__"); ok {
			return r, nil
		}
	}
	return nil, th.Raise(TypeError, "iter() returned non-iterator of type '%s'", typeName(r))
}

// iterName is the type of iter(v) in CPython, v a built-in iterable.
func iterName(v Value) string {
	switch x := v.(type) {
	case string:
		for i := 0; i < len(x); i++ {
			if x[i] >= 0x80 {
				return "str_iterator"
			}
		}
		return "str_ascii_iterator"
	case *Dict, *mappingProxy:
		return "dict_keyiterator"
	case *dictView:
		return map[string]string{"keys": "dict_keyiterator", "values": "dict_valueiterator", "items": "dict_itemiterator"}[x.kind]
	case *setObj:
		return "set_iterator"
	case *deque:
		return "_deque_iterator"
	case *Instance:
		if x.Base == nil {
			return "iterator" // a sequence's, through __getitem__
		}
		if slices.ContainsFunc(x.Class.MRO, func(k *Class) bool { return k.native && k.Name == "OrderedDict" }) {
			return "odict_iterator"
		}
		return iterName(x.Base)
	}
	return typeName(v) + "_iterator"
}

func builtinNext(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "next", 1, 2); err != nil {
		return nil, err
	}
	var next nextFunc
	switch x := c.Args[0].(type) {
	case *Generator:
		v, yielded, err := th.resumeWith(x, genIn{})
		if err != nil || yielded {
			return v, err
		}
		if len(c.Args) == 2 {
			return c.Args[1], nil
		}
		return nil, th.stopIteration(v)
	case *lazyIter, *iterObj:
		next, _ = th.iter(x)
	case *Instance:
		m, ok := x.Class.Lookup("__next__")
		if !ok {
			break
		}
		r, err := th.Call(m, []Value{x}, nil)
		if err != nil && len(c.Args) == 2 {
			if e, ok := err.(*Exception); ok && !e.fatal && e.Class.IsSubclass(StopIteration) {
				return c.Args[1], nil
			}
		}
		return r, err
	}
	if next == nil {
		return nil, th.Raise(TypeError, "'%s' object is not an iterator", typeName(c.Args[0]))
	}
	v, ok, err := next()
	if err != nil || ok {
		return v, err
	}
	if len(c.Args) == 2 {
		return c.Args[1], nil
	}
	return nil, th.stopIteration(nil)
}

// The lazy built-ins: each takes one item from its iterables per step, as
// CPython's do, so they work on generators and infinite iterators.

func builtinEnumerate(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "enumerate", 1, 2); err != nil {
		return nil, err
	}
	next, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	var start Value = int64(0)
	if len(c.Args) == 2 {
		start = c.Args[1]
	}
	if v, ok := kwArg(c, "start"); ok {
		start = v
	}
	if !isInt(start) {
		return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(start))
	}
	i := start
	return &lazyIter{name: "enumerate", next: func() (Value, bool, error) {
		v, ok, err := next()
		if err != nil || !ok {
			return nil, false, err
		}
		t := Tuple{i, v}
		i, err = th.intArith(py.Add, i, int64(1))
		return t, true, err
	}}, nil
}

// zipNext steps several iterators together; strict is zip(strict=True).
func (th *Thread) zipNext(args []Value, strict bool) (nextFunc, error) {
	var nexts []nextFunc
	for _, a := range args {
		n, err := th.iter(a)
		if err != nil {
			return nil, err
		}
		nexts = append(nexts, n)
	}
	which := func(k int) string {
		if k == 1 {
			return "argument 1"
		}
		return fmt.Sprintf("arguments 1-%d", k)
	}
	done := len(nexts) == 0
	return func() (Value, bool, error) {
		if done {
			return nil, false, nil
		}
		t := make(Tuple, 0, len(nexts))
		for i, n := range nexts {
			v, ok, err := n()
			if err != nil {
				return nil, false, err
			}
			if ok {
				t = append(t, v)
				continue
			}
			done = true
			if !strict {
				return nil, false, nil
			}
			if i > 0 {
				return nil, false, th.Raise(ValueError, "zip() argument %d is shorter than %s", i+1, which(i))
			}
			for j := 1; j < len(nexts); j++ {
				_, more, err := nexts[j]()
				if err != nil {
					return nil, false, err
				}
				if more {
					return nil, false, th.Raise(ValueError, "zip() argument %d is longer than %s", j+1, which(j))
				}
			}
			return nil, false, nil
		}
		return t, true, nil
	}, nil
}

func builtinZip(th *Thread, c *Call) (Value, error) {
	strict := false
	for _, k := range c.Kw {
		if k.Name != "strict" {
			return nil, th.Raise(TypeError, "zip() got an unexpected keyword argument '%s'", k.Name)
		}
		var err error
		if strict, err = th.truth(k.Value); err != nil {
			return nil, err
		}
	}
	next, err := th.zipNext(c.Args, strict)
	if err != nil {
		return nil, err
	}
	return &lazyIter{name: "zip", next: next}, nil
}

func builtinMap(th *Thread, c *Call) (Value, error) {
	if len(c.Args) < 2 {
		return nil, th.Raise(TypeError, "map() must have at least two arguments.")
	}
	next, err := th.zipNext(c.Args[1:], false)
	if err != nil {
		return nil, err
	}
	fn := c.Args[0]
	return &lazyIter{name: "map", next: func() (Value, bool, error) {
		args, ok, err := next()
		if err != nil || !ok {
			return nil, false, err
		}
		r, err := th.Call(fn, args.(Tuple), nil)
		return r, err == nil, err
	}}, nil
}

func builtinFilter(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "filter", 2, 2); err != nil {
		return nil, err
	}
	next, err := th.iter(c.Args[1])
	if err != nil {
		return nil, err
	}
	fn := c.Args[0]
	return &lazyIter{name: "filter", next: func() (Value, bool, error) {
		for {
			v, ok, err := next()
			if err != nil || !ok {
				return nil, false, err
			}
			keep := v
			if fn != nil {
				if keep, err = th.Call(fn, []Value{v}, nil); err != nil {
					return nil, false, err
				}
			}
			t, err := th.truth(keep)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
		}
	}}, nil
}

// anyAll is any() and all(): they stop at the first item that decides.
func (th *Thread) anyAll(c *Call, isAny bool) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "expected 1 argument")
	}
	next, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	for {
		v, ok, err := next()
		if err != nil || !ok {
			return !isAny, err
		}
		t, err := th.truth(v)
		if err != nil {
			return nil, err
		}
		if t == isAny {
			return isAny, nil
		}
	}
}
