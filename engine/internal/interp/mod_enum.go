package interp

import (
	"math/bits"
	"slices"
	"strings"

	"cascadelab/engine/internal/py"
)

// The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto and
// unique, as CPython 3.11's. An enum class is a class whose enum info holds
// its members (instances of the class, made when the class statement ends);
// calling the class looks a member up by value, iterating it gives the
// members, and the members' repr, str and format are 3.11's.

// enumInfo is what EnumType keeps on an enum class.
type enumInfo struct {
	root    string   // the enum root it derives from: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum
	names   []string // the canonical members' names, in definition order (_member_names_)
	members *Dict    // name -> member, aliases included (__members__)
	values  *Dict    // value -> member (_value2member_map_), for hashable values
	flag    bool     // a Flag: values combine by bits
	keep    bool     // IntFlag's boundary KEEP: extra bits are kept
	mask    int64    // a Flag's bits of all members
	pseudo  map[int64]*Instance
	all     []*Instance // the canonical members, in order
}

// autoValue is auto(): the value the enum class generates.
type autoValue struct{}

// TypeName implements Object.
func (autoValue) TypeName() string { return "auto" }

// Repr implements Reprer.
func (autoValue) Repr(th *Thread) (string, error) { return "auto(_auto_null)", nil }

// enumRoots are the module's classes, shared by every run (their dicts are
// never written: a script's enum class gets its own).
var enumRoots = map[string]*Class{}

// enumType is EnumType (EnumMeta), type() of every enum class.
var enumType = &Class{Name: "EnumType", module: "enum", native: true, Dict: NewDict()}

