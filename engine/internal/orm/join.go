package orm

import (
	"fmt"
	"slices"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// configureWritten configures a relationship whose primaryjoin= (and
// secondaryjoin=) the user wrote, as _setup_join_conditions reads them:
// the equalities between a column of one side and a column of the other
// that a foreign key (or foreign_keys=) links are the relationship's
// column pairs, in the order written; anything else is further criteria,
// which the engine builds on the target's columns of a collection only.
func (r *Relationship) configureWritten(spec RelSpec) error {
	refuse := func(what string) error {
		return exc.Unsupported(r.Span, fmt.Sprintf("relationship(primaryjoin=...) %s (relationship %s)", what, r))
	}
	if r.Secondary == nil && spec.SecondaryJoin != nil {
		return refuse("with secondaryjoin= but no secondary=")
	}
	near, far := r.Target.Tables(), r.Target.Tables()
	if r.Secondary != nil {
		near = []*schema.Table{r.Secondary}
	}
	// foreign() and remote() stand for foreign_keys= and remote_side=
	var foreign, remote []*schema.Column
	for _, e := range []sql.Expr{spec.Join, spec.SecondaryJoin} {
		for _, t := range conjuncts(e) {
			if b, ok := t.(sql.Binary); ok {
				for _, x := range []sql.Expr{b.L, b.R} {
					if c, ok := x.(sql.Col); ok && c.Foreign {
						foreign = append(foreign, c.C)
					}
					if c, ok := x.(sql.Col); ok && c.Remote {
						remote = append(remote, c.C)
					}
				}
			}
		}
	}
	if spec.ForeignKeys == nil {
		spec.ForeignKeys = foreign
	}
	if spec.RemoteSide == nil && r.selfRefTables() {
		spec.RemoteSide = remote
	}
	var fks []*schema.Column
	unlinked := false
	split := func(e sql.Expr, left, right []*schema.Table) ([]JoinTerm, [][2]*schema.Column, error) {
		if e == nil {
			return nil, nil, nil
		}
		var terms []JoinTerm
		var eqs [][2]*schema.Column
		for _, t := range conjuncts(e) {
			a, b, ok := colEq(t)
			if ok && !(slices.Contains(left, a.Table) && slices.Contains(right, b.Table) || slices.Contains(left, b.Table) && slices.Contains(right, a.Table)) {
				ok = false
			}
			if !ok {
				for _, f := range sql.Froms(t) {
					onSecondary := r.Secondary != nil && f.Table == r.Secondary
					if f.Aliased() || !(slices.Contains(far, f.Table) || onSecondary) || r.selfRefTables() {
						return nil, nil, refuse("with criteria on other columns than the target's")
					}
				}
				terms = append(terms, JoinTerm{Extra: t})
				continue
			}
			fk := writtenFK(a, b, spec.ForeignKeys)
			if fk == nil && r.Secondary != nil && spec.ForeignKeys == nil {
				// no ForeignKey links them: the secondary table's column is
				// the foreign one (_annotate_present_fks)
				switch {
				case a.Table == r.Secondary && b.Table != r.Secondary:
					fk, unlinked = a, true
				case b.Table == r.Secondary && a.Table != r.Secondary:
					fk, unlinked = b, true
				}
			}
			if fk == nil {
				return nil, nil, refuse(fmt.Sprintf("equating %s.%s and %s.%s, which no foreign key links", a.Table.Name, a.Name, b.Table.Name, b.Name))
			}
			fks = append(fks, fk)
			terms = append(terms, JoinTerm{Pair: len(eqs), Flip: fk == a})
			eqs = append(eqs, [2]*schema.Column{a, b})
		}
		if len(eqs) == 0 {
			return nil, nil, refuse("without an equality of the two sides' columns")
		}
		return terms, eqs, nil
	}
	join, eqs, err := split(spec.Join, r.Parent.Tables(), near)
	if err != nil {
		return err
	}
	secJoin, secEqs, err := split(spec.SecondaryJoin, r.Target.Tables(), []*schema.Table{r.Secondary})
	if err != nil {
		return err
	}
	derived := spec
	derived.Join, derived.SecondaryJoin = nil, nil
	if derived.ForeignKeys == nil {
		derived.ForeignKeys = fks
	}
	if unlinked {
		// the pairs are the written equalities themselves, each as
		// (parent or target column, secondary column)
		if err := r.configureSecondary(eqs, secEqs, spec); err != nil {
			return err
		}
	} else if err := r.Configure(derived); err != nil {
		return err
	}
	if r.Join, err = matchPairs(join, eqs, r.Pairs); err != nil {
		return refuse(err.Error())
	}
	if r.SecondaryJoin, err = matchPairs(secJoin, secEqs, r.SecondaryPairs); err != nil {
		return refuse(err.Error())
	}
	if r.Criteria() && r.Direction == ManyToOne && r.Parent.Refusal == nil {
		// its lazy load would be a SELECT with the criteria, not a get()
		r.Parent.Refusal = refuse("of a many-to-one with criteria beyond its foreign key").(*exc.Error)
	}
	return nil
}

// configureSecondary is Configure for a many-to-many whose written join
// equates columns no ForeignKey links.
func (r *Relationship) configureSecondary(eqs, secEqs [][2]*schema.Column, spec RelSpec) error {
	r.selfRef = r.Parent.Table == r.Target.Table || r.Parent.Root() == r.Target.Root()
	if r.selfRef {
		return exc.Unsupported(r.Span, fmt.Sprintf("self-referential many-to-many yet (relationship %s)", r))
	}
	toSecondary := func(eqs [][2]*schema.Column) [][2]*schema.Column {
		var out [][2]*schema.Column
		for _, e := range eqs {
			if e[0].Table == r.Secondary {
				e = [2]*schema.Column{e[1], e[0]}
			}
			out = append(out, e)
		}
		return out
	}
	r.Direction = ManyToMany
	r.Pairs, r.SecondaryPairs = toSecondary(eqs), toSecondary(secEqs)
	r.Uselist = spec.Uselist == nil || *spec.Uselist
	return r.checkCascade()
}

// selfRefTables reports a relationship between rows of one table, where a
// written criterion's column could be of either side.
func (r *Relationship) selfRefTables() bool { return r.Parent.Table == r.Target.Table }

// matchPairs points the written equalities at the pairs the foreign keys
// gave: the same columns, each once.
func matchPairs(terms []JoinTerm, eqs, pairs [][2]*schema.Column) ([]JoinTerm, error) {
	if terms == nil {
		return nil, nil
	}
	if len(eqs) != len(pairs) {
		return nil, fmt.Errorf("whose equalities are not its foreign key's columns")
	}
	for i := range terms {
		if terms[i].Extra != nil {
			continue
		}
		e := eqs[terms[i].Pair]
		j := slices.IndexFunc(pairs, func(p [2]*schema.Column) bool {
			return p == e || p == [2]*schema.Column{e[1], e[0]}
		})
		if j < 0 {
			return nil, fmt.Errorf("whose equalities are not its foreign key's columns")
		}
		terms[i].Pair = j
	}
	return terms, nil
}

// writtenFK is the referencing column of a written equality a == b: the
// one foreign_keys= (or foreign()) names, else the one whose ForeignKey
// points at the other; the engine builds only joins a ForeignKey backs.
func writtenFK(a, b *schema.Column, named []*schema.Column) *schema.Column {
	refers := func(x, y *schema.Column) bool {
		return slices.ContainsFunc(x.FKs, func(fk *schema.ForeignKey) bool { return fk.Column == y })
	}
	if len(named) > 0 {
		switch {
		case slices.Contains(named, a) && !slices.Contains(named, b) && refers(a, b):
			return a
		case slices.Contains(named, b) && !slices.Contains(named, a) && refers(b, a):
			return b
		}
		return nil
	}
	switch {
	case refers(a, b) && !refers(b, a):
		return a
	case refers(b, a) && !refers(a, b):
		return b
	}
	return nil
}

// conjuncts are the AND-ed terms of e.
func conjuncts(e sql.Expr) []sql.Expr {
	if c, ok := e.(sql.Conj); ok && c.Op == "AND" {
		var out []sql.Expr
		for _, a := range c.Args {
			out = append(out, conjuncts(a)...)
		}
		return out
	}
	return []sql.Expr{e}
}

// colEq reads a term that equates two table columns.
func colEq(e sql.Expr) (*schema.Column, *schema.Column, bool) {
	b, ok := e.(sql.Binary)
	if !ok || b.Op != "=" {
		return nil, nil, false
	}
	l, lok := b.L.(sql.Col)
	r, rok := b.R.(sql.Col)
	if !lok || !rok {
		return nil, nil, false
	}
	return l.C, r.C, true
}

// ReverseRemote is a backref's join condition from its relationship's
// (primaryjoin_reverse_remote): when the columns carry remote()
// annotations, the equated columns that were remote are local and the
// others remote.
func ReverseRemote(e sql.Expr) sql.Expr {
	found := false
	for _, t := range conjuncts(e) {
		if b, ok := t.(sql.Binary); ok {
			for _, x := range []sql.Expr{b.L, b.R} {
				if c, ok := x.(sql.Col); ok && c.Remote {
					found = true
				}
			}
		}
	}
	if !found {
		return e
	}
	var out []sql.Expr
	for _, t := range conjuncts(e) {
		if b, ok := t.(sql.Binary); ok {
			if l, ok := b.L.(sql.Col); ok {
				l.Remote = !l.Remote
				b.L = l
			}
			if r, ok := b.R.(sql.Col); ok {
				r.Remote = !r.Remote
				b.R = r
			}
			t = b
		}
		out = append(out, t)
	}
	return sql.And(out...)
}
