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
	// slots are the names __slots__ gives (mangled, sorted as CPython sorts
	// them, __dict__ and __weakref__ included when listed); slotted is false
	// when the body has no __slots__
	slots   []string
	slotted bool
	// wrapped are the implicit classmethod (__init_subclass__,
	// __class_getitem__) and staticmethod (__new__) of the body's functions,
	// made once each
	wrapped map[*Function]Value
}

// attrDescr is a descriptor type.__new__ makes: a slot's member
// (<member 'a' of 'C' objects>), which keeps the slot's value in the
// instance, or __dict__/__weakref__ (<attribute '__dict__' of 'C'
// objects>), of which only the repr is observable here.
type attrDescr struct {
	member      bool
	name, owner string
	cls         *Class
}

// Get implements Descriptor: a member reads its slot.
func (d *attrDescr) Get(th *Thread, obj Value, _ *Class) (Value, error) {
	inst, err := d.instance(th, obj)
	if inst == nil || err != nil {
		return d, err
	}
	if v, ok := inst.slot(d.name); ok {
		return v, nil
	}
	return nil, th.Raise(AttributeError, "'%s' object has no attribute '%s'", inst.Class.Name, d.name)
}

// Set implements DataDescriptor.
func (d *attrDescr) Set(th *Thread, obj, v Value) error {
	inst, err := d.instance(th, obj)
	if inst == nil || err != nil {
		return err
	}
	if inst.slots == nil {
		inst.slots = NewDict()
	}
	inst.slots.SetStr(d.name, v)
	return nil
}

// Delete implements DataDescriptor: an empty slot raises with its name alone.
func (d *attrDescr) Delete(th *Thread, obj Value) error {
	inst, err := d.instance(th, obj)
	if inst == nil || err != nil {
		return err
	}
	if _, ok := inst.slot(d.name); !ok {
		return th.Raise(AttributeError, "%s", d.name)
	}
	_, err = inst.slots.Delete(th, d.name)
	return err
}

// slot is the value of x's slot name, if set.
func (x *Instance) slot(name string) (Value, bool) {
	if x.slots == nil {
		return nil, false
	}
	return x.slots.GetStr(name)
}

// instance is the instance a member applies to (nil for the class itself).
func (d *attrDescr) instance(th *Thread, obj Value) (*Instance, error) {
	if obj == nil {
		return nil, nil
	}
	if inst, ok := obj.(*Instance); ok && inst.Class.IsSubclass(d.cls) {
		return inst, nil
	}
	return nil, th.Raise(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner, typeName(obj))
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
// shows besides Class.Dict, and adds the members of its slots (classSlots);
// annotated says the body has annotations.
func (c *Class) recordNS(annotated bool, slots []string, slotted bool) {
	ns := &classNS{head: []string{"__module__"}, body: map[string]bool{}, slots: slots, slotted: slotted}
	if annotated {
		ns.head = append(ns.head, "__annotations__")
	}
	if c.doc != nil {
		ns.head = append(ns.head, "__doc__")
	}
	for _, k := range c.Dict.keys {
		ns.body[k.(string)] = true
	}
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
		d := &attrDescr{member: n != "__dict__" && n != "__weakref__", name: n, owner: c.Name, cls: c}
		ns.descrs[n] = d
		if d.member {
			c.Dict.SetStr(n, d)
		}
	}
	if _, ok := c.Dict.GetStr("__doc__"); !ok && c.doc == nil {
		ns.tail = append(ns.tail, "__doc__")
	}
	c.ns = ns
}

// descr is the descriptor type.__new__ added for name (nil for none).
func (ns *classNS) descr(name string) *attrDescr {
	if ns == nil {
		return nil
	}
	return ns.descrs[name]
}

// ownSlots are the names the class's own __slots__ lists; slotted is false
// when it has none.
func (c *Class) ownSlots() (names []string, slotted bool) {
	if c.ns != nil {
		return c.ns.slots, c.ns.slotted
	}
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

// classSlots is what type.__new__ makes of the __slots__ of a class named
// name: the names, mangled and sorted, or the error CPython raises.
func (th *Thread) classSlots(name string, bases []*Class, dict *Dict) (names []string, slotted bool, err error) {
	v, ok := dict.GetStr("__slots__")
	if !ok {
		return nil, false, nil
	}
	items := []Value{v}
	if _, isStr := v.(string); !isStr {
		if items, err = th.iterate(v); err != nil {
			return nil, true, err
		}
	}
	base := bestBase(bases)
	if t := typeOrNil(base); len(items) > 0 && t != nil && (t == TypeInt || t == TypeTuple || t == TypeBytes) {
		return nil, true, th.Raise(TypeError, "nonempty __slots__ not supported for subtype of '%s'", t.name)
	}
	hasD, hasW := hasDict(base), hasWeakref(base)
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return nil, true, th.Raise(TypeError, "__slots__ items must be strings, not '%s'", typeName(it))
		}
		if !isIdentifier(s) {
			return nil, true, th.Raise(TypeError, "__slots__ must be identifiers")
		}
		switch s {
		case "__dict__":
			if hasD {
				return nil, true, th.Raise(TypeError, "__dict__ slot disallowed: we already got one")
			}
			hasD = true
		case "__weakref__":
			if hasW {
				return nil, true, th.Raise(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			hasW = true
		default:
			s = mangleIn(name, s)
			if _, ok := dict.GetStr(s); ok && s != "__qualname__" {
				return nil, true, th.Raise(ValueError, "'%s' in __slots__ conflicts with class variable", s)
			}
		}
		names = append(names, s)
	}
	if len(names) > 0 && slices.ContainsFunc(bases, func(b *Class) bool { return b.exc }) {
		return nil, true, th.Unsupported("__slots__ in a subclass of an exception")
	}
	slices.Sort(names)
	return slices.Compact(names), true, nil
}

func typeOrNil(c *Class) *builtinType {
	if c == nil {
		return nil
	}
	return c.builtinBase()
}

// layoutConflict is best_base's error: two bases add to the instance
// layout and neither derives from the other.
func layoutConflict(bases []*Class) bool {
	var winner *Class
	for _, b := range bases {
		cand := solidBase(b)
		switch {
		case cand == nil || winner != nil && winner.IsSubclass(cand):
		case winner == nil || cand.IsSubclass(winner):
			winner = cand
		default:
			return true
		}
	}
	return false
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

// madeByStatements says every class of c's MRO but object is a class
// statement's, whose layout is known here.
func madeByStatements(c *Class) bool {
	return !slices.ContainsFunc(c.MRO, func(k *Class) bool { return k.ns == nil })
}

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
		if k.ns == nil && !k.exc && k != typingGeneric {
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
