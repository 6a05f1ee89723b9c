package interp

import (
	"strings"

	"cascadelab/engine/internal/py"
)

// operatorModule is operator: the operators as functions (through the same
// paths as the expressions, so dunders apply) and the getters used as sort keys.
func operatorModule(th *Thread) *Module {
	var fns []*Builtin
	binary := map[string]py.Op{"add": py.Add, "sub": py.Sub, "mul": py.Mult, "truediv": py.Div, "floordiv": py.FloorDiv,
		"mod": py.Mod, "pow": py.Pow, "and_": py.BitAnd, "or_": py.BitOr, "xor": py.BitXor, "lshift": py.LShift,
		"rshift": py.RShift, "matmul": py.MatMult}
	for name, op := range binary {
		name, op := name, op
		fns = append(fns, fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 2, 2); err != nil {
				return nil, err
			}
			return th.binaryOp(op, c.Args[0], c.Args[1])
		}))
		iname := "i" + strings.TrimSuffix(name, "_")
		fns = append(fns, fn(iname, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, iname, 2, 2); err != nil {
				return nil, err
			}
			return th.augmented(op, c.Args[0], c.Args[1])
		}))
	}
	compare := map[string]py.Op{"eq": py.Eq, "ne": py.NotEq, "lt": py.Lt, "le": py.LtE, "gt": py.Gt, "ge": py.GtE,
		"is_": py.Is, "is_not": py.IsNot}
	for name, op := range compare {
		name, op := name, op
		fns = append(fns, fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 2, 2); err != nil {
				return nil, err
			}
			return th.compare(op, c.Args[0], c.Args[1])
		}))
	}
	unary := map[string]py.Op{"neg": py.USub, "pos": py.UAdd, "invert": py.Invert, "inv": py.Invert, "not_": py.Not}
	for name, op := range unary {
		name, op := name, op
		fns = append(fns, fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			return th.unaryOp(op, c.Args[0])
		}))
	}
	one := func(name string, f func(th *Thread, a []Value) (Value, error), n int) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, n, n); err != nil {
				return nil, err
			}
			return f(th, c.Args)
		})
	}
	fns = append(fns,
		one("truth", func(th *Thread, a []Value) (Value, error) { return th.truth(a[0]) }, 1),
		one("contains", func(th *Thread, a []Value) (Value, error) { return th.contains(a[0], a[1]) }, 2),
		one("getitem", func(th *Thread, a []Value) (Value, error) { return th.getItem(a[0], a[1]) }, 2),
		one("setitem", func(th *Thread, a []Value) (Value, error) { return nil, th.setItem(a[0], a[1], a[2]) }, 3),
		one("abs", func(th *Thread, a []Value) (Value, error) { return builtinAbs(th, &Call{Args: a}) }, 1),
		one("index", func(th *Thread, a []Value) (Value, error) {
			if !isInt(a[0]) {
				return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
			}
			return normInt(bigOf(a[0])), nil
		}, 1),
		one("concat", func(th *Thread, a []Value) (Value, error) {
			if _, err := th.iter(a[0]); err != nil || isNumber(a[0]) {
				return nil, th.Raise(TypeError, "'%s' object can't be concatenated", typeName(a[0]))
			}
			return th.binaryOp(py.Add, a[0], a[1])
		}, 2),
		one("iconcat", func(th *Thread, a []Value) (Value, error) {
			if _, err := th.iter(a[0]); err != nil || isNumber(a[0]) {
				return nil, th.Raise(TypeError, "'%s' object can't be concatenated", typeName(a[0]))
			}
			return th.augmented(py.Add, a[0], a[1])
		}, 2),
		fn("length_hint", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "length_hint", 1, 2); err != nil {
				return nil, err
			}
			if n, err := th.length(c.Args[0]); err == nil {
				return int64(n), nil
			}
			if _, err := th.iter(c.Args[0]); err == nil {
				// an iterator's __length_hint__ (what is left) is not kept
				return nil, th.Unsupported("operator.length_hint of a %s", typeName(c.Args[0]))
			}
			if len(c.Args) == 2 {
				return c.Args[1], nil
			}
			return int64(0), nil
		}),
		one("delitem", func(th *Thread, a []Value) (Value, error) { return nil, th.delItem(a[0], a[1]) }, 2),
		one("countOf", func(th *Thread, a []Value) (Value, error) {
			items, err := th.iterate(a[0])
			n := int64(0)
			for _, x := range items {
				eq, err := th.sameOrEqual(x, a[1])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return n, err
		}, 2),
		one("indexOf", func(th *Thread, a []Value) (Value, error) {
			items, err := th.iterate(a[0])
			if err != nil {
				return nil, err
			}
			for i, x := range items {
				eq, err := th.sameOrEqual(x, a[1])
				if err != nil || eq {
					return int64(i), err
				}
			}
			return nil, th.Raise(ValueError, "sequence.index(x): x not in sequence")
		}, 2),
		fn("itemgetter", func(th *Thread, c *Call) (Value, error) {
			return getter(th, c, "itemgetter", func(th *Thread, obj, k Value) (Value, error) { return th.getItem(obj, k) })
		}),
		fn("attrgetter", func(th *Thread, c *Call) (Value, error) {
			for _, a := range c.Args {
				if _, ok := a.(string); !ok {
					return nil, th.Raise(TypeError, "attribute name must be a string")
				}
			}
			return getter(th, c, "attrgetter", func(th *Thread, obj, k Value) (v Value, err error) {
				v = obj
				for _, part := range strings.Split(k.(string), ".") {
					if v, err = th.getAttr(v, part); err != nil {
						return nil, err
					}
				}
				return v, nil
			})
		}),
		fn("methodcaller", func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) == 0 {
				return nil, th.Raise(TypeError, "methodcaller needs at least one argument, the method name")
			}
			name, ok := c.Args[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "method name must be a string")
			}
			args, kw := c.Args[1:], c.Kw
			return newOpObject(th, "methodcaller", c, func(th *Thread, c2 *Call) (Value, error) {
				if err := argN(th, c2, "methodcaller", 1, 1); err != nil {
					return nil, err
				}
				m, err := th.getAttr(c2.Args[0], name)
				if err != nil {
					return nil, err
				}
				return th.Call(m, args, kw)
			})
		}),
	)
	return newModule("operator", fns, nil)
}

