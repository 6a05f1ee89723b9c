package sa

import (
	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/exc"
	"errors"
	"fmt"
	"slices"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// registry is a declarative base's registry: its MetaData and mapped classes.
type registry struct {
	rt         *Runtime
	meta       *metaObj
	classes    map[string]*mapped
	order      []*mapped
	configured bool
	// failed is why configuring failed: SQLAlchemy leaves the mapper
	// unconfigured and every later use raises InvalidRequestError naming it.
	failed *configFailure
	// flask is the Flask-SQLAlchemy db whose Model this registry backs: it
	// names tables after their class and gives classes a query property.
	flask *flaskDB
	// automap is set on an automap_base()'s registry.
	automap *automap
	// metas are other MetaData whose tables classes of this registry map.
	metas []*metaObj
	// typeMap is the type_annotation_map: Python types to SQL types.
	typeMap *interp.Dict
	// dups are the class names several mapped classes share.
	dups map[string]bool
}

// mapped is one mapped class.
type mapped struct {
	cls  *interp.Class
	m    *orm.Mapper
	rels []*relDef // relationship() calls on this class, in body order
	reg  *registry
	// exprs are the column_property()/deferred() SQL expressions, by key
	exprs []exprProp
	// refusal is a deferred column: loading the class is refused
	refusal *exc.Error
	// validators are the @validates methods by attribute key; instrumented
	// says they are among the attributes' listeners (the mapper configured)
	validators   map[string]*validator
	instrumented bool
}

// exprProp is a SQL expression mapped as an attribute.
type exprProp struct {
	key string
	p   *colPropDef
}

// hook is the ClassHook of a declarative base.
type hook struct {
	reg *registry
	// isBase marks DeclarativeBase itself: subclassing it makes a new base.
	isBase bool
	// root is the base class the registry's classes derive from, and
	// rootDir what SQLAlchemy puts in its own __dict__ (nil: dir() refused).
	root    *interp.Class
	rootDir []string
}

// What SQLAlchemy 2.0.52 puts in the __dict__ of its declarative classes,
// read from a run of dir() on CPython 3.11: the base declarative_base()
// (or registry.generate_base()) makes, DeclarativeBase itself (with the
// typing classes it derives from), a subclass of it, and a mapped class.
var (
	generatedBaseDir   = []string{"__abstract__", "__init__", "_sa_registry", "metadata", "registry"}
	declarativeBaseDir = []string{"__annotations__", "__class_getitem__", "__init_subclass__", "__orig_bases__", "__parameters__", "__slots__", "_is_protocol"}
	declBaseSubDir     = []string{"__init__", "__parameters__", "_sa_registry", "metadata", "registry"}
	mappedClassDir     = []string{"__init__", "__mapper__", "__table__", "_sa_class_manager"}
)

// ClassDir implements interp.HostDir.
func (h *hook) ClassDir(k *interp.Class) ([]string, bool) {
	switch {
	case h.isBase:
		return declarativeBaseDir, true
	case h.rootDir == nil:
		return nil, false
	case k == h.root:
		return h.rootDir, true
	case h.reg.byClass(k) != nil:
		return mappedClassDir, true
	}
	return nil, true // an __abstract__ class: only its own body
}

// SetClassAttr implements interp.ClassAttrSetter: a relationship() set on a
// mapped class after its declaration joins its mapper, configured on next
// use (DeclarativeMeta.__setattr__ -> _add_attribute -> add_property); a
// column set there is refused (SQLAlchemy adds it to the table).
func (h *hook) SetClassAttr(th *interp.Thread, cls *interp.Class, name string, v interp.Value) (bool, error) {
	mp := h.reg.byClass(cls)
	if mp == nil {
		return false, nil
	}
	switch d := v.(type) {
	case *relDef:
		if d.rel != nil || d.owner != nil {
			return true, th.Unsupported("a relationship() of one class set on another (%s.%s)", cls.Name, name)
		}
		d.key = name
		mp.rels = append(mp.rels, d)
		h.reg.configured = false
		cls.Dict.SetStr(name, d)
		return true, nil
	case *columnDef, *colPropDef, *compositeDef:
		return true, th.Unsupported("a column added to mapped class %s after its declaration (%s.%s = ...)", cls.Name, cls.Name, name)
	}
	return false, nil
}

// InstanceDir implements interp.HostDir.
func (h *hook) InstanceDir(inst *interp.Instance) []string {
	if _, ok := inst.Host.(*orm.State); ok {
		return []string{"_sa_instance_state"}
	}
	return nil
}

func (rt *Runtime) newRegistry() *registry {
	r := &registry{rt: rt, classes: map[string]*mapped{}}
	r.meta = rt.newMeta()
	r.meta.reg = r
	rt.registries = append(rt.registries, r)
	return r
}

// declarativeBase is declarative_base(): a new base class with its own registry.
func (rt *Runtime) declarativeBase(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "declarative_base")
	return generatedBase(th, &registryObj{r: rt.newRegistry()}, a, "Base")
}

// generatedBase is the base class declarative_base(), registry.generate_base()
// and @as_declarative() make: named name=, deriving from cls= (a plain class
// whose declarations, like a mixin's, every mapped class inherits) when given.
func generatedBase(th *interp.Thread, o *registryObj, a *args, name string) (*interp.Class, error) {
	var bases []*interp.Class
	if v, ok := a.kw("cls"); ok && v != interp.TypeObject {
		k, isClass := v.(*interp.Class)
		if !isClass || k.Hook != nil {
			return nil, unsupported(th, "%s(cls=) of %s", a.fn, th.TypeName(v))
		}
		bases = append(bases, k)
	}
	if v, ok := a.kw("name"); ok {
		s, isStr := v.(string)
		if !isStr {
			return nil, unsupported(th, "%s(name=) of %s", a.fn, th.TypeName(v))
		}
		name = s
	}
	if err := a.check(0); err != nil {
		return nil, err
	}
	d := interp.NewDict()
	d.SetStr("metadata", o.r.meta)
	d.SetStr("registry", o)
	h := &hook{reg: o.r, rootDir: generatedBaseDir}
	if len(bases) > 0 {
		h.rootDir = nil // its __dict__ also holds what cls= brings: dir() is refused
	}
	h.root = interp.NewClass(name, bases, d, h)
	return h.root, nil
}

// asDeclarative is @as_declarative(**kw) and registry.as_declarative_base(**kw):
// the decorated class becomes the cls= of a new base of its own name.
func asDeclarative(th *interp.Thread, c *interp.Call, fn string, reg func() *registryObj) (interp.Value, error) {
	if len(c.Args) > 0 {
		n := len(c.Args)
		verb := "were"
		if n == 1 {
			verb = "was"
		}
		return nil, th.Raise(interp.TypeError, "%s() takes 0 positional arguments but %d %s given", fn, n, verb)
	}
	kw := c.Kw
	return builtin("decorate", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, th.Raise(interp.TypeError, "decorate() takes 1 positional argument but %d were given", len(c.Args)+len(c.Kw))
		}
		k, ok := c.Args[0].(*interp.Class)
		if !ok {
			return nil, unsupported(th, "%s() of %s", fn, th.TypeName(c.Args[0]))
		}
		all := append([]interp.KV{{Name: "cls", Value: k}, {Name: "name", Value: k.Name}}, kw...)
		return generatedBase(th, reg(), newArgs(th, &interp.Call{Kw: all, Span: c.Span}, fn), k.Name)
	}), nil
}

func (h *hook) Subclassed(th *interp.Thread, cls *interp.Class, body *interp.ClassBody) error {
	rt := h.reg.rt
	if err := resolveAnnotations(th, cls); err != nil {
		return err
	}
	dcKw, isDC, err := rt.dcTransforms(th, cls, body)
	if err != nil {
		return err
	}
	if len(body.Keywords) > 0 && !isDC {
		return unsupportedAt(th, body.KeywordSpans[0], "class keyword "+body.Keywords[0].Name+"= on a declarative class")
	}
	// SQLAlchemy calls __declare_first__ before configure_mappers(): the
	// engine does not, so a class that has one is refused
	if _, ok := cls.Lookup("__declare_first__"); ok {
		return th.Unsupported("__declare_first__ on a declarative class (%s)", cls.Name)
	}
	if _, ok := cls.Lookup("__declare_last__"); ok && !h.isBase {
		rt.declareLast = append(rt.declareLast, cls)
	}
	if h.isBase {
		// class Base(DeclarativeBase): a new declarative base
		reg := rt.newRegistry()
		tm, hasMap := cls.Dict.GetStr("type_annotation_map")
		if v, own := cls.Dict.GetStr("registry"); own {
			ro, ok := v.(*registryObj)
			if !ok {
				return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Declarative base class has a 'registry' attribute that is not an instance of sqlalchemy.orm.registry()")
			}
			if hasMap {
				return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Declarative base class has both a 'registry' attribute and a type_annotation_map entry.  Per-base type_annotation_maps are not supported.  Please apply the type_annotation_map to this registry directly.")
			}
			reg = ro.r
		} else {
			cls.Dict.SetStr("registry", &registryObj{r: reg})
			// metadata = MetaData() in the base: the registry's, which
			// Core tables may share (_setup_declarative_base)
			if v, own := cls.Dict.GetStr("metadata"); own && v != nil {
				md, ok := v.(*metaObj)
				if !ok {
					return unsupported(th, "a declarative base's metadata of %s", th.TypeName(v))
				}
				reg.meta = md
			}
		}
		if hasMap && tm != nil {
			if err := reg.updateTypeMap(th, tm); err != nil {
				return err
			}
		}
		cls.Dict.SetStr("metadata", reg.meta)
		cls.Hook = &hook{reg: reg, root: cls, rootDir: declBaseSubDir}
		if isDC { // not mapped: a dataclass of its own annotations
			return rt.makeDataclass(th, cls, body, dcDeclared(cls, body), dcKw)
		}
		return nil
	}
	if v, ok := cls.Dict.GetStr("__abstract__"); ok && v == true {
		return nil
	}
	if h.reg.automap != nil {
		return h.reg.automap.declare(th, cls, body)
	}
	return h.mapDeclared(th, cls, body, isDC, dcKw)
}

