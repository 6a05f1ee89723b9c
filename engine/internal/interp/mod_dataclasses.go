package interp

import (
	"fmt"
	"slices"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// dataclasses mirrors CPython 3.11's Lib/dataclasses.py: the decorator
// collects the fields (the bases' first, then the class's own annotations in
// order), then writes __init__, __repr__, __eq__, the orderings, the frozen
// __setattr__/__delattr__ and __hash__ as that module's generated code does,
// as functions of the class (so the arguments are checked as a def's).

// dcMissing is dataclasses.MISSING.
type dcMissingType struct{}

// TypeName implements Object.
func (*dcMissingType) TypeName() string { return "_MISSING_TYPE" }

// Repr implements Reprer: object's repr, its address its id().
func (m *dcMissingType) Repr(th *Thread) (string, error) {
	return sprintf("<dataclasses._MISSING_TYPE object at 0x%x>", th.id(m)), nil
}

var dcMissing = &dcMissingType{}

// dcHasFactory is the default of an __init__ parameter whose field has a
// default_factory (CPython's _HAS_DEFAULT_FACTORY).
type dcFactoryMark struct{}

// TypeName implements Object.
func (*dcFactoryMark) TypeName() string { return "_HAS_DEFAULT_FACTORY_CLASS" }

// Repr implements Reprer.
func (*dcFactoryMark) Repr(th *Thread) (string, error) { return "<factory>", nil }

var dcHasFactory = &dcFactoryMark{}

// dcKWOnly is dataclasses.KW_ONLY, the annotation that makes the fields
// after it keyword-only.
type dcKWOnlyType struct{}

// TypeName implements Object.
func (*dcKWOnlyType) TypeName() string { return "type" }

// Repr implements Reprer.
func (*dcKWOnlyType) Repr(th *Thread) (string, error) { return "<class 'dataclasses.KW_ONLY'>", nil }

var dcKWOnly = &dcKWOnlyType{}

// dcSpecialString reports a string annotation CPython's _is_type would
// check against the module's ClassVar, InitVar or KW_ONLY: the interpreter
// does not look the names up, so it refuses those; other strings are types.
func dcSpecialString(s string) bool {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '.'); i >= 0 && !strings.ContainsAny(s[:i], "[( ") {
		s = strings.TrimSpace(s[i+1:])
	}
	for _, n := range []string{"ClassVar", "InitVar", "KW_ONLY"} {
		if strings.HasPrefix(s, n) && (len(s) == len(n) || !isIdentChar(s[len(n)])) {
			return true
		}
	}
	return false
}

func isIdentChar(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// dcInitVar is dataclasses.InitVar (typ nil) or InitVar[typ].
type dcInitVar struct{ typ Value }

// TypeName implements Object.
func (v *dcInitVar) TypeName() string {
	if v.typ == nil {
		return "type"
	}
	return "InitVar"
}

// GetItem implements Indexable: InitVar[int].
func (v *dcInitVar) GetItem(th *Thread, key Value) (Value, error) {
	if v.typ != nil {
		return nil, th.Raise(TypeError, "'InitVar' object is not subscriptable")
	}
	return &dcInitVar{typ: key}, nil
}

// Repr implements Reprer.
func (v *dcInitVar) Repr(th *Thread) (string, error) {
	if v.typ == nil {
		return "<class 'dataclasses.InitVar'>", nil
	}
	// a type by its __name__ alone, anything else (List[int]) by its repr
	var t Value
	var err error
	if isTypeValue(v.typ) {
		t, err = th.getAttr(v.typ, "__name__")
	} else {
		t, err = th.repr(v.typ)
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprint("dataclasses.InitVar[", t, "]"), nil
}

// The kinds of field (_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR).
const (
	dcPlain = iota
	dcClassVar
	dcInitVarField
)

var dcKindNames = [...]string{"_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"}

// dcField is a dataclasses.Field.
type dcField struct {
	name, typ, def, factory Value
	init, repr, compare     bool
	hash, metadata, kwOnly  Value
	kind                    int
}

// TypeName implements Object.
func (f *dcField) TypeName() string { return "Field" }

func (f *dcField) hasDefault() bool { return f.def != dcMissing || f.factory != dcMissing }

// Attr implements Attrs.
func (f *dcField) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "name":
		return f.name, true, nil
	case "type":
		return f.typ, true, nil
	case "default":
		return f.def, true, nil
	case "default_factory":
		return f.factory, true, nil
	case "init":
		return f.init, true, nil
	case "repr":
		return f.repr, true, nil
	case "hash":
		return f.hash, true, nil
	case "compare":
		return f.compare, true, nil
	case "metadata":
		return f.metadata, true, nil
	case "kw_only":
		return f.kwOnly, true, nil
	}
	return nil, false, nil
}

