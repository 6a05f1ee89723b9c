package interp

// bisectModule is bisect as CPython's _bisect: the same halving steps with <
// alone (x < a[mid] for the right side, a[mid] < x for the left), key= applied
// to the list's items only, insort inserting at the index found.
func bisectModule(th *Thread) *Module {
	search := func(name string, right bool) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			items, x, lo, hi, key, err := bisectArgs(th, c, name)
			if err != nil {
				return nil, err
			}
			i, err := th.bisect(items, x, lo, hi, key, right)
			return int64(i), err
		})
	}
	insort := func(name string, right bool) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			items, x, lo, hi, key, err := bisectArgs(th, c, name)
			if err != nil {
				return nil, err
			}
			l, ok := c.Args[0].(*List)
			if !ok {
				return nil, th.Unsupported("bisect.%s() of a %s", name, typeName(c.Args[0]))
			}
			kx := x
			if key != nil {
				if kx, err = th.Call(key, []Value{x}, nil); err != nil {
					return nil, err
				}
			}
			i, err := th.bisect(items, kx, lo, hi, key, right)
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = x
			return nil, nil
		})
	}
	return newModule("bisect", []*Builtin{
		search("bisect_left", false), search("bisect_right", true), search("bisect", true),
		insort("insort_left", false), insort("insort_right", true), insort("insort", true),
	}, nil)
}

// bisectArgs reads (a, x, lo=0, hi=len(a), *, key=None).
func bisectArgs(th *Thread, c *Call, name string) (items []Value, x Value, lo, hi int, key Value, err error) {
	a, err := th.args(c, name, "a", "x", "lo", "hi", "key")
	if err != nil {
		return nil, nil, 0, 0, nil, err
	}
	if a[0] == nil || a[1] == nil {
		return nil, nil, 0, 0, nil, th.Raise(TypeError, "%s() missing required argument", name)
	}
	switch s := a[0].(type) {
	case *List:
		items = s.Items
	case Tuple:
		items = s
	default:
		return nil, nil, 0, 0, nil, th.Unsupported("bisect.%s() of a %s", name, typeName(a[0]))
	}
	lo, hi = 0, len(items)
	if a[2] != nil {
		n, ok := smallInt(a[2])
		if !ok {
			return nil, nil, 0, 0, nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[2]))
		}
		if n < 0 {
			return nil, nil, 0, 0, nil, th.Raise(ValueError, "lo must be non-negative")
		}
		lo = int(n)
	}
	if a[3] != nil {
		n, ok := smallInt(a[3])
		if !ok {
			return nil, nil, 0, 0, nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[3]))
		}
		if n >= 0 {
			hi = int(n)
		}
	}
	return items, a[1], lo, hi, a[4], nil
}

// bisect is _bisect's internal_bisect_right and internal_bisect_left.
func (th *Thread) bisect(items []Value, x Value, lo, hi int, key Value, right bool) (int, error) {
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		if mid >= len(items) {
			return 0, th.Raise(IndexError, "list index out of range")
		}
		item := items[mid]
		if key != nil {
			var err error
			if item, err = th.Call(key, []Value{item}, nil); err != nil {
				return 0, err
			}
		}
		var before bool
		var err error
		if right {
			before, err = th.less(x, item)
		} else {
			before, err = th.less(item, x)
			before = !before
		}
		if err != nil {
			return 0, err
		}
		if before {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