// mapDeclared maps a declarative class, a dataclass too when isDC.
func (h *hook) mapDeclared(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, isDC bool, dcKw []interp.KV) error {
	if !isDC {
		if err := checkNoDCArgs(th, cls, body); err != nil {
			return err
		}
		return h.reg.mapClass(th, cls, body)
	}
	declared := dcDeclared(cls, body)
	if err := h.reg.mapClass(th, cls, body); err != nil {
		return err
	}
	return h.reg.rt.makeDataclass(th, cls, body, declared, dcKw)
}

func (h *hook) New(th *interp.Thread, inst *interp.Instance) error {
	m := h.reg.byClass(inst.Class)
	if m == nil {
		return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Class '%s' is not mapped: give it a __tablename__ and a primary key column", inst.Class.Name)
	}
	if err := h.reg.configure(th); err != nil {
		return err
	}
	st := orm.NewState(m.m)
	st.Obj = inst
	inst.Host = st
	if m.m.PolyOn != nil && m.m.Identity != nil {
		// mapper._set_polymorphic_identity, on the init event
		st.SetColumn(m.m.ColKey(m.m.PolyOn), m.m.Identity)
	}
	return nil
}

func (h *hook) Init(th *interp.Thread, inst *interp.Instance, c *interp.Call) error {
	if len(c.Args) > 0 {
		return typeErr(th, "__init__() takes 1 positional argument but %d were given", len(c.Args)+1)
	}
	for _, kv := range c.Kw {
		if _, ok := inst.Class.Lookup(kv.Name); !ok {
			return typeErr(th, "'%s' is an invalid keyword argument for %s", kv.Name, inst.Class.Name)
		}
		// setattr(self, k, v), as _declarative_constructor does: a
		// property's or a hybrid's setter runs
		if err := th.SetAttr(inst, kv.Name, kv.Value); err != nil {
			return err
		}
	}
	return nil
}

func (h *hook) GetAttr(th *interp.Thread, inst *interp.Instance, name string) (interp.Value, bool, error) {
	st, ok := inst.Host.(*orm.State)
	if !ok {
		return nil, false, nil
	}
	if p := assocProxyOf(inst, name); p != nil {
		v, err := p.get(th, h.reg.rt, inst)
		return v, true, err
	}
	if _, isCol := st.M.Cols[name]; !isCol && st.M.Rel(name) == nil {
		return nil, false, nil
	}
	if r := st.M.Rel(name); r != nil && r.WriteOnly() {
		return &writeOnlyObj{rt: h.reg.rt, st: st, rel: r}, true, nil
	} else if r != nil && r.Dynamic() {
		return h.reg.rt.appender(st, r), true, nil
	}
	v, err := st.Get(name)
	if err != nil {
		return nil, true, h.reg.rt.raise(th, err)
	}
	return h.reg.rt.toPy(st, name, v), true, nil
}

func (h *hook) SetAttr(th *interp.Thread, inst *interp.Instance, name string, v interp.Value) (bool, error) {
	st, ok := inst.Host.(*orm.State)
	if !ok {
		return false, nil
	}
	if p := assocProxyOf(inst, name); p != nil {
		return true, p.set(th, h.reg.rt, inst, v)
	}
	if _, isCol := st.M.Cols[name]; !isCol && st.M.Rel(name) == nil {
		return false, nil
	}
	return true, h.setAttr(th, inst, name, v)
}

// DelAttr is del obj.attr on a mapped attribute (ScalarAttributeImpl.delete):
// the "remove" listeners get the value it had (or NO_VALUE), which leaves
// the object; one that had none raises AttributeError.
func (h *hook) DelAttr(th *interp.Thread, inst *interp.Instance, name string) (bool, error) {
	st, ok := inst.Host.(*orm.State)
	if !ok {
		return false, nil
	}
	rt := h.reg.rt
	if st.M.Rel(name) != nil {
		return true, unsupported(th, "deleting the relationship attribute %s.%s", st.M.Class, name)
	}
	if st.M.Cols[name] == nil {
		return false, nil
	}
	if st.Key != nil {
		return true, unsupported(th, "deleting the attribute %s.%s of an object that has an identity (persistent or detached)", st.M.Class, name)
	}
	for _, l := range rt.listeners(st.M, name, "set") {
		if l.validator != nil && l.validator.includeRemoves {
			return true, unsupported(th, "deleting the attribute %s.%s, which a validator with include_removes=True sees", st.M.Class, name)
		}
	}
	var old interp.Value = noValue
	if v, ok := st.Dict[name]; ok {
		old = rt.toPy(st, name, v)
	}
	if err := rt.fireRemove(th, st, name, old); err != nil {
		return true, err
	}
	if !st.DeleteColumn(name) {
		return true, th.Raise(interp.AttributeError, "%s.%s object does not have a value", st.M.Class, name)
	}
	return true, nil
}

func (h *hook) setAttr(th *interp.Thread, inst *interp.Instance, name string, v interp.Value) error {
	st := inst.Host.(*orm.State)
	rt := h.reg.rt
	if col, isCol := st.M.Cols[name]; isCol {
		v, err := rt.fireSet(th, inst, st, name, v)
		if err != nil {
			return err
		}
		sv, err := colToSQL(th, col, v)
		if err != nil {
			return err
		}
		st.SetColumn(name, sv)
		return nil
	}
	if st.M.Rel(name) == nil {
		inst.Dict.SetStr(name, v)
		return nil
	}
	r := st.M.Rel(name)
	if r.Uselist {
		items, err := th.Iterate(v)
		if r.Dict != nil {
			items, err = dictValues(th, v)
		}
		if err != nil {
			return err
		}
		if r.Dynamic() {
			var states []*orm.State
			for _, it := range items {
				s, err := rt.stateOf(th, it, r.Target)
				if err != nil {
					return err
				}
				states = append(states, s)
			}
			return rt.raise(th, st.Set(name, states))
		}
		// an append listener with retval=True may turn what is not an
		// object into one: its items go to it as given
		retval := false
		for _, l := range rt.listeners(st.M, name, "append") {
			retval = retval || l.retval
		}
		vals := make([]any, len(items))
		for i, it := range items {
			if inst, ok := it.(*interp.Instance); ok && retval {
				if s, ok := inst.Host.(*orm.State); ok {
					vals[i] = s
					continue
				}
			}
			if retval {
				vals[i] = it
				continue
			}
			s, err := rt.stateOf(th, it, r.Target)
			if err != nil {
				return err
			}
			vals[i] = s
		}
		return rt.raise(th, st.ReplaceColl(r, vals))
	}
	if v == nil {
		return rt.raise(th, st.Set(name, (*orm.State)(nil)))
	}
	s, err := rt.stateOf(th, v, r.Target)
	if err != nil {
		return err
	}
	return rt.raise(th, st.Set(name, s))
}

// stateOf finds the ORM state of a mapped instance.
func (rt *Runtime) stateOf(th *interp.Thread, v interp.Value, want *orm.Mapper) (*orm.State, error) {
	inst, ok := v.(*interp.Instance)
	if ok {
		if st, ok := inst.Host.(*orm.State); ok {
			if want != nil && !st.M.IsA(want) {
				return nil, typeErr(th, "expected a %s object, got a %s object", want.Class, st.M.Class)
			}
			return st, nil
		}
	}
	return nil, th.Raise(interp.ClassOf(exc.UnmappedInstanceError), "Class '%s' is not mapped", th.TypeName(v))
}

func (r *registry) byClass(cls *interp.Class) *mapped {
	if m := r.classes[cls.Name]; m != nil && m.cls == cls {
		return m
	}
	if r.dups[cls.Name] {
		for _, m := range r.order {
			if m.cls == cls {
				return m
			}
		}
	}
	return nil
}