// Repr implements Reprer.
func (f *dcField) Repr(th *Thread) (string, error) {
	var b strings.Builder
	b.WriteString("Field(")
	for i, kv := range []KV{{"name", f.name}, {"type", f.typ}, {"default", f.def}, {"default_factory", f.factory},
		{"init", f.init}, {"repr", f.repr}, {"hash", f.hash}, {"compare", f.compare}, {"metadata", f.metadata}, {"kw_only", f.kwOnly}} {
		if i > 0 {
			b.WriteString(",")
		}
		if kv.Value == dcMissing {
			return "", th.Unsupported("repr() of a dataclasses.Field with a MISSING value (it prints an address)")
		}
		s, err := th.repr(kv.Value)
		if err != nil {
			return "", err
		}
		if kv.Name == "metadata" {
			s = "mappingproxy(" + s + ")"
		}
		b.WriteString(kv.Name + "=" + s)
	}
	b.WriteString(",_field_type=" + dcKindNames[f.kind] + ")")
	return b.String(), nil
}

// dcParams is a class's __dataclass_params__.
type dcParams struct {
	init, repr, eq, order, unsafeHash, frozen bool
}

// TypeName implements Object.
func (p *dcParams) TypeName() string { return "_DataclassParams" }

func (p *dcParams) fields() []KV {
	return []KV{{"init", p.init}, {"repr", p.repr}, {"eq", p.eq}, {"order", p.order}, {"unsafe_hash", p.unsafeHash}, {"frozen", p.frozen}}
}

// Attr implements Attrs.
func (p *dcParams) Attr(th *Thread, name string) (Value, bool, error) {
	for _, kv := range p.fields() {
		if kv.Name == name {
			return kv.Value, true, nil
		}
	}
	return nil, false, nil
}

// Repr implements Reprer.
func (p *dcParams) Repr(th *Thread) (string, error) {
	var parts []string
	for _, kv := range p.fields() {
		parts = append(parts, fmt.Sprintf("%s=%s", kv.Name, pyBool(kv.Value.(bool))))
	}
	return "_DataclassParams(" + strings.Join(parts, ",") + ")", nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// FrozenInstanceError is dataclasses.FrozenInstanceError.
var FrozenInstanceError = func() *Class {
	c := newExceptionClass("FrozenInstanceError", AttributeError)
	c.module = "dataclasses"
	return c
}()

func dataclassesModule(th *Thread) *Module {
	return newModule("dataclasses", []*Builtin{
		fn("dataclass", dataclassDecorator), fn("field", dataclassField),
		fn("fields", dataclassFields), fn("asdict", dataclassAsdict), fn("astuple", dataclassAstuple),
		fn("replace", dataclassReplace), fn("is_dataclass", dataclassIsDataclass),
		fn("make_dataclass", makeDataclass),
	}, map[string]Value{"MISSING": dcMissing, "KW_ONLY": dcKWOnly, "InitVar": &dcInitVar{},
		"FrozenInstanceError": FrozenInstanceError})
}

// makeDataclass is make_dataclass(cls_name, fields, *, bases, namespace,
// module, **options): a class of the fields ("name", (name, type) or
// (name, type, field)) made as a class statement would, then dataclass().
func makeDataclass(th *Thread, c *Call) (Value, error) {
	var options []KV
	var kw [3]Value // bases, namespace, module
	for _, k := range c.Kw {
		if i := slices.Index([]string{"bases", "namespace", "module"}, k.Name); i >= 0 {
			kw[i] = k.Value
		} else {
			options = append(options, k)
		}
	}
	a, err := th.args(&Call{Args: c.Args}, "make_dataclass", "cls_name", "fields")
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(string)
	if !ok {
		return nil, th.Unsupported("make_dataclass() with a class name that is a %s", typeName(a[0]))
	}
	items, err := th.iterate(a[1])
	if err != nil {
		return nil, err
	}
	ns, anns := NewDict(), NewDict()
	if kw[1] != nil {
		if err := th.dictUpdate(ns, &Call{Args: kw[1:2]}); err != nil {
			return nil, err
		}
	}
	var fields []dcAnn
	for _, it := range items {
		var parts []Value
		if s, isStr := it.(string); isStr {
			parts = []Value{s, "typing.Any"}
		} else if parts, err = th.iterate(it); err != nil {
			return nil, err
		}
		if len(parts) < 2 || len(parts) > 3 {
			r, err := th.repr(it)
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(TypeError, "Invalid field: %s", r)
		}
		n, isStr := parts[0].(string)
		if !isStr || !isIdentifier(n) || py.IsKeyword(n) {
			r, err := th.repr(parts[0])
			if err != nil {
				return nil, err
			}
			why := "be valid identifiers"
			if isStr && py.IsKeyword(n) {
				why = "not be keywords"
			}
			return nil, th.Raise(TypeError, "Field names must %s: %s", why, r)
		}
		if _, dup := anns.GetStr(n); dup {
			return nil, th.Raise(TypeError, "Field name duplicated: %s", pyrepr.Str(n))
		}
		anns.SetStr(n, parts[1])
		if len(parts) == 3 {
			ns.SetStr(n, parts[2])
		}
		fields = append(fields, dcAnn{n, parts[1]})
	}
	ns.SetStr("__annotations__", anns)
	var bases []*Class
	if kw[0] != nil {
		bt, err := th.iterate(kw[0])
		if err != nil {
			return nil, err
		}
		for _, b := range bt {
			k, ok := b.(*Class)
			if !ok || k.Hook != nil {
				return nil, th.Unsupported("make_dataclass() with the base %s", reprOrType(th, b))
			}
			bases = append(bases, k)
		}
	}
	if kw[2] != nil {
		return nil, th.Unsupported("make_dataclass(module=...)")
	}
	o, err := th.dcParseOptions(options)
	if err != nil {
		return nil, err
	}
	if layoutConflict(bases) {
		return nil, th.Raise(TypeError, "multiple bases have instance lay-out conflict")
	}
	slots, slotted, err := th.classSlots(name, bases, ns)
	if err != nil {
		return nil, err
	}
	cls := NewClass(name, bases, ns, nil)
	cls.recordNS(true, slots, slotted)
	if err := th.classCreated(cls, nil); err != nil {
		return nil, err
	}
	return cls, th.processDataclass(cls, o, fields, nil)
}

// dcOptions are the decorator's keyword arguments.
type dcOptions struct {
	init, repr, eq, order, unsafeHash, frozen, matchArgs, kwOnly, slots bool
}

var dcOptionNames = []string{"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"}

func dataclassDecorator(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "dataclass() takes from 0 to 1 positional arguments but %d were given", len(c.Args))
	}
	o, err := th.dcParseOptions(c.Kw)
	if err != nil {
		return nil, err
	}
	wrap := func(th *Thread, v Value) (Value, error) {
		cls, ok := v.(*Class)
		if !ok {
			return nil, th.Unsupported("dataclass() of %s objects", typeName(v))
		}
		if cls.Hook != nil {
			return nil, th.Unsupported("dataclass() of a mapped class (use MappedAsDataclass)")
		}
		var anns []dcAnn
		if cls.Body != nil {
			for _, name := range cls.Body.AnnNames {
				anns = append(anns, dcAnn{name, cls.Body.Annotations[name]})
			}
		}
		return cls, th.processDataclass(cls, o, anns, nil)
	}
	if len(c.Args) == 1 {
		return wrap(th, c.Args[0])
	}
	return fn("wrap", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "wrap", 1, 1); err != nil {
			return nil, err
		}
		return wrap(th, c.Args[0])
	}), nil
}