func initEnum() {
	enumType.MRO = []*Class{enumType}
	mk := func(name string, bases ...*Class) *Class {
		c := NewClass(name, bases, nil, nil)
		c.module, c.native = "enum", true
		c.enum = &enumInfo{root: name, members: NewDict(), values: NewDict()}
		enumRoots[name] = c
		return c
	}
	enum := mk("Enum")
	enum.Dict.SetStr("name", &property{get: fn("name", func(th *Thread, c *Call) (Value, error) { return enumField(c, "_name_") })})
	enum.Dict.SetStr("value", &property{get: fn("value", func(th *Thread, c *Call) (Value, error) { return enumField(c, "_value_") })})
	enum.setMethod("__init__", func(th *Thread, c *Call) (Value, error) { return nil, nil })
	enum.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) { return enumRepr(th, c.Args[0].(*Instance)) })
	enum.setMethod("__str__", func(th *Thread, c *Call) (Value, error) { return enumStr(th, c.Args[0].(*Instance)) })
	enum.setMethod("__format__", func(th *Thread, c *Call) (Value, error) {
		s, err := th.str(c.Args[0])
		if err != nil {
			return nil, err
		}
		r, err := th.format(s, c.Args[1].(string))
		return r, err
	})
	enum.setMethod("__hash__", func(th *Thread, c *Call) (Value, error) {
		name, _ := enumField(c, "_name_")
		return th.hash(name)
	})
	repr := mk("ReprEnum", enum)
	// ReprEnum's kinds print as their data type: str() and format() are the value's
	enumRepr, _ := enum.Dict.GetStr("__repr__")
	reprStr := func(c *Class) {
		c.Dict.SetStr("__repr__", enumRepr) // not the data type's
		c.setMethod("__str__", func(th *Thread, c *Call) (Value, error) { return th.str(c.Args[0].(*Instance).Base) })
		c.setMethod("__format__", func(th *Thread, c *Call) (Value, error) {
			return th.format(c.Args[0].(*Instance).Base, c.Args[1].(string))
		})
	}
	reprStr(mk("IntEnum", builtinClasses[TypeInt], repr))
	reprStr(mk("StrEnum", builtinClasses[TypeStr], repr))
	flag := mk("Flag", enum)
	flag.enum.flag = true
	intFlag := mk("IntFlag", builtinClasses[TypeInt], repr, flag)
	intFlag.enum.flag, intFlag.enum.keep = true, true
	reprStr(intFlag)
	for _, op := range []struct {
		name string
		fn   func(a, b int64) int64
	}{{"__or__", func(a, b int64) int64 { return a | b }}, {"__and__", func(a, b int64) int64 { return a & b }}, {"__xor__", func(a, b int64) int64 { return a ^ b }}} {
		f := op.fn
		for _, name := range []string{op.name, "__r" + op.name[2:]} {
			flag.setMethod(name, func(th *Thread, c *Call) (Value, error) {
				self := c.Args[0].(*Instance)
				cls := self.Class
				b, ok := flagValue(c.Args[1], cls)
				if !ok {
					return notImplemented, nil
				}
				a, _ := flagValue(self, cls)
				return th.flagMember(cls, f(a, b))
			})
		}
	}
	flag.setMethod("__invert__", func(th *Thread, c *Call) (Value, error) {
		self := c.Args[0].(*Instance)
		a, _ := flagValue(self, self.Class)
		return th.flagMember(self.Class, self.Class.enum.mask&^a)
	})
	flag.setMethod("__contains__", func(th *Thread, c *Call) (Value, error) {
		self := c.Args[0].(*Instance)
		other, ok := c.Args[1].(*Instance)
		if !ok || !other.Class.IsSubclass(self.Class) {
			return nil, th.Raise(TypeError, "unsupported operand type(s) for 'in': '%s' and '%s'", typeName(c.Args[1]), self.Class.Name)
		}
		a, _ := flagValue(self, self.Class)
		b, _ := flagValue(other, self.Class)
		return a&b == b, nil
	})
	flag.setMethod("__bool__", func(th *Thread, c *Call) (Value, error) {
		a, _ := flagValue(c.Args[0], c.Args[0].(*Instance).Class)
		return a != 0, nil
	})
	flag.setMethod("__len__", func(th *Thread, c *Call) (Value, error) {
		a, _ := flagValue(c.Args[0], c.Args[0].(*Instance).Class)
		return int64(bits.OnesCount64(uint64(a))), nil
	})
	flag.setMethod("__iter__", func(th *Thread, c *Call) (Value, error) {
		self := c.Args[0].(*Instance)
		return &iterObj{items: flagParts(self)}, nil
	})
}

// enumField is a member's _name_ or _value_.
func enumField(c *Call, name string) (Value, error) {
	if inst, ok := c.Args[0].(*Instance); ok {
		v, _ := inst.Dict.GetStr(name)
		return v, nil
	}
	return nil, nil
}

func enumModule(th *Thread) *Module {
	vals := map[string]Value{"auto": &builtinType{name: "auto", module: "enum", call: func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) > 0 || len(c.Kw) > 0 {
			return nil, th.Unsupported("auto() with a value")
		}
		return autoValue{}, nil
	}}, "EnumType": enumType, "EnumMeta": enumType}
	for n, c := range enumRoots {
		vals[n] = c
	}
	return newModule("enum", []*Builtin{fn("unique", enumUnique)}, vals)
}

// enumBase is the enum class among a new class's bases (nil: not an enum).
func enumBase(bases []*Class) *Class {
	var last *Class
	for _, b := range bases {
		if b.enum != nil {
			last = b
		}
	}
	return last
}

