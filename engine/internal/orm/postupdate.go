package orm

import (
	"fmt"
	"slices"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// post_update=True, as unitofwork.PostUpdateAll and persistence.post_update
// run it: the dependency processors register the rows whose foreign key
// they synchronized, and one action per base mapper (after the saves, and
// one before the deletes) writes those columns with UPDATEs.

// postUpdateSet is one base mapper's entry of post_update_states.
type postUpdateSet struct {
	states map[*State]bool
	cols   []*schema.Column
}

// postUpdateAct is PostUpdateAll(uow, m's base mapper, isDelete).
func (u *uow) postUpdateAct(m *Mapper, isDelete bool) *action {
	return u.act(actKey{kind: postUpdateAll, m: m.Root(), isDelete: isDelete})
}

// postUpdate is DependencyProcessor._post_update: st is registered when
// related has a member (for a many-to-one's delete, one that is not None).
func (d *depProc) postUpdate(u *uow, st *State, related []*State, m2oDelete bool) {
	if !d.r.PostUpdate {
		return
	}
	for _, x := range related {
		if !m2oDelete || x != nil {
			u.registerPostUpdate(st, d.r)
			return
		}
	}
}

// registerPostUpdate is UOWTransaction.register_post_update with the
// relationship's synchronized (foreign key) columns.
func (u *uow) registerPostUpdate(st *State, r *Relationship) {
	base := st.M.Root()
	set := u.postUpdateStates[base]
	if set == nil {
		set = &postUpdateSet{states: map[*State]bool{}}
		u.postUpdateStates[base] = set
	}
	set.states[st] = true
	for _, p := range r.Pairs {
		if !slices.Contains(set.cols, p[1]) {
			set.cols = append(set.cols, p[1])
		}
	}
}

// postUpdate is PostUpdateAll.execute and persistence.post_update: per
// table of the hierarchy, the registered rows whose post-updated columns
// changed, in _sort_states order, one UPDATE (or executemany) per run of
// rows setting the same columns.
func (u *uow) postUpdate(base *Mapper, isDelete bool) error {
	set := u.postUpdateStates[base]
	if set == nil {
		return nil
	}
	var states []*State
	for st := range set.states {
		r := u.states[st]
		if r == nil { // uow.states[s] of a row the flush does not process
			return &exc.Error{Class: exc.KeyError, Msg: "<sqlalchemy.orm.state.InstanceState object at 0x7f0000000000>"}
		}
		if r.isDelete == isDelete {
			states = append(states, st)
		}
	}
	states = sortStates(states)
	for _, t := range base.sortedTables() {
		if len(t.PrimaryKey) == 0 {
			continue
		}
		type rec struct {
			cols []*schema.Column
			vals []any
			sig  string
		}
		var recs []rec
		for _, st := range states {
			m := st.M
			if !m.hasTable(t) {
				continue
			}
			var r rec
			for _, c := range m.TableCols(t) {
				if c.PrimaryKey || !slices.Contains(set.cols, c) {
					continue
				}
				if v, changed := st.colChanged(m.ColKey(c)); changed {
					r.cols, r.vals, r.sig = append(r.cols, c), append(r.vals, toDB(c, v)), r.sig+c.Name+"\x00"
				}
			}
			if len(r.cols) == 0 {
				continue
			}
			for _, c := range t.PrimaryKey {
				v, err := st.colValue(c)
				if err != nil {
					return err
				}
				r.vals = append(r.vals, toDB(c, v))
			}
			recs = append(recs, r)
		}
		for _, c := range t.Columns {
			if len(recs) > 0 && c.FetchedOnUpdate() {
				// the Core UPDATE would set or fetch it too
				return exc.Unsupported(c.Span, fmt.Sprintf("post_update=True on table %s, whose column %s has an onupdate or server_onupdate", t.Name, c.Name))
			}
		}
		for i := 0; i < len(recs); {
			j := i + 1
			for j < len(recs) && recs[j].sig == recs[i].sig {
				j++
			}
			q := sql.Update(t, recs[i].cols, make([]string, len(recs[i].cols)), t.PrimaryKey, nil)
			var rows int64
			if j-i == 1 {
				res, err := u.sess.Engine.Exec(q, recs[i].vals)
				if err != nil {
					return err
				}
				rows = res.RowCount
			} else {
				batch := make([][]any, 0, j-i)
				for _, r := range recs[i:j] {
					batch = append(batch, r.vals)
				}
				res, err := u.sess.Engine.ExecMany(q, batch)
				if err != nil {
					return err
				}
				rows = res.RowCount
			}
			if rows != int64(j-i) {
				return &exc.Error{Class: exc.StaleDataError, Msg: fmt.Sprintf("UPDATE statement on table '%s' expected to update %d row(s); %d were matched.", t.Name, j-i, rows)}
			}
			i = j
		}
	}
	return nil
}