// named is the class a string names (clsregistry's lookup): nil when none
// does, SQLAlchemy's error when several classes of the registry share it.
func (r *registry) named(th *interp.Thread, name string) (*mapped, error) {
	if r.dups[name] {
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Multiple classes found for path \"%s\" in the registry of this declarative base. Please use a fully module-qualified path.", name)
	}
	return r.classes[name], nil
}

// mapClass is the declarative scan: the table from the body's columns, then
// the mapper; relationships are configured later, once every class exists.
func (r *registry) mapClass(th *interp.Thread, cls *interp.Class, body *interp.ClassBody) error {
	if tv, ok := cls.Dict.GetStr("__table__"); ok {
		if len(cls.Bases) != 1 || cls.Bases[0].Hook == nil || r.byClass(cls.Bases[0]) != nil {
			return unsupported(th, "mapped class inheritance (class %s)", cls.Name)
		}
		return r.classTable(th, cls, body, tv)
	}
	var parent *mapped
	for _, k := range cls.MRO[1:] {
		if p := r.byClass(k); p != nil {
			if parent == nil {
				parent = p
			} else if !parent.cls.IsSubclass(k) {
				return unsupported(th, "a class inheriting from two mapped classes (class %s)", cls.Name)
			}
		}
	}
	tn, ok := cls.Lookup("__tablename__")
	if parent != nil {
		// a mapped superclass's plain __tablename__ is not this class's:
		// without one of its own, a mixin's or a declared_attr, the class
		// shares its parent's table (single-table inheritance)
		ok = false
		for _, k := range cls.MRO {
			v, own := k.Dict.GetStr("__tablename__")
			if _, isDA := v.(*declaredAttr); own && (k == cls || r.byClass(k) == nil || isDA) {
				tn, ok = v, true
				break
			}
		}
	}
	if da, isDA := tn.(*declaredAttr); ok && isDA {
		var err error
		if tn, err = th.Call(da.fn, []interp.Value{cls}, nil); err != nil {
			return err
		}
		cls.Dict.SetStr("__tablename__", tn)
	}
	if parent != nil && mapperArgsKey(cls, "concrete") {
		return unsupported(th, "concrete table inheritance (class %s)", cls.Name)
	}
	if !ok && r.flask != nil && (parent == nil || ownPrimaryKey(cls, body)) {
		// Flask-SQLAlchemy names the table; a subclass gets one of its own
		// (joined-table inheritance) only when it declares a primary key
		tn, ok = snakeCase(cls.Name), true
		cls.Dict.SetStr("__tablename__", tn)
	}
	if parent != nil && (!ok || tn == nil) {
		mp := &mapped{cls: cls, reg: r}
		cols, err := scanColumns(th, cls, body, mp, parent)
		if err != nil {
			return err
		}
		return r.mapSingle(th, cls, body, parent, mp, cols)
	}
	if !ok {
		return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Class %s does not have a __table__ or __tablename__ specified and does not inherit from an existing table-mapped class.", cls.Name)
	}
	name, ok := tn.(string)
	if !ok {
		return typeErr(th, "__tablename__ must be a string")
	}
	mp := &mapped{cls: cls, reg: r}
	cols, err := scanColumns(th, cls, body, mp, parent)
	if err != nil {
		return err
	}
	ta, err := tableArgsOf(th, cls)
	if err != nil {
		return err
	}
	if _, ok := cls.Lookup("__table_cls__"); ok {
		return r.tableCls(th, cls, body, parent, mp, name, cols, ta)
	}
	t := schema.NewTable(name, body.Span)
	if err := buildColumns(th, t, cols); err != nil {
		return err
	}
	if err := tableArgs(th, t, ta, nil); err != nil {
		return err
	}
	if len(t.PrimaryKey) == 0 && !mapperArgsKey(cls, "primary_key") {
		return th.Raise(interp.ClassOf(exc.ArgumentError), "Mapper Mapper[%s(%s)] could not assemble any primary key columns for mapped table '%s'", cls.Name, name, name)
	}
	if err := r.meta.md.Add(t); err != nil {
		return th.Raise(interp.ClassOf(exc.InvalidRequestError), "%s", err.Error())
	}
	return r.mapOnTable(th, cls, body, parent, mp, t, cols)
}

// mapOnTable maps cls (declared columns cols) on its own table t.
func (r *registry) mapOnTable(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, parent, mp *mapped, t *schema.Table, cols []colEntry) error {
	if parent != nil {
		return r.mapJoined(th, cls, body, parent, mp, t, cols)
	}
	keys := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		keys[i] = c.Key
		for _, ce := range cols {
			if ce.cd.col == c {
				keys[i] = ce.key
			}
		}
	}
	mp.m = r.mapTable(cls, t, body.Span, keys)
	if err := mapperArgs(th, cls, mp.m); err != nil {
		return err
	}
	return r.add(th, mp)
}

// tableArgsOf reads __table_args__ (a tuple, a dict, or a declared_attr
// making one) as Table()'s extra arguments: a dict stands for keywords.
func tableArgsOf(th *interp.Thread, cls *interp.Class) ([]interp.Value, error) {
	ta, ok := cls.Lookup("__table_args__")
	if !ok {
		return nil, nil
	}
	if da, isDA := ta.(*declaredAttr); isDA {
		var err error
		if ta, err = th.Call(da.fn, []interp.Value{cls}, nil); err != nil {
			return nil, err
		}
	}
	switch ta := ta.(type) {
	case interp.Tuple:
		return ta, nil
	case *interp.Dict:
		return []interp.Value{ta}, nil
	case nil:
		return nil, nil
	}
	return nil, typeErr(th, "__table_args__ must be a tuple or a dict")
}

// tableCls makes the table with the class's __table_cls__, called as
// Table(name, metadata, *columns, *args, **kw); a None from it leaves a
// subclass on its parent's table (single-table inheritance).
func (r *registry) tableCls(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, parent, mp *mapped, name string, cols []colEntry, ta []interp.Value) error {
	fn, _, err := th.GetAttr(cls, "__table_cls__")
	if err != nil {
		return err
	}
	args := []interp.Value{name, r.meta}
	core := make([]*columnDef, len(cols)) // a mapped_column() is passed as its Column
	for i, ce := range cols {
		cp := *ce.cd
		cp.mapped = false
		if cp.name == "" {
			cp.name = ce.key // declarative names a column by its attribute
		}
		core[i] = &cp
		args = append(args, &cp)
	}
	var kw []interp.KV
	for _, it := range ta {
		if d, ok := it.(*interp.Dict); ok {
			for _, k := range d.Keys() {
				v, _, _ := d.Get(th, k)
				ks, _ := k.(string)
				kw = append(kw, interp.KV{Name: ks, Value: v})
			}
			continue
		}
		args = append(args, it)
	}
	res, err := th.Call(fn, args, kw)
	if err != nil {
		return err
	}
	for i, ce := range cols {
		ce.cd.col, ce.cd.table = core[i].col, core[i].table
	}
	switch res := res.(type) {
	case *tableObj:
		return r.mapOnTable(th, cls, body, parent, mp, res.t, cols)
	case nil:
		if parent != nil {
			cls.Dict.SetStr("__table__", nil) // declarative sets what __table_cls__ returned
			return r.mapSingle(th, cls, body, parent, mp, cols)
		}
	}
	return unsupported(th, "__table_cls__ returning %s (class %s)", th.TypeName(res), cls.Name)
}

// scanOrder is the order declarative reads a class body's names in:
// vars(cls) merged with __annotations__ as util.merge_lists_w_ordering
// merges them, so that a name only annotated (fullname: Mapped[str])
// stands after the annotated name before it, not where it was written.
func scanOrder(k *interp.Class, kb *interp.ClassBody) []string {
	var vars []string
	for _, n := range kb.Names {
		if _, ok := k.Dict.GetStr(n); ok {
			vars = append(vars, n)
		}
	}
	overlap := map[string]bool{}
	for _, n := range kb.AnnNames {
		if slices.Contains(vars, n) {
			overlap[n] = true
		}
	}
	var out []string
	cur, other := vars, kb.AnnNames
	for {
		switched := false
		for i, n := range cur {
			if overlap[n] {
				delete(overlap, n)
				cur, other = other, cur[i+1:]
				switched = true
				break
			}
			out = append(out, n)
		}
		if !switched {
			out = append(out, other...)
			break
		}
	}
	for _, n := range kb.Names {
		if !slices.Contains(out, n) {
			out = append(out, n) // bound but neither in vars nor annotated (deleted again)
		}
	}
	return out
}

