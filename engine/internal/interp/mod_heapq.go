package interp

// heapqModule is heapq as CPython's: the same sift steps over a list with <
// alone, so a heap prints in CPython's order; nlargest and nsmallest are the
// sorts the documentation says they equal. merge is refused (the catalog has it).
func heapqModule(th *Thread) *Module {
	return newModule("heapq", []*Builtin{
		fn("heappush", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heappush", 2)
			if err != nil {
				return nil, err
			}
			h.Items = append(h.Items, c.Args[1])
			return nil, th.siftDown(h.Items, 0, len(h.Items)-1)
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
			return top, th.siftUp(h.Items, 0)
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
			return top, th.siftUp(h.Items, 0)
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
			return item, th.siftUp(h.Items, 0)
		}),
		fn("heapify", func(th *Thread, c *Call) (Value, error) {
			h, err := heapArgs(th, c, "heapify", 1)
			if err != nil {
				return nil, err
			}
			for i := len(h.Items)/2 - 1; i >= 0; i-- {
				if err := th.siftUp(h.Items, i); err != nil {
					return nil, err
				}
			}
			return nil, nil
		}),
		fn("nlargest", func(th *Thread, c *Call) (Value, error) { return heapSelect(th, c, "nlargest", true) }),
		fn("nsmallest", func(th *Thread, c *Call) (Value, error) { return heapSelect(th, c, "nsmallest", false) }),
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

// siftDown is heapq._siftdown: the item at pos moves up towards start.
func (th *Thread) siftDown(h []Value, start, pos int) error {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := th.less(item, h[parent])
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
func (th *Thread) siftUp(h []Value, pos int) error {
	end, start, item := len(h), pos, h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			lt, err := th.less(h[child], h[right])
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
	return th.siftDown(h, start, pos)
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
