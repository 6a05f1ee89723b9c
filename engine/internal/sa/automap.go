package sa

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// This file is sqlalchemy.ext.automap as 2.0.52 writes it (automap.py):
// prepare() reflects the database into the base's MetaData, makes one class
// per table with a primary key (named after the table), and for every
// foreign key constraint a many-to-one relationship named after the
// referred class, lower-cased, with a backref "<class>_collection" on the
// other side; the backref gets cascade="all, delete-orphan" only when every
// foreign key column is NOT NULL, and passive_deletes=True only when the
// reflected ON DELETE matches (CASCADE for NOT NULL columns, SET NULL for
// nullable ones). A table whose columns are exactly two foreign key
// constraints becomes a many-to-many secondary.

// automap is the bookkeeping of an automap base.
type automap struct {
	classes *propsObj
	tables  map[*schema.Table]bool // tables prepare() already looked at
	// declared are classes written on the base before prepare(): mapped
	// by prepare() onto their reflected table, with their relationships.
	declared []declared
}

type declared struct {
	cls   *interp.Class
	table string
	rels  []*relDef
}

// declare keeps a class declared on the automap base for prepare().
func (a *automap) declare(th *interp.Thread, cls *interp.Class, body *interp.ClassBody) error {
	tn, ok := cls.Dict.GetStr("__tablename__")
	name, isStr := tn.(string)
	if !ok || !isStr {
		return unsupported(th, "a class on an automap base without a __tablename__ string (class %s)", cls.Name)
	}
	d := declared{cls: cls, table: name}
	for _, key := range body.Names {
		v, _ := cls.Dict.GetStr(key)
		switch v := v.(type) {
		case *columnDef:
			return unsupported(th, "declaring the column %s.%s on an automap class: let prepare() reflect the columns", cls.Name, key)
		case *relDef:
			v.key = key
			if ann, ok := body.Annotations[key]; ok {
				v.annotation = ann
			}
			d.rels = append(d.rels, v)
		}
	}
	a.declared = append(a.declared, d)
	return nil
}

// direction is interfaces.ONETOMANY, MANYTOONE or MANYTOMANY.
type direction struct {
	name string
	n    int
}

func (d *direction) TypeName() string { return "RelationshipDirection" }
func (d *direction) Repr(th *interp.Thread) (string, error) {
	return fmt.Sprintf("<RelationshipDirection.%s: %d>", d.name, d.n), nil
}

var (
	oneToMany  = &direction{"ONETOMANY", 1}
	manyToOne  = &direction{"MANYTOONE", 2}
	manyToMany = &direction{"MANYTOMANY", 3}
)

// propsObj is util.Properties: Base.classes.
type propsObj struct{ d *interp.Dict }

func (p *propsObj) TypeName() string                   { return "Properties" }
func (p *propsObj) Len(th *interp.Thread) (int, error) { return p.d.Len(), nil }
func (p *propsObj) Iterate(th *interp.Thread) ([]interp.Value, error) {
	return (&namespace{d: p.d}).Iterate(th)
}
func (p *propsObj) Contains(th *interp.Thread, v interp.Value) (bool, error) {
	_, ok, err := p.d.Get(th, v)
	return ok, err
}
func (p *propsObj) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	v, ok, err := p.d.Get(th, key)
	if err == nil && !ok {
		err = th.Raise(interp.KeyError, "%v", key)
	}
	return v, err
}
func (p *propsObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if v, ok := p.d.GetStr(name); ok {
		return v, true, nil
	}
	list := func(item func(k, v interp.Value) interp.Value) interp.Value {
		return builtin("Properties."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			l := &interp.List{}
			for _, k := range p.d.Keys() {
				v, _, _ := p.d.Get(th, k)
				l.Items = append(l.Items, item(k, v))
			}
			return l, nil
		})
	}
	switch name {
	case "keys":
		return list(func(k, v interp.Value) interp.Value { return k }), true, nil
	case "values":
		return list(func(k, v interp.Value) interp.Value { return v }), true, nil
	case "items":
		return list(func(k, v interp.Value) interp.Value { return interp.Tuple{k, v} }), true, nil
	case "get":
		return builtin("Properties.get", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) < 1 || len(c.Args) > 2 {
				return nil, typeErr(th, "get() takes a key and an optional default")
			}
			if v, ok, err := p.d.Get(th, c.Args[0]); ok || err != nil {
				return v, err
			}
			if len(c.Args) == 2 {
				return c.Args[1], nil
			}
			return nil, nil
		}), true, nil
	}
	return nil, false, nil
}