// scanColumns reads the columns and relationships a class declares: its
// own, then each mixin's and the base's in MRO order, as 2.0 orders the
// table's columns; a name declared nearer wins. A subclass of a mapped
// class declares only its own and its mixins' (parent's are inherited).
func scanColumns(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, mp *mapped, parent *mapped) ([]colEntry, error) {
	var cols []colEntry
	seen := map[string]bool{}
	for _, k := range cls.MRO {
		kb := k.Body
		if k != cls && (kb == nil || parent != nil && parent.cls.IsSubclass(k)) {
			continue // object, DeclarativeBase, a declarative_base() class, the mapped superclass
		}
		if k == cls {
			kb = body
		}
		order := kb.Names
		if k == cls {
			// a mixin's columns are copied before its declared_attrs run:
			// its names are read as written
			order = scanOrder(k, kb)
		}
		for _, key := range order {
			if seen[key] {
				continue
			}
			v, _ := k.Dict.GetStr(key)
			if da, ok := v.(*declaredAttr); ok && isDunder(key) {
				continue // __tablename__, __table_args__, __mapper_args__: read where the mapping needs them
			} else if ok {
				var err error
				if v, err = th.Call(da.fn, []interp.Value{cls}, nil); err != nil {
					return nil, err
				}
				switch d := v.(type) {
				case *columnDef:
					// a mixin's function's return annotation types it (->
					// Mapped[int]); the mapped class's own declared_attr is
					// read with the class's annotation instead
					if anns, ok, _ := th.GetAttr(da.fn, "__annotations__"); ok && k != cls {
						if ad, isDict := anns.(*interp.Dict); isDict {
							if ret, has := ad.GetStr("return"); has {
								if err := mp.reg.applyAnnotation(th, d, ret, kb.Spans[key]); err != nil {
									return nil, err
								}
							}
						}
					}
				case *relDef, *colPropDef:
				case *colAttr:
					if parent == nil || d.as != nil || d.col.Table != parent.m.Table {
						return nil, unsupportedAt(th, kb.Spans[key], "a declared_attr returning a Table's existing column (attribute "+key+") other than one of its single-table parent's")
					}
					cols = append(cols, colEntry{key: key, cd: &columnDef{col: d.col, table: d.col.Table, span: kb.Spans[key]}, existing: true})
					seen[key] = true
					continue
				default:
					continue // a declared_attr of anything else is not a column
				}
			} else if k != cls {
				switch c := v.(type) {
				case *columnDef:
					cp := *c // a mixin's column is copied into each class
					cp.col, cp.pending = nil, false
					v = &cp
					cls.Dict.SetStr(key, v) // the class body's declared_attrs read it
				case *relDef, *colPropDef:
					return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Mapper properties (i.e. deferred,column_property(), relationship(), etc.) must be declared as @declared_attr callables on declarative mixin classes.  For dataclass field() objects, use a lambda:")
				}
			}
			if err := scanDecl(th, mp, &cols, seen, cls, key, v, kb); err != nil {
				return nil, err
			}
		}
		for _, key := range kb.Names {
			seen[key] = true
		}
	}
	return cols, nil
}

// isDunder reports a __name__ (a declarative directive, never an attribute).
func isDunder(key string) bool {
	return len(key) > 4 && strings.HasPrefix(key, "__") && strings.HasSuffix(key, "__")
}

// buildColumns makes the scanned columns and adds them to t, each with the
// constraints its flags and ForeignKey()s make, as Table() attaches them.
func buildColumns(th *interp.Thread, t *schema.Table, cols []colEntry) error {
	for _, ce := range cols {
		if ce.existing {
			return unsupportedAt(th, ce.cd.span, "a declared_attr returning a Table's existing column (attribute "+ce.key+") on a class with its own table")
		}
		col, err := ce.cd.build(th, ce.key)
		if err != nil {
			return err
		}
		if err := ce.cd.attach(th, t, col); err != nil {
			return err
		}
	}
	return nil
}

// mapperArgs reads __mapper_args__ (a dict, or a declared_attr making one):
// the options the engine has; the others are refused by name once the
// mapper writes or loads rows.
func mapperArgs(th *interp.Thread, cls *interp.Class, m *orm.Mapper) error {
	v, ok := cls.Lookup("__mapper_args__")
	if !ok {
		return nil
	}
	if da, isDA := v.(*declaredAttr); isDA {
		var err error
		if v, err = th.Call(da.fn, []interp.Value{cls}, nil); err != nil {
			return err
		}
	}
	d, ok := v.(*interp.Dict)
	if !ok {
		return unsupported(th, "__mapper_args__ of type %s", th.TypeName(v))
	}
	for _, k := range d.Keys() {
		val, _, err := d.Get(th, k)
		if err != nil {
			return err
		}
		switch k {
		case "polymorphic_on":
			col, err := polymorphicOn(th, m, val)
			if err != nil {
				return err
			}
			if m.Inherits != nil && col != m.PolyOn {
				return unsupported(th, "polymorphic_on on a subclass (%s)", cls.Name)
			}
			m.PolyOn = col
		case "polymorphic_identity":
			sv, err := pyToSQL(th, val)
			if err != nil {
				return err
			}
			m.Identity = sv
		case "polymorphic_load":
			if val != "selectin" || m.Inherits == nil {
				return unsupported(th, "__mapper_args__ polymorphic_load=%s (only \"selectin\" on a subclass)", pyrepr.Value(val))
			}
			m.PolySelectin = true
		case "eager_defaults":
			if val == "auto" {
				m.EagerDefaults = nil
				continue
			}
			b, err := th.Truth(val)
			if err != nil {
				return err
			}
			m.EagerDefaults = &b
		case "batch":
			b, err := th.Truth(val)
			if err != nil {
				return err
			}
			m.NoBatch = !b
		default:
			if m.Refusal == nil {
				span := cls.Span
				if cls.Body != nil {
					if sp, ok := cls.Body.Spans["__mapper_args__"]; ok {
						span = sp
					}
				}
				m.Refusal = exc.Unsupported(span, "__mapper_args__ key "+pyrepr.Value(k))
			}
		}
	}
	return nil
}

// mapperArgsKey reports whether the class's __mapper_args__ is a dict with
// key (the mapper's own primary key is refused later, by mapperArgs).
func mapperArgsKey(cls *interp.Class, key string) bool {
	v, _ := cls.Lookup("__mapper_args__")
	d, ok := v.(*interp.Dict)
	if !ok {
		return false
	}
	_, has := d.GetStr(key)
	return has
}

// declaredAttr is a function decorated with @declared_attr (or its
// .directive and .cascading forms): the declarative scan calls it with the
// class being mapped.
type declaredAttr struct{ fn interp.Value }

func (d *declaredAttr) TypeName() string { return "declared_attr" }

// declaredAttrFn is sqlalchemy.orm.declared_attr itself.
type declaredAttrFn struct{}

func (declaredAttrFn) TypeName() string { return "type" }
func (declaredAttrFn) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, unsupported(th, "declared_attr() with arguments other than the function")
	}
	return &declaredAttr{fn: c.Args[0]}, nil
}
func (d declaredAttrFn) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "directive" || name == "cascading" {
		return d, true, nil
	}
	return nil, false, nil
}

// colEntry is a column the declarative scan found, with its attribute key.
type colEntry struct {
	key string
	cd  *columnDef
	// existing is a column a declared_attr returned from the parent's
	// table (Person.__table__.c.get("status", ...)): a single-table
	// subclass maps it again without adding it (decl_base skips a
	// declared column its inherited table already holds)
	existing bool
}

// scanDecl takes one declaration of a mapped class (its own, a mixin's or
// the base's, read through body): a column, a relationship, or a bare
// Mapped[...] annotation.
func scanDecl(th *interp.Thread, mp *mapped, cols *[]colEntry, seen map[string]bool, cls *interp.Class, key string, v interp.Value, body *interp.ClassBody) error {
	ann, hasAnn := body.Annotations[key]
	switch v := v.(type) {
	case *columnDef:
		if hasAnn {
			if err := mp.reg.applyAnnotation(th, v, ann, body.AnnSpans[key]); err != nil {
				return err
			}
		} else if v.mapped && !v.typed && len(v.fks) == 0 {
			return typeErr(th, "mapped_column() for %s.%s has no type: add a Mapped[...] annotation or a type such as Integer", cls.Name, key)
		}
		*cols = append(*cols, colEntry{key: key, cd: v})
		seen[key] = true
		if v.deferred && mp.refusal == nil {
			mp.refusal = exc.Unsupported(v.span, "loading a class with a deferred column (attribute "+key+")")
		}
	case *relDef:
		v.key = key
		if hasAnn {
			v.annotation = ann
		}
		mp.rels = append(mp.rels, v)
	case *compositeDef:
		seen[key] = true
		return v.scan(th, mp, cols, cls, key, ann, hasAnn)
	case *colPropDef:
		cd, isDef := v.x.(*columnDef)
		if !isDef {
			if v.tableColumn() != nil {
				return unsupportedAt(th, v.span, "column_property() of another table's column (attribute "+key+")")
			}
			mp.exprs = append(mp.exprs, exprProp{key, v})
			seen[key] = true
			return nil
		}
		if v.deferred {
			cd.deferred = true
		}
		return scanDecl(th, mp, cols, seen, cls, key, cd, body)
	case nil:
		if hasAnn && !seen[key] {
			if g, ok := ann.(*interp.Generic); ok && g.Origin == "Mapped" {
				cd := &columnDef{mapped: true, span: body.Spans[key]}
				if err := mp.reg.applyAnnotation(th, cd, ann, body.AnnSpans[key]); err != nil {
					return err
				}
				*cols = append(*cols, colEntry{key: key, cd: cd})
				cls.Dict.SetStr(key, cd) // the class body's declared_attrs read it
			}
		}
	}
	return nil
}

