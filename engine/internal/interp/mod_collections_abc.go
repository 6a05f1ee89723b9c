package interp

import "strings"

// collections.abc: its abstract base classes for isinstance and issubclass
// of the built-in types (as _collections_abc registers them), of classes
// that define the methods a one-method ABC asks for (__subclasshook__), and
// of what a script registers. The classes belong to one run, so register
// cannot leak into the next. Subclassing one whose mixin methods CPython
// writes in Python (Mapping, Sequence, Set, ...) is refused.

// cabcSpecs are the classes in _collections_abc's order: their bases, their
// abstract methods, and the methods a class needs to count as a subclass
// without registering (the __subclasshook__; "" for none). mixins marks the
// classes that give a subclass methods written in Python.
var cabcSpecs = []struct {
	name, bases, abstract, hook string
	mixins                      bool
}{
	{"Awaitable", "", "__await__", "__await__", false},
	{"Coroutine", "Awaitable", "__await__ send throw", "__await__ send throw close", true},
	{"AsyncIterable", "", "__aiter__", "__aiter__", false},
	{"AsyncIterator", "AsyncIterable", "__anext__", "__anext__ __aiter__", true},
	{"AsyncGenerator", "AsyncIterator", "asend athrow", "__aiter__ __anext__ asend athrow aclose", true},
	{"Hashable", "", "__hash__", "__hash__", false},
	{"Iterable", "", "__iter__", "__iter__", false},
	{"Iterator", "Iterable", "__next__", "__iter__ __next__", false},
	{"Generator", "Iterator", "send throw", "__iter__ __next__ send throw close", true},
	{"Reversible", "Iterable", "__iter__ __reversed__", "__reversed__ __iter__", false},
	{"Sized", "", "__len__", "__len__", false},
	{"Container", "", "__contains__", "__contains__", false},
	{"Callable", "", "__call__", "__call__", false},
	{"Collection", "Sized Iterable Container", "__contains__ __iter__ __len__", "__len__ __iter__ __contains__", false},
	{"Set", "Collection", "__contains__ __iter__ __len__", "", true},
	{"MutableSet", "Set", "__contains__ __iter__ __len__ add discard", "", true},
	{"Mapping", "Collection", "__getitem__ __iter__ __len__", "", true},
	{"MutableMapping", "Mapping", "__delitem__ __getitem__ __iter__ __len__ __setitem__", "", true},
	{"MappingView", "Sized", "", "", true},
	{"KeysView", "MappingView Set", "", "", true},
	{"ItemsView", "MappingView Set", "", "", true},
	{"ValuesView", "MappingView Collection", "", "", true},
	{"Sequence", "Reversible Collection", "__getitem__ __len__", "", true},
	{"MutableSequence", "Sequence", "__delitem__ __getitem__ __len__ __setitem__ insert", "", true},
	{"ByteString", "Sequence", "__getitem__ __len__", "", true},
}

// cabcBuiltins are the ABCs _collections_abc registers the built-in types with.
var cabcBuiltins = map[string]string{
	"tuple": "Sequence", "str": "Sequence", "range": "Sequence", "memoryview": "Sequence",
	"list": "MutableSequence", "bytearray": "MutableSequence", "deque": "MutableSequence", "bytes": "ByteString",
	"frozenset": "Set", "set": "MutableSet", "mappingproxy": "Mapping", "dict": "MutableMapping",
	"dict_keys": "KeysView", "dict_values": "ValuesView", "dict_items": "ItemsView", "generator": "Generator",
}

// builtinMethods are the hook methods each built-in type has.
var builtinMethods = func() map[string]string {
	const coll, hashable = "__iter__ __len__ __contains__", "__hash__ __iter__ __len__ __contains__"
	m := map[string]string{
		"str": hashable, "bytes": hashable, "tuple": hashable, "frozenset": hashable, "range": hashable + " __reversed__",
		"list": coll + " __reversed__", "dict": coll + " __reversed__", "deque": coll + " __reversed__", "set": coll, "bytearray": coll,
		"dict_keys": coll + " __reversed__", "dict_items": coll + " __reversed__", "dict_values": "__hash__ __iter__ __len__ __reversed__",
		"generator": "__hash__ __iter__ __next__ send throw close",
	}
	for _, n := range strings.Fields("int float bool NoneType complex object") {
		m[n] = "__hash__"
	}
	for _, n := range strings.Fields("function builtin_function_or_method method type") {
		m[n] = "__hash__ __call__"
	}
	for _, n := range strings.Fields("iterator zip enumerate map filter reversed") {
		m[n] = "__hash__ __iter__ __next__"
	}
	m["slice"] = ""
	return m
}()

