package sa

import (
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// This file is SQLModel 0.0.39 read as the SQLAlchemy it builds: a class
// with table=True becomes a declarative class whose columns come from the
// annotated fields (get_column_from_field: NOT NULL unless the annotation
// allows None, AutoString for str, ForeignKey(foreign_key, ondelete=)) and
// whose Relationship() attributes become relationship() with
// back_populates, cascade="all, delete-orphan" for cascade_delete=True,
// passive_deletes, and sa_relationship_kwargs on top. Session.exec returns
// scalars for a select of one entity. Objects print as pydantic prints
// them: the fields in the order they entered the object's __dict__.

// smField is one field of a SQLModel class.
type smField struct {
	name       string
	annotation interp.Value
	info       *fieldInfo // nil for a plain default or none
	def        interp.Value
	hasDef     bool
	span       source.Span
}

// fieldInfo is Field(...).
type fieldInfo struct {
	def               interp.Value
	hasDef            bool
	primaryKey, index bool
	unique            bool
	nullable          *bool
	foreignKey        string
	onDelete          string
	maxLength         int
	saColumn          *columnDef
	saType            interp.Value
	span              source.Span
}

func (f *fieldInfo) TypeName() string { return "FieldInfo" }

// relInfo is Relationship(...).
type relInfo struct {
	backPopulates  interp.Value
	cascadeDelete  bool
	passiveDeletes interp.Value
	linkModel      *interp.Class
	saRel          *relDef
	saArgs         []interp.Value
	saKwargs       *interp.Dict
	span           source.Span
}

func (r *relInfo) TypeName() string { return "RelationshipInfo" }

// smClass is what the hook keeps per SQLModel class.
type smClass struct {
	fields []*smField
	rels   []string // relationship attributes, in class order
	table  bool
}

// smState is the sqlmodel module of one run.
type smState struct {
	classes map[*interp.Class]*smClass
	// order is each object's __dict__ order while it has not been expired
	order map[*orm.State]fieldOrder
}

type fieldOrder struct {
	keys        []string
	expirations int
}

// smHook is the class hook of SQLModel and its subclasses.
type smHook struct {
	*hook
	sm *smState
}

func (rt *Runtime) sqlmodelModule() map[string]interp.Value {
	sm := &smState{classes: map[*interp.Class]*smClass{}, order: map[*orm.State]fieldOrder{}}
	reg := rt.newRegistry()
	d := interp.NewDict()
	d.SetStr("metadata", reg.meta)
	h := &smHook{hook: &hook{reg: reg}, sm: sm}
	base := interp.NewClass("SQLModel", nil, d, h)
	sm.classes[base] = &smClass{}
	d.SetStr("__repr__", builtin("__repr__", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return h.repr(th, c, true)
	}))
	d.SetStr("__str__", builtin("__str__", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return h.repr(th, c, false)
	}))
	core := rt.modules["sqlalchemy"].Attrs
	mod := map[string]interp.Value{
		"SQLModel":     base,
		"Field":        builtin("Field", newField),
		"Relationship": builtin("Relationship", newRelInfo),
		"Session":      smSessionClass{rt: rt},
		"select": builtin("select", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			q, err := rt.newSelect(th, c.Args)
			if err == nil {
				q.ofScalar = len(c.Args) == 1
			}
			return q, err
		}),
	}
	for _, n := range sqlmodelReexports {
		if v, ok := core.GetStr(n); ok {
			mod[n] = v
		}
	}
	mod["col"] = builtin("col", smCol)
	return mod
}

