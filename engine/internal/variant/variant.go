// Package variant runs a model through every way of deleting a row that
// people try (ORM cascade, database cascade, bulk and raw deletes, foreign
// keys on or off) and reports, for each, the rows before and after, the
// SQL, what survived and why.
package variant

import (
	"cascadelab/engine/internal/ddl"
	"cascadelab/engine/internal/exc"
	"cmp"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"cascadelab/engine/internal/diag"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/trace"
)

// Options shape the scenario.
type Options struct {
	Children int    // per one-to-many relationship; 0 means DefaultChildren
	Depth    int    // levels of rows, the roots included; 0 means DefaultDepth
	Delete   string // "Class" or "Class:key" (key as Python); "" means the first root
	// ForeignKeys turns on PRAGMA foreign_keys for the variants that keep
	// the models' own setting (the others force it on or off).
	ForeignKeys bool
	Only        []string // variant ids to run; empty runs all
	// Steps bounds the steps (budget.Meter) of the whole matrix, its first
	// run's included: the variants it leaves none for are not run, as
	// those the clock leaves no time for. 0 bounds each run alone.
	Steps int64
	// Run bounds the runs: its Timeout is for the whole matrix (the
	// variants it leaves no time for are skipped), the rest for each run;
	// its Yield is also called before each variant.
	Run script.Options
}

// The options' defaults and bounds: normalize clamps to them, Check
// refuses what is outside them (for callers that take options from
// outside, the HTTP API).
const (
	DefaultChildren, MaxChildren = 3, 10
	DefaultDepth, MaxDepth       = 3, 6
	MaxDelete                    = 200 // characters of Options.Delete
	MaxOnly                      = 20  // ids in Options.Only
)

func (o Options) normalize() Options {
	if o.Children <= 0 {
		o.Children = DefaultChildren
	}
	if o.Depth <= 0 {
		o.Depth = DefaultDepth
	}
	o.Children, o.Depth = min(o.Children, MaxChildren), min(o.Depth, MaxDepth)
	return o
}

// Check tells, naming the field and its range, what in o is out of bounds;
// nil when nothing is. An unknown variant id is named with the known ones.
func (o Options) Check() error {
	switch {
	case o.Children < 0 || o.Children > MaxChildren:
		return fmt.Errorf("children is %d: it must be 0 to %d (0 means %d)", o.Children, MaxChildren, DefaultChildren)
	case o.Depth < 0 || o.Depth > MaxDepth:
		return fmt.Errorf("depth is %d: it must be 0 to %d (0 means %d)", o.Depth, MaxDepth, DefaultDepth)
	case len(o.Delete) > MaxDelete:
		return fmt.Errorf("delete is %d characters: it must be at most %d", len(o.Delete), MaxDelete)
	case len(o.Only) > MaxOnly:
		return fmt.Errorf("variants lists %d ids: it must list at most %d", len(o.Only), MaxOnly)
	}
	ids := IDs()
	for _, id := range o.Only {
		if !contains(ids, id) {
			return fmt.Errorf("variants: no variant %q; the variants are %s", id, strings.Join(ids, ", "))
		}
	}
	return nil
}

// IDs lists every variant's id, in the matrix's order.
func IDs() []string {
	ids := make([]string, len(specs))
	for i, s := range specs {
		ids[i] = s.id
	}
	return ids
}

// Matrix is the result; the facade converts it into what the callers get
// (docs/variants.md).
type Matrix struct {
	Input string // "models", "script", "schema" (DDL) or "automap" (a script that automaps)
	// Schema is, for DDL or an automap script, the models the tables imply
	// as declarative Python: the variants run on (and their diffs change) these.
	Schema      string
	Options     Options
	Diagnostics []source.Diagnostic
	// Error is set when the models themselves cannot run; no variant ran.
	Error *exc.Error
	// Raised says Error is the models' own uncaught exception (a mistake in
	// the text, which the page marks there too), not the runner's refusal.
	Raised   bool
	Model    *Model
	Tables   []string // in creation order
	Target   string   // the deleted row: Class and key
	Variants []*Variant
	// VariantIDs lists every variant the engine knows, in order, for
	// callers that split the work (Options.Only).
	VariantIDs []string
}

// Variant is one row of the matrix.
type Variant struct {
	ID          string
	Number      int
	Title       string
	Explain     string
	Operation   string
	ForeignKeys bool   // PRAGMA foreign_keys=ON in this run
	Diff        []Hunk // the models' change, nil when none
	Script      string // standalone SQLAlchemy 2.0 script
	Counts      map[string]Count
	Rows        map[string]*TableRows
	Deleted     map[string]int
	Orphaned    map[string]int
	Dangling    map[string]int
	SQL         []trace.Statement // what the delete step sent
	Log         string            // the same, as echo=True prints it
	Stdout      string
	Error       *exc.Error
	Outcome     string // clean, orphans, dangling, error, nothing
	Verdict     string
}

