package interp

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/catalog"
)

// The descriptor protocol: property, classmethod, staticmethod and a
// script's classes with __get__/__set__/__delete__, and the attribute hooks
// __getattribute__, __getattr__ and __setattr__.

// property is property(fget, fset, fdel, doc); field is 1 + the index a
// named tuple's field accessor (CPython's _tuplegetter) reads, else 0.
type property struct {
	get, set, del, doc Value
	field              int
}

// Repr is a field accessor's _tuplegetter(index, doc); a property's repr
// holds its address, which is not told.
func (p *property) Repr(th *Thread) (string, error) {
	if p.field == 0 {
		return "", th.Unsupported("repr() of property objects")
	}
	doc, err := th.repr(p.doc)
	return sprintf("_tuplegetter(%d, %s)", p.field-1, doc), err
}

// TypeName implements Object.
func (p *property) TypeName() string { return "property" }

// Attr gives the property's parts and its setter/getter/deleter decorators.
func (p *property) Attr(th *Thread, name string) (Value, bool, error) {
	with := func(f func(q *property, fn Value)) Value {
		return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			q := *p
			f(&q, c.Args[0])
			return &q, nil
		}}
	}
	switch name {
	case "fget":
		return p.get, true, nil
	case "fset":
		return p.set, true, nil
	case "fdel":
		return p.del, true, nil
	case "__doc__":
		return p.doc, true, nil
	case "getter":
		return with(func(q *property, fn Value) { q.get = fn }), true, nil
	case "setter":
		return with(func(q *property, fn Value) { q.set = fn }), true, nil
	case "deleter":
		return with(func(q *property, fn Value) { q.del = fn }), true, nil
	}
	return nil, false, nil
}

func builtinProperty(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "property", 0, 4); err != nil {
		return nil, err
	}
	p := &property{}
	parts := []*Value{&p.get, &p.set, &p.del, &p.doc}
	for i, a := range c.Args {
		*parts[i] = a
	}
	for _, k := range c.Kw {
		i := map[string]int{"fget": 0, "fset": 1, "fdel": 2, "doc": 3}[k.Name]
		*parts[i] = k.Value
	}
	if p.doc == nil && p.get != nil {
		if f, ok := p.get.(*Function); ok {
			p.doc = f.doc()
		}
	}
	return p, nil
}

// staticMethod and classMethod wrap a function in a class body.
type staticMethod struct{ fn Value }
type classMethod struct{ fn Value }

func (*staticMethod) TypeName() string { return "staticmethod" }
func (*classMethod) TypeName() string  { return "classmethod" }

// Attr gives __func__.
func (s *staticMethod) Attr(th *Thread, name string) (Value, bool, error) {
	return s.fn, name == "__func__", nil
}

// Attr gives __func__.
func (s *classMethod) Attr(th *Thread, name string) (Value, bool, error) {
	return s.fn, name == "__func__", nil
}

func builtinStaticmethod(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "staticmethod", 1, 1); err != nil {
		return nil, err
	}
	return &staticMethod{c.Args[0]}, nil
}

func builtinClassmethod(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "classmethod", 1, 1); err != nil {
		return nil, err
	}
	return &classMethod{c.Args[0]}, nil
}

// Descriptor is a host value that is a descriptor in a class's __dict__
// (SQLAlchemy's hybrid_method): Get is its __get__, obj nil when it is read
// on the class cls itself.
type Descriptor interface {
	Get(th *Thread, obj Value, cls *Class) (Value, error)
}

// DataDescriptor also has __set__ and __delete__ (SQLAlchemy's
// hybrid_property), so it takes precedence over the instance's __dict__.
type DataDescriptor interface {
	Descriptor
	Set(th *Thread, obj, v Value) error
	Delete(th *Thread, obj Value) error
}

