package interp

import (
	"maps"
	"slices"
	"sort"

	"cascadelab/engine/internal/py"
)

// The builtins about objects themselves: id, delattr, vars, dir and slice.

// id is a stable identity: an instance's matches its repr's address.
func (th *Thread) id(v Value) int64 {
	if inst, ok := v.(*Instance); ok {
		return 0x7f<<40 + int64(th.instanceAddr(inst))
	}
	key := any(v)
	if t, ok := v.(Tuple); ok {
		if len(t) == 0 {
			key = "()"
		} else {
			key = &t[0]
		}
	}
	if th.ids == nil {
		th.ids = map[any]int64{}
	}
	if id, ok := th.ids[key]; ok {
		return id
	}
	th.addrs++
	id := int64(140000000000000 + th.addrs*64)
	th.ids[key] = id
	return id
}

// instanceAddr is the address part of an instance's default repr.
func (th *Thread) instanceAddr(v *Instance) int {
	if v.addr == 0 {
		th.addrs++
		v.addr = th.addrs
	}
	return 0x1000 + v.addr*0x40
}

func builtinDelattr(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "delattr", 2, 2); err != nil {
		return nil, err
	}
	name, ok := c.Args[1].(string)
	if !ok {
		return nil, th.Raise(TypeError, "attribute name must be string, not '%s'", typeName(c.Args[1]))
	}
	return nil, th.delAttr(c.Args[0], name)
}

// delAttr is del v.name.
func (th *Thread) delAttr(v Value, name string) error {
	if inst, ok := v.(*Instance); ok {
		if d, ok := inst.Class.Hook.(AttrDeleter); ok {
			if handled, err := d.DelAttr(th, inst, name); handled || err != nil {
				return err
			}
		}
		if m, ok := inst.Class.Lookup("__delattr__"); ok {
			_, err := th.Call(m, []Value{v, name}, nil)
			return err
		}
		return th.instanceDelAttr(inst, name)
	}
	if cls, ok := v.(*Class); ok && cls.Hook == nil {
		if found, err := cls.Dict.Delete(th, name); err != nil || found {
			if found && cls.ns != nil {
				delete(cls.ns.body, name) // set again, it goes last
			}
			return err
		}
		return th.Raise(AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
	}
	if _, ok := v.(Object); ok {
		return th.Unsupported("deleting attributes of %s objects", typeName(v))
	}
	return th.Raise(AttributeError, "'%s' object has no attribute '%s'", typeName(v), name)
}

func builtinVars(th *Thread, c *Call) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Unsupported("vars() without an argument")
	}
	if err := argN(th, c, "vars", 1, 1); err != nil {
		return nil, err
	}
	switch x := c.Args[0].(type) {
	case *Instance:
		if x.Class.Hook != nil {
			return nil, th.Unsupported("vars() of a %s object, whose __dict__ the library fills", x.Class.Name)
		}
		if _, slotted := x.Class.slots(); slotted {
			break
		}
		return x.Dict, nil
	case *Module:
		return x.Attrs, nil
	case *Class:
		if r := nsRefusal(x); r != "" {
			return nil, th.Unsupported("vars() of a class: %s", r)
		}
		return &mappingProxy{cls: x}, nil
	}
	return nil, th.Raise(TypeError, "vars() argument must have __dict__ attribute")
}

// slotWrapper is one of object's comparison slots read through a class
// (A.__eq__ is object.__eq__ when A defines none): one value per name.
type slotWrapper struct{ name string }

var objectSlots = map[string]*slotWrapper{"__eq__": {"__eq__"}, "__ne__": {"__ne__"},
	"__repr__": {"__repr__"}, "__str__": {"__str__"}, "__hash__": {"__hash__"}}

func (s *slotWrapper) TypeName() string { return "wrapper_descriptor" }

func (s *slotWrapper) Repr(th *Thread) (string, error) {
	return "<slot wrapper '" + s.name + "' of 'object' objects>", nil
}

