package interp

import "cascadelab/engine/internal/py"

// Subclasses of the built-in types (class X(dict), namedtuple, IntEnum): an
// instance is an *Instance whose Base holds the built-in value (a *Dict,
// *List, Tuple, str, int or float). The built-in type stands in the MRO as a
// shadow class (dict, list, ...) whose dict holds the slots a subclass
// reaches through super() and the dispatch by lookup (__new__, __init__,
// __getitem__ with __missing__, __setitem__, __delitem__, __contains__,
// __len__, __repr__); the other operations a class does not override fall
// back to Base where they are dispatched (iteration, truth, ==, <, hash,
// arithmetic, format, the built-in's methods).

// method is a class attribute written in Go that binds like a function:
// the instance (or, for __new__, the class) comes as Args[0].
type method struct {
	name string
	fn   func(th *Thread, c *Call) (Value, error)
}

// TypeName implements Object.
func (m *method) TypeName() string { return "method_descriptor" }

// CallHost implements Callable.
func (m *method) CallHost(th *Thread, c *Call) (Value, error) { return m.fn(th, c) }

// builtinClasses are the shadow classes of the subclassable built-in types.
var builtinClasses = map[*builtinType]*Class{}

func init() {
	for _, t := range []*builtinType{TypeDict, TypeList, TypeTuple, TypeStr, TypeInt, TypeFloat} {
		c := &Class{Name: t.name, module: "builtins", native: true, builtin: t, Dict: NewDict()}
		c.MRO = []*Class{c}
		c.setMethod("__new__", func(th *Thread, c *Call) (Value, error) { return builtinNew(th, t, c) })
		c.setMethod("__init__", func(th *Thread, c *Call) (Value, error) { return nil, builtinInit(th, t, c) })
		c.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) {
			b, err := th.selfBase(t, c, "__repr__", 0)
			if err != nil {
				return nil, err
			}
			s, err := th.repr(b)
			return s, err
		})
		if t != TypeDict && t != TypeList {
			// the immutable types hash as their value, before any base's __hash__ (Enum's)
			c.setMethod("__hash__", func(th *Thread, c *Call) (Value, error) {
				b, err := th.selfBase(t, c, "__hash__", 0)
				if err != nil {
					return nil, err
				}
				return th.hash(b)
			})
		}
		if t == TypeInt || t == TypeFloat {
			builtinClasses[t] = c
			continue
		}
		c.setMethod("__len__", func(th *Thread, c *Call) (Value, error) {
			b, err := th.selfBase(t, c, "__len__", 0)
			if err != nil {
				return nil, err
			}
			return builtinLen(th, &Call{Args: []Value{b}})
		})
		c.setMethod("__contains__", func(th *Thread, c *Call) (Value, error) {
			b, err := th.selfBase(t, c, "__contains__", 1)
			if err != nil {
				return nil, err
			}
			return th.contains(b, c.Args[1])
		})
		c.setMethod("__getitem__", func(th *Thread, c *Call) (Value, error) {
			b, err := th.selfBase(t, c, "__getitem__", 1)
			if err != nil {
				return nil, err
			}
			d, ok := b.(*Dict)
			if !ok {
				return th.getItem(b, c.Args[1])
			}
			v, found, err := d.Get(th, c.Args[1])
			if err != nil || found {
				return v, err
			}
			// dict.__getitem__ asks the subclass's __missing__
			if m, ok := c.Args[0].(*Instance).Class.Lookup("__missing__"); ok {
				return th.Call(bind(m, c.Args[0]), []Value{c.Args[1]}, nil)
			}
			return nil, &Exception{Class: KeyError, Args: []Value{c.Args[1]}, Span: th.cur}
		})
		if t == TypeStr {
			c.setMethod("__str__", func(th *Thread, c *Call) (Value, error) { return th.selfBase(t, c, "__str__", 0) })
		}
		if t == TypeDict {
			// fromkeys builds an instance of the class it is called on
			c.Dict.SetStr("fromkeys", &classMethod{fn("fromkeys", func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, &Call{Args: c.Args[1:]}, "fromkeys", 1, 2); err != nil {
					return nil, err
				}
				keys, err := th.iterate(c.Args[1])
				if err != nil {
					return nil, err
				}
				var v Value
				if len(c.Args) == 3 {
					v = c.Args[2]
				}
				d, err := th.Call(c.Args[0], nil, nil)
				if err != nil {
					return nil, err
				}
				for _, k := range keys {
					if err := th.setItem(d, k, v); err != nil {
						return nil, err
					}
				}
				return d, nil
			})})
		}
		if t == TypeDict || t == TypeList {
			c.setMethod("__setitem__", func(th *Thread, c *Call) (Value, error) {
				b, err := th.selfBase(t, c, "__setitem__", 2)
				if err != nil {
					return nil, err
				}
				return nil, th.setItem(b, c.Args[1], c.Args[2])
			})
			c.setMethod("__delitem__", func(th *Thread, c *Call) (Value, error) {
				b, err := th.selfBase(t, c, "__delitem__", 1)
				if err != nil {
					return nil, err
				}
				return nil, th.delItem(b, c.Args[1])
			})
		}
		builtinClasses[t] = c
	}
	initEnum() // the enum module's classes derive from int and str
}

