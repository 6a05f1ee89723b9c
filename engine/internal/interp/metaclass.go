package interp

import (
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

// Metaclasses: a script's subclass of type. Its instances are classes: the
// class statement calls it with the name, the bases and the namespace, its
// __new__ reaching type.__new__ through super(); type(C) is it, C's
// attributes fall back to it, and C() goes through its __call__.

// typeClass is type as a base class, for class M(type).
var typeClass = &Class{Name: "type", module: "builtins", native: true, Dict: NewDict()}

func init() {
	c := typeClass
	c.MRO = []*Class{c}
	c.setMethod("__new__", func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 4 {
			return nil, th.Raise(TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(c.Args)-1)
		}
		mcls, ok := c.Args[0].(*Class)
		if !ok || !mcls.IsSubclass(typeClass) {
			return nil, th.Raise(TypeError, "type.__new__(X): X is not a type object (%s)", typeName(c.Args[0]))
		}
		for _, k := range mcls.MRO {
			for _, key := range k.Dict.keys {
				if n, _ := key.(string); specialName(n) && !metaKnown[n] {
					return nil, th.Unsupported("a metaclass defining %s (%s.%s)", n, k.Name, n)
				}
			}
		}
		v, err := th.newType(&Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span})
		if cls, ok := v.(*Class); ok {
			if mcls != typeClass {
				cls.meta = mcls
			}
			cls.meta, err = th.metaclassOf(cls.meta, cls.Bases)
		}
		return v, err
	})
	c.setMethod("__init__", func(th *Thread, c *Call) (Value, error) { return nil, nil })
	c.setMethod("__call__", func(th *Thread, c *Call) (Value, error) {
		cls, ok := c.Args[0].(*Class)
		if !ok {
			return nil, th.Raise(TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", typeName(c.Args[0]))
		}
		return th.construct(cls, &Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span})
	})
}

// metaKnown are the special methods of a metaclass the interpreter calls;
// the others (__repr__, __getitem__, __instancecheck__, ...) are refused.
var metaKnown = map[string]bool{"__new__": true, "__init__": true, "__call__": true, "__module__": true, "__qualname__": true, "__doc__": true, "__init_subclass__": true}

// typeCall is type(name, bases, ns): a class of the bases' metaclass.
func (th *Thread) typeCall(c *Call) (Value, error) {
	var bases []*Class
	if t, ok := c.Args[1].(Tuple); ok {
		for _, b := range t {
			if k, ok := b.(*Class); ok {
				bases = append(bases, k)
			}
		}
	}
	if meta, err := th.metaclassOf(nil, bases); meta != nil || err != nil {
		if err != nil {
			return nil, err
		}
		return th.call(meta, c)
	}
	return th.newType(c)
}

// isMetaOf reports a class v whose metaclass derives from cls: what
// cls.__new__ made when cls is a metaclass, which __init__ then sees.
func isMetaOf(v Value, cls *Class) bool {
	k, ok := v.(*Class)
	return ok && k.meta != nil && k.meta.IsSubclass(cls)
}

// metaclassOf is the metaclass a class statement uses: the one it names and
// its bases' metaclasses, the most derived of them (nil for type).
func (th *Thread) metaclassOf(named *Class, bases []*Class) (*Class, error) {
	meta := named
	for _, b := range bases {
		switch {
		case b.meta == nil || meta != nil && meta.IsSubclass(b.meta):
		case meta == nil || b.meta.IsSubclass(meta):
			meta = b.meta
		default:
			return nil, th.Raise(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return meta, nil
}

// metaClassDef ends a class statement whose metaclass is a script's: the
// metaclass called with the name, bases and namespace makes the class.
func (th *Thread) metaClassDef(s *py.ClassDef, sc *scope, meta *Class, bases []*Class, dict *Dict, body *ClassBody, kw []KV) error {
	if _, ok := dict.GetStr("__slots__"); ok {
		return th.Unsupported("__slots__ in a class with a metaclass (%s)", meta.Name)
	}
	bt := make(Tuple, len(bases))
	for i, b := range bases {
		bt[i] = b.public()
	}
	th.cur = s.Span()
	v, err := th.call(meta, &Call{Args: []Value{s.Name, bt, dict}, Kw: kw, Span: s.Span()})
	if err != nil {
		return err
	}
	if cls, ok := v.(*Class); ok && cls.Span == (source.Span{}) {
		cls.Span, cls.Body, cls.qualname, cls.doc = s.Span(), body, body.qualname, docstring(s.Body)
		cls.recordNS(len(body.Annotations) > 0, nil, false)
		for _, f := range body.funcs {
			f.class = cls
		}
	}
	if v, err = th.decorate(s.Decorators, v, sc); err != nil {
		return err
	}
	th.setName(s.Name, v, sc)
	return nil
}