// dcParseOptions reads dataclass()'s keyword arguments.
func (th *Thread) dcParseOptions(kw []KV) (dcOptions, error) {
	o := dcOptions{init: true, repr: true, eq: true, matchArgs: true}
	flags := map[string]*bool{"init": &o.init, "repr": &o.repr, "eq": &o.eq, "order": &o.order, "unsafe_hash": &o.unsafeHash,
		"frozen": &o.frozen, "match_args": &o.matchArgs, "kw_only": &o.kwOnly, "slots": &o.slots}
	weakref := false
	for _, k := range kw {
		p := flags[k.Name]
		if k.Name == "weakref_slot" {
			p = &weakref
		}
		if p == nil {
			return o, th.Raise(TypeError, "dataclass() got an unexpected keyword argument '%s'", k.Name)
		}
		t, err := th.truth(k.Value)
		if err != nil {
			return o, err
		}
		*p = t
	}
	if weakref && !o.slots {
		return o, th.Raise(TypeError, "weakref_slot is True but slots is False")
	}
	if weakref {
		return o, th.Unsupported("dataclass(weakref_slot=True)")
	}
	return o, nil
}

// dcAnn is one entry of the annotations a dataclass reads, in order.
type dcAnn struct {
	name string
	typ  Value
}

// HostField is a field a host declares when it makes one of its classes a
// dataclass (SQLAlchemy's MappedAsDataclass): its name, its annotation and
// the keyword arguments of its dataclasses.field().
type HostField struct {
	Name string
	Type Value
	Args []KV
}

