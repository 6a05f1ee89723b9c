package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// Imperative (classical) mapping: registry().map_imperatively(Class, table,
// properties={...}), a declarative class over an existing Table
// (__table__ = table), and Flask-SQLAlchemy's db.Table(name, *columns).

// registryObj is sqlalchemy.orm.registry().
type registryObj struct{ r *registry }

func (o *registryObj) TypeName() string { return "registry" }

func (rt *Runtime) newRegistryObj(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) > 0 || len(c.Kw) > 1 || len(c.Kw) == 1 && c.Kw[0].Name != "type_annotation_map" {
		return nil, unsupported(th, "registry() with arguments other than type_annotation_map=")
	}
	r := rt.newRegistry()
	if len(c.Kw) == 1 {
		if err := r.updateTypeMap(th, c.Kw[0].Value); err != nil {
			return nil, err
		}
	}
	return &registryObj{r: r}, nil
}

// updateTypeMap is registry.update_type_annotation_map: m's entries join
// the registry's type_annotation_map.
func (r *registry) updateTypeMap(th *interp.Thread, m interp.Value) error {
	d, ok := m.(*interp.Dict)
	if !ok {
		return unsupported(th, "a type_annotation_map of type %s", th.TypeName(m))
	}
	if r.typeMap == nil {
		r.typeMap = interp.NewDict()
	}
	for _, k := range d.Keys() {
		v, _, err := d.Get(th, k)
		if err != nil {
			return err
		}
		if err := r.typeMap.Set(th, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (o *registryObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "metadata":
		return o.r.meta, true, nil
	case "map_imperatively":
		return builtin("registry.map_imperatively", o.mapImperatively), true, nil
	case "configure":
		return builtin("registry.configure", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return nil, o.r.configure(th)
		}), true, nil
	case "generate_base":
		return builtin("registry.generate_base", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return generatedBase(th, o, newArgs(th, c, "generate_base"), "Base")
		}), true, nil
	case "mapped_as_dataclass":
		return builtin("registry.mapped_as_dataclass", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) > 1 {
				return nil, th.Raise(interp.TypeError, "mapped_as_dataclass() takes from 1 to 2 positional arguments but %d were given", len(c.Args)+1)
			}
			if len(c.Args) == 1 {
				return o.mapAsDataclass(th, c.Args[0], c.Kw)
			}
			return o.dataclassDecorator(c.Kw), nil
		}), true, nil
	case "as_declarative_base":
		return builtin("registry.as_declarative_base", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return asDeclarative(th, c, "as_declarative_base", func() *registryObj { return o })
		}), true, nil
	}
	return nil, false, nil
}

// mapImperatively maps a plain class onto a Table; properties= adds
// relationships and renames columns.
func (o *registryObj) mapImperatively(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	r := o.r
	a := newArgs(th, c, "map_imperatively")
	cv, _ := a.get(0, "class_")
	tv, _ := a.get(1, "local_table")
	props, _ := a.kw("properties")
	if err := a.check(2); err != nil {
		return nil, err
	}
	cls, ok := cv.(*interp.Class)
	if !ok {
		return nil, typeErr(th, "map_imperatively() takes a class first, not %s", th.TypeName(cv))
	}
	if cls.Hook != nil {
		return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "Class '%s' already has a primary mapper defined.", cls.Name)
	}
	tbl, ok := tv.(*tableObj)
	if !ok {
		if tv == nil {
			return nil, unsupported(th, "map_imperatively() without a table (mapped class inheritance)")
		}
		return nil, typeErr(th, "map_imperatively() takes a Table second, not %s", th.TypeName(tv))
	}
	keys, rels, err := properties(th, tbl.t, props)
	if err != nil {
		return nil, err
	}
	if err := r.mapExisting(th, cls, tbl, keys, &mapped{rels: rels}, c.Span); err != nil {
		return nil, err
	}
	cls.Instrument(&hook{reg: r})
	return nil, nil
}

// properties reads properties={...}: relationship() values, and columns
// (table.c.x) under another attribute name.
func properties(th *interp.Thread, t *schema.Table, v interp.Value) ([]string, []*relDef, error) {
	keys := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		keys[i] = c.Key
	}
	if v == nil {
		return keys, nil, nil
	}
	d, ok := v.(*interp.Dict)
	if !ok {
		return nil, nil, typeErr(th, "properties= must be a dict")
	}
	var rels []*relDef
	for _, k := range d.Keys() {
		name, _ := k.(string)
		pv, _ := d.GetStr(name)
		switch p := pv.(type) {
		case *relDef:
			p.key = name
			rels = append(rels, p)
		case *colAttr:
			renamed := false
			for i, c := range t.Columns {
				if c == p.col {
					keys[i], renamed = name, true
				}
			}
			if !renamed {
				return nil, nil, typeErr(th, "properties[%q] names a column of another table", name)
			}
		default:
			return nil, nil, unsupported(th, "properties[%q] = %s (only relationship() and columns are)", name, th.TypeName(pv))
		}
	}
	return keys, rels, nil
}

