// Package diag finds the cascade mistakes people make, in a parsed model:
// each rule has an id, a position, a message in plain words, a fix and the
// lesson that explains it.
package diag

import (
	"fmt"
	"sort"
	"strings"

	"cascadelab/engine/internal/model"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// Rule ids.
const (
	ManyToOneDelete       = "many-to-one-delete-cascade"
	OndeleteNoPassive     = "ondelete-without-passive-deletes"
	PassiveNoOndelete     = "passive-deletes-without-ondelete"
	SQLiteForeignKeys     = "sqlite-foreign-keys-off"
	DeleteWithoutOrphan   = "delete-without-delete-orphan"
	NotNullWithoutCascade = "not-null-foreign-key-without-cascade"
	BulkSkipsCascade      = "bulk-delete-skips-cascade"
	BackPopulates         = "back-populates-mismatch"
	MyISAM                = "mysql-myisam"
)

// Check runs every rule. mappers may be nil when the models did not run;
// the rules that need only the source still apply.
func Check(f *source.File, mod *py.Module, mappers []*orm.Mapper) []source.Diagnostic {
	c := &checker{f: f, mod: mod, ms: mappers}
	c.manyToOneDelete()
	c.ondelete()
	c.removals()
	c.notNull()
	c.bulk()
	c.backPopulates()
	c.myisam()
	sort.SliceStable(c.out, func(i, j int) bool { return c.out[i].Start < c.out[j].Start })
	return c.out
}

type checker struct {
	f   *source.File
	mod *py.Module
	ms  []*orm.Mapper
	out []source.Diagnostic
}

func (c *checker) add(code string, span source.Span, msg, fix, lesson string) {
	d := c.f.Diagnose(source.SevWarning, code, span, msg)
	d.Fix, d.Lesson = fix, lesson
	c.out = append(c.out, d)
}

// relSpan is where to point at r's keyword name, or at its call.
func (c *checker) relSpan(r *orm.Relationship, name string) source.Span {
	call, k := model.RelCall(c.mod, r)
	if call != nil {
		if kw := call.Keyword(name); kw != nil {
			return kw.Span()
		}
		return call.Span()
	}
	if k != nil {
		return k.Span()
	}
	return r.Span
}

func (c *checker) rels(fn func(r *orm.Relationship)) {
	for _, m := range c.ms {
		for _, r := range m.Rels {
			if !r.ViewOnly {
				fn(r)
			}
		}
	}
}

// WrongSide reports a many-to-one with delete cascade: deleting the child
// deletes its parent. The diagram marks it; the rule below explains it.
func WrongSide(r *orm.Relationship) bool {
	return !r.ViewOnly && r.Direction == orm.ManyToOne && r.Cascade.Delete
}

func (c *checker) manyToOneDelete() {
	c.rels(func(r *orm.Relationship) {
		if !WrongSide(r) {
			return
		}
		coll := "its collection"
		if r.Reverse != nil {
			coll = r.Reverse.String()
		}
		c.add(ManyToOneDelete, c.relSpan(r, "cascade"),
			fmt.Sprintf("%s is a many-to-one with delete cascade: deleting a %s deletes its %s, not the other way round, and deleting the %s only sets its children's %s to NULL.", r, r.Parent.Class, r.Target.Class, r.Target.Class, fkNames(r.FKCols())),
			fmt.Sprintf("Put cascade=\"all, delete-orphan\" on the one-to-many side (%s, or backref(\"...\", cascade=...)) and remove it here.", coll),
			"wrong-side")
	})
}

func fkNames(cols []*schema.Column) string {
	var names []string
	for _, c := range cols {
		names = append(names, c.Table.Name+"."+c.Name)
	}
	return strings.Join(names, ", ")
}

// ondeleteSpan is the ondelete= keyword of the foreign key on col.
func (c *checker) ondeleteSpan(col *schema.Column) (source.Span, bool) {
	for _, fk := range col.FKs {
		if call := py.FindCall(c.mod, fk.Span); call != nil {
			if k := call.Keyword("ondelete"); k != nil {
				return k.Span(), true
			}
		}
	}
	return source.Span{}, false
}

func onDelete(col *schema.Column) string {
	for _, fk := range col.FKs {
		if fk.Constraint != nil && fk.Constraint.OnDelete != "" {
			return strings.ToUpper(fk.Constraint.OnDelete)
		}
	}
	return ""
}

// childCols are the foreign key columns of a one-to-many or many-to-many
// relationship: the ones that point back at its parent.
func childCols(r *orm.Relationship) []*schema.Column {
	var out []*schema.Column
	for _, p := range r.Pairs {
		out = append(out, p[1])
	}
	return out
}

func (c *checker) ondelete() {
	var firstOndelete *source.Span
	c.rels(func(r *orm.Relationship) {
		if r.Direction == orm.ManyToOne {
			return
		}
		action := ""
		var at source.Span
		for _, col := range childCols(r) {
			if a := onDelete(col); a != "" {
				action = a
				at, _ = c.ondeleteSpan(col)
			}
		}
		if action != "" && firstOndelete == nil {
			firstOndelete = &at
		}
		switch {
		case (action == "CASCADE" || action == "SET NULL") && r.PassiveDeletes == orm.PassiveOff:
			c.add(OndeleteNoPassive, at,
				fmt.Sprintf("ondelete=%q does nothing for %s: without passive_deletes the ORM loads the children and sets %s to NULL (or deletes them itself) before the parent's DELETE, so the database never cascades.", action, r, fkNames(childCols(r))),
				fmt.Sprintf("Add passive_deletes=True to %s so the database does the work.", r),
				"passive-deletes")
		case action == "" && r.PassiveDeletes != orm.PassiveOff:
			c.add(PassiveNoOndelete, c.relSpan(r, "passive_deletes"),
				fmt.Sprintf("%s has passive_deletes but its foreign key %s has no ondelete: children the ORM did not load are left pointing at a deleted row, or the DELETE fails when foreign keys are enforced.", r, fkNames(childCols(r))),
				"Add ondelete=\"CASCADE\" to the ForeignKey, or remove passive_deletes.",
				"orm-vs-database-cascade")
		}
	})
	if firstOndelete != nil && !ForeignKeysOn(c.mod) {
		c.add(SQLiteForeignKeys, *firstOndelete,
			"SQLite ignores foreign keys, and so ondelete, unless each connection runs PRAGMA foreign_keys=ON; nothing in this file turns it on.",
			"Add a \"connect\" event listener on the engine that runs PRAGMA foreign_keys=ON.",
			"sqlite-foreign-keys")
	}
}

// ForeignKeysOn reports whether the source turns SQLite's foreign keys on
// (a PRAGMA foreign_keys=ON string anywhere in it).
func ForeignKeysOn(mod *py.Module) bool {
	on := false
	py.Inspect(mod, func(n py.Node) bool {
		if k, ok := n.(*py.Constant); ok {
			if s, isStr := k.Value.(string); isStr {
				s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
				on = on || strings.Contains(s, "foreign_keys=on") || strings.Contains(s, "foreign_keys=1") || strings.Contains(s, "foreign_keys=true")
			}
		}
		return !on
	})
	return on
}

// removals: children taken out of a collection with delete but not
// delete-orphan stay behind with a NULL foreign key.
func (c *checker) removals() {
	removed := map[string]source.Span{} // collection attribute name -> first removal
	nulled := map[string]source.Span{}  // many-to-one attribute set to None
	py.Inspect(c.mod, func(n py.Node) bool {
		switch n := n.(type) {
		case *py.Call:
			if a, ok := n.Func.(*py.Attribute); ok {
				switch a.Attr {
				case "remove", "pop", "clear":
					if key := py.LastName(a.Value); key != "" {
						if _, seen := removed[key]; !seen {
							removed[key] = n.Span()
						}
					}
				}
			}
		case *py.Assign:
			if k, ok := n.Value.(*py.Constant); ok && k.Value == nil {
				for _, t := range n.Targets {
					if a, isAttr := t.(*py.Attribute); isAttr {
						if _, seen := nulled[a.Attr]; !seen {
							nulled[a.Attr] = n.Span()
						}
					}
				}
			}
		}
		return true
	})
	c.rels(func(r *orm.Relationship) {
		if r.Direction != orm.OneToMany || !r.Cascade.Delete || r.Cascade.DeleteOrphan {
			return
		}
		at, ok := removed[r.Key]
		if !ok && r.Reverse != nil {
			at, ok = nulled[r.Reverse.Key]
		}
		if !ok {
			return
		}
		p := c.f.Position(at.Start)
		c.add(DeleteWithoutOrphan, c.relSpan(r, "cascade"),
			fmt.Sprintf("%s cascades delete but not delete-orphan, and line %d takes a child out of it: that child is not deleted, it stays with %s set to NULL.", r, p.Line, fkNames(childCols(r))),
			"Use cascade=\"all, delete-orphan\": \"all\" does not include delete-orphan.",
			"all-and-delete-orphan")
	})
}

func (c *checker) notNull() {
	c.rels(func(r *orm.Relationship) {
		if r.Direction != orm.OneToMany || r.Cascade.Delete || r.PassiveDeletes != orm.PassiveOff {
			return
		}
		for _, col := range childCols(r) {
			if col.Nullable || col.PrimaryKey {
				continue
			}
			at := col.Span
			if call := py.FindCall(c.mod, col.Span); call != nil {
				if k := call.Keyword("nullable"); k != nil {
					at = k.Span()
				}
			}
			c.add(NotNullWithoutCascade, at,
				fmt.Sprintf("%s is NOT NULL but nothing deletes the children of %s: deleting a %s that has children makes the ORM set %s to NULL, which fails with IntegrityError.", col.Table.Name+"."+col.Name, r, r.Parent.Class, col.Name),
				fmt.Sprintf("Add cascade=\"all, delete-orphan\" to %s (or ondelete=\"CASCADE\" with passive_deletes=True).", r),
				"nullable-false")
		}
	})
}

// bulk: a bulk delete of a class whose children only the ORM cleans up.
func (c *checker) bulk() {
	byClass := map[string]*orm.Mapper{}
	for _, m := range c.ms {
		byClass[m.Class] = m
	}
	py.Inspect(c.mod, func(n py.Node) bool {
		call, ok := n.(*py.Call)
		if !ok {
			return true
		}
		class := bulkTarget(call)
		m := byClass[class]
		if m == nil {
			return true
		}
		for _, r := range m.Rels {
			if r.Direction != orm.OneToMany || !r.Cascade.Delete || r.ViewOnly {
				continue
			}
			dbDoes := true
			for _, col := range childCols(r) {
				dbDoes = dbDoes && onDelete(col) == "CASCADE"
			}
			if dbDoes {
				continue
			}
			c.add(BulkSkipsCascade, call.Span(),
				fmt.Sprintf("This bulk delete of %s rows skips the ORM: %s's delete cascade does not run, so their %s rows are left behind.", class, r, r.Target.Class),
				fmt.Sprintf("Load the %s objects and session.delete() each, or add ondelete=\"CASCADE\" to %s with PRAGMA foreign_keys=ON.", class, fkNames(childCols(r))),
				"bulk-delete")
			return false
		}
		return true
	})
}

// bulkTarget names the class a bulk delete removes rows of:
// session.query(C)...delete() and delete(C) statements.
func bulkTarget(call *py.Call) string {
	a, ok := call.Func.(*py.Attribute)
	if ok && a.Attr == "delete" && len(call.Args) == 0 {
		// walk down the query chain to query(C)
		for e := a.Value; e != nil; {
			c, isCall := e.(*py.Call)
			if !isCall {
				return ""
			}
			if c.Callee() == "query" && len(c.Args) == 1 {
				return py.LastName(c.Args[0])
			}
			inner, isAttr := c.Func.(*py.Attribute)
			if !isAttr {
				return ""
			}
			e = inner.Value
		}
	}
	if call.Callee() == "delete" && len(call.Args) == 1 {
		if _, isName := call.Args[0].(*py.Name); isName {
			return py.LastName(call.Args[0])
		}
	}
	return ""
}

// backPopulates checks back_populates pairs in the source, so it also
// speaks when the mismatch kept the models from running.
func (c *checker) backPopulates() {
	type rel struct {
		class, key, target, back string
		backAt                   source.Span
	}
	var all []rel
	classes := map[string]map[string]*rel{}
	for _, s := range c.mod.Body {
		cd, ok := s.(*py.ClassDef)
		if !ok {
			continue
		}
		classes[cd.Name] = map[string]*rel{}
		for _, st := range cd.Body {
			var target py.Expr
			var value py.Expr
			switch st := st.(type) {
			case *py.Assign:
				target, value = st.Targets[0], st.Value
			case *py.AnnAssign:
				target, value = st.Target, st.Value
			}
			name, isName := target.(*py.Name)
			call, isCall := value.(*py.Call)
			if !isName || !isCall || call.Callee() != "relationship" {
				continue
			}
			r := rel{class: cd.Name, key: name.Id}
			if len(call.Args) > 0 {
				switch a := call.Args[0].(type) {
				case *py.Constant:
					r.target, _ = a.Value.(string)
				default:
					r.target = py.LastName(a)
				}
			}
			if k := call.Keyword("back_populates"); k != nil {
				if v, isConst := k.Value.(*py.Constant); isConst {
					r.back, _ = v.Value.(string)
				}
				r.backAt = k.Value.Span()
			}
			all = append(all, r)
		}
	}
	for i := range all {
		classes[all[i].class][all[i].key] = &all[i]
	}
	for _, r := range all {
		if r.back == "" || classes[r.target] == nil {
			continue
		}
		other := classes[r.target][r.back]
		switch {
		case other == nil:
			c.add(BackPopulates, r.backAt,
				fmt.Sprintf("%s.%s has back_populates=%q, but %s has no relationship named %q.", r.class, r.key, r.back, r.target, r.back),
				fmt.Sprintf("Name the relationship on %s that points back at %s, or add %s = relationship(back_populates=%q) there.", r.target, r.class, r.back, r.key),
				"cascade-on-parent")
		case other.back != r.key:
			c.add(BackPopulates, r.backAt,
				fmt.Sprintf("%s.%s says back_populates=%q, but %s.%s says back_populates=%q: the two sides do not name each other, so changes on one side are not seen on the other.", r.class, r.key, r.back, r.target, r.back, other.back),
				fmt.Sprintf("Set back_populates=%q on %s.%s.", r.key, r.target, r.back),
				"cascade-on-parent")
		}
	}
}

func (c *checker) myisam() {
	for _, v := range MyISAMEngines(c.mod) {
		c.add(MyISAM, v.Span(),
			"MySQL's MyISAM engine does not enforce foreign keys: ondelete never runs and nothing stops rows from pointing at deleted parents.",
			"Use mysql_engine=\"InnoDB\" (the default since MySQL 5.5), or rely on the ORM's cascade only.",
			"sqlite-foreign-keys")
	}
}

// MyISAMEngines finds the "MyISAM" strings given as mysql_engine, as a
// keyword (Table(..., mysql_engine="MyISAM")) or a __table_args__ key.
func MyISAMEngines(mod *py.Module) []py.Expr {
	var out []py.Expr
	check := func(v py.Expr) {
		if s, ok := v.(*py.Constant); ok {
			if name, isStr := s.Value.(string); isStr && strings.EqualFold(name, "MyISAM") {
				out = append(out, v)
			}
		}
	}
	py.Inspect(mod, func(n py.Node) bool {
		k, ok := n.(*py.Keyword)
		if !ok || k.Arg != "mysql_engine" {
			if d, isDict := n.(*py.Dict); isDict {
				for i, key := range d.Keys {
					if kc, isConst := key.(*py.Constant); isConst && kc.Value == "mysql_engine" {
						check(d.Values[i])
					}
				}
			}
			return true
		}
		check(k.Value)
		return true
	})
	return out
}
