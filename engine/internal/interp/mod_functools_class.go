package interp

import (
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// functools' helpers for classes and dispatch: cached_property,
// partialmethod, total_ordering and singledispatch, as CPython's.

// cachedProperty is functools.cached_property: computed on first read and
// kept in the instance's __dict__ under the name the class statement gave it.
type cachedProperty struct {
	fn   Value
	name string
}

func (*cachedProperty) TypeName() string { return "cached_property" }

// SetName is __set_name__: the attribute's name in the class.
func (p *cachedProperty) SetName(th *Thread, owner *Class, name string) error {
	if p.name != "" && p.name != name {
		return th.Raise(TypeError, "Cannot assign the same cached_property to two different names (%s and %s).", pyrepr.Str(p.name), pyrepr.Str(name))
	}
	p.name = name
	return nil
}

// Attr gives func and attrname.
func (p *cachedProperty) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "func":
		return p.fn, true, nil
	case "attrname":
		if p.name == "" {
			return nil, true, nil
		}
		return p.name, true, nil
	}
	return nil, false, nil
}

func (p *cachedProperty) get(th *Thread, obj Value) (Value, error) {
	if p.name == "" {
		return nil, th.Raise(TypeError, "Cannot use cached_property instance without calling __set_name__ on it.")
	}
	inst, ok := obj.(*Instance)
	if _, slotted := inst.Class.slots(); !ok || slotted {
		return nil, th.Raise(TypeError, "No '__dict__' attribute on %s instance to cache %s property.", pyrepr.Str(typeName(obj)), pyrepr.Str(p.name))
	}
	if v, ok := inst.Dict.GetStr(p.name); ok {
		return v, nil
	}
	v, err := th.Call(p.fn, []Value{obj}, nil)
	if err != nil {
		return nil, err
	}
	inst.Dict.SetStr(p.name, v)
	return v, nil
}

// partialMethod is functools.partialmethod: a partial bound like a method.
type partialMethod struct {
	fn   Value
	args []Value
	kw   []KV
}

func (*partialMethod) TypeName() string { return "partialmethod" }

func (p *partialMethod) get(th *Thread, obj Value, cls *Class) (Value, error) {
	if obj == nil {
		return p, nil
	}
	f, err := th.descGet(p.fn, obj, cls)
	if err != nil {
		return nil, err
	}
	return &partial{fn: f, args: p.args, kw: p.kw}, nil
}

// totalOrdering is functools.total_ordering: the comparisons a class lacks,
// derived from the one it defines (the first of < <= > >=).
func totalOrdering(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "total_ordering", 1, 1); err != nil {
		return nil, err
	}
	cls, ok := c.Args[0].(*Class)
	if !ok {
		return nil, th.Unsupported("functools.total_ordering of a %s", typeName(c.Args[0]))
	}
	defined := map[string]bool{}
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if _, ok := cls.userAttr(op); ok {
			defined[op] = true
		}
	}
	// derived: for each root, the others as (not?) root(self, other) (and|or) self ==/!= other
	type rule struct {
		negate bool   // not op_result
		join   string // "and !=", "or ==", or ""
	}
	rules := map[string]map[string]rule{
		"__lt__": {"__gt__": {true, "and !="}, "__le__": {false, "or =="}, "__ge__": {true, ""}},
		"__le__": {"__ge__": {true, "or =="}, "__lt__": {false, "and !="}, "__gt__": {true, ""}},
		"__gt__": {"__lt__": {true, "and !="}, "__ge__": {false, "or =="}, "__le__": {true, ""}},
		"__ge__": {"__le__": {true, "or =="}, "__gt__": {false, "and !="}, "__lt__": {true, ""}},
	}
	root := ""
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if defined[op] {
			root = op
			break
		}
	}
	if root == "" {
		return nil, th.Raise(ValueError, "must define at least one ordering operation: < > <= >=")
	}
	for op, r := range rules[root] {
		if defined[op] {
			continue
		}
		r := r
		cls.setMethod(op, func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) != 2 {
				return nil, th.Raise(TypeError, "expected 1 argument, got %d", len(c.Args)-1)
			}
			self, other := c.Args[0], c.Args[1]
			m, ok := userClass(self).userAttr(root)
			if !ok {
				return notImplemented, nil
			}
			res, err := th.Call(bind(m, self), []Value{other}, nil)
			if err != nil || res == notImplemented {
				return res, err
			}
			t, err := th.truth(res)
			if err != nil {
				return nil, err
			}
			if r.negate {
				t, res = !t, !t
			}
			switch r.join {
			case "and !=":
				if !t {
					return res, nil
				}
				eq, err := th.compare(py.NotEq, self, other)
				return eq, err
			case "or ==":
				if t {
					return res, nil
				}
				return th.compare(py.Eq, self, other)
			}
			return res, nil
		})
	}
	return cls, nil
}

// singleDispatch is functools.singledispatch: a function dispatching on the
// class of its first argument through a registry.
type singleDispatch struct {
	registry *Dict // type -> function; object -> the default
}

func (*singleDispatch) TypeName() string { return "function" }

func newSingleDispatch(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "singledispatch", 1, 1); err != nil {
		return nil, err
	}
	d := &singleDispatch{registry: NewDict()}
	d.registry.Set(th, typeObj, c.Args[0])
	return d, nil
}

