package orm

import "slices"

// DictKeys makes a relationship's collection a dictionary (KeyFuncDict,
// what attribute_keyed_dict() and the other factories of
// sqlalchemy.orm.collections make): Of is a member's key where the ORM
// adds or removes it by value (a load, a backref), Same is Python's == of
// two keys.
type DictKeys struct {
	Of   func(*State) (any, error)
	Same func(a, b any) (bool, error)
}

// find is the place of key in a dictionary collection, -1 when absent.
func (c *Coll) find(d *DictKeys, key any) (int, error) {
	for i, k := range c.Keys {
		same, err := d.Same(k, key)
		if err != nil || same {
			return i, err
		}
	}
	return -1, nil
}

// put stores st under its key without events (the appender a load and a
// collection assignment's kept members use): in place of a member
// already under that key, else last.
func (c *Coll) put(d *DictKeys, st *State) error {
	key, err := d.Of(st)
	if err != nil {
		return err
	}
	i, err := c.find(d, key)
	if err != nil {
		return err
	}
	if i >= 0 {
		c.Items[i] = st
		return nil
	}
	c.Items, c.Keys = append(c.Items, st), append(c.Keys, key)
	return nil
}

// cut takes the member at i out.
func (c *Coll) cut(i int) {
	c.Items = slices.Delete(slices.Clip(c.Items), i, i+1)
	if len(c.Keys) > 0 {
		c.Keys = slices.Delete(slices.Clip(c.Keys), i, i+1)
	}
}

// dictColl is r's dictionary when r is a dictionary collection whose
// members can change without a load: a loaded one, or a new or detached
// object's (empty until then); nil otherwise.
func (s *State) dictColl(r *Relationship) *Coll {
	if r.Dict == nil {
		return nil
	}
	if c, ok := s.Dict[r.Key].(*Coll); ok {
		return c
	}
	if s.Key == nil || s.sess == nil {
		return s.initRel(r).(*Coll)
	}
	return nil
}

// SetItem is d[key] = child on dictionary collection r.
func (s *State) SetItem(r *Relationship, key any, child *State) error {
	v, err := s.Get(r.Key)
	if err != nil {
		return err
	}
	return s.setItem(r, v.(*Coll), key, child, event{rel: r})
}

// DelItem is del d[key] on dictionary collection r; false when key is
// not there.
func (s *State) DelItem(r *Relationship, key any) (bool, error) {
	v, err := s.Get(r.Key)
	if err != nil {
		return false, err
	}
	c := v.(*Coll)
	i, err := c.find(r.Dict, key)
	if err != nil || i < 0 {
		return false, err
	}
	return true, s.delItem(r, c, i, event{rel: r})
}

// setItem is the instrumented dict's __setitem__: the member already
// under key gets its remove event first, then child its append event,
// and child takes that member's place (or the last one).
func (s *State) setItem(r *Relationship, c *Coll, key any, child *State, ev event) error {
	i, err := c.find(r.Dict, key)
	if err != nil {
		return err
	}
	if i >= 0 {
		if err := s.delItem(r, c, i, ev); err != nil {
			return err
		}
	}
	child, err = s.fire(AppendEvent, r, child, nil)
	if err != nil {
		return err
	}
	child.setParent(r, true)
	s.modified(r.Key, c)
	if i < 0 || i > len(c.Items) {
		i = len(c.Items)
	}
	c.Items, c.Keys = slices.Insert(c.Items, i, child), slices.Insert(c.Keys, i, key)
	return s.appended(r, child, ev)
}

// delItem takes the member at i out of dictionary collection r with its
// remove event, the backref and the orphan it may leave behind.
func (s *State) delItem(r *Relationship, c *Coll, i int, ev event) error {
	old := c.Items[i]
	if _, err := s.fire(RemoveEvent, r, old, nil); err != nil {
		return err
	}
	if i >= len(c.Items) || c.Items[i] != old {
		return nil // a listener took it out already
	}
	old.setParent(r, false)
	s.modified(r.Key, c)
	c.cut(i)
	return s.removed(r, old, ev)
}
