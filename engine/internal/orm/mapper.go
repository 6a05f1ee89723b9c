// Package orm mirrors SQLAlchemy 2.0's ORM for the subset cascadelab runs:
// mappers and relationships, instance states with attribute history, the
// session and identity map, and the unit of work that turns a flush into
// statements in the same order and shape as lib/sqlalchemy/orm does.
package orm

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"slices"
	"strings"

	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// Direction of a relationship, as RelationshipProperty.direction.
type Direction int

const (
	OneToMany Direction = iota
	ManyToOne
	ManyToMany
)

func (d Direction) String() string {
	return [...]string{"ONETOMANY", "MANYTOONE", "MANYTOMANY"}[d]
}

// Cascade is the parsed cascade= string.
type Cascade struct {
	SaveUpdate, Merge, RefreshExpire, Expunge, Delete, DeleteOrphan bool
}

// ParseCascade reads a cascade string the way CascadeOptions does.
func ParseCascade(s string) (Cascade, error) {
	var c Cascade
	for _, part := range strings.Split(s, ",") {
		switch strings.TrimSpace(part) {
		case "":
		case "all":
			c.SaveUpdate, c.Merge, c.RefreshExpire, c.Expunge, c.Delete = true, true, true, true, true
		case "save-update":
			c.SaveUpdate = true
		case "merge":
			c.Merge = true
		case "refresh-expire":
			c.RefreshExpire = true
		case "expunge":
			c.Expunge = true
		case "delete":
			c.Delete = true
		case "delete-orphan":
			c.DeleteOrphan = true
		case "none":
		default:
			return c, fmt.Errorf("Invalid cascade option(s): '%s'", strings.TrimSpace(part))
		}
	}
	return c, nil
}

// Names lists the options, in SQLAlchemy's order.
func (c Cascade) Names() []string {
	var out []string
	for _, o := range []struct {
		on   bool
		name string
	}{{c.SaveUpdate, "save-update"}, {c.Merge, "merge"}, {c.RefreshExpire, "refresh-expire"}, {c.Expunge, "expunge"}, {c.Delete, "delete"}, {c.DeleteOrphan, "delete-orphan"}} {
		if o.on {
			out = append(out, o.name)
		}
	}
	return out
}

// DefaultCascade is save-update, merge.
var DefaultCascade = Cascade{SaveUpdate: true, Merge: true}

func (c Cascade) has(kind string) bool {
	switch kind {
	case "save-update":
		return c.SaveUpdate
	case "delete":
		return c.Delete
	case "expunge":
		return c.Expunge
	case "refresh-expire":
		return c.RefreshExpire
	case "merge":
		return c.Merge
	}
	return false
}

// Passive is the passive_deletes setting.
type Passive int

const (
	PassiveOff Passive = iota
	PassiveOn
	PassiveAll
)

// Mapper maps one class to one table.
type Mapper struct {
	Class    string
	SortKey  string // "__main__.Class", SQLAlchemy's mapper._sort_key
	Table    *schema.Table
	Props    []string // attribute keys, relationships first then columns, as mapper._props
	Cols     map[string]*schema.Column
	colKeys  map[*schema.Column]string
	Rels     []*Relationship
	relByKey map[string]*Relationship
	// New makes the host object for a state loaded from the database.
	New func(*State) any
	// OnRel, when set, runs the script's listeners of a relationship event
	// on one of this mapper's objects (State.fire).
	OnRel func(ev RelEvent, s *State, r *Relationship, v, old any) (*State, error)
	// deleteOrphans lists relationships with delete-orphan that target this mapper.
	deleteOrphans []*Relationship
	Span          source.Span
	// EagerDefaults is eager_defaults=True or False; nil is "auto".
	EagerDefaults *bool
	// NoBatch is batch=False: a flush saves the hierarchy's objects one at
	// a time, each with its events around its own statements.
	NoBatch bool
	// Refusal is a mapper option the engine does not build (a
	// __mapper_args__ key): raised when the mapper writes or loads rows,
	// where the option would change what happens.
	Refusal *exc.Error
	// Inherits is the mapper of the mapped superclass (mapped class
	// inheritance); Table is then the class's own table, its parent's for
	// single-table inheritance. Subs are the inheriting mappers, in order.
	Inherits *Mapper
	Subs     []*Mapper
	// PolyOn is the hierarchy's discriminator column, Identity this
	// mapper's value of it (nil: none given).
	PolyOn   *schema.Column
	Identity any
	// PolySelectin is polymorphic_load="selectin": a query of a class
	// above this one loads this class's own columns with a second SELECT.
	PolySelectin bool
	// own are the attribute keys this class declares (nil for the base).
	own map[string]bool
	// inheritPairs equate the parent's columns with this table's (the
	// inherit_condition of joined-table inheritance).
	inheritPairs [][2]*schema.Column
	// cols is the select order of an inheriting mapper's columns (its
	// properties' columns, as mapper._props orders them).
	cols []*schema.Column
}