// mapTable makes the mapper of cls over table t, keys[i] being the
// attribute of t.Columns[i] (nil: the column keys).
func (r *registry) mapTable(cls *interp.Class, t *schema.Table, span source.Span, keys []string) *orm.Mapper {
	m := orm.NewMapper(cls.Name, t, span)
	if _, ok := cls.Dict.GetStr("__table__"); !ok {
		cls.Dict.SetStr("__table__", r.meta.table(t))
	}
	for i, c := range t.Columns {
		key := c.Key
		if keys != nil {
			key = keys[i]
		}
		m.AddColumn(key, c)
		cls.Dict.SetStr(key, &colAttr{col: c, m: m, key: key})
	}
	r.instrument(cls, m)
	return m
}

// instrument gives a mapped class its loaded instances and Flask's query.
func (r *registry) instrument(cls *interp.Class, m *orm.Mapper) {
	m.New = func(st *orm.State) any {
		inst := &interp.Instance{Class: cls, Dict: interp.NewDict(), Host: st}
		st.Obj = inst
		return inst
	}
	if r.flask != nil {
		cls.Dict.SetStr("query", &queryProp{db: r.flask, cls: cls})
	}
}

// add registers a mapped class; relationships configure on next use.
func (r *registry) add(th *interp.Thread, mp *mapped) error {
	for _, e := range mp.exprs {
		mapExpr(mp.cls, mp.m, e.key, e.p)
	}
	if mp.refusal != nil && mp.m.Refusal == nil {
		mp.m.Refusal = mp.refusal
	}
	if r.classes[mp.cls.Name] != nil {
		if r.dups == nil {
			r.dups = map[string]bool{}
		}
		r.dups[mp.cls.Name] = true // SQLAlchemy warns, and a string naming it fails
	}
	r.classes[mp.cls.Name] = mp
	r.order = append(r.order, mp)
	r.rt.mapperEvents.mapped(mp)
	r.rt.inheritAttrListeners(mp)
	for _, d := range mp.rels {
		d.owner = mp // listeners may name it before it is configured
	}
	mp.m.OnRel = func(ev orm.RelEvent, st *orm.State, rel *orm.Relationship, v, old any) (*orm.State, error) {
		return r.rt.fireRel(th, ev, st, rel, v, old)
	}
	r.configured = false
	return r.rt.mapValidators(th, mp)
}

// applyAnnotation reads Mapped[T] / Mapped[Optional[T]] for a mapped_column
// (MappedColumn._init_column_for_annotation): nullability, the arguments
// of a mapped_column() inside Annotated[], and the type the registry
// resolves for T.
func (r *registry) applyAnnotation(th *interp.Thread, cd *columnDef, ann interp.Value, span source.Span) error {
	g, ok := ann.(*interp.Generic)
	if !ok || g.Origin != "Mapped" || len(g.Args) != 1 {
		return nil
	}
	our, optional := unwrapOptional(g.Args[0])
	checks := []interp.Value{our}
	if a, ok := our.(*interp.Generic); ok && a.Origin == "Annotated" && len(a.Args) > 0 {
		// Mapped[Annotated[T, mapped_column(...)]]: the first mapped_column()
		// among the metadata lends the column what it does not set itself
		for _, m := range a.Args[1:] {
			if from, ok := m.(*columnDef); ok {
				if !from.mapped {
					return unsupportedAt(th, span, "Column() inside Annotated[] (write mapped_column())")
				}
				cd.mergeFrom(from)
				break
			}
		}
		raw, opt := unwrapOptional(a.Args[0])
		optional = optional || opt
		checks = append(checks, raw)
	}
	if cd.nullable == nil && !cd.pk {
		n := optional
		cd.nullable = &n
	}
	if cd.typed || len(cd.fks) > 0 {
		return nil
	}
	for i, pt := range checks {
		t, ok, err := r.resolveType(th, pt, i == 0)
		if err != nil {
			return err
		}
		if ok {
			cd.typ, cd.typed = t, true
			return nil
		}
	}
	return th.Unsupported("the annotation type %s for a mapped column; use int, str, bool, float, bytes, date, datetime, uuid.UUID or an enum class, give mapped_column() a type, or map the type in type_annotation_map", th.TypeName(checks[len(checks)-1]))
}

// mergeFrom is Column._merge: what from sets and cd does not, cd takes (the
// column of an Annotated[] type lending its arguments to an attribute's).
func (cd *columnDef) mergeFrom(from *columnDef) {
	if from.pk {
		cd.pk = true
	}
	if from.autoincrem {
		cd.autoincrem = true
	}
	if from.noAutoinc {
		cd.noAutoinc = true
	}
	if from.typed && !cd.typed {
		cd.typ, cd.typed = from.typ, true
	}
	if from.nullable != nil && cd.nullable == nil {
		n := *from.nullable
		cd.nullable = &n
	}
	if (from.hasDef || from.defaultSQL != "") && !cd.insertDefault {
		// 2.0 drops the attribute's own default= (not insert_default=) then
		cd.def, cd.hasDef, cd.defaultSQL = nil, false, ""
	}
	if (from.hasDef || from.defaultSQL != "") && !cd.hasDef && cd.defaultSQL == "" {
		cd.def, cd.hasDef, cd.defaultSQL = from.def, from.hasDef, from.defaultSQL
	}
	if from.hasServerDefault && !cd.hasServerDefault {
		cd.serverDefault, cd.hasServerDefault = from.serverDefault, true
	}
	if from.serverOnUpdate {
		cd.serverOnUpdate = true
	}
	if from.onUpdateSQL != "" && cd.onUpdateSQL == "" {
		cd.onUpdateSQL = from.onUpdateSQL
	}
	cd.index = cd.index || from.index
	cd.unique = cd.unique || from.unique
	for _, fk := range from.fks {
		cp := *fk
		cd.fks = append(cd.fks, &cp)
	}
}

func unwrapOptional(v interp.Value) (interp.Value, bool) {
	g, ok := v.(*interp.Generic)
	if !ok {
		return v, false
	}
	switch g.Origin {
	case "Optional":
		if len(g.Args) == 1 {
			return g.Args[0], true
		}
	case "Union":
		var rest []interp.Value
		optional := false
		for _, a := range g.Args {
			if a == nil || a == interp.TypeNone {
				optional = true
			} else {
				rest = append(rest, a)
			}
		}
		if len(rest) == 1 {
			return rest[0], optional
		}
	}
	return v, false
}

// relDef is relationship(...) as written.
type relDef struct {
	key        string
	target     interp.Value // class or "Name"
	annotation interp.Value
	kw         map[string]interp.Value
	span       source.Span
	rel        *orm.Relationship
	owner      *mapped
	backrefOf  *relDef // set on relationships generated by backref=
	dc         dcArgs  // the dataclass arguments
}

func (d *relDef) TypeName() string { return "RelationshipProperty" }

var relKeywords = map[string]bool{"back_populates": true, "backref": true, "cascade": true, "passive_deletes": true,
	"uselist": true, "secondary": true, "single_parent": true, "order_by": true, "foreign_keys": true, "remote_side": true,
	"lazy": true, "viewonly": true, "argument": true, "cascade_backrefs": true, "doc": true, "innerjoin": true,
	"collection_class": true, "overlaps": true, "primaryjoin": true, "secondaryjoin": true, "passive_updates": true, "post_update": true}

func newRelationship(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	d := &relDef{kw: map[string]interp.Value{}, span: c.Span}
	if len(c.Args) > 1 {
		if len(c.Args) == 2 {
			d.kw["secondary"] = c.Args[1]
		} else {
			return nil, typeErr(th, "relationship() takes the target class and optionally secondary as positional arguments")
		}
	}
	if len(c.Args) > 0 {
		d.target = c.Args[0]
	}
	for _, kv := range c.Kw {
		if _, isDC := dcArgNames[kv.Name]; isDC {
			d.dc = append(d.dc, kv)
			continue
		}
		if !relKeywords[kv.Name] {
			return nil, unknownKw(th, "relationship", kv.Name)
		}
		if kv.Name == "argument" {
			d.target = kv.Value
			continue
		}
		if err := checkRelKeyword(th, kv); err != nil {
			return nil, err
		}
		d.kw[kv.Name] = kv.Value
	}
	return d, nil
}