// fkConstraintObj is a reflected ForeignKeyConstraint, as the naming hooks receive it.
type fkConstraintObj struct {
	con *schema.FKConstraint
	md  *metaObj
}

func (f *fkConstraintObj) TypeName() string { return "ForeignKeyConstraint" }
func (f *fkConstraintObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	opt := func(s string) interp.Value {
		if s == "" {
			return nil
		}
		return s
	}
	switch name {
	case "name":
		return nil, true, nil
	case "ondelete":
		return opt(f.con.OnDelete), true, nil
	case "onupdate":
		return opt(f.con.OnUpdate), true, nil
	case "table":
		return f.md.table(f.con.Columns[0].Table), true, nil
	case "referred_table":
		return f.md.table(f.con.RefTable()), true, nil
	case "column_keys":
		l := &interp.List{}
		for _, c := range f.con.Columns {
			l.Items = append(l.Items, c.Key)
		}
		return l, true, nil
	}
	return nil, false, nil
}

// Automapped reports whether prepare() mapped classes: they have no
// source, and the variants run on the models they amount to.
func (rt *Runtime) Automapped() bool {
	for _, r := range rt.registries {
		if r.automap != nil && r.automap.classes.d.Len() > 0 {
			return true
		}
	}
	return false
}

// automapBase is automap_base(): a declarative base whose prepare() maps
// the tables it finds.
func (rt *Runtime) automapBase(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args)+len(c.Kw) > 0 {
		return nil, unsupported(th, "automap_base() with arguments")
	}
	reg := rt.newRegistry()
	reg.automap = &automap{classes: &propsObj{d: interp.NewDict()}, tables: map[*schema.Table]bool{}}
	d := interp.NewDict()
	d.SetStr("metadata", reg.meta)
	d.SetStr("classes", reg.automap.classes)
	base := interp.NewClass("Base", nil, d, &hook{reg: reg})
	d.SetStr("prepare", builtin("prepare", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return nil, reg.prepare(th, c, base)
	}))
	return base, nil
}

// hooks are prepare()'s naming and generation functions.
type hooks struct {
	classname, scalar, collection, generate interp.Value
}

func (r *registry) prepare(th *interp.Thread, c *interp.Call, base *interp.Class) error {
	rt := r.rt
	a := newArgs(th, c, "prepare")
	bind, _ := a.get(0, "autoload_with")
	if e, ok := a.kw("engine"); ok && e != nil {
		bind = e
	}
	reflect, err := a.boolean("reflect", false)
	if err != nil {
		return err
	}
	if v, ok := a.kw("schema"); ok && v != nil {
		return unsupported(th, "prepare(schema=)")
	}
	if v, ok := a.kw("modulename_for_table"); ok && v != nil {
		return unsupported(th, "prepare(modulename_for_table=)")
	}
	if v, ok := a.kw("collection_class"); ok && v != nil && v != interp.TypeList {
		return unsupported(th, "prepare(collection_class=%s) (only list is)", th.TypeName(v))
	}
	h := hooks{classname: rt.automapFns["classname_for_table"], scalar: rt.automapFns["name_for_scalar_relationship"],
		collection: rt.automapFns["name_for_collection_relationship"], generate: rt.automapFns["generate_relationship"]}
	for name, dst := range map[string]*interp.Value{"classname_for_table": &h.classname, "name_for_scalar_relationship": &h.scalar,
		"name_for_collection_relationship": &h.collection, "generate_relationship": &h.generate} {
		if v, ok := a.kw(name); ok && v != nil {
			*dst = v
		}
	}
	var only interp.Value
	if v, ok := a.kw("reflection_options"); ok && v != nil {
		opts, isDict := v.(*interp.Dict)
		if !isDict {
			return typeErr(th, "reflection_options= must be a dict")
		}
		for _, k := range opts.Keys() {
			if k != "only" {
				return unsupported(th, "prepare(reflection_options={%q: ...})", fmt.Sprint(k))
			}
			only, _ = opts.GetStr("only")
		}
	}
	if err := a.check(1); err != nil {
		return err
	}
	if bind != nil {
		reflect = true
	}
	if reflect {
		if bind == nil {
			return typeErr(th, "prepare(reflect=True) needs autoload_with=engine")
		}
		e, err := bindEngine(th, bind, "autoload_with")
		if err != nil {
			return err
		}
		if err := rt.reflectAll(th, e, r.meta, only, true, true, c.Span); err != nil {
			return err
		}
	}
	return r.automapTables(th, base, h, c.Span)
}