// isDataDescriptor reports whether a class attribute takes precedence over
// the instance's __dict__ (a property, or an object with __set__/__delete__).
func isDataDescriptor(v Value) bool {
	switch x := v.(type) {
	case *property, DataDescriptor:
		return true
	case *Instance:
		_, set := x.Class.userAttr("__set__")
		_, del := x.Class.userAttr("__delete__")
		return set || del
	}
	return false
}

// descGet is what a class attribute v gives when read through obj (nil when
// read on the class itself) of class cls.
func (th *Thread) descGet(v, obj Value, cls *Class) (Value, error) {
	switch x := v.(type) {
	case *property:
		if obj == nil {
			return x, nil
		}
		if x.get == nil {
			return nil, th.Raise(AttributeError, "property object has no getter")
		}
		return th.Call(x.get, []Value{obj}, nil)
	case *staticMethod:
		return x.fn, nil
	case *classMethod:
		return &boundMethod{self: cls, fn: x.fn}, nil
	case *Function, *method, *lru:
		if obj == nil {
			return x, nil
		}
		return &boundMethod{self: obj, fn: x}, nil
	case *cachedProperty:
		if obj == nil {
			return x, nil
		}
		return x.get(th, obj)
	case *partialMethod:
		return x.get(th, obj, cls)
	case *Instance:
		if get, ok := x.Class.userAttr("__get__"); ok {
			return th.Call(bind(get, x), []Value{obj, cls}, nil)
		}
	case Descriptor:
		return x.Get(th, obj, cls)
	}
	return v, nil
}

// instanceAttr is object.__getattribute__ for an instance of a script's class.
func (th *Thread) instanceAttr(x *Instance, name string) (Value, error) {
	cv, inClass := x.Class.Lookup(name)
	if inClass && isDataDescriptor(cv) {
		return th.descGet(cv, x, x.Class)
	}
	if r, ok := x.Dict.GetStr(name); ok {
		return r, nil
	}
	if inClass {
		return th.descGet(cv, x, x.Class)
	}
	switch name {
	case "__class__":
		return x.Class.public(), nil
	case "__dict__":
		if _, slotted := x.Class.slots(); !slotted && (!x.Class.native || catalog.TypeAttr(x.Class.Name, name) != catalog.Lacks) {
			return x.Dict, nil
		}
	case "__weakref__":
		// no weak reference is ever made here
		if hasWeakref(x.Class) {
			return nil, nil
		}
	}
	if x.Base != nil {
		if m := methodOf(th, x.Base, name); m != nil {
			return m, nil
		}
	}
	return nil, th.Raise(AttributeError, "'%s' object has no attribute '%s'", x.Class.Name, name)
}

// userGetAttr runs __getattribute__ and __getattr__ of a script's class;
// ok is false when the class defines neither.
func (th *Thread) userGetAttr(x *Instance, name string) (Value, bool, error) {
	ga, hasGA := x.Class.userAttr("__getattribute__")
	gm, hasGetattr := x.Class.userAttr("__getattr__")
	if !hasGA && !hasGetattr {
		return nil, false, nil
	}
	var r Value
	var err error
	if hasGA {
		r, err = th.Call(bind(ga, x), []Value{name}, nil)
	} else {
		r, err = th.instanceAttr(x, name)
	}
	if e, ok := err.(*Exception); ok && hasGetattr && !e.fatal && e.Class.IsSubclass(AttributeError) {
		r, err = th.Call(bind(gm, x), []Value{name}, nil)
	}
	return r, true, err
}

// instanceSetAttr is object.__setattr__ for an instance of a script's class.
func (th *Thread) instanceSetAttr(x *Instance, name string, val Value) error {
	if cv, ok := x.Class.Lookup(name); ok {
		switch d := cv.(type) {
		case *property:
			if d.set == nil {
				return th.Raise(AttributeError, "property '%s' of '%s' object has no setter", name, x.Class.Name)
			}
			_, err := th.Call(d.set, []Value{x, val}, nil)
			return err
		case *Instance:
			if set, ok := d.Class.userAttr("__set__"); ok {
				_, err := th.Call(bind(set, d), []Value{x, val}, nil)
				return err
			}
		case DataDescriptor:
			return d.Set(th, x, val)
		}
	}
	if slots, ok := x.Class.slots(); ok && !slots[name] {
		return th.Raise(AttributeError, "'%s' object has no attribute '%s'", x.Class.Name, name)
	}
	x.Dict.SetStr(name, val)
	return nil
}

