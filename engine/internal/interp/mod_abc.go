package interp

import (
	"sort"
	"strings"
)

// The abc module: ABC, ABCMeta, abstractmethod and register, as CPython's.
// A class deriving from ABC (or declared with metaclass=ABCMeta) keeps the
// names of its abstract methods; calling it while any is left is CPython's
// TypeError.

// abcInfo is what ABCMeta keeps on a class.
type abcInfo struct {
	abstract []string  // __abstractmethods__, sorted
	registry []Value   // the virtual subclasses register() added
	coll     *cabcInfo // a collections.abc class's, nil for the others
}

// abcMeta is ABCMeta, type() of every abstract base class.
var abcMeta = &Class{Name: "ABCMeta", module: "abc", native: true, Dict: NewDict()}

// abcRoot is abc.ABC, shared by every run (register refuses to write it).
var abcRoot = &Class{Name: "ABC", module: "abc", native: true, Dict: NewDict(), abc: &abcInfo{}}

func init() {
	abcMeta.MRO = []*Class{abcMeta}
	abcRoot.MRO = []*Class{abcRoot}
	abcRegister = &classMethod{fn("register", register)}
	abcRoot.Dict.SetStr("register", abcRegister)
}

// abcRegister is ABCMeta.register, which adds a virtual subclass.
var abcRegister *classMethod

func register(th *Thread, c *Call) (Value, error) {
	if err := argN(th, &Call{Args: c.Args[1:]}, "register", 1, 1); err != nil {
		return nil, err
	}
	cls := c.Args[0].(*Class)
	switch sub := c.Args[1].(type) {
	case *Class, *builtinType:
		if cls == abcRoot {
			return nil, th.Unsupported("ABC.register() on ABC itself")
		}
		if r, _ := th.isSubclass(sub, cls); r == true {
			return sub, nil
		}
		if k, ok := sub.(*Class); ok && k.IsSubclass(cls) {
			return sub, nil
		}
		cls.abc.registry = append(cls.abc.registry, sub)
		return sub, nil
	}
	return nil, th.Raise(TypeError, "Can only register classes")
}

func abcModule(th *Thread) *Module {
	// mark is abstractmethod; the deprecated abstractclassmethod,
	// abstractstaticmethod and abstractproperty wrap what it marked
	mark := func(name string, wrap func(f Value) Value) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			if err := th.setAttr(c.Args[0], "__isabstractmethod__", true); err != nil {
				return nil, err
			}
			return wrap(c.Args[0]), nil
		})
	}
	return newModule("abc", []*Builtin{
		mark("abstractmethod", func(f Value) Value { return f }),
		mark("abstractclassmethod", func(f Value) Value { return &classMethod{fn: f} }),
		mark("abstractstaticmethod", func(f Value) Value { return &staticMethod{fn: f} }),
		mark("abstractproperty", func(f Value) Value { return &property{get: f} }),
	}, map[string]Value{"ABC": abcRoot, "ABCMeta": abcMeta})
}

// isAbstract reports an abstract method: a function abstractmethod marked,
// or a property, classmethod or staticmethod over one.
func isAbstract(v Value) bool {
	switch x := v.(type) {
	case *Function:
		if x.attrs != nil {
			m, _ := x.attrs.GetStr("__isabstractmethod__")
			return m == true
		}
	case *property:
		return isAbstract(x.get) || isAbstract(x.set) || isAbstract(x.del)
	case *classMethod:
		return isAbstract(x.fn)
	case *staticMethod:
		return isAbstract(x.fn)
	case *abstractMethod:
		return true
	}
	return false
}

// makeABC computes a new abstract base class's __abstractmethods__: its
// own abstract attributes and its bases' that it does not override.
func makeABC(cls *Class) {
	names := map[string]bool{}
	for i, k := range cls.Dict.keys {
		if s, ok := k.(string); ok && isAbstract(cls.Dict.vals[i]) {
			names[s] = true
		}
	}
	for _, b := range cls.Bases {
		if b.abc == nil {
			continue
		}
		for _, n := range b.abc.abstract {
			if v, ok := cls.Lookup(n); ok && isAbstract(v) {
				names[n] = true
			}
		}
	}
	cls.abc = &abcInfo{}
	for n := range names {
		cls.abc.abstract = append(cls.abc.abstract, n)
	}
	sort.Strings(cls.abc.abstract)
}

// abstractError is the TypeError for calling a class with abstract methods.
func (th *Thread) abstractError(cls *Class) error {
	a := cls.abc.abstract
	s := "s"
	if len(a) == 1 {
		s = ""
	}
	return th.Raise(TypeError, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name, s, strings.Join(a, ", "))
}

// registered reports whether v is an instance (or, for isSubclass, a class
// t is asked about) of a virtual subclass registered on cls or its bases.
func (th *Thread) registered(cls *Class, v Value, isClass bool) bool {
	for _, k := range append([]*Class{cls}, cls.subclasses...) {
		if k != cls && th.registered(k, v, isClass) {
			return true
		}
		if k.abc == nil {
			continue
		}
		for _, r := range k.abc.registry {
			var ok Value
			if isClass {
				ok, _ = th.isSubclass(v, r)
			} else {
				ok, _ = th.isInstance(v, r)
			}
			if ok == true {
				return true
			}
		}
	}
	return false
}