// CallHost is object.__eq__(a, b) (True when a is b, else NotImplemented)
// and object.__ne__(a, b) (a.__eq__(b) inverted, NotImplemented kept).
func (s *slotWrapper) CallHost(th *Thread, c *Call) (Value, error) {
	if s.name != "__eq__" && s.name != "__ne__" {
		// object.__repr__(x), __str__ and __hash__: what super() reaches
		if err := argN(th, c, s.name, 1, 1); err != nil {
			return nil, err
		}
		inst, ok := c.Args[0].(*Instance)
		if !ok || inst.Class.Hook != nil {
			return nil, th.Unsupported("object.%s() of a %s object", s.name, typeName(c.Args[0]))
		}
		m, _ := th.objectMethod(inst, s.name)
		return th.Call(m, nil, nil)
	}
	if err := argN(th, c, s.name, 2, 2); err != nil {
		return nil, err
	}
	a, b := c.Args[0], c.Args[1]
	eq, own := userClass(a).userAttr("__eq__")
	if s.name == "__eq__" || !own {
		if identical(a, b) {
			return s.name == "__eq__", nil
		}
		return notImplemented, nil
	}
	r, err := th.Call(eq, []Value{a, b}, nil)
	if err != nil || r == notImplemented {
		return r, err
	}
	t, err := th.truth(r)
	return !t, err
}

// objectAttrs are the attributes every instance of a class gets from object.
var objectAttrs = []string{"__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__"}

func builtinDir(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "dir", 1, 1); err != nil {
		if len(c.Args) == 0 {
			return nil, th.Unsupported("dir() without an argument")
		}
		return nil, err
	}
	var cls *Class
	names := map[string]bool{}
	switch x := c.Args[0].(type) {
	case *Instance:
		if r, ok, err := th.callDunder(x.Class, "__dir__", x); ok || err != nil {
			if err != nil {
				return nil, err
			}
			// the class's own answer, as a sorted list
			items, err := th.iterate(r)
			if err != nil {
				return nil, err
			}
			return builtinSorted(th, &Call{Args: []Value{&List{Items: items}}})
		}
		cls = x.Class
		for _, k := range x.Dict.keys {
			if s, ok := k.(string); ok {
				names[s] = true
			}
		}
	case *Class:
		cls = x
	case *Module:
		for _, k := range x.Attrs.keys {
			names[k.(string)] = true
		}
	default:
		return nil, th.Unsupported("dir() of %s objects", typeName(x))
	}
	if cls != nil {
		if cls.exc {
			return nil, th.Unsupported("dir() of exceptions")
		}
		for _, n := range objectAttrs {
			names[n] = true
		}
		for _, k := range cls.MRO {
			for _, n := range k.Dict.keys {
				if s, ok := n.(string); ok {
					names[s] = true
				}
			}
			if k.Body != nil && len(k.Body.Annotations) > 0 {
				names["__annotations__"] = true
			}
			if k.Hook == nil {
				continue
			}
			hd, ok := k.Hook.(HostDir)
			var extra []string
			if ok {
				extra, ok = hd.ClassDir(k)
			}
			if !ok {
				return nil, th.Unsupported("dir() of %s, a class whose attributes the library provides", cls.Name)
			}
			for _, n := range extra {
				names[n] = true
			}
		}
		if inst, ok := c.Args[0].(*Instance); ok && cls.Hook != nil {
			for _, n := range cls.Hook.(HostDir).InstanceDir(inst) {
				names[n] = true
			}
		}
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	l := &List{Items: make([]Value, len(out))}
	for i, n := range out {
		l.Items[i] = n
	}
	return l, nil
}

// sliceObj is slice(start, stop, step).
type sliceObj struct{ start, stop, step Value }

// TypeName implements Object.
func (s *sliceObj) TypeName() string { return "slice" }