// sqlmodelReexports are the names sqlmodel/__init__.py takes from
// sqlalchemy (0.0.39); those the engine's sqlalchemy module lacks are left
// out, so `from sqlmodel import X` refuses them as sqlmodel.X.
var sqlmodelReexports = strings.Fields(`
	create_engine create_mock_engine engine_from_config inspect QueuePool StaticPool
	BLANK_SCHEMA DDL CheckConstraint Column ColumnDefault Computed Constraint DefaultClause
	FetchedValue ForeignKey ForeignKeyConstraint Identity Index MetaData PrimaryKeyConstraint
	Sequence Table UniqueConstraint LABEL_STYLE_DEFAULT LABEL_STYLE_DISAMBIGUATE_ONLY
	LABEL_STYLE_NONE LABEL_STYLE_TABLENAME_PLUS_COL alias bindparam column delete except_
	except_all exists false func insert intersect intersect_all join lambda_stmt lateral
	literal literal_column modifier null nullsfirst nullslast outerjoin outparam table
	tablesample text true union union_all update values ARRAY BIGINT BINARY BLOB BOOLEAN
	CHAR CLOB DATE DATETIME DECIMAL DOUBLE DOUBLE_PRECISION FLOAT INT INTEGER JSON NCHAR
	NUMERIC NVARCHAR REAL SMALLINT TEXT TIME TIMESTAMP UUID VARBINARY VARCHAR BigInteger
	Boolean Date DateTime Double Enum Float Integer Interval LargeBinary Numeric PickleType
	SmallInteger String Text Time TupleType TypeDecorator Unicode UnicodeText Uuid all_ and_
	any_ asc between case cast collate desc distinct extract funcfilter not_ nulls_first
	nulls_last or_ over tuple_ type_coerce within_group`)

// smCol is sqlmodel.col: the column itself, for type checkers, after the
// same check sqlmodel makes.
func smCol(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "col")
	v, ok := a.get(0, "column_expression")
	if err := a.check(1); err != nil {
		return nil, err
	}
	if !ok {
		return nil, th.Raise(interp.TypeError, "col() missing 1 required positional argument: 'column_expression'")
	}
	switch v.(type) {
	case *colAttr, *relAttr, *columnDef:
		return v, nil
	}
	s, err := th.Str(v)
	if err != nil {
		return nil, err
	}
	return nil, th.Raise(interp.RuntimeError, "Not a SQLAlchemy column: %s", s)
}

func newField(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "Field")
	f := &fieldInfo{span: c.Span}
	if v, ok := a.get(0, "default"); ok {
		f.def, f.hasDef = v, true
	}
	if _, ok := a.kw("default_factory"); ok {
		return nil, unsupported(th, "Field(default_factory=)")
	}
	var err error
	if f.primaryKey, err = a.boolean("primary_key", false); err != nil {
		return nil, err
	}
	if f.index, err = a.boolean("index", false); err != nil {
		return nil, err
	}
	if f.unique, err = a.boolean("unique", false); err != nil {
		return nil, err
	}
	if v, ok := a.kw("nullable"); ok {
		b := v == true
		f.nullable = &b
	}
	if f.foreignKey, _, err = a.str(-1, "foreign_key"); err != nil {
		return nil, err
	}
	if f.onDelete, _, err = a.str(-1, "ondelete"); err != nil {
		return nil, err
	}
	if v, ok := a.kw("max_length"); ok {
		n, _ := v.(int64)
		f.maxLength = int(n)
	}
	if v, ok := a.kw("sa_column"); ok {
		cd, isCol := v.(*columnDef)
		if !isCol {
			return nil, typeErr(th, "Field(sa_column=) must be a Column")
		}
		f.saColumn = cd
	}
	if v, ok := a.kw("sa_type"); ok {
		f.saType = v
	}
	// what pydantic validates: a table model does not validate on creation
	for _, k := range []string{"title", "description", "min_length", "gt", "ge", "lt", "le", "schema_extra", "alias"} {
		a.kw(k)
	}
	return f, a.check(1)
}

