package orm

import (
	"fmt"
	"sort"
)

// depProc mirrors dependency.py's OneToManyDP / ManyToOneDP / ManyToManyDP
// for one relationship.
type depProc struct {
	r       *Relationship
	sortKey string
}

func (r *Relationship) depProc() *depProc {
	if r.dp == nil {
		r.dp = &depProc{r: r, sortKey: r.Parent.SortKey + "_" + r.Key}
	}
	return r.dp
}

func (d *depProc) passiveLoad() bool { return d.r.PassiveDeletes == PassiveOff }

func (d *depProc) hasParent(st *State) bool { return st.hasParent(d.r, false) }

func (d *depProc) perPropertyActions(u *uow) {
	r := d.r
	afterSave := u.act(actKey{kind: processAll, dp: d, isDelete: false})
	beforeDelete := u.act(actKey{kind: processAll, dp: d, isDelete: true})
	ps, cs := u.saves(r.Parent), u.saves(r.Target)
	pd, cd := u.deletes(r.Parent), u.deletes(r.Target)
	if r.PostUpdate && r.Direction != ManyToMany {
		// the rows holding the foreign key get the UPDATEs: the children's
		// for a one-to-many, the parent's own for a many-to-one
		m := r.Target
		if r.Direction == ManyToOne {
			m = r.Parent
		}
		post, pre := u.postUpdateAct(m, false), u.postUpdateAct(m, true)
		u.dep(cs, afterSave)
		u.dep(ps, afterSave)
		u.dep(afterSave, post)
		if r.Direction == ManyToOne {
			u.dep(afterSave, pre)
		}
		u.dep(beforeDelete, pre)
		u.dep(pre, pd)
		u.dep(pre, cd)
		return
	}
	switch r.Direction {
	case OneToMany:
		u.dep(ps, afterSave)
		u.dep(afterSave, cs)
		u.dep(afterSave, cd)
		u.dep(cs, pd)
		u.dep(cd, pd)
		u.dep(beforeDelete, cs)
		u.dep(beforeDelete, cd)
	case ManyToOne:
		u.dep(cs, afterSave)
		u.dep(afterSave, ps)
		u.dep(ps, cd)
		u.dep(pd, cd)
	case ManyToMany:
		u.dep(ps, afterSave)
		u.dep(cs, afterSave)
		u.dep(afterSave, cd)
		u.dep(beforeDelete, ps)
		u.dep(beforeDelete, pd)
		u.dep(beforeDelete, cd)
		u.dep(beforeDelete, cs)
	}
}

func (d *depProc) perStateActions(u *uow, states []*State, isDelete bool) error {
	r := d.r
	childSaves, childDeletes := u.saves(r.Target), u.deletes(r.Target)
	var beforeDelete, afterSave, parentSaves, parentDeletes *action
	if isDelete {
		u.act(actKey{kind: processAll, dp: d, isDelete: true}).disabled = true
	} else {
		u.act(actKey{kind: processAll, dp: d, isDelete: false}).disabled = true
	}
	type childAct struct {
		a        *action
		isDelete bool
	}
	childInCycles := u.cycles[childSaves]
	var childActs []childAct
	if !childInCycles {
		childActs = []childAct{{childSaves, false}, {childDeletes, true}}
	}
	parentInCycles := false
	if !isDelete {
		parentSaves = u.saves(r.Parent)
		parentInCycles = u.cycles[parentSaves]
	} else {
		parentDeletes = u.deletes(r.Parent)
		parentInCycles = u.cycles[parentDeletes]
	}
	for _, st := range states {
		var sum []*State
		if r.Uselist {
			sum = pendingItems(st, r)
		} else {
			v, err := st.loadRel(r, isDelete && d.passiveLoad())
			if err != nil {
				return err
			}
			if t, _ := v.(*State); t != nil {
				sum = append(sum, t)
			}
			if o, _ := st.committed[r.Key].(*State); o != nil && o != v {
				sum = append(sum, o)
			}
			if len(sum) == 0 && v != noValue {
				sum = []*State{nil}
			}
		}
		if len(sum) == 0 {
			continue
		}
		if isDelete {
			beforeDelete = u.act(actKey{kind: processState, dp: d, isDelete: true, st: st})
			if parentInCycles {
				parentDeletes = u.act(actKey{kind: deleteState, st: st})
			}
		} else {
			afterSave = u.act(actKey{kind: processState, dp: d, isDelete: false, st: st})
			if parentInCycles {
				parentSaves = u.act(actKey{kind: saveState, st: st})
			}
		}
		if childInCycles {
			childActs = nil
			for _, c := range sum {
				reg := u.states[c]
				switch {
				case c == nil || reg == nil:
					childActs = append(childActs, childAct{nil, false})
				case reg.isDelete:
					childActs = append(childActs, childAct{u.act(actKey{kind: deleteState, st: c}), true})
				default:
					childActs = append(childActs, childAct{u.act(actKey{kind: saveState, st: c}), false})
				}
			}
		}
		for _, ca := range childActs {
			d.perStateDeps(u, parentSaves, parentDeletes, ca.a, afterSave, beforeDelete, isDelete, ca.isDelete)
		}
	}
	return nil
}