// Repr implements Reprer.
func (s *sliceObj) Repr(th *Thread) (string, error) {
	t, err := th.reprSeq("(", ")", []Value{s.start, s.stop, s.step}, false)
	return "slice" + t, err
}

// Attr implements Attrs.
func (s *sliceObj) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "start":
		return s.start, true, nil
	case "stop":
		return s.stop, true, nil
	case "step":
		return s.step, true, nil
	case "indices":
		return fn("indices", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "indices", 1, 1); err != nil {
				return nil, err
			}
			n, ok := smallInt(c.Args[0])
			if !ok {
				return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(c.Args[0]))
			}
			if n < 0 {
				return nil, th.Raise(ValueError, "length should not be negative")
			}
			start, stop, step, err := th.sliceBounds(n, s.start, s.stop, s.step)
			return Tuple{start, stop, step}, err
		}), true, nil
	}
	return nil, false, nil
}

func builtinSlice(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "slice", 1, 3); err != nil {
		return nil, err
	}
	switch len(c.Args) {
	case 1:
		return &sliceObj{stop: c.Args[0]}, nil
	case 2:
		return &sliceObj{start: c.Args[0], stop: c.Args[1]}, nil
	}
	return &sliceObj{start: c.Args[0], stop: c.Args[1], step: c.Args[2]}, nil
}

// reprEnter marks a container being printed: a container inside itself
// prints as [...] or {...}, as CPython's Py_ReprEnter does.
func (th *Thread) reprEnter(v any) bool {
	if th.reprs == nil {
		th.reprs = map[any]bool{}
	}
	if th.reprs[v] {
		return false
	}
	th.reprs[v] = true
	return true
}

func (th *Thread) reprLeave(v any) { delete(th.reprs, v) }

// isIterable reports whether v can be iterated at all (for the messages
// that name a non-iterable, like unpacking's).
func isIterable(v Value) bool {
	switch x := v.(type) {
	case *List, Tuple, string, Bytes, *Dict, *setObj, *rangeObj, *iterObj, *lazyIter, *Generator, Iterable:
		return true
	case *Instance:
		_, it := x.Class.Lookup("__iter__")
		_, gi := x.Class.Lookup("__getitem__")
		return it || gi
	}
	return false
}

// moduleDunders are the names a script's module has before it runs.
var moduleDunders = []string{"__annotations__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__"}

// scopeNames is dir() without arguments: the sorted names bound in sc (a
// function's locals, a class body's, or the module's).
func (th *Thread) scopeNames(sc *scope) *List {
	names := map[string]bool{}
	switch {
	case sc == th.globals:
		for _, n := range moduleDunders {
			names[n] = true
		}
	case sc.class:
		names["__module__"], names["__qualname__"] = true, true
	}
	for n := range sc.vars {
		if n != "__class__" || sc.class || sc.fn != nil && usesClassCell(sc.fn) {
			names[n] = true
		}
	}
	l := &List{}
	for _, n := range slices.Sorted(maps.Keys(names)) {
		l.Items = append(l.Items, n)
	}
	return l
}

// usesClassCell reports whether a method's body names super or __class__,
// for which CPython's compiler gives it a __class__ cell (a local dir() lists).
func usesClassCell(f *Function) bool {
	found := false
	for _, st := range f.Body {
		py.Inspect(st, func(n py.Node) bool {
			if name, ok := n.(*py.Name); ok && (name.Id == "super" || name.Id == "__class__") {
				found = true
			}
			_, nested := n.(*py.FunctionDef)
			_, class := n.(*py.ClassDef)
			return !found && !nested && !class
		})
	}
	return found
}

