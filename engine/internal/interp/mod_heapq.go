package interp

// heapqModule is heapq as CPython's: the same sift steps over a list with <
// alone, so a heap prints in CPython's order; nlargest and nsmallest are the
// sorts the documentation says they equal; merge is lazy as CPython's generator.
func heapqModule(th *Thread) *Module {
	return newModule("heapq", []*Builtin{
		fn("heappush", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heappush", 2)
			if err != nil {
				return nil, err
			}
			h.Items = append(h.Items, c.Args[1])
			return nil, th.siftDown(h.Items, 0, len(h.Items)-1, false)
		}),
		fn("heappop", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heappop", 1)
			if err != nil {
				return nil, err
			}
			n := len(h.Items)
			if n == 0 {
				return nil, th.Raise(IndexError, "index out of range")
			}
			last := h.Items[n-1]
			h.Items = h.Items[:n-1]
			if n == 1 {
				return last, nil
			}
			top := h.Items[0]
			h.Items[0] = last
			return top, th.siftUp(h.Items, 0, false)
		}),
		fn("heapreplace", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heapreplace", 2)
			if err != nil {
				return nil, err
			}
			if len(h.Items) == 0 {
				return nil, th.Raise(IndexError, "index out of range")
			}
			top := h.Items[0]
			h.Items[0] = c.Args[1]
			return top, th.siftUp(h.Items, 0, false)
		}),
		fn("heappushpop", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heappushpop", 2)
			if err != nil {
				return nil, err
			}
			item := c.Args[1]
			if len(h.Items) == 0 {
				return item, nil
			}
			lt, err := th.less(h.Items[0], item)
			if err != nil || !lt {
				return item, err
			}
			item, h.Items[0] = h.Items[0], item
			return item, th.siftUp(h.Items, 0, false)
		}),
		fn("heapify", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heapify", 1)
			if err != nil {
				return nil, err
			}
			for i := len(h.Items)/2 - 1; i >= 0; i-- {
				if err := th.siftUp(h.Items, i, false); err != nil {
					return nil, err
				}
			}
			return nil, nil
		}),
		fn("nlargest", func(th *Thread, c *Call) (Value, error) { return heapSelect(th, c, "nlargest", true) }),
		fn("nsmallest", func(th *Thread, c *Call) (Value, error) { return heapSelect(th, c, "nsmallest", false) }),
		fn("merge", heapMerge),
	}, nil)
}

// heapArgs checks a heap function's positional arguments and returns the heap.
func heapArgs(th *Thread, c *Call, name string, n int) (*List, error) {
	if len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(c.Args) != n {
		if n == 1 {
			return nil, th.Raise(TypeError, "%s() takes exactly one argument (%d given)", name, len(c.Args))
		}
		return nil, th.Raise(TypeError, "%s expected %d arguments, got %d", name, n, len(c.Args))
	}
	h, ok := c.Args[0].(*List)
	if !ok {
		if inst, isInst := c.Args[0].(*Instance); isInst {
			h, ok = inst.Base.(*List)
		}
	}
	if !ok {
		return nil, th.Raise(TypeError, "%s() argument 1 must be list, not %s", name, typeName(c.Args[0]))
	}
	return h, nil
}

// heapLess is < for a heap, reversed for the max-heaps of merge(reverse=True).
func (th *Thread) heapLess(a, b Value, max bool) (bool, error) {
	if max {
		return th.less(b, a)
	}
	return th.less(a, b)
}

// siftDown is heapq._siftdown (_siftdown_max): the item at pos moves up towards start.
func (th *Thread) siftDown(h []Value, start, pos int, max bool) error {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := th.heapLess(item, h[parent], max)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return nil
}

// siftUp is heapq._siftup: the smaller child rises until a leaf is free
// for the item at pos, which then sifts down.
func (th *Thread) siftUp(h []Value, pos int, max bool) error {
	end, start, item := len(h), pos, h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			lt, err := th.heapLess(h[child], h[right], max)
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	return th.siftDown(h, start, pos, max)
}

// heapSelect is nlargest/nsmallest(n, iterable, key=None): sorted(iterable,
// key=key, reverse=largest)[:n].
func heapSelect(th *Thread, c *Call, name string, largest bool) (Value, error) {
	a, err := th.args(c, name, "n", "iterable", "key")
	if err != nil {
		return nil, err
	}
	if len(c.Args)+len(c.Kw) < 2 {
		return nil, th.Raise(TypeError, "%s() missing 1 required positional argument: 'iterable'", name)
	}
	n, err := th.index1(a[0])
	if err != nil {
		return nil, err
	}
	items, err := th.iterate(a[1])
	if err != nil {
		return nil, err
	}
	items = append([]Value(nil), items...)
	if err := th.sortValues(items, a[2], largest); err != nil {
		return nil, err
	}
	k, _ := smallInt(n)
	k = min(max(k, 0), int64(len(items)))
	return &List{Items: items[:k]}, nil
}

// heapMerge is heapq.merge(*iterables, key=None, reverse=False), CPython's
// generator step by step: first asked, it takes each iterable's head (and its
// key) into a heap of (key, order, i) entries, so ties go to the earlier
// iterable; it yields the top and only when asked again pulls the next value
// of that iterable. The last iterable left is yielded without keys.
func heapMerge(th *Thread, c *Call) (Value, error) {
	var key, reverse Value
	for _, k := range c.Kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "reverse":
			reverse = k.Value
		default:
			return nil, th.Raise(TypeError, "merge() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	var (
		h       []Value // Tuple{key, order, index into nexts and vals}
		nexts   []nextFunc
		vals    []Value
		started bool
		desc    bool
	)
	// advance pulls the next value of iterable i: false when it has none.
	advance := func(i int, keyed bool) (Value, bool, error) {
		v, ok, err := nexts[i]()
		if err != nil || !ok {
			return nil, false, err
		}
		vals[i] = v
		if key != nil && keyed {
			v, err = th.Call(key, []Value{v}, nil)
		}
		return v, true, err
	}
	return &lazyIter{name: "generator", next: func() (Value, bool, error) {
		if !started {
			started = true
			var err error
			if desc, err = th.truth(reverse); err != nil {
				return nil, false, err
			}
			for i, it := range c.Args {
				next, err := th.iter(it)
				if err != nil {
					return nil, false, err
				}
				nexts, vals = append(nexts, next), append(vals, nil)
				k, ok, err := advance(i, true)
				if err != nil {
					return nil, false, err
				}
				if ord := int64(i); ok {
					if desc {
						ord = -ord
					}
					h = append(h, Tuple{k, ord, int64(i)})
				}
			}
			for i := len(h)/2 - 1; i >= 0; i-- {
				if err := th.siftUp(h, i, desc); err != nil {
					return nil, false, err
				}
			}
		} else if len(h) > 0 {
			top := h[0].(Tuple)
			i := int(top[2].(int64))
			k, ok, err := advance(i, len(h) > 1)
			switch {
			case err != nil:
				return nil, false, err
			case ok && len(h) == 1:
				return vals[i], true, nil
			case ok:
				h[0] = Tuple{k, top[1], top[2]}
			default:
				last := h[len(h)-1]
				if h = h[:len(h)-1]; len(h) == 0 {
					return nil, false, nil
				}
				h[0] = last
			}
			if err := th.siftUp(h, 0, desc); err != nil {
				return nil, false, err
			}
		}
		if len(h) == 0 {
			return nil, false, nil
		}
		return vals[h[0].(Tuple)[2].(int64)], true, nil
	}}, nil
}