func newRelInfo(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "Relationship")
	r := &relInfo{span: c.Span}
	r.backPopulates, _ = a.kw("back_populates")
	var err error
	if r.cascadeDelete, err = a.boolean("cascade_delete", false); err != nil {
		return nil, err
	}
	r.passiveDeletes, _ = a.kw("passive_deletes")
	if v, ok := a.kw("link_model"); ok && v != nil {
		cls, isCls := v.(*interp.Class)
		if !isCls {
			return nil, typeErr(th, "Relationship(link_model=) must be a table model class")
		}
		r.linkModel = cls
	}
	if v, ok := a.kw("sa_relationship"); ok && v != nil {
		d, isRel := v.(*relDef)
		if !isRel {
			return nil, typeErr(th, "Relationship(sa_relationship=) must be relationship(...)")
		}
		r.saRel = d
	}
	if v, ok := a.kw("sa_relationship_args"); ok && v != nil {
		if r.saArgs, err = th.Iterate(v); err != nil {
			return nil, err
		}
	}
	if v, ok := a.kw("sa_relationship_kwargs"); ok && v != nil {
		d, isDict := v.(*interp.Dict)
		if !isDict {
			return nil, typeErr(th, "Relationship(sa_relationship_kwargs=) must be a dict")
		}
		r.saKwargs = d
	}
	return r, a.check(0)
}

// Subclassed reads the fields; with table=True it maps the class.
func (h *smHook) Subclassed(th *interp.Thread, cls *interp.Class, body *interp.ClassBody) error {
	for _, n := range body.AnnNames {
		// a relationship's plain forward reference ("Team") is the class it
		// names (get_relationship_to returns the string to relationship())
		s, isStr := body.Annotations[n].(string)
		if v, _ := cls.Dict.GetStr(n); isStr && interp.IsIdentifier(s) {
			if _, rel := v.(*relInfo); rel {
				continue
			}
		}
		if isStr {
			return unsupportedAt(th, body.AnnSpans[n], "a SQLModel field annotated with a string (from __future__ import annotations)")
		}
	}
	table := false
	for i, kv := range body.Keywords {
		if kv.Name != "table" {
			return unsupportedAt(th, body.KeywordSpans[i], "class keyword "+kv.Name+"= for SQLModel classes (only table=True is)")
		}
		b, err := th.Truth(kv.Value)
		if err != nil {
			return err
		}
		table = b
	}
	sc := &smClass{table: table}
	seen := map[string]bool{}
	for i := len(cls.MRO) - 1; i >= 1; i-- {
		base := h.sm.classes[cls.MRO[i]]
		if base == nil {
			continue
		}
		if base.table {
			return unsupported(th, "a SQLModel class inheriting from the table model %s (mapped class inheritance)", cls.MRO[i].Name)
		}
		for _, f := range base.fields {
			if !seen[f.name] {
				seen[f.name] = true
				sc.fields = append(sc.fields, f)
			}
		}
	}
	var rels []string
	for _, name := range body.Names {
		ann, hasAnn := body.Annotations[name]
		v, hasValue := cls.Dict.GetStr(name)
		if _, ok := v.(*relInfo); ok && hasValue {
			if !hasAnn {
				return typeErr(th, "the relationship %s.%s needs an annotation such as list[\"Hero\"] or Team | None", cls.Name, name)
			}
			rels = append(rels, name)
			continue
		}
		if !hasAnn || strings.HasPrefix(name, "_") {
			continue
		}
		if g, ok := ann.(*interp.Generic); ok && g.Origin == "ClassVar" {
			continue
		}
		f := &smField{name: name, annotation: ann, span: body.Spans[name]}
		if fi, ok := v.(*fieldInfo); ok {
			f.info = fi
			f.def, f.hasDef = fi.def, fi.hasDef
		} else if hasValue {
			f.def, f.hasDef = v, true
		}
		if seen[name] {
			for i, old := range sc.fields {
				if old.name == name {
					sc.fields[i] = f
				}
			}
		} else {
			seen[name] = true
			sc.fields = append(sc.fields, f)
		}
	}
	sc.rels = rels
	h.sm.classes[cls] = sc
	if !table {
		for _, f := range sc.fields {
			cls.Dict.SetStr(f.name, f.def)
		}
		return nil
	}
	if _, ok := cls.Lookup("__tablename__"); !ok {
		cls.Dict.SetStr("__tablename__", strings.ToLower(cls.Name))
	}
	mb := &interp.ClassBody{Span: body.Span, NameSpan: body.NameSpan, Spans: map[string]source.Span{}, ValueSpans: body.ValueSpans,
		Annotations: map[string]interp.Value{}, AnnSpans: body.AnnSpans}
	for _, f := range sc.fields {
		cd, err := h.column(th, cls, f)
		if err != nil {
			return err
		}
		cls.Dict.SetStr(f.name, cd)
		mb.Names = append(mb.Names, f.name)
		mb.Spans[f.name] = f.span
	}
	for _, name := range rels {
		ri, _ := cls.Dict.GetStr(name)
		d, ann, err := h.relationship(th, cls, name, ri.(*relInfo), body.Annotations[name])
		if err != nil {
			return err
		}
		cls.Dict.SetStr(name, d)
		mb.Names = append(mb.Names, name)
		mb.Spans[name] = body.Spans[name]
		mb.Annotations[name] = ann
	}
	return h.reg.mapClass(th, cls, mb)
}