// abstractMethod is an ABC's abstract method as a subclass inherits it.
type abstractMethod struct{ cls, name string }

func (m *abstractMethod) TypeName() string { return "function" }

func (m *abstractMethod) CallHost(th *Thread, c *Call) (Value, error) {
	return nil, th.Unsupported("calling the abstract method %s.%s", m.cls, m.name)
}

// cabcInfo is what a collections.abc class keeps besides ABCMeta's.
type cabcInfo struct {
	hook   []string
	mixins bool
}

func collectionsAbcModule(th *Thread) *Module {
	made := map[string]*Class{}
	all := &List{}
	vals := map[string]Value{"__all__": all}
	for _, s := range cabcSpecs {
		var bases []*Class
		for _, b := range strings.Fields(s.bases) {
			bases = append(bases, made[b])
		}
		c := nativeClass(s.name, "collections.abc", nil)
		if len(bases) > 0 {
			c = NewClass(s.name, bases, nil, nil)
			c.module, c.native = "collections.abc", true
		}
		for _, b := range bases {
			b.subclasses = append(b.subclasses, c)
		}
		c.abc = &abcInfo{abstract: strings.Fields(s.abstract), coll: &cabcInfo{strings.Fields(s.hook), s.mixins}}
		for _, n := range c.abc.abstract {
			c.Dict.SetStr(n, &abstractMethod{s.name, n})
		}
		c.Dict.SetStr("register", abcRegister)
		c.Dict.SetStr("__class_getitem__", &classMethod{fn: fn("__class_getitem__", typingClassGetItem)})
		made[s.name], vals[s.name] = c, c
		all.Items = append(all.Items, s.name)
	}
	for _, n := range []string{"Set", "Mapping"} {
		made[n].Dict.SetStr("__hash__", nil)
	}
	made["Iterator"].setMethod("__iter__", func(th *Thread, c *Call) (Value, error) { return c.Args[0], nil })
	return newModule("collections.abc", nil, vals)
}

// cabcHas is isinstance(v, cls) (or issubclass, v a class) for a
// collections.abc class cls beyond the subclasses and registrations: the
// built-in types it stands for and the hook's classes.
func (th *Thread) cabcHas(cls *Class, v Value, isClass bool) (bool, error) {
	name := typeName(v)
	var k *Class
	switch x := v.(type) {
	case *Class:
		if isClass {
			k, name = x, ""
			if t := x.typeBase(); t != nil {
				name = t.name
			}
		}
	case *builtinType:
		if isClass {
			name = x.name
		}
	case *Builtin: // range, enumerate, zip, ...: classes in CPython
		if isClass && funcClasses[x.Name] {
			name = x.Name
		}
	case *Instance:
		k, name = x.Class, ""
		if t := x.Class.typeBase(); t != nil {
			name = t.name
		}
	case *Exception:
		k, name = x.Class, ""
	case *lazyIter, *iterObj:
		name = "iterator"
	}
	if r := cabcBuiltins[name]; r != "" && above(cls, r) {
		return true, nil
	}
	hook := cls.abc.coll.hook
	if len(hook) == 0 {
		return false, nil
	}
	methods, known := builtinMethods[name]
	if k == nil && !known {
		return false, th.Unsupported("collections.abc.%s checks of a %s", cls.Name, name)
	}
	for _, m := range hook {
		if k != nil && !classHas(k, m) || k == nil && !strings.Contains(" "+methods+" ", " "+m+" ") {
			return false, nil
		}
	}
	return true, nil
}

// above reports whether the collections.abc class named r is cls or
// derives from it.
func above(cls *Class, r string) bool {
	if cls.Name == r {
		return true
	}
	for _, s := range cls.subclasses {
		if above(s, r) {
			return true
		}
	}
	return false
}

// classHas reports whether a script's class has method m, not set to None
// (a class defining __eq__ and not __hash__ has __hash__ None).
func classHas(k *Class, m string) bool {
	for _, c := range k.MRO {
		if v, ok := c.Dict.GetStr(m); ok {
			return v != nil
		}
		if _, eq := c.Dict.GetStr("__eq__"); eq && m == "__hash__" && !c.native {
			return false
		}
		if t := c.builtin; t != nil {
			return strings.Contains(" "+builtinMethods[t.name]+" ", " "+m+" ")
		}
	}
	return m == "__hash__" // object's
}