// PreferEagerDefaults is Mapper._prefer_eager_defaults on SQLite, which
// has INSERT ... RETURNING with executemany.
func (m *Mapper) PreferEagerDefaults() bool {
	if m.EagerDefaults == nil {
		return !m.Table.NoImplicitReturning
	}
	return *m.EagerDefaults
}

// NewMapper makes a mapper for table.
func NewMapper(class string, t *schema.Table, span source.Span) *Mapper {
	return &Mapper{Class: class, SortKey: "__main__." + class, Table: t, Cols: map[string]*schema.Column{},
		colKeys: map[*schema.Column]string{}, relByKey: map[string]*Relationship{}, Span: span}
}

// AddColumn maps attribute key to column c.
func (m *Mapper) AddColumn(key string, c *schema.Column) {
	m.Cols[key] = c
	m.colKeys[c] = key
}

// Rel finds a relationship by attribute key.
func (m *Mapper) Rel(key string) *Relationship { return m.relByKey[key] }

// ColKey is the attribute key that maps column c.
func (m *Mapper) ColKey(c *schema.Column) string { return m.colKeys[c] }

// ColumnsInOrder lists mapped columns in table order (an inheriting
// mapper's: in the order SQLAlchemy selects them).
func (m *Mapper) ColumnsInOrder() []*schema.Column {
	if m.cols != nil {
		return m.cols
	}
	var out []*schema.Column
	for _, c := range m.Table.Columns {
		if _, ok := m.colKeys[c]; ok {
			out = append(out, c)
		}
	}
	return out
}

// Relationship is a configured relationship().
type Relationship struct {
	Key       string
	Parent    *Mapper
	Target    *Mapper
	Direction Direction
	Secondary *schema.Table
	// Pairs are (source, dest) columns synchronized on flush: for one-to-many
	// (parent pk, child fk), for many-to-one (target pk, local fk), for
	// many-to-many (parent pk, secondary fk).
	Pairs          [][2]*schema.Column
	SecondaryPairs [][2]*schema.Column
	Cascade        Cascade
	PassiveDeletes Passive
	Uselist        bool
	OrderBy        []sql.Order
	Lazy           string
	Reverse        *Relationship
	SingleParent   bool
	ViewOnly       bool
	// Dict makes the collection a dictionary (collection_class=
	// attribute_keyed_dict(...) and the like); nil is a list.
	Dict *DictKeys
	// Appended is a list collection_class's own append step, run after
	// each member joins at index i: by an append, a backref, a collection
	// assignment or a load (OrderingList.append numbers it).
	Appended func(st *State, i int, child *State) error
	// PostUpdate is post_update=True: the foreign key is written by a
	// second UPDATE after the rows are saved (and cleared by one before
	// they are deleted), so two rows may point at each other.
	PostUpdate bool
	// InnerJoin is innerjoin=True: a joined eager load is a JOIN, not a
	// LEFT OUTER JOIN
	InnerJoin bool
	dp        *depProc
	// Span is the relationship() call; for one made by the other side's
	// backref=, that side's call (FromBackref).
	Span        source.Span
	FromBackref bool
	selfRef     bool
	// Join and SecondaryJoin are primaryjoin= and secondaryjoin= as the
	// user wrote them, term by term; nil is the join SQLAlchemy derives
	// from the foreign keys (each pair as referenced = referencing).
	Join, SecondaryJoin []JoinTerm
}

// JoinTerm is one AND-ed term of a written join condition: one of the
// relationship's column pairs (Flip when the referencing column is written
// first) or Extra, further criteria on the target's columns.
type JoinTerm struct {
	Pair  int
	Flip  bool
	Extra sql.Expr
}