// column is get_column_from_field.
func (h *smHook) column(th *interp.Thread, cls *interp.Class, f *smField) (*columnDef, error) {
	fi := f.info
	if fi == nil {
		fi = &fieldInfo{span: f.span}
	}
	if fi.saColumn != nil {
		return fi.saColumn, nil
	}
	inner, optional := unwrapOptional(f.annotation)
	// the column's site is its Field(...) call, where the variants write nullable=
	cd := &columnDef{span: fi.span, typed: true, pk: fi.primaryKey, unique: fi.unique, index: fi.index}
	if fi.saType != nil {
		if err := oddType(th, fi.saType); err != nil {
			return nil, err
		}
		t, ok := asType(fi.saType)
		if !ok {
			return nil, typeErr(th, "Field(sa_type=) must be a type such as String")
		}
		cd.typ = t
	} else {
		switch inner {
		case interp.TypeStr:
			cd.typ = schema.Type{Name: "AutoString", Affinity: schema.AffText, Length: fi.maxLength}
		case interp.TypeFloat:
			cd.typ = schema.Type{Name: "Float", Affinity: schema.AffFloat}
		case interp.TypeBool:
			cd.typ = schema.Type{Name: "Boolean", Affinity: schema.AffBool}
		case interp.TypeInt:
			cd.typ = schema.Type{Name: "Integer", Affinity: schema.AffInteger}
		default:
			if inner == interp.TypeDate || inner == interp.TypeDateTime {
				if inner == interp.TypeDateTime {
					cd.typ = schema.Type{Name: "DateTime", Affinity: schema.AffDateTime}
				} else {
					cd.typ = schema.Type{Name: "Date", Affinity: schema.AffDate}
				}
				break
			}
			return nil, unsupportedAt(th, f.span, "the field type "+th.TypeName(inner)+" of "+cls.Name+"."+f.name+"; use int, str, float, bool, date or datetime")
		}
	}
	nullable := !fi.primaryKey && optional
	if fi.nullable != nil {
		nullable = *fi.nullable
	}
	cd.nullable = &nullable
	if fi.foreignKey != "" {
		if fi.onDelete == "SET NULL" && !nullable {
			return nil, th.Raise(interp.RuntimeError, "ondelete=\"SET NULL\" requires nullable=True")
		}
		cd.fks = append(cd.fks, &fkDef{target: fi.foreignKey, onDelete: strings.ToUpper(fi.onDelete), span: fi.span})
	}
	if f.hasDef && f.def != nil {
		if _, callable := f.def.(*interp.Function); callable {
			return nil, unsupported(th, "a callable default")
		}
		cd.def, cd.hasDef = f.def, true
	}
	return cd, nil
}