// makeEnum turns the names a new enum class's body bound into its members,
// as EnumType.__new__ does.
func (th *Thread) makeEnum(cls *Class, base *Class, body *ClassBody) error {
	for _, b := range cls.MRO[1:] {
		if b.enum != nil && len(b.enum.names) > 0 {
			return th.Raise(TypeError, "<enum '%s'> cannot extend <enum '%s'>", cls.Name, b.Name)
		}
	}
	info := &enumInfo{root: base.enum.root, members: NewDict(), values: NewDict(), flag: base.enum.flag, keep: base.enum.keep, pseudo: map[int64]*Instance{}}
	cls.enum = info
	if _, ok := cls.Dict.GetStr("__new__"); ok {
		return th.Unsupported("an enum class defining __new__")
	}
	// repr, str and format are the enum's, not the data type's or object's
	for _, name := range []string{"__repr__", "__str__", "__format__"} {
		if _, own := cls.Dict.GetStr(name); own {
			continue
		}
		found, owner := cls.lookupOwner(name)
		if found == nil || owner.builtin != nil {
			m, _ := base.Lookup(name)
			cls.Dict.SetStr(name, m)
		}
	}
	data := cls.builtinBase()
	for _, name := range body.Names {
		v, ok := cls.Dict.GetStr(name)
		if !ok || !enumCandidate(name, v) {
			continue
		}
		args := []Value{v}
		if t, ok := v.(Tuple); ok && data != TypeTuple {
			args = t
		}
		m := &Instance{Class: cls, Dict: NewDict()}
		if data != nil {
			b, err := data.call(th, &Call{Args: args, Span: th.cur})
			if err != nil {
				return err
			}
			m.Base = b
			m.Dict.SetStr("_value_", b)
		} else {
			m.Dict.SetStr("_value_", v)
		}
		m.Dict.SetStr("_name_", name)
		if init, ok := cls.Lookup("__init__"); ok {
			if _, err := th.Call(bind(init, m), args, nil); err != nil {
				return err
			}
		}
		value, _ := m.Dict.GetStr("_value_")
		canonical, err := info.byValue(th, value)
		if err != nil {
			return err
		}
		if info.flag {
			n, ok := smallInt(value)
			if !ok {
				return th.Unsupported("a Flag member whose value is not an int")
			}
			info.mask |= n
			if canonical == nil && (n == 0 || n&(n-1) != 0) {
				// a multi-bit value is an alias of its bits, not iterated
				info.values.Set(th, value, m)
				info.members.SetStr(name, m)
				cls.Dict.SetStr(name, m)
				continue
			}
		}
		if canonical != nil {
			m = canonical
		} else {
			info.names = append(info.names, name)
			info.all = append(info.all, m)
			if _, err := hashKey(th, value); err == nil {
				if err := info.values.Set(th, value, m); err != nil {
					return err
				}
			}
		}
		info.members.SetStr(name, m)
		cls.Dict.SetStr(name, m)
	}
	return nil
}

// lookupOwner is Lookup that also names the class the attribute was found on.
func (c *Class) lookupOwner(name string) (Value, *Class) {
	for _, k := range c.MRO {
		if v, ok := k.Dict.GetStr(name); ok {
			return v, k
		}
	}
	return nil, nil
}

// enumCandidate reports whether a name the body bound becomes a member:
// not a descriptor (a function, property, class or static method), not a
// _sunder_ or __dunder__ name.
func enumCandidate(name string, v Value) bool {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") || len(name) > 2 && name[0] == '_' && name[len(name)-1] == '_' {
		return false
	}
	switch v.(type) {
	case *Function, *property, *classMethod, *staticMethod, *method, *Builtin, *Class:
		return false
	}
	return true
}

// byValue is the canonical member whose value equals v (nil for none).
func (info *enumInfo) byValue(th *Thread, v Value) (*Instance, error) {
	if _, err := hashKey(th, v); err == nil {
		m, ok, err := info.values.Get(th, v)
		if err != nil || !ok {
			return nil, err
		}
		return m.(*Instance), nil
	}
	for _, m := range info.all {
		mv, _ := m.Dict.GetStr("_value_")
		eq, err := th.equal(mv, v)
		if err != nil || eq {
			return m, err
		}
	}
	return nil, nil
}

// enumBody is an enum class's body as it runs: like 3.11's _EnumDict it
// gives auto() its value when the name is bound, so that later lines of
// the body see the value (ADMIN = READ | WRITE).
type enumBody struct {
	bases []*Class
	base  *Class // the enum base
	names []string
	last  []Value
}