// On renders the primary join condition in its written order, with ref
// and fk giving each pair's referenced and referencing column as SQL.
func (r *Relationship) On(ref, fk func(*schema.Column) sql.Expr) sql.Expr {
	return joinOn(r.Join, r.Pairs, ref, fk)
}

// SecondaryOn renders a many-to-many's secondary join condition.
func (r *Relationship) SecondaryOn(ref, fk func(*schema.Column) sql.Expr) sql.Expr {
	return joinOn(r.SecondaryJoin, r.SecondaryPairs, ref, fk)
}

func joinOn(terms []JoinTerm, pairs [][2]*schema.Column, ref, fk func(*schema.Column) sql.Expr) sql.Expr {
	var on []sql.Expr
	if terms == nil {
		for _, p := range pairs {
			on = append(on, sql.Eq(ref(p[0]), fk(p[1])))
		}
		return sql.And(on...)
	}
	for _, t := range terms {
		switch p := pairs[t.Pair]; {
		case t.Extra != nil:
			on = append(on, t.Extra)
		case t.Flip:
			on = append(on, sql.Eq(fk(p[1]), ref(p[0])))
		default:
			on = append(on, sql.Eq(ref(p[0]), fk(p[1])))
		}
	}
	return sql.And(on...)
}

// SecondaryCriteria reports further criteria on a many-to-many's secondary
// table, which render on the table itself, never on an alias of it.
func (r *Relationship) SecondaryCriteria() bool {
	for _, t := range append(append([]JoinTerm(nil), r.Join...), r.SecondaryJoin...) {
		if t.Extra != nil && slices.ContainsFunc(sql.Froms(t.Extra), func(f *sql.From) bool { return f.Table == r.Secondary }) {
			return true
		}
	}
	return false
}

// Criteria reports a written join condition with terms beyond the
// foreign key's equality (primaryjoin="and_(..., Address.city == 'Boston')").
func (r *Relationship) Criteria() bool {
	for _, t := range append(append([]JoinTerm(nil), r.Join...), r.SecondaryJoin...) {
		if t.Extra != nil {
			return true
		}
	}
	return false
}

// UseGet is a many-to-one's LazyLoader.use_get: its lazy clause compares
// as the target's get clause, so the identity map answers it without SQL.
// A foreign key column whose type's affinity differs from the referenced
// column's binds a differently typed parameter, so the clauses differ: such
// a relationship always loads by SELECT, and loads its old value when set
// (active history).
func (r *Relationship) UseGet() bool {
	for _, p := range r.Pairs {
		if p[0].Type.Class() != p[1].Type.Class() {
			return false
		}
	}
	return true
}

func (r *Relationship) String() string { return r.Parent.Class + "." + r.Key }

// AddRelationship registers r on m (declaration order).
func (m *Mapper) AddRelationship(r *Relationship) {
	r.Parent = m
	m.Rels = append(m.Rels, r)
	m.relByKey[r.Key] = r
}

// RelSpec is what relationship(...) said before the mappers are configured.
type RelSpec struct {
	ForeignKeys []*schema.Column // foreign_keys=, nil when not given
	RemoteSide  []*schema.Column // remote_side=, nil when not given
	Uselist     *bool
	// Join and SecondaryJoin are primaryjoin= and secondaryjoin=, nil
	// when not given.
	Join, SecondaryJoin sql.Expr
}

