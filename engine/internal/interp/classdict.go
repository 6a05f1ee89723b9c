package interp

import "slices"

// A script class's __dict__ as CPython's type.__new__ leaves it: the class
// body's namespace with __module__ (and __annotations__, the docstring)
// first, then the descriptors type.__new__ adds (the slots' members,
// __dict__, __weakref__) and __doc__ when the body has none; what is set on
// the class afterwards (__hash__ = None, __init_subclass__'s work, C.x = 1)
// follows in the order it was set. Class.Dict holds the attributes lookups
// use; ns records what it takes to show them in this order.
type classNS struct {
	head []string        // __module__, __annotations__, a docstring's __doc__
	body map[string]bool // the names the class body bound
	tail []string        // slot members, __dict__, __weakref__, __doc__
	// descrs are the tail's descriptors, made once: C.__dict__['a'] is
	// C.__dict__['a']
	descrs map[string]*attrDescr
	// wrapped are the implicit classmethod (__init_subclass__,
	// __class_getitem__) and staticmethod (__new__) of the body's functions,
	// made once each
	wrapped map[*Function]Value
}

// attrDescr is a descriptor type.__new__ makes: a slot's member
// (<member 'a' of 'C' objects>) or __dict__/__weakref__
// (<attribute '__dict__' of 'C' objects>). Only its repr is observable here.
type attrDescr struct {
	member      bool
	name, owner string
}

func (d *attrDescr) TypeName() string {
	if d.member {
		return "member_descriptor"
	}
	return "getset_descriptor"
}

func (d *attrDescr) Repr(th *Thread) (string, error) {
	kind := "attribute"
	if d.member {
		kind = "member"
	}
	return "<" + kind + " '" + d.name + "' of '" + d.owner + "' objects>", nil
}

// recordNS notes, as the class statement ends, what the class's __dict__
// shows besides Class.Dict; annotated says the body has annotations.
func (c *Class) recordNS(annotated bool) {
	ns := &classNS{head: []string{"__module__"}, body: map[string]bool{}}
	if annotated {
		ns.head = append(ns.head, "__annotations__")
	}
	if c.doc != nil {
		ns.head = append(ns.head, "__doc__")
	}
	for _, k := range c.Dict.keys {
		ns.body[k.(string)] = true
	}
	slots, slotted := c.ownSlots()
	for _, s := range slots {
		if s != "__dict__" && s != "__weakref__" {
			ns.tail = append(ns.tail, s)
		}
	}
	base := bestBase(c.Bases)
	if (!slotted || slices.Contains(slots, "__dict__")) && !hasDict(base) {
		ns.tail = append(ns.tail, "__dict__")
	}
	if (!slotted || slices.Contains(slots, "__weakref__")) && !hasWeakref(base) {
		ns.tail = append(ns.tail, "__weakref__")
	}
	ns.descrs, ns.wrapped = map[string]*attrDescr{}, map[*Function]Value{}
	for _, n := range ns.tail {
		ns.descrs[n] = &attrDescr{member: n != "__dict__" && n != "__weakref__", name: n, owner: c.Name}
	}
	if _, ok := c.Dict.GetStr("__doc__"); !ok && c.doc == nil {
		ns.tail = append(ns.tail, "__doc__")
	}
	c.ns = ns
}

// ownSlots are the names the class's own __slots__ lists; slotted is false
// when it has none.
func (c *Class) ownSlots() (names []string, slotted bool) {
	s, ok := c.Dict.GetStr("__slots__")
	if !ok {
		return nil, false
	}
	var list []Value
	switch t := s.(type) {
	case string:
		list = []Value{t}
	case Tuple:
		list = t
	case *List:
		list = t.Items
	}
	for _, n := range list {
		if n, ok := n.(string); ok {
			names = append(names, n)
		}
	}
	return names, true
}