// enumBind is _EnumDict.__setitem__ for a name the body binds to v: the
// value the name gets.
func (th *Thread) enumBind(b *enumBody, name string, v Value, sc *scope) (Value, error) {
	if !enumCandidate(name, v) {
		return v, nil
	}
	if slices.Contains(b.names, name) {
		return nil, th.Raise(TypeError, "'%s' already defined as %s", name, reprOrType(th, sc.vars[name]))
	}
	b.names = append(b.names, name)
	t, isTuple := v.(Tuple)
	if _, single := v.(autoValue); single {
		t = Tuple{v}
	} else if !isTuple || !slices.ContainsFunc(t, func(x Value) bool { _, ok := x.(autoValue); return ok }) {
		b.last = append(b.last, v)
		return v, nil
	}
	gen := enumGen{root: b.base.enum.root, flag: b.base.enum.flag}
	if g, ok := sc.vars["_generate_next_value_"]; ok {
		gen.user = g
	} else {
		for _, k := range b.bases {
			if g, owner := k.lookupOwner("_generate_next_value_"); g != nil && owner.module == "" {
				gen.user = g
				break
			}
		}
	}
	out := make(Tuple, len(t))
	for i, x := range t {
		if _, ok := x.(autoValue); ok {
			var err error
			if x, err = th.enumNext(gen, name, b.last, int64(1), len(b.names)-1); err != nil {
				return nil, err
			}
			b.last = append(b.last, x)
		}
		out[i] = x
	}
	if _, single := v.(autoValue); single {
		return out[0], nil
	}
	return out, nil
}

// enumGen is how an enum class generates auto() values: a script's own
// _generate_next_value_ (user), or its root's.
type enumGen struct {
	user Value
	root string
	flag bool
}

func enumGenOf(cls *Class) enumGen {
	g := enumGen{root: cls.enum.root, flag: cls.enum.flag}
	if f, owner := cls.lookupOwner("_generate_next_value_"); f != nil && owner.module == "" {
		g.user = f
	}
	return g
}

// enumNext is the value auto() gives: the class's _generate_next_value_, or
// the root's (the last value plus one, the lowered name for StrEnum, the
// next power of two for Flag); start is the first value, count the number
// of members so far.
func (th *Thread) enumNext(gen enumGen, name string, last []Value, start Value, count int) (Value, error) {
	if g := gen.user; g != nil {
		if sm, ok := g.(*staticMethod); ok {
			g = sm.fn
		}
		return th.Call(g, []Value{name, start, int64(count), &List{Items: append([]Value(nil), last...)}}, nil)
	}
	switch {
	case gen.root == "StrEnum":
		return strings.ToLower(name), nil
	case gen.flag:
		high := int64(0)
		for _, v := range last {
			n, ok := smallInt(v)
			if !ok {
				return nil, th.Raise(TypeError, "invalid flag value %s", reprOrType(th, v))
			}
			high = max(high, n)
		}
		if len(last) == 0 {
			return start, nil
		}
		return int64(1) << bits.Len64(uint64(high)), nil
	}
	if len(last) == 0 {
		return start, nil
	}
	// 3.11: the last value plus one when it is the largest; else (or when
	// the values do not sort) the first of the values from the end that
	// takes + 1, else the start
	vals := append([]Value(nil), last...)
	if th.sortValues(vals, nil, false) == nil {
		if eq, err := th.equal(last[len(last)-1], vals[len(vals)-1]); err != nil || eq {
			if err != nil {
				return nil, err
			}
			vals = []Value{last[len(last)-1]}
		}
	} else {
		vals = last
	}
	for i := len(vals) - 1; i >= 0; i-- {
		r, err := th.binaryOp(py.Add, vals[i], int64(1))
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			continue
		}
		return r, err
	}
	return int64(1), nil
}

