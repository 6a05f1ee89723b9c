package interp

import "strings"

// collectionsModule is collections' deque; the dict and tuple subclasses
// (defaultdict, OrderedDict, Counter, namedtuple, ChainMap) are refused by
// the catalog until the interpreter has dict and tuple subclasses.
func collectionsModule(th *Thread) *Module {
	return newModule("collections", nil, map[string]Value{"deque": &builtinType{name: "deque", call: newDeque}})
}

// deque is collections.deque: a list bounded by maxlen (-1: unbounded),
// dropping from the other end when full.
type deque struct {
	items  []Value
	maxlen int
}

func newDeque(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "deque", "iterable", "maxlen")
	if err != nil {
		return nil, err
	}
	d := &deque{maxlen: -1}
	if a[1] != nil {
		n, ok := smallInt(a[1])
		if !ok {
			return nil, th.Raise(TypeError, "an integer is required")
		}
		if n < 0 {
			return nil, th.Raise(ValueError, "maxlen must be non-negative")
		}
		d.maxlen = int(min(n, 1<<40))
	}
	if a[0] != nil {
		items, err := th.iterate(a[0])
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			d.push(v, false)
		}
	}
	return d, nil
}

// push adds v at the right (or left) end, dropping from the other end when full.
func (d *deque) push(v Value, left bool) {
	if d.maxlen == 0 {
		return
	}
	if left {
		d.items = append([]Value{v}, d.items...)
		if d.maxlen > 0 && len(d.items) > d.maxlen {
			d.items = d.items[:d.maxlen]
		}
		return
	}
	d.items = append(d.items, v)
	if d.maxlen > 0 && len(d.items) > d.maxlen {
		d.items = d.items[len(d.items)-d.maxlen:]
	}
}

func (d *deque) TypeName() string                    { return "deque" }
func (d *deque) Iterate(th *Thread) ([]Value, error) { return append([]Value(nil), d.items...), nil }
func (d *deque) Len(th *Thread) (int, error)         { return len(d.items), nil }
func (d *deque) Truth(th *Thread) (bool, error)      { return len(d.items) > 0, nil }
func (d *deque) Contains(th *Thread, v Value) (bool, error) {
	return th.contains(&List{Items: d.items}, v)
}

func (d *deque) GetItem(th *Thread, key Value) (Value, error) {
	if !isInt(key) {
		return nil, th.Raise(TypeError, "sequence index must be integer, not '%s'", typeName(key))
	}
	i, _ := smallInt(key)
	if i < 0 {
		i += int64(len(d.items))
	}
	if i < 0 || i >= int64(len(d.items)) {
		return nil, th.Raise(IndexError, "deque index out of range")
	}
	return d.items[i], nil
}

func (d *deque) Repr(th *Thread) (string, error) {
	if !th.reprEnter(d) {
		return "[...]", nil
	}
	defer th.reprLeave(d)
	parts := make([]string, len(d.items))
	for i, v := range d.items {
		r, err := th.repr(v)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	s := "deque([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		s += sprintf(", maxlen=%d", d.maxlen)
	}
	return s + ")", nil
}

func (d *deque) Attr(th *Thread, name string) (Value, bool, error) {
	pop := func(left bool) func(th *Thread, c *Call) (Value, error) {
		return func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			if len(d.items) == 0 {
				return nil, th.Raise(IndexError, "pop from an empty deque")
			}
			var v Value
			if left {
				v, d.items = d.items[0], d.items[1:]
			} else {
				v, d.items = d.items[len(d.items)-1], d.items[:len(d.items)-1]
			}
			return v, nil
		}
	}
	add := func(left, many bool) func(th *Thread, c *Call) (Value, error) {
		return func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			items := []Value{c.Args[0]}
			if many {
				var err error
				if items, err = th.iterate(c.Args[0]); err != nil {
					return nil, err
				}
			}
			for _, v := range items {
				d.push(v, left)
			}
			return nil, nil
		}
	}
	var f func(th *Thread, c *Call) (Value, error)
	switch name {
	case "maxlen":
		if d.maxlen < 0 {
			return nil, true, nil
		}
		return int64(d.maxlen), true, nil
	case "append":
		f = add(false, false)
	case "appendleft":
		f = add(true, false)
	case "extend":
		f = add(false, true)
	case "extendleft":
		f = add(true, true)
	case "pop":
		f = pop(false)
	case "popleft":
		f = pop(true)
	case "clear":
		f = func(th *Thread, c *Call) (Value, error) { d.items = nil; return nil, nil }
	case "rotate":
		f = func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "rotate", 0, 1); err != nil {
				return nil, err
			}
			n := int64(1)
			if len(c.Args) == 1 {
				var ok bool
				if n, ok = smallInt(c.Args[0]); !ok {
					return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(c.Args[0]))
				}
			}
			if k := int64(len(d.items)); k > 0 {
				n = ((n % k) + k) % k
				d.items = append(append([]Value(nil), d.items[k-n:]...), d.items[:k-n]...)
			}
			return nil, nil
		}
	default:
		return nil, false, nil
	}
	return fn(name, f), true, nil
}