// mapExisting maps cls onto an existing Table, as map_imperatively and
// __table__ do.
func (r *registry) mapExisting(th *interp.Thread, cls *interp.Class, tbl *tableObj, keys []string, mp *mapped, span source.Span) error {
	t := tbl.t
	if keys == nil {
		keys, _, _ = properties(th, t, nil)
	}
	if len(t.PrimaryKey) == 0 {
		return th.Raise(interp.ClassOf(exc.ArgumentError), "Mapper Mapper[%s(%s)] could not assemble any primary key columns for mapped table '%s'", cls.Name, t.Name, t.Name)
	}
	if r.byClass(cls) != nil {
		return th.Raise(interp.ClassOf(exc.ArgumentError), "Class '<class '__main__.%s'>' already has a primary mapper defined. ", cls.Name)
	}
	if tbl.md != r.meta && !r.hasMeta(tbl.md) {
		r.metas = append(r.metas, tbl.md)
	}
	mp.cls, mp.reg = cls, r
	mp.m = r.mapTable(cls, t, span, keys)
	return r.add(th, mp)
}

func (r *registry) hasMeta(m *metaObj) bool {
	for _, x := range r.metas {
		if x == m {
			return true
		}
	}
	return false
}

// classTable maps a declarative class that names its table with __table__.
func (r *registry) classTable(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, tv interp.Value) error {
	tbl, ok := tv.(*tableObj)
	if !ok {
		return typeErr(th, "__table__ must be a Table, not %s", th.TypeName(tv))
	}
	keys, _, err := properties(th, tbl.t, nil)
	if err != nil {
		return err
	}
	mp := &mapped{}
	for _, key := range body.Names {
		v, _ := cls.Dict.GetStr(key)
		switch v := v.(type) {
		case *columnDef:
			return th.Raise(interp.ClassOf(exc.ArgumentError), "Can't add additional column %q when specifying __table__", key)
		case *relDef:
			v.key = key
			if ann, ok := body.Annotations[key]; ok {
				v.annotation = ann
			}
			mp.rels = append(mp.rels, v)
		case *colAttr:
			if v.m == nil && v.as == nil {
				// id = user_table.c.user_id maps the column under another name
				renameKey(keys, tbl.t, v.col, key)
			}
		case *colPropDef:
			c := v.tableColumn()
			switch {
			case c == nil:
				mp.exprs = append(mp.exprs, exprProp{key, v})
			case c.Table != tbl.t:
				return unsupportedAt(th, v.span, "column_property() of another table's column (attribute "+key+")")
			default:
				renameKey(keys, tbl.t, c, key)
				if v.deferred && mp.refusal == nil {
					mp.refusal = exc.Unsupported(v.span, "loading a class with a deferred column (attribute "+key+")")
				}
			}
		}
	}
	return r.mapExisting(th, cls, tbl, keys, mp, body.Span)
}

// renameKey maps column c of t under attribute key.
func renameKey(keys []string, t *schema.Table, c *schema.Column, key string) {
	for i, tc := range t.Columns {
		if tc == c {
			keys[i] = key
		}
	}
}

// dataclassDecorator is what registry.mapped_as_dataclass(**kw) and
// mapped_as_dataclass(registry, **kw) return.
func (o *registryObj) dataclassDecorator(kw []interp.KV) interp.Value {
	return builtin("decorate", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, th.Raise(interp.TypeError, "decorate() takes 1 positional argument but %d were given", len(c.Args)+len(c.Kw))
		}
		return o.mapAsDataclass(th, c.Args[0], kw)
	})
}

// mapAsDataclass maps a plain class declaratively in the registry and makes
// it a dataclass with the keywords kw.
func (o *registryObj) mapAsDataclass(th *interp.Thread, v interp.Value, kw []interp.KV) (interp.Value, error) {
	cls, ok := v.(*interp.Class)
	if !ok || cls.Body == nil {
		return nil, unsupported(th, "mapped_as_dataclass() of %s", th.TypeName(v))
	}
	if cls.Hook != nil {
		return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "Class '%s' already has a primary mapper defined.", cls.Name)
	}
	for _, k := range kw {
		if !dcOptionNames[k.Name] {
			return nil, unsupported(th, "mapped_as_dataclass(%s=)", k.Name)
		}
	}
	rt := o.r.rt
	rt.dcClasses[cls] = &dcClass{kw: kw}
	h := &hook{reg: o.r}
	cls.Instrument(h)
	if err := h.mapDeclared(th, cls, cls.Body, true, kw); err != nil {
		return nil, err
	}
	return cls, nil
}