// Effect says what the delete did to table, for its cell of the matrix:
// "error" in every table when the variant's delete raised, else the worst
// of its rows as Outcome ranks them (dangling, orphaned, deleted), ""
// when none of its rows changed so.
func (v *Variant) Effect(table string) string {
	switch {
	case v.Error != nil && v.Outcome == "error":
		return "error"
	case v.Dangling[table] > 0:
		return "dangling"
	case v.Orphaned[table] > 0:
		return "orphaned"
	case v.Deleted[table] > 0:
		return "deleted"
	}
	return ""
}

// Count is one table's rows before and after the delete step.
type Count struct {
	Before int
	After  int
}

// TableRows lists a table's rows with what happened to each.
type TableRows struct {
	Columns []string
	Rows    []Row
}

// Row is one row before and after; Status is kept, deleted, orphaned,
// dangling, updated or inserted.
type Row struct {
	Before []trace.Value
	After  []trace.Value
	Status string
}

// Model describes the mapped tables and relationships, for the diagram.
type Model struct {
	Classes []Class
}

// Class is one mapped class.
type Class struct {
	Name          string
	Table         string
	Columns       []Column
	Relationships []Relationship
	Line          int
}

// Column is one column of a mapped table.
type Column struct {
	Name     string
	Type     string
	PK       bool
	Nullable bool
	FK       string // "table.column"
	OnDelete string // CASCADE, SET NULL, ...
}

// Relationship is one relationship() of a class.
type Relationship struct {
	Key            string
	Target         string
	Direction      string // one-to-many, many-to-one, many-to-many
	Cascade        []string
	PassiveDeletes string // "", "True", "all"
	Secondary      string
	Backref        bool // made by the other side's backref=
	WrongSide      bool // a many-to-one with delete cascade (diag.WrongSide)
	// WrongSideBack is, for a one-to-many, the key of a WrongSide
	// many-to-one of the target back to this class: deleting one of the
	// related rows deletes this row.
	WrongSideBack string
	// DeleteCascades says deleting a row of this side deletes the related
	// rows: cascade="delete", or passive_deletes leaving it to the database.
	DeleteCascades bool
	Line           int
}

// emptyMatrix is a matrix with no variant run yet.
func emptyMatrix(o Options) *Matrix {
	return &Matrix{Input: "models", Options: o, Diagnostics: []source.Diagnostic{}, Tables: []string{}, Variants: []*Variant{}, VariantIDs: IDs()}
}

// share is a run's step budget (its own, or the default) within what is
// left of the matrix's steps, when they are bounded.
func (o Options) share(own, left int64) int64 {
	if o.Steps == 0 {
		return own
	}
	return min(cmp.Or(own, script.DefaultMaxSteps), max(left, 1))
}

// spent takes what a first run used off the matrix's steps, for a matrix
// that starts over from the models it found (a schema's, automap's).
func (o Options) spent(res script.Result) Options {
	if o.Steps > 0 {
		o.Steps = max(o.Steps-res.Steps, 1)
	}
	return o
}

