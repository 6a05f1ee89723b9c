package interp

import (
	"math/big"

	"cascadelab/engine/internal/budget"
)

// listMethod returns the bound list method name of l, or nil.
func listMethod(l *List, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	return listMethodOf(l, name, m, "list")
}

// listMethodOf is a list's method, or the search methods (index, count,
// remove) of another sequence of owner's type, with its messages.
func listMethodOf(l *List, name string, m func(func(th *Thread, c *Call) (Value, error)) Value, owner string) Value {
	switch name {
	case "append":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "append", 1, 1); err != nil {
				return nil, err
			}
			if len(l.Items) >= maxItems {
				return nil, th.overBudget(budget.Memory, MemoryError, "the script built a list of more than %d items", maxItems)
			}
			if err := th.alloc(slot); err != nil {
				return nil, err
			}
			l.Items = append(l.Items, c.Args[0])
			return nil, nil
		})
	case "extend":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "extend", 1, 1); err != nil {
				return nil, err
			}
			if err := th.alloc(slot * sized(c.Args[0])); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return nil, nil
		})
	case "insert":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "insert", 2, 2); err != nil {
				return nil, err
			}
			i, err := th.clampIndex(c.Args[0], len(l.Items), true)
			if err != nil {
				return nil, err
			}
			if err := th.alloc(slot); err != nil {
				return nil, err
			}
			l.Items = append(l.Items[:i], append([]Value{c.Args[1]}, l.Items[i:]...)...)
			return nil, nil
		})
	case "pop":
		return m(func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) == 1 {
				// the argument is checked first, as CPython does
				switch c.Args[0].(type) {
				case bool, int64, *big.Int, *Instance:
				default:
					return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(c.Args[0]))
				}
			}
			if len(l.Items) == 0 {
				return nil, th.Raise(IndexError, "pop from empty list")
			}
			i := len(l.Items) - 1
			if len(c.Args) == 1 {
				var err error
				if i, err = th.indexIn(c.Args[0], len(l.Items), "pop index out of range"); err != nil {
					return nil, err
				}
			}
			v := l.Items[i]
			l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
			return v, nil
		})
	case "remove", "index", "count":
		return m(func(th *Thread, c *Call) (Value, error) {
			most := 1
			if name == "index" {
				most = 3 // index(x, start, stop), clamped as a slice is
			}
			if err := argN(th, c, name, 1, most); err != nil {
				return nil, err
			}
			lo, hi := 0, len(l.Items)
			for k, b := range c.Args[1:] {
				i, err := th.clampIndex(b, len(l.Items), false)
				if err != nil {
					return nil, err
				}
				if k == 0 {
					lo = i
				} else {
					hi = i
				}
			}
			n := int64(0)
			for i := lo; i < hi; i++ {
				eq, err := th.sameOrEqual(l.Items[i], c.Args[0])
				if err != nil {
					return nil, err
				}
				if !eq {
					continue
				}
				switch name {
				case "remove":
					l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
					return nil, nil
				case "index":
					return int64(i), nil
				}
				n++
			}
			if name == "count" {
				return n, nil
			}
			r, _ := th.repr(c.Args[0])
			switch {
			case name == "remove" && owner == "deque":
				return nil, th.Raise(ValueError, "%s is not in deque", r)
			case name == "remove":
				return nil, th.Raise(ValueError, "list.remove(x): x not in list")
			case owner == "tuple":
				return nil, th.Raise(ValueError, "tuple.index(x): x not in tuple")
			}
			return nil, th.Raise(ValueError, "%s is not in %s", r, owner)
		})
	case "sort":
		return m(func(th *Thread, c *Call) (Value, error) {
			key, _ := kwArg(c, "key")
			rev, _ := kwArg(c, "reverse")
			return nil, th.sortValues(l.Items, key, rev == true)
		})
	case "reverse":
		return m(func(th *Thread, c *Call) (Value, error) {
			for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
				l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
			}
			return nil, nil
		})
	case "clear":
		return m(func(th *Thread, c *Call) (Value, error) { l.Items = nil; return nil, nil })
	case "copy":
		return m(func(th *Thread, c *Call) (Value, error) { return &List{Items: append([]Value(nil), l.Items...)}, nil })
	}
	return nil
}

// clampIndex is a position as index()'s start and stop take it: negative
// counts from the end, then it is clamped to 0..n. insert() takes it the
// same way, but a position past 64 bits is its OverflowError.
func (th *Thread) clampIndex(v Value, n int, insert bool) (int, error) {
	x, err := th.index1(v)
	if err != nil {
		return 0, err
	}
	i, ok := smallInt(x)
	if !ok {
		if insert {
			return 0, th.Raise(OverflowError, "Python int too large to convert to C ssize_t")
		}
		if bigOf(x).Sign() < 0 {
			return 0, nil
		}
		return n, nil
	}
	if i < 0 {
		i += int64(n)
	}
	return int(min(max(i, 0), int64(n))), nil
}
