package sa

import (
	"slices"
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// Mapped class inheritance: a mapped class's subclass with a table of its
// own (joined-table inheritance, its primary key a foreign key to the
// parent's) or without (single-table inheritance, its columns added to the
// parent's table), told apart by a discriminator column.

// mapSingle maps a subclass without a table: its own columns join the
// parent's table.
func (r *registry) mapSingle(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, parent, mp *mapped, cols []colEntry) error {
	if _, own := cls.Dict.GetStr("__table_args__"); own {
		return th.Raise(interp.ClassOf(exc.ArgumentError), "Can't place __table_args__ on an inherited class with no table.")
	}
	t := parent.m.Table
	var made []colEntry
	for _, ce := range cols {
		if ce.existing {
			continue // already in t: mapped again, not added
		}
		made = append(made, ce)
		if ce.cd.pk {
			return unsupported(th, "a primary key column on a single-table inheritance subclass (%s.%s)", cls.Name, ce.key)
		}
		name := ce.key
		if ce.cd.name != "" {
			name = ce.cd.name
		}
		if old := t.Col(name); old != nil {
			return th.Raise(interp.ClassOf(exc.ArgumentError), "Column '%s' on class %s conflicts with existing column '%s.%s'.  If using Declarative, consider using the use_existing_column parameter of mapped_column() to resolve conflicts.", name, cls.Name, t.Name, old.Name)
		}
	}
	if err := buildColumns(th, t, made); err != nil {
		return err
	}
	// the mapper maps the shared table's columns in its order
	// (Mapper._configure_properties), a column a declared_attr gave again
	// where the table has it
	cols = slices.Clone(cols)
	slices.SortStableFunc(cols, func(a, b colEntry) int {
		return slices.Index(t.Columns, a.cd.col) - slices.Index(t.Columns, b.cd.col)
	})
	return r.mapSub(th, cls, body, parent, mp, t, cols, nil)
}

// mapJoined maps a subclass with its own table t, joined to the parent's
// by the foreign key from t to it (the inherit condition).
func (r *registry) mapJoined(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, parent *mapped, mp *mapped, t *schema.Table, cols []colEntry) error {
	pt := parent.m.Table
	var pairs [][2]*schema.Column
	var con *schema.FKConstraint
	for _, fk := range t.ForeignKeys() {
		ref := fk.Column
		if ref == nil {
			if tn, cn, ok := strings.Cut(fk.Target, "."); ok && tn == pt.Name {
				ref = pt.Col(cn)
			}
		}
		if ref == nil || ref.Table != pt {
			continue
		}
		if con != nil && fk.Constraint != con {
			return unsupported(th, "a joined-table subclass with several foreign keys to its parent's table %s (inherit_condition)", pt.Name)
		}
		con = fk.Constraint
		pairs = append(pairs, [2]*schema.Column{ref, fk.Parent})
	}
	if len(pairs) == 0 {
		return th.Raise(interp.ClassOf(exc.NoForeignKeysError), "Can't determine the inherit condition between inherited table '%s' and inheriting table '%s'; tables have no foreign key relationships established.  Please ensure the inheriting table has a foreign key relationship to the inherited table, or provide an 'on clause' using the 'inherit_condition' mapper argument.", pt.Name, t.Name)
	}
	return r.mapSub(th, cls, body, parent, mp, t, cols, pairs)
}

// mapSub makes the mapper of a subclass over t (its own columns cols),
// inheriting the parent's columns and relationships.
func (r *registry) mapSub(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, parent, mp *mapped, t *schema.Table, cols []colEntry, pairs [][2]*schema.Column) error {
	m := orm.NewMapper(cls.Name, t, body.Span)
	keys := make([]string, len(cols))
	for i, ce := range cols {
		keys[i] = ce.key
		m.AddColumn(ce.key, ce.cd.col)
	}
	m.Inherit(parent.m, pairs, keys)
	if _, own := cls.Dict.GetStr("__table__"); !own {
		cls.Dict.SetStr("__table__", r.meta.table(t))
	}
	for _, c := range m.ColumnsInOrder() {
		if k := m.ColKey(c); m.Cols[k] == c {
			cls.Dict.SetStr(k, &colAttr{col: c, m: m, key: k})
		}
	}
	r.instrument(cls, m)
	mp.m = m
	if err := mapperArgs(th, cls, m); err != nil {
		return err
	}
	return r.add(th, mp)
}

// polymorphicOn finds the discriminator column: a mapped attribute's name,
// the column in the class body, or the Column itself.
func polymorphicOn(th *interp.Thread, m *orm.Mapper, v interp.Value) (*schema.Column, error) {
	switch v := v.(type) {
	case string:
		if c := m.Cols[v]; c != nil {
			return c, nil
		}
		if c := m.Table.Col(v); c != nil {
			return c, nil
		}
	case *columnDef:
		if v.col != nil {
			return v.col, nil
		}
	case *colAttr:
		return v.col, nil
	}
	return nil, unsupported(th, "polymorphic_on=%s, only a mapped column or its name", th.TypeName(v))
}

// hasInheritedTable is has_inherited_table(cls): does a class cls inherits
// from have a __table__.
func hasInheritedTable(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, typeErr(th, "has_inherited_table() takes 1 positional argument but %d were given", len(c.Args)+len(c.Kw))
	}
	cls, ok := c.Args[0].(*interp.Class)
	if !ok {
		return nil, th.Raise(interp.ClassOf(exc.AttributeError), "'%s' object has no attribute '__mro__'", th.TypeName(c.Args[0]))
	}
	for _, k := range cls.MRO[1:] {
		if t, ok := k.Lookup("__table__"); ok && t != nil {
			return true, nil
		}
	}
	return false, nil
}