// relationship is the metaclass's Relationship handling: the target from
// the annotation, the annotation wrapped in Mapped[...].
func (h *smHook) relationship(th *interp.Thread, cls *interp.Class, name string, ri *relInfo, ann interp.Value) (*relDef, interp.Value, error) {
	mapped := &interp.Generic{Origin: "Mapped", Args: []interp.Value{ann}}
	if g, ok := ann.(*interp.Generic); ok && g.Origin == "Mapped" {
		mapped, ann = g, g.Args[0]
	}
	if ri.saRel != nil {
		return ri.saRel, mapped, nil
	}
	target := ann
	for {
		g, ok := target.(*interp.Generic)
		if !ok {
			break
		}
		if inner, optional := unwrapOptional(g); optional {
			target = inner
		} else if (g.Origin == "list" || g.Origin == "List") && len(g.Args) == 1 {
			target = g.Args[0]
		} else {
			return nil, nil, typeErr(th, "the relationship %s.%s needs an annotation such as list[\"Hero\"] or Team | None", cls.Name, name)
		}
	}
	var kw []interp.KV
	if ri.backPopulates != nil && ri.backPopulates != "" {
		kw = append(kw, interp.KV{Name: "back_populates", Value: ri.backPopulates})
	}
	if ri.cascadeDelete {
		kw = append(kw, interp.KV{Name: "cascade", Value: "all, delete-orphan"})
	}
	if ri.passiveDeletes != nil && ri.passiveDeletes != false {
		kw = append(kw, interp.KV{Name: "passive_deletes", Value: ri.passiveDeletes})
	}
	if ri.linkModel != nil {
		mp := h.reg.byClass(ri.linkModel)
		if mp == nil {
			return nil, nil, th.Raise(interp.RuntimeError, "Couldn't find the secondary table for model %s", ri.linkModel.Name)
		}
		kw = append(kw, interp.KV{Name: "secondary", Value: h.reg.meta.table(mp.m.Table)})
	}
	if ri.saKwargs != nil {
		for _, k := range ri.saKwargs.Keys() {
			ks, _ := k.(string)
			v, _ := ri.saKwargs.GetStr(ks)
			replaced := false
			for i := range kw {
				if kw[i].Name == ks {
					kw[i].Value, replaced = v, true
				}
			}
			if !replaced {
				kw = append(kw, interp.KV{Name: ks, Value: v})
			}
		}
	}
	v, err := th.Call(h.reg.rt.relationshipFn, append([]interp.Value{target}, ri.saArgs...), kw)
	if err != nil {
		return nil, nil, err
	}
	d := v.(*relDef)
	d.span = ri.span
	return d, mapped, nil
}

// Init is sqlmodel_table_construct: the given fields in field order, then
// the defaults of the others, then the given relationships; other keywords
// are ignored.
func (h *smHook) Init(th *interp.Thread, inst *interp.Instance, c *interp.Call) error {
	sc := h.sm.classes[inst.Class]
	if len(c.Args) > 0 {
		return typeErr(th, "%s.__init__() takes 1 positional argument but %d were given", inst.Class.Name, len(c.Args)+1)
	}
	given := map[string]interp.Value{}
	for _, kv := range c.Kw {
		given[kv.Name] = kv.Value
	}
	var keys []string
	var vals []interp.Value
	for _, f := range sc.fields {
		if v, ok := given[f.name]; ok {
			keys, vals = append(keys, f.name), append(vals, v)
		}
	}
	for _, f := range sc.fields {
		if _, ok := given[f.name]; !ok && f.hasDef {
			keys, vals = append(keys, f.name), append(vals, f.def)
		}
	}
	for i, k := range keys {
		if err := h.setAttr(th, inst, k, vals[i]); err != nil {
			return err
		}
	}
	for _, r := range sc.rels {
		if v, ok := given[r]; ok {
			if err := h.setAttr(th, inst, r, v); err != nil {
				return err
			}
		}
	}
	st := inst.Host.(*orm.State)
	h.sm.order[st] = fieldOrder{keys: keys, expirations: st.Expirations}
	return nil
}