// MakeDataclass applies dataclass(**options) to a host's class with the
// fields it declares in place of the class's own annotations; the class's
// attributes stay as the host set them (its instrumented attributes).
func (th *Thread) MakeDataclass(cls *Class, fields []HostField, options []KV) error {
	o, err := th.dcParseOptions(options)
	if err != nil {
		return err
	}
	if o.slots {
		return th.Unsupported("slots=True on a mapped dataclass")
	}
	given := map[string]*dcField{}
	anns := make([]dcAnn, len(fields))
	for i, hf := range fields {
		f, err := dataclassField(th, &Call{Kw: hf.Args, Span: th.cur})
		if err != nil {
			return err
		}
		given[hf.Name] = f.(*dcField)
		anns[i] = dcAnn{hf.Name, hf.Type}
	}
	if err := th.processDataclass(cls, o, anns, given); err != nil {
		return err
	}
	// the host instruments __init__ (SQLAlchemy wraps it in a function of the
	// same signature whose errors name it __init__, not Class.__init__)
	if init, ok := cls.Dict.GetStr("__init__"); ok && o.init {
		if f, ok := init.(*Function); ok && f.native != nil {
			f.qualname = "__init__"
		}
	}
	return nil
}

func dataclassField(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 0 {
		return nil, th.Raise(TypeError, "field() takes 0 positional arguments but %d %s given", len(c.Args), wasWere(len(c.Args)))
	}
	f := &dcField{name: nil, typ: nil, def: dcMissing, factory: dcMissing, init: true, repr: true, compare: true, metadata: NewDict(), kwOnly: dcMissing}
	for _, k := range c.Kw {
		var err error
		switch k.Name {
		case "default":
			f.def = k.Value
		case "default_factory":
			f.factory = k.Value
		case "init":
			f.init, err = th.truth(k.Value)
		case "repr":
			f.repr, err = th.truth(k.Value)
		case "compare":
			f.compare, err = th.truth(k.Value)
		case "hash":
			f.hash = k.Value
		case "metadata":
			if k.Value != nil {
				f.metadata = k.Value
			}
		case "kw_only":
			f.kwOnly = k.Value
		default:
			return nil, th.Raise(TypeError, "field() got an unexpected keyword argument '%s'", k.Name)
		}
		if err != nil {
			return nil, err
		}
	}
	if f.def != dcMissing && f.factory != dcMissing {
		return nil, th.Raise(ValueError, "cannot specify both default and default_factory")
	}
	return f, nil
}

// dcFields is a class's __dataclass_fields__, or nil when it has none.
func dcFieldsOf(v Value) *Dict {
	var cls *Class
	switch x := v.(type) {
	case *Class:
		cls = x
	case *Instance:
		cls = x.Class
	default:
		return nil
	}
	if d, ok := cls.Lookup("__dataclass_fields__"); ok {
		if d, ok := d.(*Dict); ok {
			return d
		}
	}
	return nil
}