// globalsView is globals(): the module's namespace, live, for reading,
// assigning and deleting names; what needs its order (iteration, printing,
// len) is refused, since the interpreter keeps no order of its globals.
// locals is locals(): at module level the globals; in a function a new
// dict of its bound locals in co_varnames' order. A function with closures
// or nested scopes (whose cell and free variables CPython adds in an order
// of its own), a class body and a comprehension are refused.
func (th *Thread) locals(sc *scope) (Value, error) {
	if sc == th.globals {
		return th.globalsView(), nil
	}
	if sc.info == nil || sc.fn == nil || len(sc.info.nonlocals) > 0 {
		return nil, th.Unsupported("locals() outside a function or the module")
	}
	closure := false
	visit := func(n py.Node) bool {
		switch n := n.(type) {
		case *py.FunctionDef, *py.Lambda, *py.ClassDef, *py.Comp:
			closure = true
		case *py.Name:
			if !sc.info.locals[n.Id] && !sc.info.globals[n.Id] && sc.parent != th.globals {
				for p := sc.parent; p != nil && p != th.globals; p = p.parent {
					if _, ok := p.vars[n.Id]; ok && !p.class {
						closure = true
					}
				}
			}
		}
		return !closure
	}
	for _, st := range sc.fn.Body {
		py.Inspect(st, visit)
	}
	if sc.fn.Expr != nil {
		py.Inspect(sc.fn.Expr, visit)
	}
	if closure {
		return nil, th.Unsupported("locals() in a function with closures or nested scopes")
	}
	d := NewDict()
	for _, n := range sc.info.order {
		if v, ok := sc.vars[n]; ok && sc.info.locals[n] {
			d.SetStr(n, v)
		}
	}
	return d, nil
}

func (th *Thread) globalsView() *Instance {
	c := &Class{Name: "dict", module: "builtins", native: true, Dict: NewDict()}
	c.MRO = []*Class{c}
	vars := th.globals.vars
	key := func(th *Thread, c *Call, n int) (string, error) {
		if len(c.Args) < n+1 {
			return "", th.Raise(TypeError, "expected %d argument%s, got %d", n, plural(n), len(c.Args)-1)
		}
		s, ok := c.Args[1].(string)
		if !ok {
			return "", th.Unsupported("globals() with a key that is not a str")
		}
		return s, nil
	}
	c.setMethod("__getitem__", func(th *Thread, c *Call) (Value, error) {
		k, err := key(th, c, 1)
		if err != nil {
			return nil, err
		}
		if v, ok := vars[k]; ok {
			return v, nil
		}
		return nil, &Exception{Class: KeyError, Args: []Value{k}, Span: th.cur}
	})
	c.setMethod("get", func(th *Thread, c *Call) (Value, error) {
		k, err := key(th, c, 1)
		if err != nil {
			return nil, err
		}
		if v, ok := vars[k]; ok {
			return v, nil
		}
		if len(c.Args) > 2 {
			return c.Args[2], nil
		}
		return nil, nil
	})
	c.setMethod("__contains__", func(th *Thread, c *Call) (Value, error) {
		k, err := key(th, c, 1)
		if err != nil {
			return nil, err
		}
		_, ok := vars[k]
		return ok, nil
	})
	c.setMethod("__setitem__", func(th *Thread, c *Call) (Value, error) {
		k, err := key(th, c, 2)
		if err != nil {
			return nil, err
		}
		vars[k] = c.Args[2]
		return nil, nil
	})
	c.setMethod("__delitem__", func(th *Thread, c *Call) (Value, error) {
		k, err := key(th, c, 1)
		if err != nil {
			return nil, err
		}
		if _, ok := vars[k]; !ok {
			return nil, &Exception{Class: KeyError, Args: []Value{k}, Span: th.cur}
		}
		delete(vars, k)
		return nil, nil
	})
	for _, name := range []string{"__iter__", "__len__", "__repr__"} {
		c.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			return nil, th.Unsupported("%s of globals() (the interpreter keeps no order of the module's names)", name)
		})
	}
	return &Instance{Class: c, Dict: NewDict()}
}
