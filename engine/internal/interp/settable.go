package interp

// ctable mirrors CPython's set hash table (Objects/setobject.c) so that a
// set iterates and prints in CPython's order: the slot each element lands
// in follows its hash, linear probes, perturbation and the table's resizes.
// Membership stays with the set's Dict; the table only orders. A set with
// an element whose CPython hash depends on an address has no table and
// keeps insertion order.
type ctable struct {
	slots  []centry
	fill   int // active and dummy slots
	used   int // active slots
	finger int // where pop() starts looking
}

type centry struct {
	key   Value
	hk    any // the key's Dict key, for equality
	hash  int64
	state byte
}

const (
	slotEmpty = iota
	slotActive
	slotDummy
)

const linearProbes = 9

func newCtable() *ctable { return &ctable{slots: make([]centry, 8)} }

func (t *ctable) mask() int { return len(t.slots) - 1 }

// add is set_add_entry for a key known to be absent.
func (t *ctable) add(e centry) {
	mask := uint64(t.mask())
	i := uint64(e.hash) & mask
	perturb := uint64(e.hash)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			switch t.slots[j].state {
			case slotEmpty:
				e.state = slotActive
				t.used++
				if free >= 0 {
					t.slots[free] = e
					return
				}
				t.slots[j] = e
				t.fill++
				if t.fill*5 >= int(mask)*3 {
					t.resize(cond(t.used > 50000, t.used*2, t.used*4))
				}
				return
			case slotDummy:
				free = int(j)
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func cond(c bool, a, b int) int {
	if c {
		return a
	}
	return b
}

// insertClean is set_insert_clean: into a table without dummies.
func insertClean(slots []centry, e centry) {
	mask := uint64(len(slots) - 1)
	i := uint64(e.hash) & mask
	perturb := uint64(e.hash)
	for {
		if slots[i].state == slotEmpty {
			slots[i] = e
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if slots[j].state == slotEmpty {
					slots[j] = e
					return
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two above minused.
func (t *ctable) resize(minused int) {
	size := 8
	for size <= minused {
		size <<= 1
	}
	if size == 8 && len(t.slots) == 8 && t.fill == t.used {
		return
	}
	old := t.slots
	t.slots = make([]centry, size)
	for _, e := range old {
		if e.state == slotActive {
			insertClean(t.slots, e)
		}
	}
	t.fill = t.used
}

// find is set_lookkey: the slot holding hk, or -1.
func (t *ctable) find(hk any, hash int64) int {
	mask := uint64(t.mask())
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			switch e := t.slots[j]; e.state {
			case slotEmpty:
				return -1
			case slotActive:
				if e.hash == hash && e.hk == hk {
					return int(j)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// discard is set_discard_entry.
func (t *ctable) discard(hk any, hash int64) {
	if j := t.find(hk, hash); j >= 0 {
		t.slots[j] = centry{hash: -1, state: slotDummy}
		t.used--
	}
}

// pop is set.pop's slot: from the finger on.
func (t *ctable) pop() centry {
	j := t.finger & t.mask()
	for t.slots[j].state != slotActive {
		j = (j + 1) & t.mask()
	}
	e := t.slots[j]
	t.slots[j] = centry{hash: -1, state: slotDummy}
	t.used--
	t.finger = j + 1
	return e
}

// merge is set_merge: other's entries into t.
func (t *ctable) merge(o *ctable) {
	if o == t || o.used == 0 {
		return
	}
	if (t.fill+o.used)*5 >= t.mask()*3 {
		t.resize((t.used + o.used) * 2)
	}
	if t.fill == 0 && len(t.slots) == len(o.slots) && o.fill == o.used {
		copy(t.slots, o.slots)
		t.fill, t.used = o.fill, o.used
		return
	}
	if t.fill == 0 {
		t.fill, t.used = o.used, o.used
		for _, e := range o.slots {
			if e.state == slotActive {
				insertClean(t.slots, e)
			}
		}
		return
	}
	for _, e := range o.slots {
		if e.state == slotActive && t.find(e.hk, e.hash) < 0 {
			t.add(e)
		}
	}
}

// entries are the active entries in slot order.
func (t *ctable) entries() []centry {
	out := make([]centry, 0, t.used)
	for _, e := range t.slots {
		if e.state == slotActive {
			out = append(out, e)
		}
	}
	return out
}

// frozenHash is frozenset_hash.
func (t *ctable) frozenHash() int64 {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range t.slots {
		h ^= shuffle(uint64(e.hash))
	}
	if (len(t.slots)-t.fill)&1 == 1 {
		h ^= shuffle(0)
	}
	if (t.fill-t.used)&1 == 1 {
		h ^= shuffle(^uint64(0))
	}
	h ^= (uint64(t.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h)
}
