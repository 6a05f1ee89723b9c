package orm

import (
	"fmt"
	"sync/atomic"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// noValue marks an attribute value that is not known (never loaded, or not
// fetchable without SQL): SQLAlchemy's NO_VALUE / PASSIVE_NO_RESULT.
type noValueT struct{}

var noValue = noValueT{}

// Coll is a loaded collection; a dictionary collection's Keys are its
// items' keys, in the same order.
type Coll struct {
	Items []*State
	Keys  []any
}

func (c *Coll) index(s *State) int {
	for i, x := range c.Items {
		if x == s {
			return i
		}
	}
	return -1
}

// pendingMut records backref changes to a collection that is not loaded yet;
// they are merged when it loads (attributes.PendingCollection).
type pendingMut struct{ added, removed []*State }

// State is one instance's ORM state (InstanceState).
type State struct {
	M    *Mapper
	Obj  any
	Dict map[string]any // column values, and *Coll or *State (nil for None) for relationships
	// committed holds attributes' values as of the last flush, for those
	// changed since: a column's old value, a collection's old items
	// ([]*State), a scalar relationship's old target (*State, nil or noValue).
	committed   map[string]any
	pending     map[string]*pendingMut
	Key         []any // identity key (primary key values) once persistent
	sess        *Session
	insertOrder int
	born        uint64 // when it was made, to stand in for CPython's address
	Expired     bool
	// expiredKeys are columns expired one by one (session.expire(obj,
	// [...]), a server default fetched after a flush): the next read loads
	// just them. A column neither loaded nor expired reads as None.
	expiredKeys map[string]bool
	// deferred are the columns the query that loaded the object left out
	// (load_only(), defer()): a read loads that one column, or raises
	// for those true (raiseload=True); an expiry forgets them, and the
	// refresh loads every column.
	deferred map[string]bool
	// loadOpts are the column options the query that made the object
	// chained below its entity (state.load_options): its lazy loads use them
	loadOpts map[*Mapper]map[string]bool
	// Expirations counts whole-object expiries: SQLModel's repr lists the
	// fields in the order they entered __dict__, which an expiry resets.
	Expirations int
	deleted     bool // deleted by a flush, not yet committed
	detached    bool
	// parents are the "has parent" flags per relationship (attributes.hasparent):
	// true or false once an append/remove/set event touched them.
	parents         map[*Relationship]bool
	orphanedOutside bool
}

// Transient, Pending, Persistent, Detached are the object states as
// InstanceState names them; WasDeleted is deleted by a flush (its
// "deleted" while still in the session).
func (s *State) Transient() bool  { return s.Key == nil && s.sess == nil }
func (s *State) Pending() bool    { return s.Key == nil && s.sess != nil }
func (s *State) Persistent() bool { return s.Key != nil && s.sess != nil && !s.deleted }
func (s *State) WasDeleted() bool { return s.deleted }
func (s *State) Detached() bool   { return s.Key != nil && s.sess == nil }

// NewState makes a transient state.
func NewState(m *Mapper) *State {
	return &State{M: m, Dict: map[string]any{}, committed: map[string]any{}, born: births.Add(1)}
}

var births atomic.Uint64

// Session the state belongs to, or nil.
func (s *State) Session() *Session { return s.sess }

func (s *State) setParent(r *Relationship, v bool) {
	if s.parents == nil {
		s.parents = map[*Relationship]bool{}
	}
	s.parents[r] = v
}

// hasParent is AttributeImpl.hasparent(state, optimistic).
func (s *State) hasParent(r *Relationship, optimistic bool) bool {
	if v, ok := s.parents[r]; ok {
		return v
	}
	return optimistic
}

// isOrphan is Mapper._is_orphan (non-legacy form).
func (s *State) isOrphan() bool {
	for m := s.M; m != nil; m = m.Inherits {
		for _, r := range m.deleteOrphans {
			if !s.hasParent(r, s.Key != nil) {
				return true
			}
		}
	}
	return false
}

// modified is InstanceState._modified_event: remember the committed value the
// first time an attribute changes, and put the state in the dirty set.
func (s *State) modified(key string, previous any) {
	if _, ok := s.committed[key]; !ok {
		if items, ok := previous.(*Coll); ok {
			previous = append([]*State(nil), items.Items...)
		}
		s.committed[key] = previous
	}
	if s.sess != nil {
		s.sess.dirty[s] = true
	}
}

// commitAll is InstanceState._commit_all after a flush.
func (s *State) commitAll() {
	s.committed = map[string]any{}
	s.pending = nil
}

// expire is InstanceState._expire: every loaded value is dropped.
func (s *State) expire() {
	s.Dict = map[string]any{}
	s.committed = map[string]any{}
	s.pending = nil
	s.Expired = true
	s.expiredKeys = nil
	s.deferred = nil
	s.Expirations++
}

// expireKeys is InstanceState._expire_attributes for columns.
func (s *State) expireKeys(keys []string) {
	for _, k := range keys {
		delete(s.Dict, k)
		delete(s.committed, k)
		if s.M.Cols[k] != nil {
			if s.expiredKeys == nil {
				s.expiredKeys = map[string]bool{}
			}
			s.expiredKeys[k] = true
		}
	}
}

// colValue reads a column's current value, loading the row if it is expired.
func (s *State) colValue(c *schema.Column) (any, error) {
	return s.Get(s.M.ColKey(c))
}

// committedColValue is the value a flush must use to find the row.
func (s *State) committedColValue(c *schema.Column) (any, error) {
	key := s.M.ColKey(c)
	if v, ok := s.committed[key]; ok && v != noValue {
		return v, nil
	}
	return s.Get(key)
}

// Get reads attribute key as Python would, with SQL where SQLAlchemy emits it.
func (s *State) Get(key string) (any, error) {
	if v, ok := s.Dict[key]; ok {
		return v, nil
	}
	if c := s.M.Cols[key]; c != nil {
		if s.Key == nil || s.sess == nil {
			if s.Key != nil {
				return nil, &exc.Error{Class: exc.DetachedInstanceError, Msg: "Instance <" + s.M.Class + " at 0x7f0000000000> is not bound to a Session; attribute refresh operation cannot proceed (Background on this error at: https://sqlalche.me/e/20/bhk3)"}
			}
			return nil, nil
		}
		if raise, left := s.deferred[key]; left && !s.Expired {
			if raise {
				return nil, &exc.Error{Class: exc.InvalidRequestError, Msg: "'" + s.M.Class + "." + key + "' is not available due to raiseload=True"}
			}
			if err := s.sess.loadDeferred(s, key); err != nil {
				return nil, err
			}
			return s.Dict[key], nil
		}
		if !s.Expired && !s.expiredKeys[key] {
			return nil, nil // never loaded nor expired: the attribute's initial None
		}
		if err := s.sess.loadExpired(s); err != nil {
			return nil, err
		}
		return s.Dict[key], nil
	}
	r := s.M.Rel(key)
	if r == nil {
		return nil, &exc.Error{Class: exc.AttributeError, Msg: "'" + s.M.Class + "' object has no attribute '" + key + "'"}
	}
	if r.Dynamic() { // never stored: each read sees the database
		items, err := s.dynItems(r, true)
		return &Coll{Items: items}, err
	}
	v, err := s.loadRel(r, true)
	if err != nil {
		return nil, err
	}
	if v == noValue {
		v = s.initRel(r)
	}
	return v, nil
}

// initRel gives an unloaded relationship its empty value (AttributeImpl.initialize).
func (s *State) initRel(r *Relationship) any {
	if r.Uselist {
		c := &Coll{}
		s.Dict[r.Key] = c
		return c
	}
	return nil
}

// loadRel returns a relationship's value, lazy loading it when sql is true
// and the state is persistent; noValue when it is not known.
func (s *State) loadRel(r *Relationship, sqlOK bool) (any, error) {
	return s.load(r, sqlOK, true)
}

// load is loadRel; flush is false for the old value of a set (NO_AUTOFLUSH).
func (s *State) load(r *Relationship, sqlOK, flush bool) (any, error) {
	if r.Dynamic() {
		return noValue, nil
	}
	if v, ok := s.Dict[r.Key]; ok {
		return v, nil
	}
	if s.Key == nil || s.sess == nil {
		if s.Key != nil && sqlOK {
			return nil, &exc.Error{Class: exc.DetachedInstanceError, Msg: "Parent instance <" + s.M.Class + " at 0x7f0000000000> is not bound to a Session; lazy load operation of attribute '" + r.Key + "' cannot proceed (Background on this error at: https://sqlalche.me/e/20/bhk3)"}
		}
		return noValue, nil
	}
	if r.Lazy == "noload" {
		return noValue, nil
	}
	if r.Lazy == "raise" && sqlOK {
		return nil, &exc.Error{Class: exc.InvalidRequestError, Msg: "'" + r.String() + "' is not available due to lazy='raise'"}
	}
	if r.Direction == ManyToOne {
		target, err := s.sess.lazyManyToOne(s, r, sqlOK, flush)
		if err != nil || target == noValue {
			return target, err
		}
		if t, _ := target.(*State); t != nil {
			s.Dict[r.Key] = t
		} else {
			s.Dict[r.Key] = nil
		}
		return s.Dict[r.Key], nil
	}
	if !sqlOK {
		return noValue, nil
	}
	items, err := s.sess.lazyCollection(s, r)
	if err != nil {
		return nil, err
	}
	if v, ok := s.Dict[r.Key]; ok { // loaded meanwhile (autoflush)
		return v, nil
	}
	if err := s.setCommittedRel(r, items); err != nil {
		return nil, err
	}
	return s.Dict[r.Key], nil
}

// setCommittedRel stores a loaded relationship value and merges the pending
// backref mutations recorded while it was unloaded.
func (s *State) setCommittedRel(r *Relationship, items []*State) error {
	if !r.Uselist {
		if len(items) > 0 {
			s.Dict[r.Key] = items[0]
		} else {
			s.Dict[r.Key] = nil
		}
		return nil
	}
	c := &Coll{Items: items}
	if r.Dict != nil {
		// a dictionary fills up by its appender, each member under the
		// key it gives: a later member with the same key replaces one
		c = &Coll{}
		for _, it := range items {
			if err := c.put(r.Dict, it); err != nil {
				return err
			}
		}
	}
	s.Dict[r.Key] = c
	if pm := s.pending[r.Key]; pm != nil {
		delete(s.pending, r.Key)
		s.modified(r.Key, c)
		for _, a := range pm.added {
			if c.index(a) >= 0 {
				continue
			}
			if r.Dict != nil {
				if err := c.put(r.Dict, a); err != nil {
					return err
				}
				continue
			}
			c.Items = append(c.Items, a)
		}
		for _, d := range pm.removed {
			if i := c.index(d); i >= 0 {
				c.cut(i)
			}
		}
	}
	for i := 0; r.Appended != nil && r.Dict == nil && i < len(c.Items); i++ {
		if err := r.Appended(s, i, c.Items[i]); err != nil {
			return err
		}
	}
	return nil
}

// SetColumn assigns a column attribute.
func (s *State) SetColumn(key string, v any) {
	old, ok := s.Dict[key]
	if !ok {
		old = noValue
	}
	s.modified(key, old)
	s.Dict[key] = v
}

// DeleteColumn is del obj.attr on a column attribute: the value leaves
// the object's dict, remembered as changed; false when it had none.
func (s *State) DeleteColumn(key string) bool {
	old, ok := s.Dict[key]
	if !ok {
		old = noValue
	}
	s.modified(key, old)
	delete(s.Dict, key)
	return ok
}

// event says which attribute started a chain of events, so that backrefs do
// not bounce back and cascades only follow the attribute the user touched.
type event struct {
	rel *Relationship
	// bulk is a collection assignment's removal (OP_BULK_REPLACE), whose
	// backref still pops the old parent's new collection
	bulk bool
	// raw is list.insert's and __setitem__'s append event: the
	// collection_class's append step does not run
	raw bool
}

// RelEvent is an attribute event on a relationship, as its listeners receive it.
type RelEvent int

const (
	AppendEvent RelEvent = iota // an object joins a collection
	RemoveEvent                 // an object leaves a collection
	SetEvent                    // a scalar relationship is set (to nil for None)
)

// Unknown reports a relationship value not known without SQL, as the old
// value of a SetEvent (NO_VALUE, or PASSIVE_NO_RESULT once persistent).
func Unknown(v any) bool { return v == noValue }

// fire runs the listeners of a relationship event (AttributeImpl.fire_*_event),
// before the engine applies it, as the listeners added before the mappers
// were configured run before the backref's: v is the object (a *State, nil
// for None, or for a collection assignment the value the script gave), old
// what a set replaces; the result is the object to use, which a retval
// listener may have replaced.
func (s *State) fire(ev RelEvent, r *Relationship, v, old any) (*State, error) {
	if s.M.OnRel != nil {
		return s.M.OnRel(ev, s, r, v, old)
	}
	st, _ := v.(*State)
	return st, nil
}

// unloaded reports a persistent object's collection that is not loaded,
// which its events change without loading it (a pending mutation).
func (s *State) unloaded(r *Relationship) bool {
	_, ok := s.Dict[r.Key]
	return !ok && s.Key != nil && s.sess != nil && !r.Dynamic()
}

// loadedMeanwhile is CollectionAttributeImpl.append's assertion that the
// event's listeners did not load the collection it was about to change
// without loading.
func (s *State) loadedMeanwhile(r *Relationship, unloaded bool) error {
	if _, ok := s.Dict[r.Key]; ok && unloaded {
		return &exc.Error{Class: exc.AssertionError, Msg: "Collection was loaded during event handling."}
	}
	return nil
}

// Set assigns attribute key (column, scalar relationship or whole collection).
func (s *State) Set(key string, v any) error {
	if s.M.Cols[key] != nil {
		s.SetColumn(key, v)
		return nil
	}
	r := s.M.Rel(key)
	if r == nil {
		return &exc.Error{Class: exc.AttributeError, Msg: "'" + s.M.Class + "' object has no attribute '" + key + "'"}
	}
	if r.Uselist {
		items, _ := v.([]*State)
		if r.Dynamic() {
			return s.setDynamic(r, items)
		}
		vals := make([]any, len(items))
		for i, it := range items {
			vals[i] = it
		}
		return s.replaceColl(r, vals)
	}
	t, _ := v.(*State)
	return s.setScalar(r, t, event{rel: r})
}

func (s *State) setScalar(r *Relationship, t *State, ev event) error {
	// a one-to-one's old value is loaded (SQLAlchemy's deferred history for
	// non many-to-one scalars), so that the replaced row can be orphaned; a
	// many-to-one without use_get has active history: its old value is
	// loaded whoever sets it, without autoflush
	var old any
	var err error
	if r.Direction == ManyToOne && !r.UseGet() {
		old, err = s.load(r, true, false)
	} else {
		old, err = s.loadRel(r, r.Direction != ManyToOne && ev.rel == r)
	}
	if err != nil {
		return err
	}
	if old == nil {
		old = (*State)(nil)
	}
	if t, err = s.fire(SetEvent, r, t, old); err != nil {
		return err
	}
	// the backref is one of the set's listeners: it runs before the
	// attribute changes (fire_replace_event, then _modified_event)
	oldState, _ := old.(*State)
	same := oldState == t && old != noValue
	if oldState != nil && !same {
		oldState.setParent(r, false)
	}
	if rev := r.Reverse; rev != nil && !same {
		// backref: out of the old parent's collection even when the set
		// comes from appending to the new one (SQLAlchemy's
		// emit_backref_from_scalar_set_event pops the old parent's unless
		// the old collection itself is being replaced); into the new one
		// unless that append is what set it
		if oldState != nil && oldState != t && (ev.rel != rev || t != nil) {
			if err := oldState.collRemove(rev, s, event{rel: r}); err != nil {
				return err
			}
		} else if oldState != nil && t == nil && ev.bulk {
			// the pop finds the old parent's new collection without s:
			// only its remove listeners hear of it
			if _, err := oldState.fire(RemoveEvent, rev, s, nil); err != nil {
				return err
			}
		}
		if t != nil && ev.rel != rev {
			if err := t.collAppend(rev, s, event{rel: r}); err != nil {
				return err
			}
		}
	}
	s.modified(r.Key, old)
	if t != nil {
		t.setParent(r, true)
	}
	s.Dict[r.Key] = t
	if same {
		return nil
	}
	// unitofwork.track_cascade_events set_
	if sess := s.sess; sess != nil {
		if t != nil && r.Cascade.SaveUpdate && ev.rel == r && !sess.Contains(t) {
			if err := sess.saveOrUpdate(t); err != nil {
				return err
			}
		}
		if oldState != nil && r.Cascade.DeleteOrphan && sess.isNew(oldState) && oldState.isOrphan() {
			sess.Expunge(oldState)
		}
	}
	return nil
}

// Append adds child to collection r, as list.append does on an instrumented list.
func (s *State) Append(r *Relationship, child *State) error {
	if r.Dynamic() {
		return s.collAppend(r, child, event{rel: r})
	}
	if _, err := s.Get(r.Key); err != nil {
		return err
	}
	return s.collAppend(r, child, event{rel: r})
}

// Insert puts child at index i of list collection r, as list.insert does
// on an instrumented list: the append event, then the insert.
func (s *State) Insert(r *Relationship, i int, child *State) error {
	if _, err := s.Get(r.Key); err != nil {
		return err
	}
	if err := s.appendValue(r, child, event{rel: r, raw: true}); err != nil {
		return err
	}
	c := s.Dict[r.Key].(*Coll)
	n := len(c.Items) - 1
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	copy(c.Items[i+1:], c.Items[i:n])
	c.Items[i] = child
	return nil
}

// Remove takes child out of collection r; false when it is not there.
func (s *State) Remove(r *Relationship, child *State) (bool, error) {
	if r.Dynamic() {
		return true, s.collRemove(r, child, event{rel: r})
	}
	v, err := s.Get(r.Key)
	if err != nil {
		return false, err
	}
	if v.(*Coll).index(child) < 0 {
		return false, nil
	}
	return true, s.collRemove(r, child, event{rel: r})
}

func (s *State) collAppend(r *Relationship, child *State, ev event) error {
	return s.appendValue(r, child, ev)
}

// appendValue appends v, an object or what a collection assignment gave,
// after the append listeners (a scalar's backref fires the set ones).
func (s *State) appendValue(r *Relationship, v any, ev event) (err error) {
	if !r.Uselist {
		child, _ := v.(*State)
		return s.setScalar(r, child, ev)
	}
	if c := s.dictColl(r); c != nil {
		// KeyFuncDict.set: the member's key, then __setitem__
		child, _ := v.(*State)
		if child == nil {
			return exc.Unsupported(source.Span{}, fmt.Sprintf("an append listener with retval=True on %s, a dictionary collection", r))
		}
		key, err := r.Dict.Of(child)
		if err != nil {
			return err
		}
		return s.setItem(r, c, key, child, ev)
	}
	unloaded := s.unloaded(r)
	child, err := s.fire(AppendEvent, r, v, nil)
	if err != nil {
		return err
	}
	if err := s.loadedMeanwhile(r, unloaded); err != nil {
		return err
	}
	cur, err := s.loadRel(r, false)
	if err != nil {
		return err
	}
	if cur == noValue && (s.Key == nil || s.sess == nil) && !r.Dynamic() {
		cur = s.initRel(r)
	}
	child.setParent(r, true)
	if cur == noValue {
		if _, ok := s.committed[r.Key]; !ok {
			s.committed[r.Key] = noValue
		}
		if s.sess != nil {
			s.sess.dirty[s] = true
		}
		s.pendingFor(r.Key).add(child)
	} else {
		c := cur.(*Coll)
		s.modified(r.Key, c)
		c.Items = append(c.Items, child)
		if r.Appended != nil && !ev.raw {
			defer func() { err = s.appender(r, len(c.Items)-1, child, err) }()
		}
	}
	return s.appended(r, child, ev)
}

// appender runs the collection_class's own append step after the events
// (OrderingList.append numbers the member), unless they failed.
func (s *State) appender(r *Relationship, i int, child *State, err error) error {
	if err != nil {
		return err
	}
	return r.Appended(s, i, child)
}

// appended follows child's joining collection r: the backref, and the
// save-update cascade into the session.
func (s *State) appended(r *Relationship, child *State, ev event) error {
	if rev := r.Reverse; rev != nil && ev.rel != rev {
		if rev.Uselist {
			if err := child.collAppend(rev, s, event{rel: r}); err != nil {
				return err
			}
		} else if err := child.setScalar(rev, s, event{rel: r}); err != nil {
			return err
		}
	}
	if sess := s.sess; sess != nil && r.Cascade.SaveUpdate && ev.rel == r && !sess.Contains(child) {
		return sess.saveOrUpdate(child)
	}
	return nil
}

func (s *State) pendingFor(key string) *pendingMut {
	if s.pending == nil {
		s.pending = map[string]*pendingMut{}
	}
	if s.pending[key] == nil {
		s.pending[key] = &pendingMut{}
	}
	return s.pending[key]
}

func (s *State) collRemove(r *Relationship, child *State, ev event) error {
	if !r.Uselist {
		cur, err := s.loadRel(r, false)
		if err != nil {
			return err
		}
		if cur == child { // pop only when it still points there (check_old)
			return s.setScalar(r, nil, ev)
		}
		return nil
	}
	if c, ok := s.Dict[r.Key].(*Coll); ok && r.Dict != nil {
		// KeyFuncDict.remove: by the member's key, absent (a KeyError the
		// backref's pop swallows) before any event
		key, err := r.Dict.Of(child)
		if err != nil {
			return err
		}
		i, err := c.find(r.Dict, key)
		if err != nil || i < 0 {
			return err
		}
		if c.Items[i] != child {
			return exc.Unsupported(source.Span{}, fmt.Sprintf("removing an object from %s, a dictionary collection holding another object under its key", r))
		}
		return s.delItem(r, c, i, ev)
	}
	unloaded := s.unloaded(r)
	if _, err := s.fire(RemoveEvent, r, child, nil); err != nil {
		return err
	}
	if err := s.loadedMeanwhile(r, unloaded); err != nil {
		return err
	}
	cur, err := s.loadRel(r, false)
	if err != nil {
		return err
	}
	if cur == noValue {
		child.setParent(r, false)
		if _, ok := s.committed[r.Key]; !ok {
			s.committed[r.Key] = noValue
		}
		if s.sess != nil {
			s.sess.dirty[s] = true
		}
		s.pendingFor(r.Key).remove(child)
	} else {
		c := cur.(*Coll)
		i := c.index(child)
		if i < 0 {
			return nil
		}
		child.setParent(r, false)
		s.modified(r.Key, c)
		c.cut(i)
	}
	return s.removed(r, child, ev)
}

// removed follows child's leaving collection r: the backref, and the
// orphan it may leave behind.
func (s *State) removed(r *Relationship, child *State, ev event) error {
	if rev := r.Reverse; rev != nil && ev.rel != rev {
		if err := child.collRemove(rev, s, event{rel: r, bulk: ev.bulk}); err != nil {
			return err
		}
	}
	if sess := s.sess; sess != nil && r.Cascade.DeleteOrphan && child.isOrphan() {
		if sess.isNew(child) {
			sess.Expunge(child)
		} else if child.sess == nil {
			child.orphanedOutside = true
		}
	} else if s.sess == nil && r.Cascade.DeleteOrphan {
		child.orphanedOutside = true
	}
	return nil
}

// ReplaceColl is collection assignment of what the script gave: objects,
// or values an append listener with retval=True turns into objects.
func (s *State) ReplaceColl(r *Relationship, items []any) error {
	return s.replaceColl(r, items)
}

// replaceColl is collection assignment (CollectionAttributeImpl.set and
// collections.bulk_replace): the old collection loads, the new one fills
// up with an append event for each item that was not in it (the others
// join silently), then the old items left out get their remove events.
func (s *State) replaceColl(r *Relationship, items []any) error {
	cur, err := s.Get(r.Key)
	if err != nil {
		return err
	}
	c := cur.(*Coll)
	old := append([]*State(nil), c.Items...)
	was := map[*State]bool{}
	for _, o := range old {
		was[o] = true
	}
	s.modified(r.Key, c)
	c.Items, c.Keys = c.Items[:0], nil
	kept := map[*State]bool{}
	for _, it := range items {
		if st, ok := it.(*State); ok && was[st] {
			kept[st] = true
			if r.Dict != nil {
				if err := c.put(r.Dict, st); err != nil {
					return err
				}
				continue
			}
			c.Items = append(c.Items, st)
			if r.Appended != nil {
				if err := r.Appended(s, len(c.Items)-1, st); err != nil {
					return err
				}
			}
			continue
		}
		if err := s.appendValue(r, it, event{rel: r}); err != nil {
			return err
		}
	}
	for _, o := range old {
		if kept[o] {
			continue
		}
		if _, err := s.fire(RemoveEvent, r, o, nil); err != nil {
			return err
		}
		o.setParent(r, false)
		if err := s.removed(r, o, event{rel: r, bulk: true}); err != nil {
			return err
		}
	}
	return nil
}

// history is attributes.History for one relationship.
type history struct {
	added, unchanged, deleted []*State
	// addedNone is true for a scalar set to None (history.added == [None]).
	addedNone bool
}

func (h history) empty() bool {
	return len(h.added) == 0 && len(h.deleted) == 0 && len(h.unchanged) == 0 && !h.addedNone
}

// relHistory computes a relationship's history; with load it may lazy load
// (PASSIVE_OFF), without it only what is known (PASSIVE_NO_INITIALIZE plus
// pending mutations).
func (s *State) relHistory(r *Relationship, load bool) (history, error) {
	if r.Dynamic() {
		return s.dynHistory(r, load)
	}
	cur, err := s.loadRel(r, load)
	if err != nil {
		return history{}, err
	}
	orig, hasOrig := s.committed[r.Key]
	if r.Uselist {
		if cur == noValue {
			if pm := s.pending[r.Key]; pm != nil {
				return history{added: pm.added, deleted: pm.removed}, nil
			}
			return history{}, nil
		}
		items := cur.(*Coll).Items
		if !hasOrig || orig == noValue {
			return history{unchanged: items}, nil
		}
		old := orig.([]*State)
		in := func(list []*State, x *State) bool {
			for _, y := range list {
				if y == x {
					return true
				}
			}
			return false
		}
		var h history
		for _, x := range items {
			if in(old, x) {
				h.unchanged = append(h.unchanged, x)
			} else {
				h.added = append(h.added, x)
			}
		}
		for _, x := range old {
			if !in(items, x) {
				h.deleted = append(h.deleted, x)
			}
		}
		return h, nil
	}
	if !hasOrig {
		if cur == noValue {
			return history{}, nil
		}
		if t, _ := cur.(*State); t != nil {
			return history{unchanged: []*State{t}}, nil
		}
		return history{}, nil // unchanged [None]: nothing to do for a flush
	}
	curState, _ := cur.(*State)
	origState, _ := orig.(*State)
	if cur != noValue && orig != noValue && curState == origState {
		if curState != nil {
			return history{unchanged: []*State{curState}}, nil
		}
		return history{}, nil
	}
	var h history
	if origState != nil {
		h.deleted = []*State{origState}
	}
	if cur == noValue {
		return h, nil
	}
	if curState != nil {
		h.added = []*State{curState}
	} else {
		h.addedNone = true
	}
	return h, nil
}

// sum is history.sum(): added + unchanged + deleted.
func (h history) sum() []*State {
	out := append(append(append([]*State(nil), h.added...), h.unchanged...), h.deleted...)
	return out
}

// nonDeleted is added + unchanged.
func (h history) nonDeleted() []*State {
	return append(append([]*State(nil), h.added...), h.unchanged...)
}

// nonAdded is unchanged + deleted.
func (h history) nonAdded() []*State {
	return append(append([]*State(nil), h.unchanged...), h.deleted...)
}

// colChanged reports whether a column attribute differs from its committed value.
func (s *State) colChanged(key string) (any, bool) {
	old, ok := s.committed[key]
	if !ok {
		return nil, false
	}
	cur, loaded := s.Dict[key]
	if !loaded {
		return nil, false
	}
	if old != noValue && equalValues(old, cur) {
		return nil, false
	}
	return cur, true
}

func equalValues(a, b any) bool {
	switch x := a.(type) {
	case int64:
		switch y := b.(type) {
		case int64:
			return x == y
		case float64:
			return float64(x) == y
		case bool:
			return (x != 0) == y && (x == 0 || x == 1)
		}
	case float64:
		switch y := b.(type) {
		case int64:
			return x == float64(y)
		case float64:
			return x == y
		}
	case bool:
		switch y := b.(type) {
		case bool:
			return x == y
		case int64:
			return equalValues(y, x)
		}
	case string:
		y, ok := b.(string)
		return ok && x == y
	case nil:
		return b == nil
	}
	return false
}