// ownPrimaryKey reports whether the class body declares a primary key
// column (Flask-SQLAlchemy's __table_cls__ test for a joined table).
func ownPrimaryKey(cls *interp.Class, body *interp.ClassBody) bool {
	for _, k := range body.Names {
		v, _ := cls.Dict.GetStr(k)
		if cd, ok := v.(*columnDef); ok && cd.pk {
			return true
		}
	}
	return false
}

// polySelectinOpt is selectin_polymorphic(base, classes): a loader option
// that loads the classes' own columns as polymorphic_load="selectin" does.
type polySelectinOpt struct {
	base    *orm.Mapper
	classes []*orm.Mapper
}

func (o *polySelectinOpt) TypeName() string { return "_AbstractLoad" }

func (rt *Runtime) selectinPolymorphic(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 2 || len(c.Kw) > 0 {
		return nil, typeErr(th, "selectin_polymorphic() takes 2 positional arguments but %d were given", len(c.Args)+len(c.Kw))
	}
	base, err := rt.mapperOf(th, c.Args[0])
	if err != nil {
		return nil, err
	}
	return rt.polySelectin(th, base, c.Args[1])
}

// polySelectin is the option selecting classes, subclasses of base.
func (rt *Runtime) polySelectin(th *interp.Thread, base *orm.Mapper, classes interp.Value) (*polySelectinOpt, error) {
	items, err := th.Iterate(classes)
	if err != nil {
		return nil, err
	}
	o := &polySelectinOpt{base: base}
	for _, it := range items {
		m, err := rt.mapperOf(th, it)
		if err != nil {
			return nil, err
		}
		if !m.IsA(base) || m == base {
			return nil, unsupported(th, "selectin_polymorphic() of %s, which does not inherit from %s", m.Class, base.Class)
		}
		o.classes = append(o.classes, m)
	}
	return o, nil
}

// options is Select.options(); the engine has the selectin_polymorphic()
// option of a query of its base class, and the column options of loadOpt.
func (q *selectObj) options(th *interp.Thread, call *interp.Call) error {
	if len(call.Kw) > 0 {
		return typeErr(th, "options() got an unexpected keyword argument '%s'", call.Kw[0].Name)
	}
	for _, a := range call.Args {
		if lo, ok := a.(*loadOpt); ok {
			if err := q.deferColumns(th, lo); err != nil {
				return err
			}
			continue
		}
		if _, ok := a.(undeferGroup); ok {
			continue
		}
		if ro, ok := a.(*relLoadOpt); ok {
			if err := q.relLoader(th, ro); err != nil {
				return err
			}
			continue
		}
		o, ok := a.(*polySelectinOpt)
		if !ok {
			return unsupported(th, "options() with %s", th.TypeName(a))
		}
		if q.entity == nil || q.as != nil || len(q.more) > 0 || !q.entity.IsA(o.base) {
			return unsupported(th, "selectin_polymorphic() in a query that does not select %s alone", o.base.Class)
		}
		sel := map[*orm.Mapper]bool{}
		for k := range q.polySelectin {
			sel[k] = true
		}
		for _, m := range o.classes {
			sel[m] = true
		}
		q.polySelectin = sel
	}
	return nil
}