func reprOrType(th *Thread, v Value) string {
	r, err := th.repr(v)
	if err != nil {
		return typeName(v)
	}
	return r
}

// enumFunctional is the functional API, Enum("Color", names, start=1):
// EnumType._create_ making a class of base with those members. names are a
// string of names split at commas and spaces, names (valued as auto()
// values from start), (name, value) pairs, or a mapping.
func (th *Thread) enumFunctional(base *Class, c *Call) (Value, error) {
	a, err := th.args(c, base.Name, "value", "names", "module", "qualname", "type", "start", "boundary")
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(string)
	if !ok {
		return nil, th.Raise(TypeError, "type.__new__() argument 1 must be str, not %s", typeName(a[0]))
	}
	if a[4] != nil || a[6] != nil {
		return nil, th.Unsupported("the functional API of enum with type= or boundary=")
	}
	start := a[5]
	if start == nil {
		start = int64(1)
	}
	var items []Value
	if s, ok := a[1].(string); ok {
		for _, n := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
			items = append(items, n)
		}
	} else if d, ok := mappingOf(a[1]); ok {
		for i, k := range d.keys {
			items = append(items, Tuple{k, d.vals[i]})
		}
	} else if items, err = th.iterate(a[1]); err != nil {
		return nil, err
	}
	dict, body := NewDict(), &ClassBody{}
	var last []Value
	for _, it := range items {
		var k, v Value
		if n, isName := it.(string); isName {
			if v, err = th.enumNext(enumGenOf(base), n, last, start, len(last)); err != nil {
				return nil, err
			}
			k, last = n, append(last, v)
		} else {
			pair, err := th.iterate(it)
			if err != nil {
				return nil, err
			}
			if len(pair) != 2 {
				return nil, th.Raise(ValueError, "too many values to unpack (expected 2)")
			}
			k, v = pair[0], pair[1]
		}
		n, ok := k.(string)
		if !ok {
			return nil, th.Raise(TypeError, "member name must be a str, not %s", typeName(k))
		}
		dict.SetStr(n, v)
		body.Names = append(body.Names, n)
	}
	cls := NewClass(name, []*Class{base}, dict, nil)
	cls.Body = body
	if m, ok := a[2].(string); ok && m != "__main__" {
		cls.module = m
	}
	if q, ok := a[3].(string); ok {
		cls.qualname = q
	}
	if err := th.makeEnum(cls, base, body); err != nil {
		return nil, err
	}
	return cls, th.classCreated(cls, nil)
}

// enumCall is Color(value): the member with that value, or _missing_'s.
func (th *Thread) enumCall(cls *Class, c *Call) (Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		if _, named := kwArg(c, "names"); len(cls.enum.names) == 0 && (len(c.Args) >= 2 || named) {
			return th.enumFunctional(cls, c)
		}
		return nil, th.Raise(TypeError, "%s() takes 1 positional argument but %d were given", cls.Name, len(c.Args))
	}
	v := c.Args[0]
	if m, ok := v.(*Instance); ok && m.Class.IsSubclass(cls) {
		return m, nil
	}
	if len(cls.enum.names) == 0 { // an enum class without members has no values
		return nil, th.Raise(ValueError, "%s is not a valid %s", reprOrType(th, v), cls.Name)
	}
	m, err := cls.enum.byValue(th, v)
	if err != nil || m != nil {
		return m, err
	}
	if cls.enum.flag {
		if n, ok := smallInt(v); ok {
			if n&^cls.enum.mask == 0 || cls.enum.keep {
				return th.flagMember(cls, n)
			}
			r := reprOrType(th, v)
			w := bits.Len64(uint64(cls.enum.mask | n))
			return nil, th.Raise(ValueError, "<flag '%s'> invalid value %s\n    given 0b0 %0*b\n  allowed 0b0 %0*b", cls.Name, r, w, n, w, cls.enum.mask)
		}
	}
	if missing, owner := cls.lookupOwner("_missing_"); missing != nil && owner.module == "" {
		r, err := th.descGet(missing, nil, cls)
		if err != nil {
			return nil, err
		}
		if r, err = th.Call(r, []Value{v}, nil); err != nil || r != nil {
			if m, ok := r.(*Instance); err == nil && (!ok || !m.Class.IsSubclass(cls)) {
				return nil, th.Raise(TypeError, "error in %s._missing_: returned %s instead of None or a valid member", cls.Name, reprOrType(th, r))
			}
			return r, err
		}
	}
	return nil, th.Raise(ValueError, "%s is not a valid %s", reprOrType(th, v), cls.Name)
}

