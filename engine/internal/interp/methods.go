package interp

import (
	"math/big"

	"cascadelab/engine/internal/catalog"
)

// methodOf returns the bound built-in method name of v, or nil.
func methodOf(th *Thread, v Value, name string) Value {
	owner := typeName(v)
	if owner == "bool" {
		owner = "int" // bool's methods are int's
	}
	m := func(f func(th *Thread, c *Call) (Value, error)) Value {
		b := fn(name, f)
		b.qual = owner + "." + name
		return b
	}
	switch v.(type) {
	case string, Bytes, *List, *Dict, Tuple, *setObj:
		// the container protocol's methods, as len(), in, [] and iter() run them
		switch name {
		case "__len__":
			return m(func(th *Thread, c *Call) (Value, error) {
				return builtinLen(th, &Call{Args: append([]Value{v}, c.Args...)})
			})
		case "__contains__":
			return m(func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, name, 1, 1); err != nil {
					return nil, err
				}
				return th.contains(v, c.Args[0])
			})
		case "__getitem__":
			return m(func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, name, 1, 1); err != nil {
					return nil, err
				}
				return th.getItem(v, c.Args[0])
			})
		case "__iter__":
			return m(func(th *Thread, c *Call) (Value, error) {
				return builtinIter(th, &Call{Args: append([]Value{v}, c.Args...)})
			})
		}
	}
	switch x := v.(type) {
	case *lazyIter, *iterObj:
		// the iterator protocol, as next() and iter() run it
		switch name {
		case "__next__":
			return m(func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, name, 0, 0); err != nil {
					return nil, err
				}
				return builtinNext(th, &Call{Args: []Value{v}})
			})
		case "__iter__":
			return m(func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, name, 0, 0); err != nil {
					return nil, err
				}
				return v, nil
			})
		}
	case string:
		return strMethod(x, name, m)
	case Bytes:
		return bytesMethod(x, name, m)
	case bool, int64, *big.Int:
		return intMethod(x, name, m)
	case float64:
		return floatMethod(x, name, m)
	case *List:
		return listMethod(x, name, m)
	case *Dict:
		if name == "fromkeys" {
			return m(dictFromkeys)
		}
		return dictMethod(x, name, m)
	case Tuple:
		switch name {
		case "index", "count":
			l := &List{Items: x}
			return listMethodOf(l, name, m, "tuple")
		}
	case *setObj:
		return setMethod(x, name, m)
	}
	return nil
}

// typeAttr is an attribute of a built-in type: str's methods unbound
// (key=str.lower), bytes.fromhex.
func typeAttr(t *builtinType, name string) Value {
	if b, ok := typeAttrOf(t, name).(*Builtin); ok {
		b.qual = t.name + "." + name
		return b
	}
	return nil
}

func typeAttrOf(t *builtinType, name string) Value {
	switch t {
	case TypeStr:
		if name == "maketrans" {
			return fn(name, strMaketrans)
		}
		return descr(unboundStr(name))
	case TypeBytes, TypeByteArray:
		if name == "fromhex" {
			return fn(name, func(th *Thread, c *Call) (Value, error) {
				v, err := bytesFromhex(th, c)
				if t == TypeByteArray {
					v = toArray(v)
				}
				return v, err
			})
		}
	case TypeDict:
		if name == "fromkeys" {
			return fn(name, dictFromkeys)
		}
	case TypeInt:
		if name == "from_bytes" {
			return fn(name, intFromBytes)
		}
	case TypeFloat:
		if name == "fromhex" {
			return fn(name, floatFromhex)
		}
	case typeObj:
		switch name {
		case "__init__":
			return fn(name, func(th *Thread, c *Call) (Value, error) {
				if len(c.Args) == 0 {
					return nil, th.Raise(TypeError, "descriptor '__init__' of 'object' object needs an argument")
				}
				return nil, objectInit(th, c.Args[0], &Call{Args: c.Args[1:], Kw: c.Kw})
			})
		case "__setattr__", "__delattr__", "__getattribute__":
			return fn(name, func(th *Thread, c *Call) (Value, error) {
				if len(c.Args) == 0 {
					return nil, th.Raise(TypeError, "descriptor '%s' of 'object' object needs an argument", name)
				}
				inst, ok := c.Args[0].(*Instance)
				if !ok || inst.Class.Hook != nil {
					return nil, th.Unsupported("object.%s() of %s objects", name, typeName(c.Args[0]))
				}
				m, _ := th.objectMethod(inst, name)
				return th.call(m, &Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span})
			})
		}
		return nil
	}
	return descr(unboundMethod(t, name))
}

// descr marks an unbound method as read from its type.
func descr(v Value) Value {
	if b, ok := v.(*Builtin); ok {
		b.descr = true
	}
	return v
}

// unboundMethod is TYPE.NAME of a container or number type, called with the
// instance first (set.union(a, b), map(list.copy, rows)): the instance's own
// method, as CPython's method descriptor runs it.
func unboundMethod(t *builtinType, name string) Value {
	// only Python's own types: a module's type also lists attributes (UUID.hex) the catalog cannot tell from methods
	if t == TypeNone || t == typeType || catalog.ModuleAttr("builtins", t.name) != catalog.Has || catalog.TypeAttr(t.name, name) != catalog.Has {
		return nil
	}
	return fn(name, func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) == 0 {
			return nil, th.Raise(TypeError, "unbound method %s.%s() needs an argument", t.name, name)
		}
		self := c.Args[0]
		if ok, err := th.isInstance(self, t); err != nil || ok != true {
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.name, typeName(self))
		}
		if inst, ok := self.(*Instance); ok && inst.Base != nil {
			self = inst.Base
		}
		m := methodOf(th, self, name)
		if m == nil {
			return nil, th.Unsupported("%s.%s", t.name, name)
		}
		return th.call(m, &Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span})
	})
}