// Configure determines direction and join columns the way
// RelationshipProperty._setup_join_conditions and _determine_direction do.
func (r *Relationship) Configure(spec RelSpec) error {
	if spec.Join != nil || spec.SecondaryJoin != nil {
		return r.configureWritten(spec)
	}
	r.selfRef = r.Parent.Table == r.Target.Table || r.Parent.Root() == r.Target.Root()
	if r.selfRef && r.Parent.Table != r.Target.Table {
		return exc.Unsupported(r.Span, fmt.Sprintf("a relationship between two tables of one inheritance hierarchy yet (relationship %s)", r))
	}
	allowed := func(c *schema.Column) bool {
		if spec.ForeignKeys == nil {
			return true
		}
		for _, f := range spec.ForeignKeys {
			if f == c {
				return true
			}
		}
		return false
	}
	// a mapper's rows span its tables (joined inheritance); the foreign
	// keys that join those tables to each other are not the relationship's
	refs := func(from, to *Mapper) [][2]*schema.Column {
		var out [][2]*schema.Column
		for _, ft := range from.Tables() {
			for _, fk := range ft.ForeignKeys() {
				if fk.Column == nil || !allowed(fk.Parent) || from.inheritFK(fk.Parent, fk.Column) || to.inheritFK(fk.Parent, fk.Column) {
					continue
				}
				for _, tt := range to.Tables() {
					if fk.Column.Table == tt {
						out = append(out, [2]*schema.Column{fk.Column, fk.Parent})
					}
				}
			}
		}
		return out
	}
	refsT := func(from, to *schema.Table) [][2]*schema.Column {
		var out [][2]*schema.Column
		for _, fk := range from.ForeignKeys() {
			if fk.Column != nil && fk.Column.Table == to && allowed(fk.Parent) {
				out = append(out, [2]*schema.Column{fk.Column, fk.Parent})
			}
		}
		return out
	}
	if r.Secondary != nil {
		r.Direction = ManyToMany
		r.Pairs = refsT(r.Secondary, r.Parent.Table)
		r.SecondaryPairs = refsT(r.Secondary, r.Target.Table)
		if r.selfRef {
			return exc.Unsupported(r.Span, fmt.Sprintf("self-referential many-to-many yet (relationship %s)", r))
		}
		if len(r.Pairs) == 0 && len(refsT(r.Parent.Table, r.Secondary)) > 0 || len(r.SecondaryPairs) == 0 && len(refsT(r.Target.Table, r.Secondary)) > 0 {
			// SQLAlchemy joins them by the foreign key the other way round
			return exc.Unsupported(r.Span, fmt.Sprintf("a secondary table referenced by a foreign key of the parent or target table, not referencing it (relationship %s, secondary %s)", r, r.Secondary.Name))
		}
		if len(r.Pairs) == 0 || len(r.SecondaryPairs) == 0 {
			return &exc.Error{Class: exc.NoForeignKeysError, Span: r.Span, Msg: fmt.Sprintf("Could not determine join condition between parent/child tables on relationship %s - there are no foreign keys linking these tables via secondary table '%s'.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify 'primaryjoin' and 'secondaryjoin' expressions.", r, r.Secondary.Name)}
		}
		r.Uselist = spec.Uselist == nil || *spec.Uselist
		return r.checkCascade()
	}
	toParent := refs(r.Target, r.Parent) // child rows point at parent: one-to-many
	toTarget := refs(r.Parent, r.Target) // parent rows point at target: many-to-one
	switch {
	case r.selfRef:
		r.Pairs = toParent
		r.Direction = OneToMany
		for _, rs := range spec.RemoteSide {
			for _, p := range toParent {
				if p[0] == rs { // remote side is the referenced key: this side holds the fk
					r.Direction = ManyToOne
				}
			}
		}
	case len(toParent) > 0 && len(toTarget) > 0:
		return &exc.Error{Class: exc.AmbiguousForeignKeysError, Span: r.Span, Msg: fmt.Sprintf("Could not determine join condition between parent/child tables on relationship %s - there are multiple foreign key paths linking the tables.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference to the parent table.", r)}
	case len(toParent) > 0:
		r.Direction, r.Pairs = OneToMany, toParent
	case len(toTarget) > 0:
		r.Direction, r.Pairs = ManyToOne, toTarget
	}
	if len(r.Pairs) == 0 {
		return &exc.Error{Class: exc.NoForeignKeysError, Span: r.Span, Msg: fmt.Sprintf("Could not determine join condition between parent/child tables on relationship %s - there are no foreign keys linking these tables.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify a 'primaryjoin' expression.", r)}
	}
	if len(r.Pairs) > 1 && !r.selfRef && !sameConstraint(r.Pairs) {
		return &exc.Error{Class: exc.AmbiguousForeignKeysError, Span: r.Span, Msg: fmt.Sprintf("Could not determine join condition between parent/child tables on relationship %s - there are multiple foreign key paths linking the tables.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference to the parent table.", r)}
	}
	if spec.Uselist != nil {
		r.Uselist = *spec.Uselist
	} else {
		r.Uselist = r.Direction != ManyToOne
	}
	if r.Dynamic() && !r.Uselist {
		return &exc.Error{Class: exc.InvalidRequestError, Span: r.Span, Msg: fmt.Sprintf("On relationship %s, 'dynamic' loaders cannot be used with many-to-one/one-to-one relationships and/or uselist=False.", r)}
	}
	return r.checkCascade()
}