// setMethod puts a Go method in a class made in Go.
func (c *Class) setMethod(name string, fn func(th *Thread, c *Call) (Value, error)) {
	c.Dict.SetStr(name, &method{name: name, fn: fn})
}

// public is the class as scripts see it: a shadow class is its built-in type.
func (c *Class) public() Value {
	if c.builtin != nil {
		return c.builtin
	}
	return c
}

// builtinBase is the built-in type c derives from (nil for none).
func (c *Class) builtinBase() *builtinType {
	for _, k := range c.MRO {
		if k.builtin != nil {
			return k.builtin
		}
	}
	return nil
}

// typeBase is the built-in type c derives from as CPython sees it: nil for
// a class that only keeps its instances in one.
func (c *Class) typeBase() *builtinType {
	if c.stored {
		return nil
	}
	return c.builtinBase()
}

// selfBase checks a slot's arguments (self and n more) and gives self's Base.
func (th *Thread) selfBase(t *builtinType, c *Call, name string, n int) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "descriptor '%s' of '%s' object needs an argument", name, t.name)
	}
	inst, ok := c.Args[0].(*Instance)
	if !ok || inst.Base == nil {
		return nil, th.Raise(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.name, typeName(c.Args[0]))
	}
	if len(c.Args)-1 != n {
		return nil, th.Raise(TypeError, "expected %d argument%s, got %d", n, plural(n), len(c.Args)-1)
	}
	return inst.Base, nil
}

// builtinNew is t.__new__(cls, ...): a mutable base starts empty (its
// __init__ fills it), an immutable one is built from the arguments.
func builtinNew(th *Thread, t *builtinType, c *Call) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "%s.__new__(): not enough arguments", t.name)
	}
	cls, ok := c.Args[0].(*Class)
	if !ok {
		return nil, th.Raise(TypeError, "%s.__new__(X): X is not a type object (%s)", t.name, typeName(c.Args[0]))
	}
	if cls.builtinBase() != t {
		return nil, th.Raise(TypeError, "%s.__new__(%s): %s is not a subtype of %s", t.name, cls.Name, cls.Name, t.name)
	}
	inst := &Instance{Class: cls, Dict: NewDict()}
	switch t {
	case TypeDict:
		inst.Base = NewDict()
	case TypeList:
		inst.Base = &List{}
	default:
		b, err := t.call(th, &Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span})
		if err != nil {
			return nil, err
		}
		inst.Base = b
	}
	return inst, nil
}

// builtinInit is t.__init__(self, ...): dict and list take their contents,
// the immutable types were made by __new__.
func builtinInit(th *Thread, t *builtinType, c *Call) error {
	if len(c.Args) == 0 {
		return th.Raise(TypeError, "descriptor '__init__' of '%s' object needs an argument", t.name)
	}
	inst, ok := c.Args[0].(*Instance)
	if !ok || inst.Base == nil {
		return nil
	}
	args := &Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span}
	switch b := inst.Base.(type) {
	case *Dict:
		if len(args.Args) > 1 {
			return th.Raise(TypeError, "dict expected at most 1 argument, got %d", len(args.Args))
		}
		return th.dictUpdate(b, args)
	case *List:
		v, err := callList(th, args)
		if err != nil {
			return err
		}
		b.Items = v.(*List).Items
	}
	return nil
}

// baseOf is the built-in value an instance of a built-in's subclass holds.
func baseOf(v Value) (Value, bool) {
	if inst, ok := v.(*Instance); ok && inst.Base != nil {
		return inst.Base, true
	}
	return v, false
}

// mappingOf gives the keys and values of a dict or a dict subclass's instance.
func mappingOf(v Value) (*Dict, bool) {
	if b, ok := baseOf(v); ok {
		v = b
	}
	d, ok := v.(*Dict)
	return d, ok
}

// baseOp is a binary operator between operands one of which subclasses a
// built-in type and overrides nothing for it: the built-in values' operator.
func (th *Thread) baseOp(op py.Op, a, b Value) (Value, bool, error) {
	ba, okA := baseOf(a)
	bb, okB := baseOf(b)
	if !okA && !okB {
		return nil, false, nil
	}
	if names, ok := opMethods[op]; ok {
		// a class defining the operator answered NotImplemented: no fallback
		if _, ok := userClass(a).userAttr(names[0]); ok && okA && op < py.Eq {
			return nil, false, nil
		}
		if _, ok := userClass(b).userAttr(names[1]); ok && okB && op < py.Eq {
			return nil, false, nil
		}
	}
	switch op {
	case py.Eq, py.NotEq:
		eq, err := th.equal(ba, bb)
		return eq != (op == py.NotEq), true, err
	case py.Lt, py.LtE, py.Gt, py.GtE:
		r, err := th.compare(op, ba, bb)
		return r, true, err
	}
	r, err := th.binaryOp(op, ba, bb)
	return r, true, err
}