// checkRelKeyword refuses the values of the keywords cascadelab accepts
// only in some forms: collection_class=list, and primaryjoin /
// secondaryjoin as an expression, a string or a callable giving one
// (evaluated when the mappers are configured), or as automap passes them.
func checkRelKeyword(th *interp.Thread, kv interp.KV) error {
	switch kv.Name {
	case "collection_class":
		switch kv.Value.(type) {
		case *keyedColl, *orderingList:
			return nil
		}
		if kv.Value != interp.TypeList && kv.Value != nil {
			return unsupported(th, "relationship(collection_class=%s) (only list is)", th.TypeName(kv.Value))
		}
	case "primaryjoin", "secondaryjoin":
		switch kv.Value.(type) {
		case autoJoin, *sqlExpr, string, *interp.Function:
		default:
			return unsupported(th, "relationship(%s=%s)", kv.Name, th.TypeName(kv.Value))
		}
	}
	return nil
}

// writtenJoin resolves primaryjoin= or secondaryjoin= (key) when the
// mappers are configured, as _class_resolver does: a string is evaluated
// with the registry's classes and tables, SQLAlchemy's names, foreign()
// and remote(); a callable is called. nil is the join the foreign keys
// imply. A backref takes its relationship's join, the two sides swapped
// for a many-to-many.
func (r *registry) writtenJoin(th *interp.Thread, d *relDef, key string) (sql.Expr, error) {
	if b := d.backrefOf; b != nil {
		if _, own := d.kw[key]; !own {
			if _, ok := b.kw["secondary"]; ok {
				key = map[string]string{"primaryjoin": "secondaryjoin", "secondaryjoin": "primaryjoin"}[key]
			} else if key == "secondaryjoin" {
				return nil, nil
			} else {
				e, err := r.writtenJoin(th, b, key)
				if e == nil || err != nil {
					return nil, err
				}
				return orm.ReverseRemote(e), nil
			}
			return r.writtenJoin(th, b, key)
		}
	}
	v, ok := d.kw[key]
	if !ok {
		return nil, nil
	}
	switch x := v.(type) {
	case autoJoin:
		return nil, nil
	case string:
		names := map[string]interp.Value{}
		core := r.rt.modules["sqlalchemy"].Attrs
		for _, k := range core.Keys() {
			if n, ok := k.(string); ok {
				names[n], _ = core.GetStr(n)
			}
		}
		for _, n := range []string{"foreign", "remote"} {
			names[n], _ = r.rt.modules["sqlalchemy.orm"].Attrs.GetStr(n)
		}
		for _, m := range append([]*metaObj{r.meta}, r.metas...) {
			for t, o := range m.objs {
				names[t.Name] = o
			}
		}
		for n, mp := range r.classes {
			names[n] = mp.cls
		}
		var err error
		if v, err = th.EvalIn(x, names); err != nil {
			return nil, err
		}
	case *interp.Function:
		var err error
		if v, err = th.Call(x, nil, nil); err != nil {
			return nil, err
		}
	}
	e, ok := v.(*sqlExpr)
	if !ok {
		return nil, unsupportedAt(th, d.span, fmt.Sprintf("relationship(%s=) giving %s", key, th.TypeName(v)))
	}
	return e.e, nil
}

// backrefDef is backref("name", **kw).
type backrefDef struct {
	name string
	kw   map[string]interp.Value
}

func (b *backrefDef) TypeName() string { return "tuple" }

func newBackref(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 1 {
		return nil, typeErr(th, "backref() takes the attribute name and keyword arguments")
	}
	name, ok := c.Args[0].(string)
	if !ok {
		return nil, typeErr(th, "backref() name must be a string")
	}
	b := &backrefDef{name: name, kw: map[string]interp.Value{}}
	for _, kv := range c.Kw {
		if !relKeywords[kv.Name] || kv.Name == "backref" {
			return nil, unsupported(th, "backref(%s=...)", kv.Name)
		}
		if err := checkRelKeyword(th, kv); err != nil {
			return nil, err
		}
		b.kw[kv.Name] = kv.Value
	}
	return b, nil
}

// configure is configure_mappers(): resolve targets, create backrefs,
// link back_populates pairs and determine each relationship's direction.
// configFailure is the mapper whose configuring raised, and what.
type configFailure struct {
	mapper string // Mapper[Class(table)]
	msg    string // str() of the exception
}

// configure configures the registry's mappers (configure_mappers). When it
// fails, the mapper stays unconfigured: like SQLAlchemy, every later use
// raises InvalidRequestError with the original exception.
func (r *registry) configure(th *interp.Thread) error {
	if r.configured {
		return nil
	}
	if f := r.failed; f != nil {
		return th.Raise(interp.ClassOf(exc.InvalidRequestError), "One or more mappers failed to initialize - can't proceed with initialization of other mappers. Triggering mapper: '%s'. Original exception was: %s", f.mapper, f.msg)
	}
	var at *mapped
	fresh := false // a mapper configures now: after_configured fires
	for _, mp := range r.order {
		fresh = fresh || !mp.instrumented
	}
	err := r.configureAll(th, &at)
	if err == nil {
		err = r.rt.instrument(th, r)
	}
	if err == nil && fresh {
		err = r.rt.afterConfigured(th)
	}
	if e, ok := err.(*interp.Exception); ok && !errors.Is(e, exc.Refusal) && !errors.Is(e, budget.Err) {
		if at == nil && len(r.order) > 0 {
			at = r.order[0]
		}
		if at != nil {
			r.failed = &configFailure{mapper: fmt.Sprintf("Mapper[%s(%s)]", at.cls.Name, at.m.Table.Name), msg: e.Message()}
		}
	}
	return err
}

// afterConfigured calls the __declare_last__ of every declarative class
// that has one, in the order they were made, after each configure that
// configured a mapper (the after_configured listeners declarative adds).
func (rt *Runtime) afterConfigured(th *interp.Thread) error {
	for _, cls := range rt.declareLast {
		fn, _, err := th.GetAttr(cls, "__declare_last__")
		if err != nil {
			return err
		}
		if _, err := th.Call(fn, nil, nil); err != nil {
			return err
		}
	}
	return nil
}

// configureAll does configure's work; *at is the mapper being configured.
func (r *registry) configureAll(th *interp.Thread, at **mapped) error {
	rt := r.rt
	for _, m := range append([]*metaObj{r.meta}, r.metas...) {
		if err := m.md.Resolve(); err != nil {
			re := err.(*schema.ResolveError)
			return rt.raiseAt(th, interp.ClassOf(exc.NoReferencedTableError), re.Span, re.Msg)
		}
	}
	var all []*relDef
	for _, mp := range r.order {
		for _, d := range mp.rels {
			if d.rel != nil {
				continue
			}
			d.owner = mp
			all = append(all, d)
		}
	}
	// backrefs first create their relDefs on the target class
	for _, d := range append([]*relDef(nil), all...) {
		*at = d.owner
		br, ok := d.kw["backref"]
		if !ok || br == nil {
			continue
		}
		target, err := r.target(th, d)
		if err != nil {
			return err
		}
		nd := &relDef{kw: map[string]interp.Value{}, span: d.span, target: d.owner.cls, owner: target, backrefOf: d}
		switch b := br.(type) {
		case string:
			nd.key = b
		case *backrefDef:
			nd.key = b.name
			for k, v := range b.kw {
				nd.kw[k] = v
			}
		default:
			return rt.raiseAt(th, interp.TypeError, d.span, "backref= must be a name or backref(\"name\", ...)")
		}
		if sec, ok := d.kw["secondary"]; ok {
			nd.kw["secondary"] = sec
		}
		if pu, ok := d.kw["post_update"]; ok { // _generate_backref's setdefault
			if _, own := nd.kw["post_update"]; !own {
				nd.kw["post_update"] = pu
			}
		}
		if target.m.Rel(nd.key) != nil || hasRel(target, nd.key) {
			return rt.raiseAt(th, interp.ClassOf(exc.ArgumentError), d.span, fmt.Sprintf("Error creating backref '%s' on relationship '%s.%s': property of that name exists on mapper 'Mapper[%s(%s)]'", nd.key, d.owner.cls.Name, d.key, target.cls.Name, target.m.Table.Name))
		}
		target.rels = append(target.rels, nd)
		all = append(all, nd)
	}
	for _, d := range all {
		*at = d.owner
		if err := r.build(th, d); err != nil {
			return err
		}
	}
	for _, mp := range r.order { // parents come before their subclasses
		mp.m.InheritRels()
	}
	// pair back_populates and backrefs
	for _, d := range all {
		*at = d.owner
		if d.backrefOf != nil {
			d.rel.Reverse, d.backrefOf.rel.Reverse = d.backrefOf.rel, d.rel
			continue
		}
		bp, ok := d.kw["back_populates"]
		if !ok {
			continue
		}
		name, _ := bp.(string)
		other := d.rel.Target.Rel(name)
		if other == nil {
			return rt.raiseAt(th, interp.ClassOf(exc.InvalidRequestError), d.span, fmt.Sprintf("Mapper 'Mapper[%s(%s)]' has no property '%s'.  If this property was indicated from other mappers or configure events, ensure registry.configure() has been invoked.", d.rel.Target.Class, d.rel.Target.Table.Name, name))
		}
		d.rel.Reverse = other
	}
	for _, d := range all {
		*at = d.owner
		if err := r.direction(th, d); err != nil {
			return err
		}
	}
	// a pair both one-to-many or both many-to-one (a self-referential
	// backref without remote_side): _add_reverse_property, raised by the
	// one configured second
	seen := map[*orm.Relationship]bool{}
	for _, d := range all {
		*at = d.owner
		seen[d.rel] = true
		rev := d.rel.Reverse
		if rev == nil || !seen[rev] || rev.Direction != d.rel.Direction || d.rel.Direction == orm.ManyToMany {
			continue
		}
		dir := map[orm.Direction]string{orm.OneToMany: "<RelationshipDirection.ONETOMANY: 1>", orm.ManyToOne: "<RelationshipDirection.MANYTOONE: 2>"}[d.rel.Direction]
		return rt.raiseAt(th, interp.ClassOf(exc.ArgumentError), d.span, fmt.Sprintf("%s and back-reference %s are both of the same direction %s.  Did you mean to set remote_side on the many-to-one side ?", rev, d.rel, dir))
	}
	for _, d := range all {
		*at = d.owner
		if rev := d.rel.Reverse; rev != nil && rev.Reverse != nil && rev.Reverse != d.rel {
			return rt.raiseAt(th, interp.ClassOf(exc.ArgumentError), d.span, fmt.Sprintf("reverse_property %s on relationship %s references relationship %s, which does not reference mapper %s", rev.Reverse, rev, d.rel, rev.Parent.Class))
		}
	}
	r.configured = true
	return nil
}