// checkCascade is _check_cascade_settings: the cascades SQLAlchemy refuses
// for the direction, and delete-orphan registered on the target.
func (r *Relationship) checkCascade() error {
	if r.Cascade.DeleteOrphan && r.Direction != OneToMany && !r.SingleParent {
		kind := "many-to-one"
		if r.Direction == ManyToMany {
			kind = "many-to-many"
		}
		return &exc.Error{Class: exc.ArgumentError, Span: r.Span, Msg: fmt.Sprintf("For %s relationship %s, delete-orphan cascade is normally configured only on the \"one\" side of a one-to-many relationship, and not on the \"many\" side of a many-to-one or many-to-many relationship.  To force this relationship to allow a particular \"%s\" object to be referenced by only a single \"%s\" object at a time via the %s relationship, which would allow delete-orphan cascade to take place in this direction, set the single_parent=True flag.", kind, r, r.Target.Class, r.Parent.Class, r)}
	}
	if r.PassiveDeletes == PassiveAll && (r.Cascade.Delete || r.Cascade.DeleteOrphan) {
		return &exc.Error{Class: exc.ArgumentError, Span: r.Span, Msg: fmt.Sprintf("On %s, can't set passive_deletes='all' in conjunction with 'delete' or 'delete-orphan' cascade", r)}
	}
	if r.Cascade.DeleteOrphan {
		r.Target.deleteOrphans = append(r.Target.deleteOrphans, r)
	}
	return nil
}

func sameConstraint(pairs [][2]*schema.Column) bool {
	first := pairs[0][1].FKs[0].Constraint
	for _, p := range pairs[1:] {
		if p[1].FKs[0].Constraint != first {
			return false
		}
	}
	return true
}

// FKCols are the columns holding the foreign key for this relationship.
func (r *Relationship) FKCols() []*schema.Column {
	out := make([]*schema.Column, len(r.Pairs))
	for i, p := range r.Pairs {
		out[i] = p[1]
	}
	return out
}

// Root is the base mapper of the class's inheritance hierarchy.
func (m *Mapper) Root() *Mapper {
	for m.Inherits != nil {
		m = m.Inherits
	}
	return m
}

// PK is the mapper's primary key: the base table's (mapper.primary_key).
func (m *Mapper) PK() []*schema.Column { return m.Root().Table.PrimaryKey }

// Single reports single-table inheritance: the parent's table is this one's.
func (m *Mapper) Single() bool { return m.Inherits != nil && m.Inherits.Table == m.Table }

// Tables are the tables an object's row spans, the base table first.
func (m *Mapper) Tables() []*schema.Table {
	var chain []*Mapper
	for x := m; x != nil; x = x.Inherits {
		chain = append([]*Mapper{x}, chain...)
	}
	var out []*schema.Table
	for _, x := range chain {
		if len(out) == 0 || out[len(out)-1] != x.Table {
			out = append(out, x.Table)
		}
	}
	return out
}

// IsA reports whether m is other or inherits from it.
func (m *Mapper) IsA(other *Mapper) bool {
	for x := m; x != nil; x = x.Inherits {
		if x == other {
			return true
		}
	}
	return false
}

// SelfAndDescendants lists m and the mappers inheriting from it, breadth first.
func (m *Mapper) SelfAndDescendants() []*Mapper {
	out := []*Mapper{m}
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].Subs...)
	}
	return out
}

// inheritFK reports whether the foreign key from -> to joins two of m's
// tables (an inherit condition).
func (m *Mapper) inheritFK(from, to *schema.Column) bool {
	for x := m; x != nil; x = x.Inherits {
		for _, p := range x.inheritPairs {
			if p[0] == to && p[1] == from {
				return true
			}
		}
	}
	return false
}

