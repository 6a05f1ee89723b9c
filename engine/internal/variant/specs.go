package variant

import (
	"fmt"

	"cascadelab/engine/internal/model"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
)

// op is how the scenario deletes.
type op int

const (
	opDelete op = iota // session.delete(obj)
	opBulk             // session.query(M).filter(...).delete()
	opRaw              // DELETE through a connection
	opRemove           // remove one child from the collection
)

var opNames = [...]string{"session.delete()", "bulk query().delete()", "raw DELETE", "collection.remove()"}

// fkMode says whether SQLite enforces foreign keys in a variant.
type fkMode int

const (
	fkAsWritten fkMode = iota // as the scenario options say
	fkOn
	fkOff
)

// spec is one variant: a rewrite of the models and a way to delete. The
// table is data, like esbuild's compat tables: one row per behaviour.
type spec struct {
	id, title, explain string
	op                 op
	fk                 fkMode
	change             func(w *rewriter, p *plan)
}

var specs = []spec{
	{id: "as-written", title: "As written, session.delete()", op: opDelete,
		explain: "Your models unchanged. The object is loaded and deleted with session.delete(), as most code does."},
	{id: "bulk-delete", title: "As written, bulk query().delete()", op: opBulk,
		explain: "One DELETE statement sent without loading anything: the ORM never sees the children, so relationship cascades do not run."},
	{id: "raw-delete", title: "As written, raw DELETE through a connection", op: opRaw,
		explain: "A DELETE sent by another program, a migration or a SQL console: only the database's own foreign key rules apply."},
	{id: "orm-cascade", title: `ORM cascade: cascade="all, delete-orphan" on the one-to-many side`, op: opDelete,
		explain: `The parent's relationship (or the backref(...) that creates it) gets cascade="all, delete-orphan": the ORM loads the children and deletes them before the parent.`,
		change:  func(w *rewriter, p *plan) { ormCascade(w, p.edges) }},
	{id: "db-cascade", title: `Database cascade: ondelete="CASCADE" + passive_deletes=True`, op: opDelete, fk: fkOn,
		explain: `The foreign key gets ON DELETE CASCADE, the relationship passive_deletes=True, and SQLite enforces foreign keys (PRAGMA foreign_keys=ON): the database deletes the children the ORM did not load.`,
		change:  func(w *rewriter, p *plan) { dbCascade(w, p, "CASCADE", true) }},
	{id: "ondelete-without-passive", title: `ondelete="CASCADE" without passive_deletes`, op: opDelete, fk: fkOn,
		explain: `The foreign key has ON DELETE CASCADE and foreign keys are enforced, but without passive_deletes the ORM first loads the children and sets their foreign key to NULL, so the database finds nothing to cascade.`,
		change:  func(w *rewriter, p *plan) { dbCascade(w, p, "CASCADE", false) }},
	{id: "fk-off", title: "Database cascade, foreign keys not enforced", op: opDelete, fk: fkOff,
		explain: `ON DELETE CASCADE and passive_deletes=True, but SQLite ignores foreign keys until PRAGMA foreign_keys=ON (MySQL's MyISAM engine always ignores them): the children keep pointing at a row that no longer exists.`,
		change:  func(w *rewriter, p *plan) { dbCascade(w, p, "CASCADE", true) }},
	{id: "db-cascade-bulk", title: "Database cascade + bulk delete", op: opBulk, fk: fkOn,
		explain: "With ON DELETE CASCADE enforced by the database, even a bulk DELETE that loads nothing removes the children.",
		change:  func(w *rewriter, p *plan) { dbCascade(w, p, "CASCADE", true) }},
	{id: "set-null", title: `ondelete="SET NULL" + passive_deletes=True`, op: opDelete, fk: fkOn,
		explain: "The database sets the children's foreign key to NULL when the parent goes: they survive as orphans, by design.",
		change:  func(w *rewriter, p *plan) { dbCascade(w, p, "SET NULL", true) }},
	{id: "not-null", title: "nullable=False on the foreign key, no cascade", op: opDelete,
		explain: "The foreign key is NOT NULL and nothing deletes the children: the ORM's UPDATE that sets it to NULL fails with IntegrityError, and the whole delete is rolled back.",
		change:  notNull},
	{id: "remove-child", title: "Remove one child from the collection", op: opRemove,
		explain: "One child is removed from the parent's collection and the session committed: without delete-orphan the ORM only sets its foreign key to NULL."},
	{id: "remove-child-orphan", title: `Remove one child, with cascade="all, delete-orphan"`, op: opRemove,
		explain: "With delete-orphan, a child removed from its parent's collection is deleted at the next flush.",
		change:  func(w *rewriter, p *plan) { ormCascade(w, []edge{*p.remove}) }},
}