// getter is itemgetter/attrgetter: one key gives the value, several a tuple.
func getter(th *Thread, c *Call, name string, get func(th *Thread, obj, k Value) (Value, error)) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "%s expected 1 argument, got 0", name)
	}
	if len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "%s() takes no keyword arguments", name)
	}
	keys := c.Args
	return newOpObject(th, name, c, func(th *Thread, c2 *Call) (Value, error) {
		if err := argN(th, c2, name, 1, 1); err != nil {
			return nil, err
		}
		if len(keys) == 1 {
			return get(th, c2.Args[0], keys[0])
		}
		out := make(Tuple, len(keys))
		for i, k := range keys {
			v, err := get(th, c2.Args[0], k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	})
}

// opObject is an object itemgetter, attrgetter or methodcaller made: a
// callable whose repr shows the call that made it.
type opObject struct {
	name string
	repr string
	call func(th *Thread, c *Call) (Value, error)
}

func newOpObject(th *Thread, name string, made *Call, call func(th *Thread, c *Call) (Value, error)) (Value, error) {
	var parts []string
	for _, a := range made.Args {
		r, err := th.repr(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	for _, kv := range made.Kw {
		r, err := th.repr(kv.Value)
		if err != nil {
			return nil, err
		}
		parts = append(parts, kv.Name+"="+r)
	}
	return &opObject{name: name, repr: "operator." + name + "(" + strings.Join(parts, ", ") + ")", call: call}, nil
}

func (o *opObject) TypeName() string                            { return o.name }
func (o *opObject) CallHost(th *Thread, c *Call) (Value, error) { return o.call(th, c) }
func (o *opObject) Repr(th *Thread) (string, error)             { return o.repr, nil }