// automapTables is the body of prepare() after reflection.
func (r *registry) automapTables(th *interp.Thread, base *interp.Class, h hooks, span source.Span) error {
	if err := r.meta.md.Resolve(); err != nil {
		return th.Raise(interp.ClassOf(exc.NoReferencedTableError), "%s", err.Error())
	}
	for _, d := range r.automap.declared {
		t := r.meta.md.Table(d.table)
		if t == nil {
			return th.Raise(interp.ClassOf(exc.NoSuchTableError), "%s", d.table)
		}
		if err := r.mapExisting(th, d.cls, r.meta.table(t), nil, &mapped{rels: d.rels}, span); err != nil {
			return err
		}
	}
	r.automap.declared = nil
	byTable := map[*schema.Table]*mapped{}
	var configs []*mapped
	for _, mp := range r.order {
		byTable[mp.m.Table] = mp
		configs = append(configs, mp)
	}
	type m2m struct {
		local, remote *schema.Table
		cons          []*schema.FKConstraint
		table         *schema.Table
	}
	var many []m2m
	// SQLAlchemy walks a set of table names here; cascadelab takes them in
	// the MetaData's order, so the run is the same every time.
	for _, t := range r.meta.md.Tables {
		if r.automap.tables[t] {
			continue
		}
		r.automap.tables[t] = true
		if l, rem, cons := manyToManyTable(t); cons != nil {
			many = append(many, m2m{l, rem, cons, t})
			continue
		}
		if len(t.PrimaryKey) == 0 || byTable[t] != nil {
			continue
		}
		nv, err := th.Call(h.classname, []interp.Value{base, t.Name, r.meta.table(t)}, nil)
		if err != nil {
			return err
		}
		name, ok := nv.(string)
		if !ok {
			return typeErr(th, "classname_for_table must return a string, not %s", th.TypeName(nv))
		}
		if ok, _ := r.automap.classes.Contains(th, name); ok {
			r.rt.note(span, fmt.Sprintf("Ignoring duplicate class name '%s' received in automap base for table %s", name, t.Name))
			continue
		}
		d := interp.NewDict()
		d.SetStr("__table__", r.meta.table(t))
		cls := interp.NewClass(name, []*interp.Class{base}, d, nil)
		cls.Span = span
		mp := &mapped{cls: cls, reg: r}
		mp.m = r.mapTable(cls, t, span, nil)
		if err := r.add(th, mp); err != nil {
			return err
		}
		r.automap.classes.d.SetStr(name, cls)
		byTable[t] = mp
		configs = append(configs, mp)
	}
	for _, mp := range configs {
		if err := r.relationshipsForFKs(th, base, h, mp, byTable, span); err != nil {
			return err
		}
	}
	for _, x := range many {
		if err := r.m2mRelationship(th, base, h, x.local, x.remote, x.cons, x.table, byTable, span); err != nil {
			return err
		}
	}
	return nil
}

// manyToManyTable is _is_many_to_many: exactly two foreign key
// constraints covering every column.
func manyToManyTable(t *schema.Table) (*schema.Table, *schema.Table, []*schema.FKConstraint) {
	cons := t.FKConstraints()
	if len(cons) != 2 {
		return nil, nil, nil
	}
	in := map[*schema.Column]bool{}
	for _, c := range cons {
		for _, col := range c.Columns {
			in[col] = true
		}
	}
	if len(in) != len(t.Columns) {
		return nil, nil, nil
	}
	return cons[0].RefTable(), cons[1].RefTable(), cons
}

func (mp *mapped) prop(key string) *relDef {
	for _, d := range mp.rels {
		if d.key == key {
			return d
		}
	}
	return nil
}

func (r *registry) names(th *interp.Thread, fn interp.Value, base *interp.Class, local, referred *mapped, con *fkConstraintObj) (string, error) {
	v, err := th.Call(fn, []interp.Value{base, local.cls, referred.cls, con}, nil)
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", typeErr(th, "a name_for_*_relationship function must return a string, not %s", th.TypeName(v))
	}
	return s, nil
}