// Run builds the matrix for a models file, a whole script, or DDL.
func Run(f script.File, o Options) (m *Matrix) {
	o = o.normalize()
	m = emptyMatrix(o)
	defer func() {
		if r := recover(); r != nil {
			m.Error = &exc.Error{Class: exc.InternalError, Msg: fmt.Sprintf("internal error in cascadelab: %v", r)}
			m.Variants = []*Variant{}
		}
	}()
	if o.Run.Timeout == 0 {
		o.Run.Timeout = script.DefaultTimeout
	}
	deadline := time.Now().Add(o.Run.Timeout)
	if ddl.Is(f.Text) {
		return fromSchema(f, o)
	}
	bo := o.Run
	bo.Configure = true
	bo.MaxSteps = o.share(bo.MaxSteps, o.Steps)
	base := script.Run(f, bo)
	steps := o.Steps - base.Steps
	m.Diagnostics = append(m.Diagnostics, base.Diagnostics...)
	if base.Model != nil && !base.Model.Automapped { // automap's classes are checked as the models they imply
		var mappers []*orm.Mapper // unconfigured mappers would mislead the rules
		if base.Model.Configured {
			mappers = base.Model.Mappers
		}
		m.Diagnostics = append(m.Diagnostics, diag.Check(base.Model.File, base.Model.Module, mappers)...)
	}
	if base.Model == nil || base.Exception != nil {
		m.Error, m.Raised = base.Exception, base.Exception != nil
		if m.Error == nil {
			m.Error = &exc.Error{Class: exc.SyntaxError, Msg: "the script did not parse"}
		}
		return m
	}
	ms := base.Model.Mappers
	if len(ms) == 0 {
		// the script is fine Python: the matrix, not the script, needs models
		m.Error = exc.Unsupported(source.Span{}, "a script without mapped classes: the matrix deletes a mapped object, so paste models that subclass a declarative base (Base = declarative_base(), class Base(DeclarativeBase), or db.Model)")
		m.Error.File = base.Model.File
		return m
	}
	if base.Model.Automapped {
		return fromMappers(f, o.spent(base), base.Model.Mappers, nil, "automap", base.Diagnostics)
	}
	m.Model = describe(base.Model)
	var st *site
	if isScript(base.Model.Module) {
		if st = findDelete(base.Model.Module, f.Text); st != nil {
			m.Input = "script"
			o.Delete = st.class
			if st.kind == opDelete && base.Model.Deleted != nil {
				o.Delete = base.Model.Deleted.Class
			}
		}
	}
	p, err := newPlan(ms, base.Model.Module, o)
	if err != nil {
		m.Error = &exc.Error{Class: exc.ValueError, Msg: err.Error()}
		return m
	}
	r, err := newRunner(f, o, p, base.Model, st, deadline, steps)
	if e, ok := err.(*exc.Error); ok {
		e.File = base.Model.File
		m.Error = e
		return m
	}
	if err != nil {
		m.Error = &exc.Error{Class: exc.ValueError, Msg: err.Error()}
		return m
	}
	var todo []int
	for i, spec := range specs {
		if r.applies(spec) && (len(o.Only) == 0 || contains(o.Only, spec.id)) {
			todo = append(todo, i)
		}
	}
	// the first run makes the rows the others load; then they are
	// independent, each on its own database, and run side by side
	vs := make([]*Variant, len(todo))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k, i := range todo {
		if o.Run.Yield != nil {
			o.Run.Yield()
		}
		if k == 0 {
			vs[0] = r.run(specs[i])
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			vs[k] = r.run(specs[i])
		}()
	}
	wg.Wait()
	for k, v := range vs {
		v.Number = todo[k] + 1
		m.Variants = append(m.Variants, v)
	}
	m.Target = strings.TrimSpace(p.target.Class + " " + r.key())
	if len(m.Variants) > 0 {
		m.Tables = r.tables
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isScript reports whether the source does more than declare models: it
// opens sessions or runs statements.
func isScript(mod *py.Module) bool {
	found := false
	py.Inspect(mod, func(n py.Node) bool {
		if c, ok := n.(*py.Call); ok {
			switch c.Callee() {
			case "Session", "sessionmaker", "add", "add_all", "commit", "flush", "execute", "query", "scalars":
				found = true
			}
		}
		return !found
	})
	return found
}

func describe(sm *script.Model) *Model {
	out := &Model{}
	for _, m := range sm.Mappers {
		c := Class{Name: m.Class, Table: m.Table.Name, Line: sm.File.Position(m.Span.Start).Line}
		for _, col := range m.Table.Columns {
			cc := Column{Name: col.Name, Type: col.Type.Name, PK: col.PrimaryKey, Nullable: col.Nullable}
			if len(col.FKs) > 0 {
				fk := col.FKs[0]
				if fk.Column != nil {
					cc.FK = fk.Column.Table.Name + "." + fk.Column.Name
				}
				if fk.Constraint != nil {
					cc.OnDelete = fk.Constraint.OnDelete
				}
			}
			c.Columns = append(c.Columns, cc)
		}
		for _, r := range m.Rels {
			rr := Relationship{Key: r.Key, Target: r.Target.Class, Direction: directions[r.Direction], Cascade: r.Cascade.Names(), Backref: r.FromBackref, WrongSide: diag.WrongSide(r), Line: sm.File.Position(r.Span.Start).Line}
			switch r.PassiveDeletes {
			case orm.PassiveOn:
				rr.PassiveDeletes = "True"
			case orm.PassiveAll:
				rr.PassiveDeletes = "all"
			}
			if r.Secondary != nil {
				rr.Secondary = r.Secondary.Name
			}
			rr.DeleteCascades = r.Cascade.Delete || rr.PassiveDeletes != ""
			c.Relationships = append(c.Relationships, rr)
		}
		out.Classes = append(out.Classes, c)
	}
	// the diagram marks a one-to-many whose target's many-to-one back to
	// it deletes its rows (the wrong side)
	byName := map[string]*Class{}
	for i := range out.Classes {
		byName[out.Classes[i].Name] = &out.Classes[i]
	}
	for _, c := range out.Classes {
		for k := range c.Relationships {
			r := &c.Relationships[k]
			t := byName[r.Target]
			if r.Direction != "one-to-many" || t == nil {
				continue
			}
			for _, back := range t.Relationships {
				if back.WrongSide && back.Target == c.Name {
					r.WrongSideBack = back.Key
					break
				}
			}
		}
	}
	return out
}

var directions = map[orm.Direction]string{orm.OneToMany: "one-to-many", orm.ManyToOne: "many-to-one", orm.ManyToMany: "many-to-many"}