// Inherit makes m inherit parent's columns and relationships; own are the
// keys m maps itself (a joined table's columns, or a single-table
// subclass's added columns), in table order. A key both map, such as the
// joined table's primary key, maps m's column first, then parent's.
func (m *Mapper) Inherit(parent *Mapper, pairs [][2]*schema.Column, own []string) {
	m.Inherits = parent
	parent.Subs = append(parent.Subs, m)
	m.PolyOn = parent.PolyOn
	m.inheritPairs = pairs
	ownCols := map[string]*schema.Column{}
	m.own = map[string]bool{}
	for _, k := range own {
		ownCols[k] = m.Cols[k]
		m.own[k] = true
	}
	var cols []*schema.Column
	done := map[string]bool{}
	for _, c := range parent.ColumnsInOrder() {
		k := parent.ColKey(c)
		if oc := ownCols[k]; oc != nil && !done[k] {
			cols = append(cols, oc)
		} else if _, mine := m.Cols[k]; !mine {
			m.Cols[k] = c
		}
		done[k] = true
		m.colKeys[c] = k
		cols = append(cols, c)
	}
	for _, k := range own {
		if !done[k] {
			cols = append(cols, ownCols[k])
		}
	}
	m.cols = cols
}

// InheritRels gives m its parent's relationships (the same ones: their
// Parent stays the class that declares them) after its own.
func (m *Mapper) InheritRels() {
	if m.Inherits == nil {
		return
	}
	for _, r := range m.Inherits.Rels {
		if m.relByKey[r.Key] == nil {
			m.Rels = append(m.Rels, r)
			m.relByKey[r.Key] = r
		}
	}
}

// Polymorphic is the mapper of the row's class: the one whose identity the
// discriminator value v names (m itself when none does).
func (m *Mapper) Polymorphic(v any, key []any) (*Mapper, error) {
	if m.PolyOn == nil {
		return m, nil
	}
	if v == nil {
		parts := make([]string, len(key))
		for i, k := range key {
			parts[i] = pyrepr.Value(k)
		}
		tuple := "(" + strings.Join(parts, ", ") + ")"
		if len(parts) == 1 {
			tuple = "(" + parts[0] + ",)"
		}
		return nil, &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Row with identity key (<class '__main__.%s'>, %s, None) can't be loaded into an object; the polymorphic discriminator column '%s.%s' is NULL", m.Root().Class, tuple, m.PolyOn.Table.Name, m.PolyOn.Name)}
	}
	for _, x := range m.Root().SelfAndDescendants() {
		if x.Identity != nil && equalValues(x.Identity, v) {
			if !x.IsA(m) {
				return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("loading a row of %s in a query of %s (its discriminator names a class that does not inherit from it)", x.Class, m.Class))
			}
			return x, nil
		}
	}
	return nil, &exc.Error{Class: exc.AssertionError, Msg: fmt.Sprintf("No such polymorphic_identity %s is defined", pyrepr.Value(v))}
}

// Criterion is the WHERE a query of a single-table subclass adds: the
// discriminator IN the identities of the class and its subclasses.
func (m *Mapper) Criterion() sql.Expr {
	if !m.Single() || m.PolyOn == nil {
		return nil
	}
	var ids sql.List
	for _, x := range m.SelfAndDescendants() {
		if x.Identity != nil {
			ids = append(ids, sql.Bind{V: x.Identity})
		}
	}
	return sql.Binary{L: sql.Col{C: m.PolyOn}, R: ids, Op: "IN"}
}

// InheritJoins are the JOINs from the base table to a joined-table
// subclass's tables: base JOIN sub ON base.id = sub.id.
func (m *Mapper) InheritJoins() []sql.Join {
	var chain []*Mapper
	for x := m; x.Inherits != nil; x = x.Inherits {
		if !x.Single() {
			chain = append([]*Mapper{x}, chain...)
		}
	}
	var out []sql.Join
	for _, x := range chain {
		var on []sql.Expr
		for _, p := range x.inheritPairs {
			on = append(on, sql.Eq(sql.Col{C: p[0]}, sql.Col{C: p[1]}))
		}
		out = append(out, sql.Join{To: sql.Table(x.Table), On: sql.And(on...), Inner: true})
	}
	return out
}

// Declarer is the mapper whose property maps key on m (prop.parent): the
// highest of m's superclass mappers mapping key, unless a mapper on the
// way declares it again itself.
func (m *Mapper) Declarer(key string) *Mapper {
	d := m
	for d.Inherits != nil && !d.own[key] && d.Inherits.Cols[key] != nil {
		d = d.Inherits
	}
	return d
}