// generate calls generate_relationship; nil means "no relationship".
func (r *registry) generate(th *interp.Thread, h hooks, base *interp.Class, dir *direction, fn interp.Value, attr string, local, referred *mapped, kw []interp.KV, span source.Span) (interp.Value, error) {
	v, err := th.Call(h.generate, []interp.Value{base, dir, fn, attr, local.cls, referred.cls}, kw)
	if err != nil {
		return nil, err
	}
	switch d := v.(type) {
	case nil:
		return nil, nil
	case *relDef:
		d.key, d.span = attr, span
		return d, nil
	case *backrefDef:
		return d, nil
	}
	return nil, typeErr(th, "generate_relationship must return relationship(...) or backref(...), not %s", th.TypeName(v))
}

func columnList(cols []*schema.Column) *interp.List {
	l := &interp.List{}
	for _, c := range cols {
		l.Items = append(l.Items, &colAttr{col: c})
	}
	return l
}

// relationshipsForFKs is _relationships_for_fks.
func (r *registry) relationshipsForFKs(th *interp.Thread, base *interp.Class, h hooks, local *mapped, byTable map[*schema.Table]*mapped, span source.Span) error {
	for _, con := range local.m.Table.FKConstraints() {
		referred := byTable[con.RefTable()]
		if referred == nil {
			continue
		}
		co := &fkConstraintObj{con: con, md: r.meta}
		relName, err := r.names(th, h.scalar, base, local, referred, co)
		if err != nil {
			return err
		}
		backName, err := r.names(th, h.collection, base, referred, local, co)
		if err != nil {
			return err
		}
		var o2m []interp.KV
		nullable := true
		for _, c := range con.Columns {
			if !c.Nullable {
				nullable = false
			}
		}
		if !nullable {
			o2m = append(o2m, interp.KV{Name: "cascade", Value: "all, delete-orphan"})
			if strings.EqualFold(con.OnDelete, "CASCADE") {
				o2m = append(o2m, interp.KV{Name: "passive_deletes", Value: true})
			}
		} else if strings.EqualFold(con.OnDelete, "SET NULL") {
			o2m = append(o2m, interp.KV{Name: "passive_deletes", Value: true})
		}
		var remote []*schema.Column
		for _, e := range con.Elements {
			remote = append(remote, e.Column)
		}
		fks := interp.KV{Name: "foreign_keys", Value: columnList(con.Columns)}
		list := interp.KV{Name: "collection_class", Value: interp.TypeList}
		err = r.pair(th, base, h, local, referred, pairSpec{fwd: manyToOne, back: oneToMany, relName: relName, backName: backName,
			backrefKw: append([]interp.KV{list}, o2m...),
			fwdBefore: []interp.KV{fks}, fwdAfter: []interp.KV{{Name: "remote_side", Value: columnList(remote)}},
			soloBefore: []interp.KV{fks}, soloAfter: append([]interp.KV{list}, o2m...)}, span)
		if err != nil {
			return err
		}
	}
	return nil
}

// pairSpec is what automap generates for one constraint: the relationship
// relName on the local class with a backref backName, or, when the local
// class already has relName, a relationship backName on the referred
// class that back_populates it. The keyword lists are in automap's order.
type pairSpec struct {
	fwd, back             *direction
	relName, backName     string
	backrefKw             []interp.KV
	fwdBefore, fwdAfter   []interp.KV // around backref=
	soloBefore, soloAfter []interp.KV // around back_populates=
}