// slots is the union of __slots__ along the MRO; ok is false when an
// instance has a __dict__ (a class without __slots__, or "__dict__" in them).
func (c *Class) slots() (map[string]bool, bool) {
	names := map[string]bool{}
	for _, k := range c.MRO {
		if k.exc && k.ns == nil {
			return nil, false // BaseException's instances have a __dict__
		}
		// the classes made in Go stand for C types without a __dict__,
		// except those Python writes in Python (string.Template, Enum)
		if k.module != "" && (!k.native || k.builtinBase() != nil) {
			continue
		}
		own, ok := k.ownSlots()
		if !ok {
			return nil, false
		}
		for _, n := range own {
			names[n] = true
		}
	}
	if names["__dict__"] {
		return nil, false
	}
	return names, true
}

// instanceDelAttr is object.__delattr__ for an instance of a script's class.
func (th *Thread) instanceDelAttr(x *Instance, name string) error {
	if cv, ok := x.Class.Lookup(name); ok {
		switch d := cv.(type) {
		case *property:
			if d.del == nil {
				return th.Raise(AttributeError, "property '%s' of '%s' object has no deleter", name, x.Class.Name)
			}
			_, err := th.Call(d.del, []Value{x}, nil)
			return err
		case *Instance:
			if del, ok := d.Class.userAttr("__delete__"); ok {
				_, err := th.Call(bind(del, d), []Value{x}, nil)
				return err
			}
		case DataDescriptor:
			return d.Delete(th, x)
		}
	}
	if found, err := x.Dict.Delete(th, name); err != nil || found {
		return err
	}
	return th.Raise(AttributeError, "'%s' object has no attribute '%s'", x.Class.Name, name)
}

// objectMethod is object's own __getattribute__/__setattr__/__delattr__
// for super() calls from a script's overrides.
func (th *Thread) objectMethod(x *Instance, name string) (Value, bool) {
	switch name {
	case "__getattribute__":
		return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			n, _ := c.Args[0].(string)
			return th.instanceAttr(x, n)
		}}, true
	case "__setattr__":
		return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 2, 2); err != nil {
				return nil, err
			}
			n, _ := c.Args[0].(string)
			return nil, th.instanceSetAttr(x, n, c.Args[1])
		}}, true
	case "__delattr__":
		return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			n, _ := c.Args[0].(string)
			return nil, th.instanceDelAttr(x, n)
		}}, true
	case "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__format__":
		// object's own, which super() reaches past a class's override
		return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
			n := 0
			if name == "__eq__" || name == "__ne__" || name == "__format__" {
				n = 1
			}
			if err := argN(th, c, name, n, n); err != nil {
				return nil, err
			}
			switch name {
			case "__repr__":
				return th.objectRepr(x), nil
			case "__str__":
				return th.repr(x)
			case "__hash__":
				id := uint64(th.id(x))
				return int64(id>>4 | id<<60), nil
			case "__eq__":
				if identical(x, c.Args[0]) {
					return true, nil
				}
				return notImplemented, nil
			case "__ne__":
				r, _, err := th.callDunder(x.Class, "__eq__", x, c.Args[0])
				if err != nil || r == nil {
					if identical(x, c.Args[0]) {
						return false, err
					}
					return notImplemented, err
				}
				t, err := th.truth(r)
				return !t, err
			}
			spec, ok := c.Args[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "__format__() argument must be str, not %s", typeName(c.Args[0]))
			}
			if spec != "" {
				return nil, th.Raise(TypeError, "unsupported format string passed to %s.__format__", x.Class.Name)
			}
			return th.str(x)
		}}, true
	}
	return nil, false
}