func hasRel(mp *mapped, key string) bool {
	for _, d := range mp.rels {
		if d.key == key {
			return true
		}
	}
	return false
}

func (rt *Runtime) raiseAt(th *interp.Thread, cls *interp.Class, span source.Span, msg string) error {
	e := th.Raise(cls, "%s", msg)
	e.Span = span
	return e
}

// unsupportedAt refuses thing at span.
func unsupportedAt(th *interp.Thread, span source.Span, thing string) error {
	e := th.Unsupported("%s", thing)
	e.Span = span
	return e
}

// target resolves relationship()'s first argument or its Mapped[...] annotation.
func (r *registry) target(th *interp.Thread, d *relDef) (*mapped, error) {
	t := d.target
	if t == nil && d.annotation != nil {
		t = annotationTarget(d.annotation)
	}
	switch v := t.(type) {
	case *interp.Class:
		if mp := r.byClass(v); mp != nil {
			return mp, nil
		}
		return nil, r.rt.raiseAt(th, interp.ClassOf(exc.ArgumentError), d.span, fmt.Sprintf("relationship '%s' expects a mapped class, got %s", d.key, v.Name))
	case string:
		name := strings.TrimSpace(v)
		mp, err := r.named(th, name)
		if err != nil || mp != nil {
			return mp, err
		}
		return nil, r.rt.raiseAt(th, interp.ClassOf(exc.InvalidRequestError), d.span, fmt.Sprintf("When initializing mapper Mapper[%s(%s)], expression '%s' failed to locate a name ('%s'). If this is a class name, consider adding this relationship() to the <class '__main__.%s'> class after both dependent classes have been defined.", d.owner.cls.Name, d.owner.m.Table.Name, name, name, d.owner.cls.Name))
	case *joinAlias:
		return nil, unsupportedAt(th, d.span, fmt.Sprintf("relationship() to aliased(%s) of a Join", v.m.Class))
	}
	return nil, r.rt.raiseAt(th, interp.ClassOf(exc.ArgumentError), d.span, fmt.Sprintf("relationship '%s' needs its target class, as relationship(\"Child\") or a Mapped[List[\"Child\"]] annotation", d.key))
}

func annotationTarget(ann interp.Value) interp.Value {
	g, ok := ann.(*interp.Generic)
	if !ok {
		return ann
	}
	switch g.Origin {
	case "Mapped", "WriteOnlyMapped", "DynamicMapped", "List", "list", "Optional", "Set", "set":
		if len(g.Args) == 1 {
			return annotationTarget(g.Args[0])
		}
	case "Union":
		inner, _ := unwrapOptional(g)
		if inner != ann {
			return annotationTarget(inner)
		}
	case "Dict", "dict", "Mapping", "MutableMapping":
		if len(g.Args) == 2 { // a dictionary collection's values
			return annotationTarget(g.Args[1])
		}
	}
	return nil
}

func annotationUselist(ann interp.Value) *bool {
	g, ok := ann.(*interp.Generic)
	if !ok || (g.Origin != "Mapped" && mappedLazy[g.Origin] == "") || len(g.Args) != 1 {
		return nil
	}
	if in, ok := g.Args[0].(*interp.Generic); ok {
		b := slices.Contains([]string{"List", "list", "Set", "set", "Dict", "dict", "Mapping", "MutableMapping"}, in.Origin)
		return &b
	}
	if mappedLazy[g.Origin] != "" { // WriteOnlyMapped["B"]: the direction decides
		return nil
	}
	b := false
	return &b
}

// mappedLazy are the annotations that choose a relationship's loader.
var mappedLazy = map[string]string{"WriteOnlyMapped": "write_only", "DynamicMapped": "dynamic"}

// build makes the orm.Relationship from the keywords.
func (r *registry) build(th *interp.Thread, d *relDef) error {
	rt := r.rt
	target, err := r.target(th, d)
	if err != nil {
		return err
	}
	rel := &orm.Relationship{Key: d.key, Target: target.m, Cascade: orm.DefaultCascade, Lazy: "select", Span: d.span, FromBackref: d.backrefOf != nil}
	fail := func(format string, args ...any) error {
		return rt.raiseAt(th, interp.ClassOf(exc.ArgumentError), d.span, fmt.Sprintf(format, args...))
	}
	for k, v := range d.kw {
		switch k {
		case "cascade":
			s, ok := v.(string)
			if !ok {
				return fail("cascade must be a string such as \"all, delete-orphan\"")
			}
			c, err := orm.ParseCascade(s)
			if err != nil {
				return fail("%s", err.Error())
			}
			rel.Cascade = c
		case "passive_deletes":
			switch v {
			case true:
				rel.PassiveDeletes = orm.PassiveOn
			case "all":
				rel.PassiveDeletes = orm.PassiveAll
			case false, nil:
			default:
				return fail("passive_deletes must be True, False or \"all\"")
			}
		case "passive_updates":
			// True is the default; False makes the unit of work update the
			// children's keys itself when a primary key changes, which the
			// engine does not build: refused once the class writes or loads
			if b, err := th.Truth(v); err != nil {
				return err
			} else if !b && d.owner.m.Refusal == nil {
				d.owner.m.Refusal = exc.Unsupported(d.span, "relationship(passive_updates=False)")
			}
		case "single_parent":
			rel.SingleParent = v == true
		case "viewonly":
			rel.ViewOnly = v == true
		case "post_update":
			rel.PostUpdate = v == true
		case "innerjoin":
			switch v {
			case true, false:
				rel.InnerJoin = v == true
			default:
				return unsupportedAt(th, d.span, fmt.Sprintf("relationship(innerjoin=%s)", th.TypeName(v)))
			}
		case "collection_class":
			if k, keyed := v.(*keyedColl); keyed {
				keys, err := k.keys(th, r.rt)
				if err != nil {
					return err
				}
				rel.Dict = keys
			}
			if o, ok := v.(*orderingList); ok {
				rel.Appended = o.appended(th, r.rt, rel)
				r.rt.orderings[rel] = o
			}
		case "lazy":
			s, _ := v.(string)
			switch s {
			case "select", "noload", "raise", "raise_on_sql", "selectin", "joined", "subquery", "dynamic", "write_only":
				rel.Lazy = s
			case "":
				if v == true {
					rel.Lazy = "select"
				} else {
					return fail("cascadelab does not support lazy=%s", th.TypeName(v))
				}
			default:
				return unsupportedAt(th, d.span, fmt.Sprintf("lazy=%q yet; only \"select\" (the default), \"selectin\", \"joined\", \"subquery\", \"dynamic\", \"write_only\", \"noload\" and \"raise\" are", s))
			}
		case "secondary":
			switch s := v.(type) {
			case *tableObj:
				rel.Secondary = s.t
			case string:
				rel.Secondary = r.meta.md.Table(strings.TrimSpace(s))
				if rel.Secondary == nil && !interp.IsIdentifier(strings.TrimSpace(s)) {
					return unsupportedAt(th, d.span, "relationship(secondary=) of an expression string such as a join()")
				}
				if rel.Secondary == nil {
					return rt.raiseAt(th, interp.ClassOf(exc.InvalidRequestError), d.span, fmt.Sprintf("When initializing mapper Mapper[%s(%s)], expression %s failed to locate a name (%s). If this is a class name, consider adding this relationship() to the <class '__main__.%s'> class after both dependent classes have been defined.", d.owner.cls.Name, d.owner.m.Table.Name, pyrepr.Value(s), pyrepr.Value("name '"+strings.TrimSpace(s)+"' is not defined"), d.owner.cls.Name))
				}
			default:
				return fail("secondary= must be a Table")
			}
		case "order_by":
			ob, err := r.orderBy(th, v, target)
			if err != nil {
				return err
			}
			rel.OrderBy = ob
		}
	}
	if g, ok := d.annotation.(*interp.Generic); ok && mappedLazy[g.Origin] != "" {
		rel.Lazy = mappedLazy[g.Origin] // declarative_scan sets it over lazy=
	}
	d.rel = rel
	d.owner.m.AddRelationship(rel)
	attr := &relAttr{rel: rel, rt: d.owner.reg.rt}
	d.owner.cls.Dict.SetStr(d.key, attr)
	return nil
}