// bestBase is type.__new__'s best_base: the first base, unless a later one
// has a more derived instance layout (nil for object).
func bestBase(bases []*Class) *Class {
	if len(bases) == 0 {
		return nil
	}
	base, winner := bases[0], solidBase(bases[0])
	for _, b := range bases[1:] {
		// nil is object, which every layout derives from
		if cand := solidBase(b); cand != nil && (winner == nil || !winner.IsSubclass(cand) && cand.IsSubclass(winner)) {
			base, winner = b, cand
		}
	}
	return base
}

// solidBase is the nearest class that adds to the instance layout: one
// whose __slots__ name more than __dict__ and __weakref__ (nil for object).
func solidBase(c *Class) *Class {
	if c == nil {
		return nil
	}
	if slots, _ := c.ownSlots(); slices.ContainsFunc(slots, func(s string) bool { return s != "__dict__" && s != "__weakref__" }) {
		return c
	}
	return solidBase(bestBase(c.Bases))
}

// hasDict and hasWeakref say whether instances of c already have a
// __dict__ (a __weakref__): then a subclass adds none. Exceptions have a
// __dict__ (BaseException's) and no __weakref__.
func hasDict(c *Class) bool { return c != nil && (c.exc && c.ns == nil || addsSlot(c, "__dict__")) }

func hasWeakref(c *Class) bool { return c != nil && addsSlot(c, "__weakref__") }

func addsSlot(c *Class, name string) bool {
	if c.ns != nil && slices.Contains(c.ns.tail, name) {
		return true
	}
	return hasSlotIn(bestBase(c.Bases), name)
}

func hasSlotIn(c *Class, name string) bool {
	if name == "__dict__" {
		return hasDict(c)
	}
	return hasWeakref(c)
}

// implicitWrap are the methods type.__new__ wraps.
var implicitWrap = map[string]func(*Function) Value{
	"__init_subclass__": func(f *Function) Value { return &classMethod{f} },
	"__class_getitem__": func(f *Function) Value { return &classMethod{f} },
	"__new__":           func(f *Function) Value { return &staticMethod{f} },
}

// nsRefusal names why the class's __dict__ cannot be shown as CPython
// would ("" when it can): CPython fills it with more than is known here.
func nsRefusal(c *Class) string {
	switch {
	case c.Hook != nil:
		return "the __dict__ of mapped class " + c.Name + ", which the library fills"
	case c.enum != nil:
		return "the __dict__ of enum class " + c.Name
	case c.abc != nil:
		return "the __dict__ of abstract class " + c.Name + " (its _abc_impl)"
	case c.ns == nil:
		return "the __dict__ of " + c.Name + ", a class not made by a class statement"
	}
	if _, ok := c.Dict.GetStr("__dataclass_fields__"); ok {
		return "the __dict__ of dataclass " + c.Name
	}
	for _, k := range c.MRO[1:] {
		if k.ns == nil && !k.exc {
			return "the __dict__ of class " + c.Name + ", which derives from " + k.Name
		}
	}
	return ""
}

// namespace is the class's __dict__ in CPython's order (nsRefusal(c) is "").
func (th *Thread) namespace(c *Class) *Dict {
	d := NewDict()
	add := func(name string) {
		switch name {
		case "__module__":
			d.SetStr(name, c.moduleName())
		case "__annotations__":
			a, _ := c.ownAnnotations(th)
			d.SetStr(name, a)
		case "__doc__":
			d.SetStr(name, c.doc)
		default:
			d.SetStr(name, c.ns.descrs[name])
		}
	}
	for _, n := range c.ns.head {
		add(n)
	}
	own := func(body bool) {
		for i, k := range c.Dict.keys {
			if c.ns.body[k.(string)] == body {
				v := c.Dict.vals[i]
				if f, ok := v.(*Function); ok && implicitWrap[k.(string)] != nil {
					if c.ns.wrapped[f] == nil {
						c.ns.wrapped[f] = implicitWrap[k.(string)](f)
					}
					v = c.ns.wrapped[f]
				}
				d.SetStr(k.(string), v)
			}
		}
	}
	own(true)
	for _, n := range c.ns.tail {
		add(n)
	}
	own(false)
	return d
}