// enumRepr is Enum.__repr__: <Color.RED: 1>, <Perm.R|W: 3>, <Perm: 0>.
func enumRepr(th *Thread, m *Instance) (Value, error) {
	v, _ := m.Dict.GetStr("_value_")
	r, err := th.repr(v)
	if m.Base != nil {
		r, err = th.repr(m.Base)
	}
	if err != nil {
		return nil, err
	}
	name, _ := m.Dict.GetStr("_name_")
	if name == nil {
		return "<" + m.Class.Name + ": " + r + ">", nil
	}
	return "<" + m.Class.Name + "." + name.(string) + ": " + r + ">", nil
}

// enumStr is Enum.__str__: Color.RED, Perm.R|W, Perm(0).
func enumStr(th *Thread, m *Instance) (Value, error) {
	name, _ := m.Dict.GetStr("_name_")
	if name == nil {
		v, _ := m.Dict.GetStr("_value_")
		return m.Class.Name + "(" + reprOrType(th, v) + ")", nil
	}
	return m.Class.Name + "." + name.(string), nil
}

// flagValue is a Flag member's int value, or an int's for IntFlag.
func flagValue(v Value, cls *Class) (int64, bool) {
	if m, ok := v.(*Instance); ok && m.Class.enum != nil && (m.Class.IsSubclass(cls) || cls.IsSubclass(m.Class)) {
		n, ok := m.Dict.GetStr("_value_")
		if ok {
			return smallInt(n)
		}
	}
	if cls.enum.keep {
		if _, isInst := v.(*Instance); !isInst {
			return smallInt(v)
		}
	}
	return 0, false
}

// flagParts are the canonical single-bit members a flag value holds, by bit.
func flagParts(m *Instance) []Value {
	n, _ := flagValue(m, m.Class)
	var out []Value
	for _, c := range m.Class.enum.all {
		b, _ := flagValue(c, m.Class)
		if b != 0 && n&b == b {
			out = append(out, c)
		}
	}
	return out
}

// flagMember is the member (or the pseudo-member made once) of value n.
func (th *Thread) flagMember(cls *Class, n int64) (Value, error) {
	info := cls.enum
	if m, err := info.byValue(th, n); err != nil || m != nil {
		return m, err
	}
	if m := info.pseudo[n]; m != nil {
		return m, nil
	}
	m := &Instance{Class: cls, Dict: NewDict()}
	if cls.builtinBase() == TypeInt {
		m.Base = n
	}
	m.Dict.SetStr("_value_", n)
	var names []string
	for _, p := range flagParts(m) {
		name, _ := p.(*Instance).Dict.GetStr("_name_")
		names = append(names, name.(string))
	}
	if extra := n &^ info.mask; extra != 0 && info.keep {
		names = append(names, sprintf("%d", extra))
	}
	if len(names) > 0 {
		m.Dict.SetStr("_name_", strings.Join(names, "|"))
	} else {
		m.Dict.SetStr("_name_", nil)
	}
	info.pseudo[n] = m
	return m, nil
}