// orderBy reads order_by=: a mapped attribute, desc(...), a list, or a
// "Class.attr" string.
func (r *registry) orderBy(th *interp.Thread, v interp.Value, target *mapped) ([]sql.Order, error) {
	switch v := v.(type) {
	case *colAttr:
		return []sql.Order{{X: sql.Col{C: v.col}}}, nil
	case *columnDef: // order_by=id in the class body
		return []sql.Order{{X: sql.Col{C: v.column()}}}, nil
	case *orderExpr:
		return []sql.Order{v.o}, nil
	case *interp.List, interp.Tuple:
		items, _ := th.Iterate(v)
		var out []sql.Order
		for _, it := range items {
			o, err := r.orderBy(th, it, target)
			if err != nil {
				return nil, err
			}
			out = append(out, o...)
		}
		return out, nil
	case string:
		var out []sql.Order
		for _, part := range strings.Split(v, ",") {
			part = strings.TrimSpace(part)
			// "Child.id", "Child.id.desc()", "desc(Child.id)" and the asc forms
			var o sql.Order
			for _, dir := range []string{"desc", "asc"} {
				if p, ok := strings.CutSuffix(part, "."+dir+"()"); ok {
					part, o.Desc, o.Asc = p, dir == "desc", dir == "asc"
				} else if p, ok := strings.CutPrefix(part, dir+"("); ok && strings.HasSuffix(p, ")") {
					part, o.Desc, o.Asc = strings.TrimSuffix(p, ")"), dir == "desc", dir == "asc"
				}
			}
			if strings.ContainsAny(part, "() ") {
				return nil, unsupported(th, "order_by=%q", v)
			}
			cls, attr, ok := strings.Cut(part, ".")
			if !ok {
				cls, attr = target.cls.Name, part
			}
			mp, err := r.named(th, cls)
			if err != nil {
				return nil, err
			}
			if mp == nil || mp.m.Cols[attr] == nil {
				return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "order_by=%q does not name a mapped column", v)
			}
			o.X = sql.Col{C: mp.m.Cols[attr]}
			out = append(out, o)
		}
		return out, nil
	}
	return nil, unsupported(th, "relationship(order_by=%s)", th.TypeName(v))
}

// direction runs after pairing, since a backref of a remote_side tree
// relationship is the opposite direction.
func (r *registry) direction(th *interp.Thread, d *relDef) error {
	var spec orm.RelSpec
	// a backref takes its relationship's foreign_keys= unless it has its own
	fkDef := d
	if _, own := d.kw["foreign_keys"]; !own && d.backrefOf != nil {
		fkDef = d.backrefOf
	}
	if v, ok := fkDef.kw["foreign_keys"]; ok {
		cols, err := r.columns(th, v, fkDef)
		if err != nil {
			return err
		}
		spec.ForeignKeys = cols
	}
	if v, ok := d.kw["remote_side"]; ok {
		cols, err := r.columns(th, v, d)
		if err != nil {
			return err
		}
		spec.RemoteSide = cols
	}
	var err error
	if spec.Join, err = r.writtenJoin(th, d, "primaryjoin"); err != nil {
		return err
	}
	if spec.SecondaryJoin, err = r.writtenJoin(th, d, "secondaryjoin"); err != nil {
		return err
	}
	if d.annotation != nil {
		spec.Uselist = annotationUselist(d.annotation)
	}
	if v, ok := d.kw["uselist"]; ok {
		b := v == true
		spec.Uselist = &b
	}
	if err := d.rel.Configure(spec); err != nil {
		e := th.Error(err.(*exc.Error))
		e.Span = d.span
		return e
	}
	return nil
}

// columns reads foreign_keys= / remote_side=: column definitions from the
// class body, mapped attributes, lists of them, or "Class.attr" strings.
func (r *registry) columns(th *interp.Thread, v interp.Value, d *relDef) ([]*schema.Column, error) {
	switch v := v.(type) {
	case *columnDef:
		if v.col == nil {
			return nil, typeErr(th, "column is not part of a table")
		}
		return []*schema.Column{v.col}, nil
	case *colAttr:
		return []*schema.Column{v.col}, nil
	case *interp.List, interp.Tuple:
		items, _ := th.Iterate(v)
		var out []*schema.Column
		for _, it := range items {
			c, err := r.columns(th, it, d)
			if err != nil {
				return nil, err
			}
			out = append(out, c...)
		}
		return out, nil
	case string:
		s := strings.Trim(strings.TrimSpace(v), "[]")
		var out []*schema.Column
		for _, part := range strings.Split(s, ",") {
			part = strings.TrimSpace(part)
			cls, attr, ok := strings.Cut(part, ".")
			if !ok {
				cls, attr = d.owner.cls.Name, part
			}
			mp, err := r.named(th, cls)
			if err != nil {
				return nil, err
			}
			if mp == nil || mp.m.Cols[attr] == nil {
				return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "%q does not name a mapped column", part)
			}
			out = append(out, mp.m.Cols[attr])
		}
		return out, nil
	}
	return nil, typeErr(th, "expected a column or a list of columns, got %s", th.TypeName(v))
}

// resolveAnnotations evaluates the annotations of cls and its mixins that
// are strings (from __future__ import annotations, or "Mapped[int]"
// written so) as the declarative scan de-stringifies them: the whole
// string when its names resolve, else with the innermost argument of
// Mapped[...] kept as a forward reference (_cleanup_mapped_str_annotation).
func resolveAnnotations(th *interp.Thread, cls *interp.Class) error {
	for _, k := range cls.MRO {
		if k.Body == nil {
			continue
		}
		for _, name := range k.Body.AnnNames {
			src, ok := k.Body.Annotations[name].(string)
			if !ok {
				continue
			}
			v, err := th.EvalAnnotation(src, k)
			if x, isExc := err.(*interp.Exception); isExc && x.Class == interp.NameError {
				if cleaned, ok := cleanupMappedAnnotation(th, src, k); ok {
					v, err = th.EvalAnnotation(cleaned, k)
				}
			}
			if err != nil {
				return err
			}
			k.Body.Annotations[name] = v
		}
	}
	return nil
}

// cleanupMappedAnnotation is _cleanup_mapped_str_annotation: in
// "Mapped[List[Address]]" the innermost name is quoted,
// 'Mapped[List["Address"]]', so it stays a class name to resolve later.
func cleanupMappedAnnotation(th *interp.Thread, src string, cls *interp.Class) (string, bool) {
	split := func(s string) (string, string, bool) {
		// ^([^ \|]+?)\[(.+)\]$
		i := strings.IndexByte(s, '[')
		if i <= 0 || !strings.HasSuffix(s, "]") || len(s) < i+3 || strings.ContainsAny(s[:i], " |") {
			return "", "", false
		}
		return s[:i], s[i+1 : len(s)-1], true
	}
	head, rest, ok := split(src)
	if !ok {
		return "", false
	}
	obj, err := th.EvalAnnotation(head, cls)
	if err != nil {
		return "", false
	}
	m, isMapped := obj.(*mappedAlias)
	if !isMapped {
		return "", false
	}
	stack := []string{m.name}
	for {
		h, r, ok := split(rest)
		if !ok {
			stack = append(stack, rest)
			break
		}
		stack = append(stack, h)
		rest = r
	}
	last := stack[len(stack)-1]
	quoted := len(last) >= 2 && (last[0] == '"' || last[0] == '\'') && (last[len(last)-1] == '"' || last[len(last)-1] == '\'')
	if quoted || strings.ContainsAny(last, "[]") {
		return src, true
	}
	var elems []string
	for _, e := range strings.Split(last, ",") {
		elems = append(elems, `"`+strings.Trim(e, `"' `)+`"`)
	}
	stack[len(stack)-1] = strings.Join(elems, ", ")
	return strings.Join(stack, "[") + strings.Repeat("]", len(stack)-1), true
}