// polyEntity is with_polymorphic(base, classes): the base class whose
// query also LEFT OUTER JOINs the classes' tables and loads their columns.
// Its attributes are the base class's; poly.Sub is the subclass, whose
// columns the statement reads under their own table names, or with
// flat=True through each table's anonymous alias.
type polyEntity struct {
	base *orm.Mapper
	cls  *interp.Class
	subs []*orm.Mapper
	rt   *Runtime
	flat map[*schema.Table]*sql.From
}

func (p *polyEntity) TypeName() string { return "AliasedClass" }

func (p *polyEntity) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	for _, m := range p.subs {
		if m.Class == name {
			for _, r := range p.rt.registries {
				if mp := r.classes[name]; mp != nil && mp.m == m {
					if p.flat != nil {
						return &flatSub{cls: mp.cls, m: m, flat: p.flat}, true, nil
					}
					return mp.cls, true, nil
				}
			}
		}
	}
	if p.flat != nil {
		return flatAttr(th, p.cls, p.base, p.flat, name)
	}
	return th.GetAttr(p.cls, name)
}

// flatSub is with_polymorphic(..., flat=True).Sub: the subclass's
// attributes read through the aliases.
type flatSub struct {
	cls  *interp.Class
	m    *orm.Mapper
	flat map[*schema.Table]*sql.From
}

func (f *flatSub) TypeName() string { return "AliasedClass" }

func (f *flatSub) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return flatAttr(th, f.cls, f.m, f.flat, name)
}

// flatAttr is attribute name of class cls (mapper m) in a
// with_polymorphic(flat=True): a column read through its table's alias.
func flatAttr(th *interp.Thread, cls *interp.Class, m *orm.Mapper, flat map[*schema.Table]*sql.From, name string) (interp.Value, bool, error) {
	if c := m.Cols[name]; c != nil {
		return &colAttr{col: c, m: m, key: name, as: flat[c.Table]}, true, nil
	}
	if _, found, err := th.GetAttr(cls, name); err != nil || !found {
		if err == nil {
			err = th.Raise(interp.AttributeError, "type object '%s' has no attribute '%s'", m.Class, name)
		}
		return nil, true, err
	}
	return nil, true, unsupported(th, "%s of with_polymorphic(flat=True), which is not a mapped column", name)
}

// withPolymorphic is with_polymorphic(base, classes, flat=False,
// aliased=False): flat=True reads each table through an anonymous alias
// of its own (Join._anonymous_fromclause(flat=True)).
func (rt *Runtime) withPolymorphic(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 2 {
		return nil, unsupported(th, "with_polymorphic() of %d positional arguments", len(c.Args))
	}
	flat, aliased := false, false
	for _, kv := range c.Kw {
		b, err := th.Truth(kv.Value)
		if err != nil {
			return nil, err
		}
		switch kv.Name {
		case "flat":
			flat = b
		case "aliased":
			aliased = b
		default:
			return nil, unsupported(th, "with_polymorphic(%s=)", kv.Name)
		}
	}
	if aliased && !flat {
		return nil, unsupported(th, "with_polymorphic(aliased=True) without flat=True (a subquery)")
	}
	cls, ok := c.Args[0].(*interp.Class)
	if !ok {
		return nil, unsupported(th, "with_polymorphic() of %s", th.TypeName(c.Args[0]))
	}
	base, err := rt.mapperOf(th, cls)
	if err != nil {
		return nil, err
	}
	want := map[*orm.Mapper]bool{}
	if c.Args[1] == "*" {
		for _, m := range base.SelfAndDescendants() {
			want[m] = true
		}
	} else {
		items, err := th.Iterate(c.Args[1])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			m, err := rt.mapperOf(th, it)
			if err != nil {
				return nil, err
			}
			if !m.IsA(base) {
				return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Mapper[%s(%s)] does not inherit from Mapper[%s(%s)]", m.Class, m.Table.Name, base.Class, base.Table.Name)
			}
			for x := m; x != nil; x = x.Inherits {
				want[x] = true
			}
		}
	}
	p := &polyEntity{base: base, cls: cls, rt: rt}
	for _, m := range base.SelfAndDescendants() {
		if want[m] && m != base {
			p.subs = append(p.subs, m)
		}
	}
	if flat {
		p.flat = map[*schema.Table]*sql.From{}
		for _, m := range append([]*orm.Mapper{base}, p.subs...) {
			for _, t := range m.Tables() {
				p.flat[t] = sql.Anon(t)
			}
		}
	}
	return p, nil
}