func (h *smHook) New(th *interp.Thread, inst *interp.Instance) error {
	if sc := h.sm.classes[inst.Class]; sc == nil || !sc.table {
		return unsupported(th, "creating an object of the SQLModel data model %s (a class without table=True)", inst.Class.Name)
	}
	return h.hook.New(th, inst)
}

// fields lists the object's fields as its __dict__ holds them: in the
// order they were set while it has not been expired, in column order once
// loaded (SQLAlchemy loads them in an order that changes from run to run).
func (h *smHook) fields(inst *interp.Instance) []string {
	st, ok := inst.Host.(*orm.State)
	if !ok {
		return nil
	}
	var keys []string
	if o, ok := h.sm.order[st]; ok && o.expirations == st.Expirations {
		keys = o.keys
	}
	// the fields set since (a foreign key a flush synchronized) follow
	for _, f := range h.sm.classes[inst.Class].fields {
		keys = append(keys, f.name)
	}
	var out []string
	seen := map[string]bool{}
	for _, k := range keys {
		if _, loaded := st.Dict[k]; loaded && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func (h *smHook) repr(th *interp.Thread, c *interp.Call, full bool) (interp.Value, error) {
	inst, ok := c.Args[0].(*interp.Instance)
	if !ok || len(c.Args) != 1 {
		return nil, typeErr(th, "__repr__ takes the object")
	}
	var parts []string
	for _, k := range h.fields(inst) {
		v, _, err := h.GetAttr(th, inst, k)
		if err != nil {
			return nil, err
		}
		s, err := th.Repr(v)
		if err != nil {
			return nil, err
		}
		parts = append(parts, k+"="+s)
	}
	if full {
		return inst.Class.Name + "(" + strings.Join(parts, ", ") + ")", nil
	}
	return strings.Join(parts, " "), nil
}

func (h *smHook) GetAttr(th *interp.Thread, inst *interp.Instance, name string) (interp.Value, bool, error) {
	if name == "model_dump" {
		return builtin("model_dump", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, unsupported(th, "model_dump() with arguments")
			}
			d := interp.NewDict()
			for _, k := range h.fields(inst) {
				v, _, err := h.GetAttr(th, inst, k)
				if err != nil {
					return nil, err
				}
				d.SetStr(k, v)
			}
			return d, nil
		}), true, nil
	}
	return h.hook.GetAttr(th, inst, name)
}

// smSessionClass is sqlmodel.Session: a Session with exec().
type smSessionClass struct{ rt *Runtime }

func (s smSessionClass) TypeName() string { return "type" }
func (s smSessionClass) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	bind, opts, err := sessionArgs(th, c, "Session")
	if err != nil {
		return nil, err
	}
	v, err := s.rt.openSession(th, bind, opts)
	if so, ok := v.(*sessionObj); ok {
		so.sqlmodel = true
	}
	return v, err
}
func (s smSessionClass) IsInstance(th *interp.Thread, v interp.Value) (bool, error) {
	so, ok := v.(*sessionObj)
	return ok && so.sqlmodel, nil
}

// exec is sqlmodel's Session.exec: scalars for select() of one thing.
func (s *sessionObj) exec(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if err := s.configureAll(th); err != nil {
		return nil, err
	}
	a := newArgs(th, c, "Session.exec")
	stmt, ok := a.get(0, "statement")
	if !ok {
		return nil, typeErr(th, "exec() needs a statement")
	}
	params, _ := a.kw("params")
	if err := a.check(1); err != nil {
		return nil, err
	}
	r, err := s.execute(th, stmt, params)
	if err != nil {
		return nil, err
	}
	if q, ok := stmt.(*selectObj); ok && q.ofScalar {
		return r.(*resultObj).scalars(), nil
	}
	return r, nil
}