// perStateDeps adds the per-state edges; an edge touching a missing child
// action (nil) is dropped later, as SQLAlchemy drops edges containing None.
func (d *depProc) perStateDeps(u *uow, saveParent, deleteParent, child, afterSave, beforeDelete *action, isDelete, childIsDelete bool) {
	edge := func(a, b *action) {
		if a != nil && b != nil {
			u.dep(a, b)
		}
	}
	r := d.r
	switch {
	case r.PostUpdate && r.Direction == OneToMany:
		post, pre := u.postUpdateAct(r.Target, false), u.postUpdateAct(r.Target, true)
		switch {
		case !isDelete && childIsDelete:
			edge(child, afterSave)
			edge(afterSave, post)
		case !isDelete:
			edge(saveParent, afterSave)
			edge(child, afterSave)
			edge(afterSave, post)
		default:
			edge(beforeDelete, pre)
			edge(pre, deleteParent)
		}
		return
	case r.PostUpdate && r.Direction == ManyToOne:
		if !isDelete {
			post := u.postUpdateAct(r.Parent, false)
			if childIsDelete {
				edge(afterSave, post)
				edge(post, child)
			} else {
				edge(saveParent, afterSave)
				edge(child, afterSave)
				edge(afterSave, post)
			}
		} else {
			pre := u.postUpdateAct(r.Parent, true)
			edge(beforeDelete, pre)
			edge(pre, deleteParent)
			edge(pre, child)
		}
		return
	}
	switch d.r.Direction {
	case OneToMany:
		if !isDelete {
			edge(saveParent, afterSave)
			edge(afterSave, child)
			edge(saveParent, child)
		} else {
			edge(beforeDelete, child)
			edge(child, deleteParent)
		}
	case ManyToOne:
		if !isDelete {
			if !childIsDelete {
				edge(child, afterSave)
			}
			edge(afterSave, saveParent)
		} else if childIsDelete {
			edge(deleteParent, child)
		}
	case ManyToMany:
		if !isDelete {
			edge(saveParent, afterSave)
			if childIsDelete {
				edge(afterSave, child)
			} else {
				edge(child, afterSave)
			}
		} else {
			edge(beforeDelete, child)
			edge(beforeDelete, deleteParent)
		}
	}
}

func (d *depProc) propHasChanges(u *uow, states []*State, isDelete bool) (bool, error) {
	// a deleted row's many-to-one is read PASSIVE_NO_FETCH_RELATED: the
	// identity map only, unless the lazy clause is no get (then by SELECT)
	load := isDelete && d.r.PassiveDeletes == PassiveOff && (d.r.Direction != ManyToOne || !d.r.UseGet())
	for _, st := range states {
		// which reads the foreign key, loading an expired row (SQL_OK)
		for _, p := range d.r.Pairs {
			if isDelete && d.r.PassiveDeletes == PassiveOff && d.r.Direction == ManyToOne && !load {
				if _, err := st.Get(st.M.ColKey(p[1])); err != nil {
					return false, err
				}
			}
		}
		h, err := u.history(st, d.r, load)
		if err != nil {
			return false, err
		}
		if !h.empty() {
			return true, nil
		}
	}
	if len(states) == 0 || d.r.selfRef {
		return false, nil
	}
	_, ok := u.mappers[d.r.Target]
	return ok, nil
}

func (d *depProc) cascadeDelete(u *uow, child *State) error {
	u.register(child, true, false, false)
	more, err := cascadeErr(child, "delete", nil)
	if err != nil {
		return err
	}
	for _, c := range more {
		u.register(c, true, false, false)
	}
	return nil
}