// enumUnique is @unique: no two names for one value.
func enumUnique(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "unique", 1, 1); err != nil {
		return nil, err
	}
	cls, ok := c.Args[0].(*Class)
	if !ok || cls.enum == nil {
		return nil, th.Raise(AttributeError, "'%s' object has no attribute '__members__'", typeName(c.Args[0]))
	}
	var dups []string
	for i, k := range cls.enum.members.keys {
		m := cls.enum.members.vals[i].(*Instance)
		if name, _ := m.Dict.GetStr("_name_"); name != k {
			dups = append(dups, k.(string)+" -> "+name.(string))
		}
	}
	if len(dups) > 0 {
		return nil, th.Raise(ValueError, "duplicate values found in <enum '%s'>: %s", cls.Name, strings.Join(dups, ", "))
	}
	return cls, nil
}

// mappingProxy is a read-only view of a dict: an enum's __members__, or
// (cls set) a class's __dict__, made anew from the class at each use so
// that it stays live as CPython's does.
type mappingProxy struct {
	d   *Dict
	cls *Class
}

func (p *mappingProxy) dict(th *Thread) *Dict {
	if p.cls != nil {
		return th.namespace(p.cls)
	}
	return p.d
}

func (p *mappingProxy) TypeName() string                           { return "mappingproxy" }
func (p *mappingProxy) Iterate(th *Thread) ([]Value, error)        { return th.iterate(p.dict(th)) }
func (p *mappingProxy) Len(th *Thread) (int, error)                { return p.dict(th).Len(), nil }
func (p *mappingProxy) GetItem(th *Thread, k Value) (Value, error) { return th.getItem(p.dict(th), k) }
func (p *mappingProxy) Contains(th *Thread, v Value) (bool, error) { return th.contains(p.dict(th), v) }
func (p *mappingProxy) Str(th *Thread) (string, error)             { return th.repr(p.dict(th)) }

func (p *mappingProxy) Repr(th *Thread) (string, error) {
	r, err := th.repr(p.dict(th))
	return "mappingproxy(" + r + ")", err
}

func (p *mappingProxy) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "keys", "values", "items", "get", "copy":
		return methodOf(th, p.dict(th), name), true, nil
	}
	return nil, false, nil // the catalog knows what else it has
}

// Binary is mappingproxy's comparisons and |: its dict's. A comparison
// with another proxy or on the right is the reflected one with the dict
// on the left (mappingproxy_richcompare), as CPython's errors show.
func (p *mappingProxy) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	d := Value(p.dict(th))
	if op == py.BitOr {
		a, b := d, other
		if o, ok := other.(*mappingProxy); ok {
			b = o.dict(th)
		}
		if right {
			a, b = b, a
		}
		v, err := th.binaryOp(op, a, b)
		return v, true, err
	}
	if _, cmp := reflectedOp[op]; !cmp {
		return nil, false, nil
	}
	if o, ok := other.(*mappingProxy); ok {
		right, d, other = !right, o.dict(th), d
	}
	if right {
		op = reflectedOp[op]
	}
	v, err := th.compare(op, d, other)
	return v, true, err
}

// reflectedOp is each comparison's reflection (a < b is b > a).
var reflectedOp = map[py.Op]py.Op{py.Eq: py.Eq, py.NotEq: py.NotEq, py.Lt: py.Gt, py.Gt: py.Lt, py.LtE: py.GtE, py.GtE: py.LtE}

func (p *mappingProxy) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

// EnumMembers are the names in __members__ of an enum class (aliases
// included) and the member each names; ok is false for any other value.
func EnumMembers(v Value) (names []string, members []Value, ok bool) {
	c, isClass := v.(*Class)
	if !isClass || c.enum == nil {
		return nil, nil, false
	}
	for i, k := range c.enum.members.keys {
		names = append(names, k.(string))
		members = append(members, c.enum.members.vals[i])
	}
	return names, members, true
}

// enumMembers are an enum class's canonical members, in definition order.
func (c *Class) enumMembers() []Value {
	out := make([]Value, len(c.enum.all))
	for i, m := range c.enum.all {
		out[i] = m
	}
	return out
}