// dcList is the fields of a __dataclass_fields__ dict of one kind, in order.
func dcList(d *Dict, kinds ...int) []*dcField {
	var out []*dcField
	for _, v := range d.vals {
		if f, ok := v.(*dcField); ok {
			for _, k := range kinds {
				if f.kind == k {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// unhashableClass reports whether v's class sets __hash__ to None (list,
// dict, set, a class defining __eq__ alone): a mutable default.
func unhashableClass(v Value) bool {
	switch x := v.(type) {
	case *List, *Dict:
		return true
	case *setObj:
		return !x.frozen
	case *Instance:
		for _, k := range x.Class.MRO {
			h, hasHash := k.Dict.GetStr("__hash__")
			_, hasEq := k.Dict.GetStr("__eq__")
			if hasHash {
				return h == nil
			}
			if hasEq {
				return true
			}
		}
	}
	return false
}

// processDataclass is _process_class.
// processDataclass is _process_class over anns, the class's annotations;
// given holds a host's fields, whose class attributes it leaves alone.
func (th *Thread) processDataclass(cls *Class, o dcOptions, anns []dcAnn, given map[string]*dcField) error {
	params := &dcParams{init: o.init, repr: o.repr, eq: o.eq, order: o.order, unsafeHash: o.unsafeHash, frozen: o.frozen}
	cls.Dict.SetStr("__dataclass_params__", params)
	fields := NewDict()
	anyFrozenBase, hasBases := false, false
	for i := len(cls.MRO) - 1; i > 0; i-- {
		b := cls.MRO[i]
		base := dcFieldsOf(b)
		if base == nil {
			continue
		}
		hasBases = true
		for _, f := range base.vals {
			fields.SetStr(f.(*dcField).name.(string), f)
		}
		if p, ok := b.Lookup("__dataclass_params__"); ok {
			if p, ok := p.(*dcParams); ok && p.frozen {
				anyFrozenBase = true
			}
		}
	}
	var own []*dcField
	kwOnly, kwSeen := o.kwOnly, false
	annotated := map[string]bool{}
	for _, a := range anns {
		annotated[a.name] = true
		if a.typ == Value(dcKWOnly) {
			if kwSeen {
				return th.Raise(TypeError, "'%s' is KW_ONLY, but KW_ONLY has already been specified", a.name)
			}
			kwSeen, kwOnly = true, true
			continue
		}
		f, err := th.dcGetField(cls, a.name, a.typ, kwOnly, given[a.name])
		if err != nil {
			return err
		}
		own = append(own, f)
	}
	for _, f := range own {
		name := f.name.(string)
		fields.SetStr(name, f)
		if given != nil {
			continue
		}
		if v, ok := cls.Lookup(name); ok {
			if _, isField := v.(*dcField); isField {
				if f.def == dcMissing {
					cls.Dict.Delete(th, name)
				} else {
					cls.Dict.SetStr(name, f.def)
				}
			}
		}
	}
	for i, k := range cls.Dict.keys {
		if _, isField := cls.Dict.vals[i].(*dcField); isField && !annotated[k.(string)] {
			return th.Raise(TypeError, "'%s' is a field but has no type annotation", k)
		}
	}
	if hasBases {
		if anyFrozenBase && !o.frozen {
			return th.Raise(TypeError, "cannot inherit non-frozen dataclass from a frozen one")
		}
		if !anyFrozenBase && o.frozen {
			return th.Raise(TypeError, "cannot inherit frozen dataclass from a non-frozen one")
		}
	}
	cls.Dict.SetStr("__dataclass_fields__", fields)
	classHash, hasHash := cls.Dict.GetStr("__hash__")
	_, hasEq := cls.Dict.GetStr("__eq__")
	explicitHash := hasHash && !(classHash == nil && hasEq)
	if o.order && !o.eq {
		return th.Raise(ValueError, "eq must be true if order is true")
	}
	initFields := dcList(fields, dcPlain, dcInitVarField)
	var std, kw []*dcField
	for _, f := range initFields {
		if !f.init {
			continue
		}
		if t, _ := th.truth(f.kwOnly); t {
			kw = append(kw, f)
		} else {
			std = append(std, f)
		}
	}
	if o.init {
		_, hasPostInit := cls.Lookup("__post_init__")
		init, err := th.dcInit(cls, initFields, std, kw, o.frozen, hasPostInit)
		if err != nil {
			return err
		}
		dcSetNew(cls, "__init__", init)
	}
	plain := dcList(fields, dcPlain)
	var compared []*dcField
	for _, f := range plain {
		if f.compare {
			compared = append(compared, f)
		}
	}
	if o.repr {
		var shown []*dcField
		for _, f := range plain {
			if f.repr {
				shown = append(shown, f)
			}
		}
		dcSetNew(cls, "__repr__", dcMethod(cls, "__repr__", []string{"self"}, func(th *Thread, sc *scope) (Value, error) {
			return th.dcRepr(sc.vars["self"], shown)
		}))
	}
	if o.eq {
		dcSetNew(cls, "__eq__", dcCompare(cls, "__eq__", py.Eq, compared))
	}
	if o.order {
		for _, m := range []struct {
			name string
			op   py.Op
		}{{"__lt__", py.Lt}, {"__le__", py.LtE}, {"__gt__", py.Gt}, {"__ge__", py.GtE}} {
			if !dcSetNew(cls, m.name, dcCompare(cls, m.name, m.op, compared)) {
				return th.Raise(TypeError, "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", m.name, cls.Name)
			}
		}
	}
	if o.frozen {
		names := map[string]bool{}
		for _, f := range plain {
			names[f.name.(string)] = true
		}
		for _, m := range []struct{ name, verb string }{{"__setattr__", "assign to"}, {"__delattr__", "delete"}} {
			params := []string{"self", "name", "value"}
			if m.name == "__delattr__" {
				params = params[:2]
			}
			verb, setter := m.verb, m.name == "__setattr__"
			method := dcMethod(cls, m.name, params, func(th *Thread, sc *scope) (Value, error) {
				self, name := sc.vars["self"], sc.vars["name"]
				if s, ok := name.(string); userClass(self) == cls || ok && names[s] {
					r, err := th.repr(name)
					if err != nil {
						return nil, err
					}
					return nil, th.Raise(FrozenInstanceError, "cannot %s field %s", verb, r)
				}
				inst, ok := self.(*Instance)
				s, isStr := name.(string)
				if !ok || !isStr {
					return nil, th.Unsupported("a frozen dataclass's %s on a subclass", m.name)
				}
				if setter {
					return nil, th.instanceSetAttr(inst, s, sc.vars["value"])
				}
				return nil, th.instanceDelAttr(inst, s)
			})
			if !dcSetNew(cls, m.name, method) {
				return th.Raise(TypeError, "Cannot overwrite attribute %s in class %s", m.name, cls.Name)
			}
		}
	}
	switch dcHashAction(o.unsafeHash, o.eq, o.frozen, explicitHash) {
	case "none":
		cls.Dict.SetStr("__hash__", nil)
	case "add":
		var hashed []*dcField
		for _, f := range plain {
			if f.hash == nil && f.compare || f.hash != nil && th.truthy(f.hash) {
				hashed = append(hashed, f)
			}
		}
		cls.Dict.SetStr("__hash__", dcMethod(cls, "__hash__", []string{"self"}, func(th *Thread, sc *scope) (Value, error) {
			t, err := th.dcTuple(sc.vars["self"], hashed)
			if err != nil {
				return nil, err
			}
			return builtinHash(th, &Call{Args: []Value{t}, Span: th.cur})
		}))
	case "raise":
		return th.Raise(TypeError, "Cannot overwrite attribute __hash__ in class %s", cls.Name)
	}
	if o.matchArgs {
		names := make(Tuple, len(std))
		for i, f := range std {
			names[i] = f.name
		}
		dcSetNew(cls, "__match_args__", names)
	}
	if o.slots {
		if _, ok := cls.Dict.GetStr("__slots__"); ok {
			return th.Raise(TypeError, "%s already specifies __slots__", cls.Name)
		}
		names := make(Tuple, len(plain))
		for i, f := range plain {
			names[i] = f.name
			cls.Dict.Delete(th, f.name)
		}
		cls.Dict.SetStr("__slots__", names)
		// CPython makes the class again, with __slots__ in its namespace
		slots, _, err := th.classSlots(cls.Name, cls.Bases, cls.Dict)
		if err != nil {
			return err
		}
		if cls.ns == nil {
			return th.Unsupported("slots=True on %s, a class not made by a class statement", cls.Name)
		}
		cls.recordNS(slices.Contains(cls.ns.head, "__annotations__"), slots, true)
	}
	return nil
}

// truthy is bool(v) for values whose truth cannot fail.
func (th *Thread) truthy(v Value) bool {
	t, _ := th.truth(v)
	return t
}

// dcHashAction is CPython's _hash_action table, keyed by (unsafe_hash, eq,
// frozen, has_explicit_hash).
func dcHashAction(unsafeHash, eq, frozen, explicit bool) string {
	switch {
	case unsafeHash && explicit:
		return "raise"
	case unsafeHash, eq && frozen && !explicit:
		return "add"
	case eq && !frozen && !explicit:
		return "none"
	}
	return ""
}

// dcSetNew is _set_new_attribute: false when the class defines name itself.
func dcSetNew(cls *Class, name string, v Value) bool {
	if _, ok := cls.Dict.GetStr(name); ok {
		return false
	}
	cls.Dict.SetStr(name, v)
	return true
}

// dcMethod is a method of cls the interpreter writes, with plain
// positional parameters.
func dcMethod(cls *Class, name string, params []string, body func(th *Thread, sc *scope) (Value, error)) *Function {
	args := &py.Arguments{}
	for _, p := range params {
		args.Args = append(args.Args, &py.Arg{Name: p})
	}
	return &Function{Name: name, Args: args, info: analyze(args, nil, nil), native: body, Span: cls.Span,
		qualname: dcQualname(cls) + "." + name, class: cls}
}

func dcQualname(cls *Class) string {
	if cls.qualname != "" {
		return cls.qualname
	}
	return cls.Name
}

// dcGetField is _get_field.
func (th *Thread) dcGetField(cls *Class, name string, typ Value, kwOnly bool, given *dcField) (*dcField, error) {
	f := given
	def, ok := cls.Lookup(name)
	if given != nil {
		def = dcMissing
	} else if ok {
		f, _ = def.(*dcField)
	} else {
		def = dcMissing
	}
	if f == nil {
		f = &dcField{def: def, factory: dcMissing, init: true, repr: true, compare: true, metadata: NewDict(), kwOnly: dcMissing}
	}
	f.name, f.typ, f.kind = name, typ, dcPlain
	if g, ok := typ.(*Generic); ok && g.Origin == "ClassVar" {
		f.kind = dcClassVar
	}
	if _, ok := typ.(*dcInitVar); ok {
		f.kind = dcInitVarField
	}
	if s, ok := typ.(string); ok && dcSpecialString(s) {
		return nil, th.Unsupported("a dataclass field annotated with the string %s", pyrepr.Str(s))
	}
	if f.kind != dcPlain && f.factory != dcMissing {
		return nil, th.Raise(TypeError, "field %s cannot have a default factory", name)
	}
	if f.kind == dcClassVar {
		if f.kwOnly != dcMissing {
			return nil, th.Raise(TypeError, "field %s is a ClassVar but specifies kw_only", name)
		}
	} else if f.kwOnly == dcMissing {
		f.kwOnly = kwOnly
	}
	if f.kind == dcPlain && unhashableClass(f.def) {
		typ, _ := callType(th, &Call{Args: []Value{f.def}})
		t, err := th.repr(typ)
		if err != nil {
			return nil, err
		}
		return nil, th.Raise(ValueError, "mutable default %s for field %s is not allowed: use default_factory", t, name)
	}
	return f, nil
}

// dcInit is _init_fn: __init__(self, std..., *, kw...).
func (th *Thread) dcInit(cls *Class, fields, std, kw []*dcField, frozen, postInit bool) (*Function, error) {
	seenDefault := false
	for _, f := range std {
		if f.hasDefault() {
			seenDefault = true
		} else if seenDefault {
			return nil, th.Raise(TypeError, "non-default argument '%s' follows default argument", f.name)
		}
	}
	selfName := "self"
	for _, f := range fields {
		if f.name == "self" {
			selfName = "__dataclass_self__"
		}
	}
	fn := dcMethod(cls, "__init__", []string{selfName}, nil)
	param := func(f *dcField) Value {
		switch {
		case f.def != dcMissing:
			return f.def
		case f.factory != dcMissing:
			return dcHasFactory
		}
		return missing{}
	}
	// _init_fn annotates each parameter with its field's type, and -> None
	fn.anns = NewDict()
	for _, f := range std {
		fn.Args.Args = append(fn.Args.Args, &py.Arg{Name: f.name.(string)})
		fn.anns.SetStr(f.name.(string), f.typ)
		if d := param(f); d != (missing{}) {
			fn.Defaults = append(fn.Defaults, d)
		}
	}
	for _, f := range kw {
		fn.Args.KwOnly = append(fn.Args.KwOnly, &py.Arg{Name: f.name.(string)})
		fn.anns.SetStr(f.name.(string), f.typ)
		fn.KwDefs = append(fn.KwDefs, param(f))
	}
	fn.anns.SetStr("return", nil)
	fn.info = analyze(fn.Args, nil, nil)
	fn.native = func(th *Thread, sc *scope) (Value, error) {
		self := sc.vars[selfName]
		for _, f := range fields {
			name := f.name.(string)
			var v Value
			switch {
			case f.factory != dcMissing:
				v = sc.vars[name]
				if !f.init || v == Value(dcHasFactory) {
					var err error
					if v, err = th.Call(f.factory, nil, nil); err != nil {
						return nil, err
					}
				}
			case f.init:
				v = sc.vars[name]
			default:
				continue
			}
			if f.kind == dcInitVarField {
				continue
			}
			if err := th.dcAssign(self, name, v, frozen); err != nil {
				return nil, err
			}
		}
		if postInit {
			var args []Value
			for _, f := range fields {
				if f.kind == dcInitVarField {
					args = append(args, sc.vars[f.name.(string)])
				}
			}
			m, err := th.getAttr(self, "__post_init__")
			if err != nil {
				return nil, err
			}
			if _, err := th.Call(m, args, nil); err != nil {
				return nil, err
			}
		}
		return nil, nil
	}
	return fn, nil
}

// dcAssign is _field_assign: self.name = v, or object.__setattr__ when frozen.
func (th *Thread) dcAssign(self Value, name string, v Value, frozen bool) error {
	if inst, ok := self.(*Instance); ok && frozen && inst.Class.Hook == nil {
		return th.instanceSetAttr(inst, name, v)
	}
	return th.setAttr(self, name, v)
}

// dcTuple is (self.a, self.b, ...) of the fields.
func (th *Thread) dcTuple(self Value, fields []*dcField) (Tuple, error) {
	t := make(Tuple, len(fields))
	for i, f := range fields {
		v, err := th.getAttr(self, f.name.(string))
		if err != nil {
			return nil, err
		}
		t[i] = v
	}
	return t, nil
}

// dcRepr is the generated __repr__ under reprlib's recursive_repr.
func (th *Thread) dcRepr(self Value, fields []*dcField) (Value, error) {
	if !th.reprEnter(self) {
		return "...", nil
	}
	defer th.reprLeave(self)
	cls := userClass(self)
	if cls == nil {
		return nil, th.Unsupported("a dataclass __repr__ called on a %s", typeName(self))
	}
	var b strings.Builder
	b.WriteString(dcQualname(cls) + "(")
	for i, f := range fields {
		v, err := th.getAttr(self, f.name.(string))
		if err != nil {
			return nil, err
		}
		r, err := th.repr(v)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.name.(string) + "=" + r)
	}
	b.WriteString(")")
	return b.String(), nil
}

// dcCompare is _cmp_fn: the field tuples compared when both are of the
// same class, NotImplemented otherwise.
func dcCompare(cls *Class, name string, op py.Op, fields []*dcField) *Function {
	return dcMethod(cls, name, []string{"self", "other"}, func(th *Thread, sc *scope) (Value, error) {
		self, other := sc.vars["self"], sc.vars["other"]
		if userClass(other) != userClass(self) {
			return notImplemented, nil
		}
		a, err := th.dcTuple(self, fields)
		if err != nil {
			return nil, err
		}
		b, err := th.dcTuple(other, fields)
		if err != nil {
			return nil, err
		}
		return th.compare(op, a, b)
	})
}

func dataclassFields(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "fields", 1, 1); err != nil {
		return nil, err
	}
	d := dcFieldsOf(c.Args[0])
	if d == nil {
		return nil, th.Raise(TypeError, "must be called with a dataclass type or instance")
	}
	var out Tuple
	for _, f := range dcList(d, dcPlain) {
		out = append(out, f)
	}
	return out, nil
}

func dataclassIsDataclass(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "is_dataclass", 1, 1); err != nil {
		return nil, err
	}
	return dcFieldsOf(c.Args[0]) != nil, nil
}

// dcInstance reports whether v is an instance of a dataclass.
func dcInstance(v Value) bool {
	_, ok := v.(*Instance)
	return ok && dcFieldsOf(v) != nil
}

func dataclassAsdict(th *Thread, c *Call) (Value, error) {
	return th.dcConvert(c, "asdict", "dict_factory")
}

func dataclassAstuple(th *Thread, c *Call) (Value, error) {
	return th.dcConvert(c, "astuple", "tuple_factory")
}

// dcConvert is asdict and astuple: _asdict_inner and _astuple_inner.
func (th *Thread) dcConvert(c *Call, name, factoryName string) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "%s() takes 1 positional argument but %d were given", name, len(c.Args))
	}
	var factory Value
	for _, k := range c.Kw {
		if k.Name != factoryName {
			return nil, th.Raise(TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		factory = k.Value
	}
	if !dcInstance(c.Args[0]) {
		return nil, th.Raise(TypeError, "%s() should be called on dataclass instances", name)
	}
	asDict := name == "asdict"
	var inner func(v Value) (Value, error)
	inner = func(v Value) (Value, error) {
		switch x := v.(type) {
		case *Instance:
			if !dcInstance(x) {
				break
			}
			var items []Value
			for _, f := range dcList(dcFieldsOf(x), dcPlain) {
				fv, err := th.getAttr(x, f.name.(string))
				if err != nil {
					return nil, err
				}
				if fv, err = inner(fv); err != nil {
					return nil, err
				}
				if asDict {
					items = append(items, Tuple{f.name, fv})
				} else {
					items = append(items, fv)
				}
			}
			if factory != nil {
				return th.Call(factory, []Value{&List{Items: items}}, nil)
			}
			if !asDict {
				return Tuple(items), nil
			}
			d := NewDict()
			for _, kv := range items {
				if err := d.Set(th, kv.(Tuple)[0], kv.(Tuple)[1]); err != nil {
					return nil, err
				}
			}
			return d, nil
		case *List:
			out := &List{Items: make([]Value, len(x.Items))}
			for i, it := range x.Items {
				r, err := inner(it)
				if err != nil {
					return nil, err
				}
				out.Items[i] = r
			}
			return out, nil
		case Tuple:
			out := make(Tuple, len(x))
			for i, it := range x {
				r, err := inner(it)
				if err != nil {
					return nil, err
				}
				out[i] = r
			}
			return out, nil
		case *Dict:
			out := NewDict()
			for i, k := range x.keys {
				kk, err := inner(k)
				if err != nil {
					return nil, err
				}
				vv, err := inner(x.vals[i])
				if err != nil {
					return nil, err
				}
				if err := out.Set(th, kk, vv); err != nil {
					return nil, err
				}
			}
			return out, nil
		}
		return th.deepCopy(v, NewDict()) // as CPython does, each value with a memo of its own
	}
	return inner(c.Args[0])
}

func dataclassReplace(th *Thread, c *Call) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "replace() takes 1 positional argument but %d were given", len(c.Args))
	}
	obj := c.Args[0]
	if !dcInstance(obj) {
		return nil, th.Raise(TypeError, "replace() should be called on dataclass instances")
	}
	changes := append([]KV(nil), c.Kw...)
	given := map[string]bool{}
	for _, k := range c.Kw {
		given[k.Name] = true
	}
	for _, f := range dcList(dcFieldsOf(obj), dcPlain, dcInitVarField) {
		name := f.name.(string)
		if !f.init {
			if given[name] {
				return nil, th.Raise(ValueError, "field %s is declared with init=False, it cannot be specified with replace()", name)
			}
			continue
		}
		if given[name] {
			continue
		}
		if f.kind == dcInitVarField && f.def == dcMissing {
			return nil, th.Raise(ValueError, "InitVar '%s' must be specified with replace()", name)
		}
		v, err := th.getAttr(obj, name)
		if err != nil {
			return nil, err
		}
		changes = append(changes, KV{Name: name, Value: v})
	}
	return th.Call(obj.(*Instance).Class, nil, changes)
}
