package orm

// order is an insertion-ordered set of states: the session's identity map,
// new and deleted lists, which big flushes add to and remove from often.
type order struct {
	items []*State // removed entries are nil until the next compaction
	at    map[*State]int
}

func (o *order) add(st *State) {
	if o.at == nil {
		o.at = map[*State]int{}
	}
	if _, ok := o.at[st]; ok {
		return
	}
	o.at[st] = len(o.items)
	o.items = append(o.items, st)
}

func (o *order) remove(st *State) {
	if i, ok := o.at[st]; ok {
		o.items[i] = nil
		delete(o.at, st)
	}
}

func (o *order) len() int { return len(o.at) }

// list returns the states in order, as a copy the caller may keep.
func (o *order) list() []*State {
	if len(o.at) < len(o.items) {
		live := o.items[:0]
		for _, st := range o.items {
			if st != nil {
				o.at[st] = len(live)
				live = append(live, st)
			}
		}
		clear(o.items[len(live):])
		o.items = live
	}
	return append([]*State(nil), o.items...)
}
