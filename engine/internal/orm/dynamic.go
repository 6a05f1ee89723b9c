package orm

import (
	"fmt"

	"cascadelab/engine/internal/exc"
)

// A lazy="dynamic" relationship is never loaded into the instance: reading
// it gives a query, and appends and removes are kept as pending mutations
// until a flush (SQLAlchemy's DynamicAttributeImpl and WriteOnlyHistory).

// Dynamic reports whether r is never loaded into the instance:
// lazy="dynamic", or lazy="write_only" (WriteOnlyAttributeImpl, which
// DynamicAttributeImpl extends).
func (r *Relationship) Dynamic() bool { return r.Lazy == "dynamic" || r.WriteOnly() }

// WriteOnly reports whether r is lazy="write_only": it never reads the
// collection, so an operation that would have to is an error.
func (r *Relationship) WriteOnly() bool { return r.Lazy == "write_only" }

// add and remove cancel each other, as in WriteOnlyHistory and PendingCollection.
func (pm *pendingMut) add(x *State) {
	if i := indexOf(pm.removed, x); i >= 0 {
		pm.removed = append(pm.removed[:i:i], pm.removed[i+1:]...)
	} else if indexOf(pm.added, x) < 0 {
		pm.added = append(pm.added, x)
	}
}

func (pm *pendingMut) remove(x *State) {
	if i := indexOf(pm.added, x); i >= 0 {
		pm.added = append(pm.added[:i:i], pm.added[i+1:]...)
	} else if indexOf(pm.removed, x) < 0 {
		pm.removed = append(pm.removed, x)
	}
}

func indexOf(list []*State, x *State) int {
	for i, y := range list {
		if y == x {
			return i
		}
	}
	return -1
}

// Queryable reports whether a dynamic relationship of s runs SQL: its
// session flushes first (autoflush), and an instance without identity
// only has its pending appends (AppenderQuery.session).
func (s *State) Queryable() (bool, error) {
	if sess := s.sess; sess != nil && sess.Autoflush && !sess.flushing && sess.Contains(s) {
		if err := sess.Flush(); err != nil {
			return false, err
		}
	}
	return s.Key != nil && s.sess != nil, nil
}

// Appended lists a dynamic relationship's pending appends.
func (s *State) Appended(r *Relationship) []*State {
	if pm := s.pending[r.Key]; pm != nil {
		return pm.added
	}
	return nil
}

// dynHistory is DynamicAttributeImpl.get_history: pending mutations, and
// with load the rows in the database as unchanged, reconciled with them.
func (s *State) dynHistory(r *Relationship, load bool) (history, error) {
	var h history
	if pm := s.pending[r.Key]; pm != nil {
		h.added, h.deleted = pm.added, pm.removed
	}
	if load && s.Key != nil && r.WriteOnly() { // WriteOnlyHistory(apply_to=) with SQL_OK
		return h, &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Attribute %s can't load the existing state from the database for this operation; full iteration is not permitted.  If this is a delete operation, configure passive_deletes=True on the %s relationship in order to resolve this error.", r, r)}
	}
	if !load || s.Key == nil || s.sess == nil {
		return h, nil
	}
	if _, err := s.Queryable(); err != nil {
		return h, err
	}
	q, err := RelQuery(s, r)
	if err != nil {
		return h, err
	}
	db, err := s.sess.Entities(q)
	if err != nil {
		return h, err
	}
	var out history
	for _, x := range h.added {
		if indexOf(db, x) < 0 {
			out.added = append(out.added, x)
		}
	}
	for _, x := range db {
		if indexOf(h.deleted, x) >= 0 {
			out.deleted = append(out.deleted, x)
		} else {
			out.unchanged = append(out.unchanged, x)
		}
	}
	return out, nil
}

// dynItems is DynamicAttributeImpl.get: added then unchanged items.
func (s *State) dynItems(r *Relationship, load bool) ([]*State, error) {
	h, err := s.dynHistory(r, load)
	if err != nil {
		return nil, err
	}
	return h.nonDeleted(), nil
}

// setDynamic is assignment to a dynamic relationship (_set_iterable):
// appends for the new members, then removes for the old ones.
func (s *State) setDynamic(r *Relationship, items []*State) error {
	if s.Key != nil && r.WriteOnly() {
		return &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Collection \"%s\" does not support implicit iteration; collection replacement operations can't be used", r)}
	}
	var old []*State
	if s.Key != nil {
		var err error
		if old, err = s.dynItems(r, true); err != nil {
			return err
		}
	}
	for _, x := range items {
		if indexOf(old, x) < 0 {
			if err := s.collAppend(r, x, event{rel: r}); err != nil {
				return err
			}
		}
	}
	for _, x := range old {
		if indexOf(items, x) < 0 {
			if err := s.collRemove(r, x, event{rel: r}); err != nil {
				return err
			}
		}
	}
	return nil
}