// ormCascade puts delete-orphan cascade on each edge's collection and takes
// delete cascade off the many-to-one side, where it would delete parents.
func ormCascade(w *rewriter, edges []edge) {
	for _, e := range edges {
		if e.coll != nil {
			w.setRelKeyword(e.coll, "cascade", `"all, delete-orphan"`)
		} else if e.ref != nil {
			// no collection to put the cascade on: the many-to-one gets a backref that is one
			w.setRelKeyword(e.ref, "backref", fmt.Sprintf(`backref(%q, cascade="all, delete-orphan")`, collectionName(e)))
			w.importName("sqlalchemy.orm", "backref")
		}
		if e.ref != nil && e.ref.Cascade.Delete {
			w.dropRelKeyword(e.ref, "cascade")
		}
	}
}

// collectionName names a new collection of e.to on e.from: accounts for
// Account, unless the class already has that attribute.
func collectionName(e edge) string {
	name := snake(e.to.Class) + "s"
	if e.from.Rel(name) != nil || e.from.Cols[name] != nil {
		name = snake(e.to.Class) + "_list"
	}
	return name
}

// dbCascade gives the foreign keys under the deleted row an ON DELETE
// action, and sets or removes passive_deletes on their relationships.
func dbCascade(w *rewriter, p *plan, action string, passive bool) {
	for _, e := range p.edges {
		for _, c := range fkCols(e) {
			for _, fk := range c.FKs {
				if call := w.call(fk.Span); call != nil {
					w.setKeyword(call, "ondelete", `"`+action+`"`)
				}
			}
		}
		if e.coll != nil {
			if passive {
				w.setRelKeyword(e.coll, "passive_deletes", "True")
			} else {
				w.dropRelKeyword(e.coll, "passive_deletes")
			}
		}
	}
	for _, e := range p.links {
		// association rows cannot be set to NULL: they always cascade
		for _, pair := range e.coll.Pairs {
			for _, fk := range pair[1].FKs {
				if call := w.call(fk.Span); call != nil {
					w.setKeyword(call, "ondelete", `"CASCADE"`)
				}
			}
		}
		if passive {
			w.setRelKeyword(e.coll, "passive_deletes", "True")
		} else {
			w.dropRelKeyword(e.coll, "passive_deletes")
		}
	}
}

// notNull makes the foreign keys under the deleted row NOT NULL and takes
// away what would delete the children instead.
func notNull(w *rewriter, p *plan) {
	for _, e := range p.edges {
		for _, c := range fkCols(e) {
			if call := w.call(c.Span); call != nil {
				w.setKeyword(call, "nullable", "False")
			}
		}
		if e.coll != nil {
			if e.coll.Cascade.Delete {
				w.dropRelKeyword(e.coll, "cascade")
			}
			w.dropRelKeyword(e.coll, "passive_deletes")
		}
	}
}

func (w *rewriter) setRelKeyword(r *orm.Relationship, name, value string) {
	c, k := model.RelCall(w.mod, r)
	switch {
	case c != nil:
		w.setKeyword(c, name, value)
	case k != nil:
		if w.backrefs == nil {
			w.backrefs = map[*py.Keyword][]string{}
		}
		w.backrefs[k] = append(w.backrefs[k], name+"="+value)
	}
}

func (w *rewriter) dropRelKeyword(r *orm.Relationship, name string) {
	if c, _ := model.RelCall(w.mod, r); c != nil {
		w.dropKeyword(c, name)
	}
}

// fkCols are the child's columns that point at the parent along e.
func fkCols(e edge) []*schema.Column {
	if e.ref != nil {
		return e.ref.FKCols()
	}
	var out []*schema.Column
	for _, p := range e.coll.Pairs {
		out = append(out, p[1])
	}
	return out
}