func (r *registry) pair(th *interp.Thread, base *interp.Class, h hooks, local, referred *mapped, p pairSpec, span source.Span) error {
	createBackref := referred.prop(p.backName) == nil
	existing := local.prop(p.relName)
	if existing == nil {
		var br interp.Value
		var err error
		if createBackref {
			if br, err = r.generate(th, h, base, p.back, r.rt.backrefFn, p.backName, referred, local, p.backrefKw, span); err != nil {
				return err
			}
		}
		kw := append(append(append([]interp.KV(nil), p.fwdBefore...), interp.KV{Name: "backref", Value: br}), p.fwdAfter...)
		rel, err := r.generate(th, h, base, p.fwd, r.rt.relationshipFn, p.relName, local, referred, kw, span)
		if err != nil {
			return err
		}
		if d, ok := rel.(*relDef); ok {
			local.rels = append(local.rels, d)
			if !createBackref {
				referred.prop(p.backName).kw["back_populates"] = p.relName
			}
		}
		return nil
	}
	if !createBackref {
		return nil
	}
	kw := append(append(append([]interp.KV(nil), p.soloBefore...), interp.KV{Name: "back_populates", Value: p.relName}), p.soloAfter...)
	rel, err := r.generate(th, h, base, p.back, r.rt.relationshipFn, p.backName, referred, local, kw, span)
	if err != nil {
		return err
	}
	if d, ok := rel.(*relDef); ok {
		referred.rels = append(referred.rels, d)
		existing.kw["back_populates"] = p.backName
	}
	return nil
}

// autoJoin is the primaryjoin/secondaryjoin automap passes for a
// many-to-many: the join the secondary table's foreign keys imply, which
// cascadelab derives itself.
type autoJoin struct{}

func (autoJoin) TypeName() string { return "BooleanClauseList" }

// m2mRelationship is _m2m_relationship.
func (r *registry) m2mRelationship(th *interp.Thread, base *interp.Class, h hooks, lt, rt *schema.Table, cons []*schema.FKConstraint, table *schema.Table, byTable map[*schema.Table]*mapped, span source.Span) error {
	local, referred := byTable[lt], byTable[rt]
	if local == nil || referred == nil {
		return nil
	}
	if local == referred {
		return unsupported(th, "automapping the self-referential many-to-many table %s", table.Name)
	}
	relName, err := r.names(th, h.collection, base, local, referred, &fkConstraintObj{con: cons[0], md: r.meta})
	if err != nil {
		return err
	}
	backName, err := r.names(th, h.collection, base, referred, local, &fkConstraintObj{con: cons[1], md: r.meta})
	if err != nil {
		return err
	}
	list := interp.KV{Name: "collection_class", Value: interp.TypeList}
	overlaps := interp.KV{Name: "overlaps", Value: nil}
	joins := []interp.KV{overlaps, {Name: "secondary", Value: r.meta.table(table)}, {Name: "primaryjoin", Value: autoJoin{}}, {Name: "secondaryjoin", Value: autoJoin{}}}
	return r.pair(th, base, h, local, referred, pairSpec{fwd: manyToMany, back: manyToMany, relName: relName, backName: backName,
		backrefKw: []interp.KV{list, overlaps}, fwdBefore: joins, fwdAfter: []interp.KV{list}, soloBefore: joins, soloAfter: []interp.KV{list}}, span)
}

// automapModule is sqlalchemy.ext.automap with its default hooks.
func (rt *Runtime) automapModule() map[string]interp.Value {
	lower := func(suffix string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 4 {
				return nil, typeErr(th, "takes base, local_cls, referred_cls, constraint")
			}
			cls, ok := c.Args[2].(*interp.Class)
			if !ok {
				return nil, typeErr(th, "referred_cls must be a class")
			}
			return strings.ToLower(cls.Name) + suffix, nil
		}
	}
	rt.automapFns = map[string]interp.Value{
		"classname_for_table": builtin("classname_for_table", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 3 {
				return nil, typeErr(th, "classname_for_table() takes base, tablename, table")
			}
			return th.Str(c.Args[1])
		}),
		"name_for_scalar_relationship":     builtin("name_for_scalar_relationship", lower("")),
		"name_for_collection_relationship": builtin("name_for_collection_relationship", lower("_collection")),
		"generate_relationship": builtin("generate_relationship", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 6 {
				return nil, typeErr(th, "generate_relationship() takes base, direction, return_fn, attrname, local_cls, referred_cls and keywords")
			}
			switch c.Args[2] {
			case rt.backrefFn:
				return th.Call(rt.backrefFn, []interp.Value{c.Args[3]}, c.Kw)
			case rt.relationshipFn:
				return th.Call(rt.relationshipFn, []interp.Value{c.Args[5]}, c.Kw)
			}
			return nil, typeErr(th, "Unknown relationship function: %s", th.TypeName(c.Args[2]))
		}),
	}
	mod := map[string]interp.Value{"automap_base": builtin("automap_base", rt.automapBase)}
	for k, v := range rt.automapFns {
		mod[k] = v
	}
	return mod
}