// objectRepr is object.__repr__: the class and the instance's address.
func (th *Thread) objectRepr(x *Instance) string {
	name := x.Class.moduleName() + "." + x.Class.Name
	if x.Class == objectClass {
		name = "object"
	}
	return fmt.Sprintf("<%s object at 0x7f%010x>", name, th.instanceAddr(x))
}

// classCreated runs what type.__new__ does after making a script's class:
// __set_name__ of the attributes that have one, then the parent's
// __init_subclass__ with the class keyword arguments.
func (th *Thread) classCreated(cls *Class, kw []KV) error {
	if _, ok := cls.Dict.GetStr("__eq__"); ok {
		if _, ok := cls.Dict.GetStr("__hash__"); !ok {
			cls.Dict.SetStr("__hash__", nil)
		}
	}
	for i, k := range cls.Dict.keys {
		if d, ok := cls.Dict.vals[i].(interface {
			SetName(th *Thread, owner *Class, name string) error
		}); ok {
			if err := d.SetName(th, cls, k.(string)); err != nil {
				return err
			}
		}
		if d, ok := cls.Dict.vals[i].(*Instance); ok {
			if _, ok, err := th.callDunder(d.Class, "__set_name__", d, cls, k); err != nil && ok {
				return err
			}
		}
	}
	for _, k := range cls.MRO[1:] {
		if k.module != "" {
			continue
		}
		if init, ok := k.Dict.GetStr("__init_subclass__"); ok {
			if cm, isCM := init.(*classMethod); isCM {
				init = cm.fn
			}
			_, err := th.Call(init, []Value{cls}, kw)
			return err
		}
	}
	return objectInitSubclass(th, cls, kw)
}

// mangle is CPython's private name mangling: __x written inside class C
// means _C__x.
func mangle(name string, sc *scope) string {
	for s := sc; s != nil; s = s.parent {
		if s.fn != nil && s.fn.class != nil {
			return mangleIn(s.fn.class.Name, name)
		}
	}
	return name
}

// mangleIn is the mangling of name inside the class named class.
func mangleIn(class, name string) string {
	if len(name) < 3 || name[:2] != "__" || name[len(name)-2:] == "__" {
		return name
	}
	cls := strings.TrimLeft(class, "_")
	if cls == "" {
		return name
	}
	return "_" + cls + name
}

// objectInitSubclass is object.__init_subclass__, which takes no keywords.
func objectInitSubclass(th *Thread, cls *Class, kw []KV) error {
	if len(kw) > 0 {
		return th.Raise(TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	return nil
}

// newType is type(name, bases, dict).
func (th *Thread) newType(c *Call) (Value, error) {
	name, ok := c.Args[0].(string)
	if !ok {
		return nil, th.Raise(TypeError, "type.__new__() argument 1 must be str, not %s", typeName(c.Args[0]))
	}
	bt, ok := c.Args[1].(Tuple)
	if !ok {
		return nil, th.Raise(TypeError, "type.__new__() argument 2 must be tuple, not %s", typeName(c.Args[1]))
	}
	ns, ok := c.Args[2].(*Dict)
	if !ok {
		return nil, th.Raise(TypeError, "type.__new__() argument 3 must be dict, not %s", typeName(c.Args[2]))
	}
	var bases []*Class
	for _, b := range bt {
		switch b := b.(type) {
		case *Class:
			if b.Hook != nil {
				return nil, th.Unsupported("type() with a mapped base class")
			}
			bases = append(bases, b)
		case *builtinType:
			if b != typeObj {
				return nil, th.Unsupported("subclassing %s", b.name)
			}
		default:
			return nil, th.Raise(TypeError, "type() argument 2 must contain classes")
		}
	}
	dict := NewDict()
	for i, k := range ns.keys {
		if err := dict.Set(th, k, ns.vals[i]); err != nil {
			return nil, err
		}
	}
	cls := NewClass(name, bases, dict, nil)
	return cls, th.classCreated(cls, c.Kw)
}