func (d *depProc) presortDeletes(u *uow, states []*State) error {
	r := d.r
	switch r.Direction {
	case OneToMany:
		shouldNull := !r.Cascade.Delete && r.PassiveDeletes != PassiveAll
		for _, st := range states {
			h, err := u.history(st, r, d.passiveLoad())
			if err != nil {
				return err
			}
			for _, c := range h.deleted {
				if c != nil && !d.hasParent(c) {
					u.register(c, r.Cascade.DeleteOrphan, false, false)
				}
			}
			if shouldNull {
				for _, c := range h.unchanged {
					u.register(c, false, false, false)
				}
			}
		}
	case ManyToOne:
		if !r.Cascade.Delete && !r.Cascade.DeleteOrphan {
			return nil
		}
		for _, st := range states {
			h, err := u.history(st, r, d.passiveLoad())
			if err != nil {
				return err
			}
			todo := h.nonDeleted()
			if r.Cascade.DeleteOrphan {
				todo = h.sum()
			}
			for _, c := range todo {
				if c != nil {
					if err := d.cascadeDelete(u, c); err != nil {
						return err
					}
				}
			}
		}
	case ManyToMany:
		if r.PassiveDeletes != PassiveOff {
			return nil
		}
		for _, st := range states {
			if _, err := u.history(st, r, true); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *depProc) presortSaves(u *uow, states []*State) error {
	r := d.r
	switch r.Direction {
	case OneToMany:
		added := u.childrenAdd[d]
		if added == nil {
			added = map[*State]bool{}
			u.childrenAdd[d] = added
		}
		shouldNull := !r.Cascade.DeleteOrphan && r.PassiveDeletes != PassiveAll
		for _, st := range states {
			h, err := u.history(st, r, false)
			if err != nil {
				return err
			}
			for _, c := range h.added {
				if c != nil {
					u.register(c, false, false, true)
				}
				added[c] = true
			}
			if !r.Cascade.DeleteOrphan {
				for _, c := range h.deleted {
					if shouldNull {
						u.register(c, false, false, false)
					}
				}
			} else if err := d.deleteOrphans(u, h.deleted); err != nil {
				return err
			}
		}
	case ManyToOne, ManyToMany:
		for _, st := range states {
			if r.Direction == ManyToOne {
				u.register(st, false, false, false)
			}
			if !r.Cascade.DeleteOrphan {
				continue
			}
			h, err := u.history(st, r, r.Direction == ManyToOne && d.passiveLoad())
			if err != nil {
				return err
			}
			if err := d.deleteOrphans(u, h.deleted); err != nil {
				return err
			}
		}
	}
	return nil
}

// deleteOrphans deletes the removed items that no parent holds any more,
// with everything their own delete cascade reaches.
func (d *depProc) deleteOrphans(u *uow, removed []*State) error {
	for _, c := range removed {
		if !d.hasParent(c) {
			if err := d.cascadeDelete(u, c); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *depProc) processDeletes(u *uow, states []*State) error {
	r := d.r
	switch r.Direction {
	case OneToMany:
		if r.PassiveDeletes == PassiveAll && !r.PostUpdate {
			return nil
		}
		added := u.childrenAdd[d]
		for _, st := range states {
			h, err := u.history(st, r, d.passiveLoad())
			if err != nil {
				return err
			}
			for _, c := range h.deleted {
				if c != nil && !d.hasParent(c) {
					if err := d.syncO2M(u, st, c, true); err != nil {
						return err
					}
					d.postUpdate(u, c, []*State{st}, false)
				}
			}
			if !r.Cascade.Delete || r.PostUpdate {
				for _, c := range h.unchanged {
					if c != nil && !added[c] {
						if err := d.syncO2M(u, st, c, true); err != nil {
							return err
						}
						d.postUpdate(u, c, []*State{st}, false)
					}
				}
			}
		}
	case ManyToOne:
		if !r.PostUpdate || r.Cascade.DeleteOrphan || r.PassiveDeletes == PassiveAll {
			return nil
		}
		// the row must stop pointing at its target before it is deleted
		for _, st := range states {
			if err := syncClear(st, r.Pairs); err != nil {
				return err
			}
			h, err := u.history(st, r, d.passiveLoad())
			if err != nil {
				return err
			}
			d.postUpdate(u, st, h.sum(), true)
		}
	case ManyToMany:
		var rows [][]any
		states = setOrder(states)
		processed := d.reversedSet(u)
		var tmp [][2]*State
		for _, st := range states {
			h, err := u.history(st, r, d.passiveLoad())
			if err != nil {
				return err
			}
			for _, c := range h.nonAdded() {
				if c == nil || (processed != nil && processed[[2]*State{st, c}]) {
					continue
				}
				row, ok, err := d.assocRow(u, st, c)
				if err != nil {
					return err
				}
				if ok {
					rows = append(rows, row)
				}
			}
			for _, c := range h.nonAdded() {
				tmp = append(tmp, [2]*State{c, st})
			}
		}
		for _, p := range tmp {
			if processed != nil {
				processed[p] = true
			}
		}
		return d.runCrud(u, nil, rows)
	}
	return nil
}

func (d *depProc) processSaves(u *uow, states []*State) error {
	r := d.r
	switch r.Direction {
	case OneToMany:
		shouldNull := !r.Cascade.DeleteOrphan && r.PassiveDeletes != PassiveAll
		for _, st := range states {
			h, err := u.history(st, r, false)
			if err != nil {
				return err
			}
			for _, c := range h.added {
				if err := d.syncO2M(u, st, c, false); err != nil {
					return err
				}
				if c != nil {
					d.postUpdate(u, c, []*State{st}, false)
				}
			}
			for _, c := range h.deleted {
				if shouldNull && !d.hasParent(c) {
					if err := d.syncO2M(u, st, c, true); err != nil {
						return err
					}
				}
			}
		}
	case ManyToOne:
		for _, st := range states {
			h, err := u.history(st, r, false)
			if err != nil {
				return err
			}
			switch {
			case len(h.added) > 0 || h.addedNone:
				for _, c := range h.added {
					if err := d.syncM2O(u, st, c, false); err != nil {
						return err
					}
				}
				if h.addedNone {
					if err := d.syncM2O(u, st, nil, true); err != nil {
						return err
					}
				}
			case len(h.deleted) > 0:
				if err := d.syncM2O(u, st, nil, true); err != nil {
					return err
				}
			}
			if r.PostUpdate && !h.empty() {
				u.registerPostUpdate(st, r)
			}
		}
	case ManyToMany:
		var ins, del [][]any
		states = setOrder(states)
		processed := d.reversedSet(u)
		var tmp [][2]*State
		for _, st := range states {
			h, err := u.history(st, r, false)
			if err != nil {
				return err
			}
			for _, c := range h.added {
				if processed != nil && processed[[2]*State{st, c}] {
					continue
				}
				row, ok, err := d.assocRow(u, st, c)
				if err != nil {
					return err
				}
				if ok {
					ins = append(ins, row)
				}
			}
			for _, c := range h.deleted {
				if processed != nil && processed[[2]*State{st, c}] {
					continue
				}
				row, ok, err := d.assocRow(u, st, c)
				if err != nil {
					return err
				}
				if ok {
					del = append(del, row)
				}
			}
			for _, c := range append(append([]*State(nil), h.added...), h.deleted...) {
				tmp = append(tmp, [2]*State{c, st})
			}
		}
		for _, p := range tmp {
			if processed != nil {
				processed[p] = true
			}
		}
		return d.runCrud(u, ins, del)
	}
	return nil
}

// syncO2M copies the parent's key into the child's foreign key, or clears it.
func (d *depProc) syncO2M(u *uow, parent, child *State, clear bool) error {
	if child == nil || (!d.r.PostUpdate && u.isDeleted(child)) {
		return nil
	}
	if clear {
		return syncClear(child, d.r.Pairs)
	}
	return syncPopulate(parent, child, d.r.Pairs)
}

func (d *depProc) syncM2O(u *uow, st, target *State, clear bool) error {
	if st == nil || (!d.r.PostUpdate && u.isDeleted(st)) {
		return nil
	}
	if target != nil && !u.sess.Contains(target) {
		return nil // SQLAlchemy warns "Object of type ... not in session" and skips
	}
	if clear || target == nil {
		return syncClear(st, d.r.Pairs)
	}
	return syncPopulate(target, st, d.r.Pairs)
}

func (d *depProc) reversedSet(u *uow) map[[2]*State]bool {
	if d.r.Reverse == nil {
		return nil
	}
	a, b := d.r.Key, d.r.Reverse.Key
	if b < a {
		a, b = b, a
	}
	k := fmt.Sprintf("%p|%s|%s", d.r.Secondary, a, b)
	if u.reversed[k] == nil {
		u.reversed[k] = map[[2]*State]bool{}
	}
	return u.reversed[k]
}

// setOrder is the order SQLAlchemy iterates a mapper's set of states in:
// by address, which changes from run to run; CPython gives most often the
// reverse order of creation (an allocator's habit, not a rule), so the
// engine takes that one, mapper by mapper as states_for_mapper_hierarchy.
func setOrder(states []*State) []*State {
	out := append([]*State(nil), states...)
	for i, j := 0, 0; i < len(out); i = j {
		for j = i; j < len(out) && out[j].M == out[i].M; j++ {
		}
		g := out[i:j]
		sort.Slice(g, func(a, b int) bool { return g[a].born > g[b].born })
	}
	return out
}