// dispatch is the function registered for the nearest class in t's MRO.
func (d *singleDispatch) dispatch(th *Thread, t Value) (Value, error) {
	var mro []Value
	switch x := t.(type) {
	case *Class:
		for _, k := range x.MRO {
			mro = append(mro, k.public())
		}
	case *builtinType:
		mro = append(mro, x)
		if x == TypeBool {
			mro = append(mro, TypeInt)
		}
	case *dtType:
		mro = append(mro, x)
		if x == TypeDateTime {
			mro = append(mro, TypeDate)
		}
	}
	for _, k := range append(mro, typeObj) {
		if f, ok, err := d.registry.Get(th, k); err != nil || ok {
			return f, err
		}
	}
	return nil, th.Raise(RuntimeError, "no dispatch for %s", typeName(t))
}

func (d *singleDispatch) CallHost(th *Thread, c *Call) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "singledispatch function requires at least 1 positional argument")
	}
	t, err := callType(th, &Call{Args: c.Args[:1]})
	if err != nil {
		return nil, err
	}
	f, err := d.dispatch(th, t)
	if err != nil {
		return nil, err
	}
	return th.call(f, c)
}

// Attr gives register, dispatch and registry.
func (d *singleDispatch) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "register":
		return fn("register", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "register", 1, 2); err != nil {
				return nil, err
			}
			if isTypeValue(c.Args[0]) {
				t := c.Args[0]
				if len(c.Args) == 2 {
					return c.Args[1], d.registry.Set(th, t, c.Args[1])
				}
				return fn("register", func(th *Thread, c *Call) (Value, error) {
					if err := argN(th, c, "register", 1, 1); err != nil {
						return nil, err
					}
					return c.Args[0], d.registry.Set(th, t, c.Args[0])
				}), nil
			}
			f, ok := unwrapMethod(c.Args[0]).(*Function)
			if len(c.Args) == 2 {
				return nil, th.Raise(TypeError, "Invalid first argument to `register()`. %s is not a class or union type.", reprOrType(th, c.Args[0]))
			}
			if !ok {
				return nil, th.Raise(TypeError, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", reprOrType(th, c.Args[0]))
			}
			ann, err := th.getAttr(f, "__annotations__")
			if err != nil {
				return nil, err
			}
			// the first annotation, as next(iter(get_type_hints(func).items()))
			ad, _ := ann.(*Dict)
			if ad == nil || ad.Len() == 0 {
				return nil, th.Raise(TypeError, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", reprOrType(th, f))
			}
			t := ad.vals[0]
			if _, isStr := t.(string); isStr {
				return nil, th.Unsupported("singledispatch's register() of a string annotation")
			}
			if !isTypeValue(t) {
				r, err := th.repr(t)
				if err != nil {
					return nil, err
				}
				return nil, th.Raise(TypeError, "Invalid annotation for %s. %s is not a class.", pyrepr.Str(ad.keys[0].(string)), r)
			}
			return c.Args[0], d.registry.Set(th, t, c.Args[0])
		}), true, nil
	case "dispatch":
		return fn("dispatch", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "dispatch", 1, 1); err != nil {
				return nil, err
			}
			return d.dispatch(th, c.Args[0])
		}), true, nil
	case "registry":
		return &mappingProxy{d: d.registry}, true, nil
	}
	return nil, false, nil
}

// isTypeValue reports a class or a built-in type (a library's made in Go,
// decimal.Decimal, datetime.date, included).
func isTypeValue(v Value) bool {
	switch v.(type) {
	case *Class, *builtinType:
		return true
	}
	return typeName(v) == "type"
}

// singleDispatchMethod is functools.singledispatchmethod: read through an
// instance, a function dispatching on the class of its first argument
// after self.
type singleDispatchMethod struct {
	d    *singleDispatch
	name string
}

func (*singleDispatchMethod) TypeName() string { return "singledispatchmethod" }

func newSingleDispatchMethod(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "singledispatchmethod", 1, 1); err != nil {
		return nil, err
	}
	d, err := newSingleDispatch(th, c)
	if err != nil {
		return nil, err
	}
	name, _, err := th.GetAttr(unwrapMethod(c.Args[0]), "__name__")
	if err != nil {
		return nil, err
	}
	s, _ := name.(string)
	return &singleDispatchMethod{d.(*singleDispatch), s}, nil
}

// Attr gives register.
func (m *singleDispatchMethod) Attr(th *Thread, name string) (Value, bool, error) {
	if name == "register" {
		return m.d.Attr(th, name)
	}
	return nil, false, nil
}

// Get implements Descriptor: the method bound to obj (nil: read on cls).
func (m *singleDispatchMethod) Get(th *Thread, obj Value, cls *Class) (Value, error) {
	return fn(m.name, func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) == 0 {
			return nil, th.Raise(IndexError, "tuple index out of range")
		}
		t, err := callType(th, &Call{Args: c.Args[:1]})
		if err != nil {
			return nil, err
		}
		f, err := m.d.dispatch(th, t)
		if err != nil {
			return nil, err
		}
		var o Value = obj
		if f, err = th.descGet(f, o, cls); err != nil {
			return nil, err
		}
		return th.call(f, c)
	}), nil
}

// unwrapMethod is the function a classmethod or staticmethod wraps.
func unwrapMethod(v Value) Value {
	switch w := v.(type) {
	case *classMethod:
		return unwrapMethod(w.fn)
	case *staticMethod:
		return unwrapMethod(w.fn)
	}
	return v
}
