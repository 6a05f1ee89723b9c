package interp

import (
	"slices"
	"strings"

	"cascadelab/engine/internal/py"
)

// TypeByteArray is the bytearray type.
var TypeByteArray = &builtinType{name: "bytearray"}

func init() {
	TypeByteArray.call = func(th *Thread, c *Call) (Value, error) {
		v, err := makeBytes(th, c, "bytearray")
		if err != nil {
			return nil, err
		}
		return &byteArray{[]byte(v.(Bytes))}, nil
	}
}

// byteArray is a bytearray: bytes changed in place. The methods bytes has
// too run bytes' on its current value, their bytes made bytearrays.
type byteArray struct{ b []byte }

// bytesArg is an argument that may be bytes-like as bytes (a
// bytearray's bytes at this moment), any other value as it is.
func bytesArg(v Value) Value {
	if x, ok := v.(*byteArray); ok {
		return Bytes(x.b)
	}
	return v
}

// toArray makes a bytes method's results bytearrays.
func toArray(v Value) Value {
	return mapResult(v, func(v Value) Value {
		if b, ok := v.(Bytes); ok {
			return &byteArray{[]byte(b)}
		}
		return v
	})
}

func (a *byteArray) TypeName() string                    { return "bytearray" }
func (a *byteArray) Len(th *Thread) (int, error)         { return len(a.b), nil }
func (a *byteArray) Truth(th *Thread) (bool, error)      { return len(a.b) > 0, nil }
func (a *byteArray) Iterate(th *Thread) ([]Value, error) { return th.iterate(Bytes(a.b)) }
func (a *byteArray) Contains(th *Thread, v Value) (bool, error) {
	return th.bytesContains(Bytes(a.b), v)
}

// Repr escapes ' even between double quotes, as CPython's bytearray_repr.
func (a *byteArray) Repr(th *Thread) (string, error) {
	s := bytesRepr(Bytes(a.b))
	if s[1] == '"' {
		s = strings.ReplaceAll(s, "'", `\'`)
	}
	return "bytearray(" + s + ")", nil
}

func (a *byteArray) GetItem(th *Thread, k Value) (Value, error) {
	if !isInt(k) {
		if _, ok := k.(*Instance); !ok {
			return nil, th.Raise(TypeError, "bytearray indices must be integers or slices, not %s", typeName(k))
		}
	}
	i, err := th.indexIn(k, len(a.b), "bytearray index out of range")
	if err != nil {
		return nil, err
	}
	return int64(a.b[i]), nil
}

func (a *byteArray) Slice(th *Thread, lo, hi, st Value) (Value, error) {
	v, err := th.slice(Bytes(a.b), lo, hi, st)
	return toArray(v), err
}

// byteOf is v as one byte.
func (th *Thread) byteOf(v Value) (byte, error) {
	x, err := th.index1(v)
	if err != nil {
		return 0, err
	}
	n, ok := x.(int64)
	if !ok || n < 0 || n > 255 {
		return 0, th.Raise(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesOf is what extend() and slice assignment take: a bytes-like value,
// or an iterable of ints (what refuses says why, for a value that is neither).
func (th *Thread) bytesOf(v Value, refuse func() error) ([]byte, error) {
	if b, ok := bytesArg(v).(Bytes); ok {
		return []byte(b), nil
	}
	if _, ok := v.(string); ok || isNumber(v) {
		return nil, refuse()
	}
	items, err := th.iterate(v)
	if err != nil {
		return nil, refuse()
	}
	out := make([]byte, len(items))
	for i, it := range items {
		if out[i], err = th.byteOf(it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// edit runs a list operation on the bytes as a list of ints (slice
// assignment and deletion share the list's code).
func (a *byteArray) edit(f func(l *List) error) error {
	l := &List{Items: make([]Value, len(a.b))}
	for i, c := range a.b {
		l.Items[i] = int64(c)
	}
	err := f(l)
	a.b = a.b[:0]
	for _, v := range l.Items {
		a.b = append(a.b, byte(v.(int64)))
	}
	return err
}

func (a *byteArray) SetItem(th *Thread, k, v Value) error {
	if s, ok := k.(*sliceObj); ok {
		b, err := th.bytesOf(v, func() error {
			return th.Raise(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		})
		if err != nil {
			return err
		}
		items := make([]Value, len(b))
		for i, c := range b {
			items[i] = int64(c)
		}
		start, stop, step, err := th.sliceBounds(int64(len(a.b)), s.start, s.stop, s.step)
		if err != nil {
			return err
		}
		n := 0
		for i := start; step > 0 && i < stop || step < 0 && i > stop; i += step {
			n++
		}
		if step != 1 && n != len(b) {
			return th.Raise(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(b), n)
		}
		return a.edit(func(l *List) error { return th.setSlice(l, s, &List{Items: items}, false) })
	}
	if _, err := a.GetItem(th, k); err != nil {
		return err
	}
	c, err := th.byteOf(v)
	if err != nil {
		return err
	}
	i, _ := th.indexIn(k, len(a.b), "")
	a.b[i] = c
	return nil
}

func (a *byteArray) DelItem(th *Thread, k Value) error {
	if s, ok := k.(*sliceObj); ok {
		return a.edit(func(l *List) error { return th.setSlice(l, s, nil, true) })
	}
	if _, err := a.GetItem(th, k); err != nil {
		return err
	}
	i, _ := th.indexIn(k, len(a.b), "")
	a.b = slices.Delete(a.b, i, i+1)
	return nil
}

// Binary is +, *, % and the comparisons, with bytes or a bytearray.
func (a *byteArray) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	y, ok := bytesArg(other).(Bytes)
	x := Bytes(a.b)
	if right {
		x, y = y, x
	}
	switch op {
	case py.Add:
		if !ok {
			if right {
				return nil, false, nil
			}
			return nil, true, th.Raise(TypeError, "can't concat %s to bytearray", typeName(other))
		}
		v, err := th.binaryOp(op, x, y)
		if right { // bytes + bytearray is bytes
			return v, true, err
		}
		return toArray(v), true, err
	case py.Mult:
		if n, isN := smallInt(other); isN {
			v, _, err := th.repeat(Bytes(a.b), n)
			return toArray(v), true, err
		}
		return nil, false, nil
	case py.Mod:
		if right {
			return nil, false, nil
		}
		v, err := th.binaryOp(op, x, other)
		return toArray(v), true, err
	case py.Eq, py.NotEq, py.Lt, py.LtE, py.Gt, py.GtE:
		if !ok {
			return nil, false, nil
		}
		return cmpResult(op, strings.Compare(string(x), string(y)), false), true, nil
	}
	return nil, false, nil
}

func (a *byteArray) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

// inplace is += and *=, which change the bytearray itself.
func (a *byteArray) inplace(th *Thread, op py.Op, v Value) (Value, error) {
	if op == py.Mult {
		if _, isN := smallInt(v); isN {
			r, _, err := a.Binary(th, op, v, false)
			if err == nil {
				a.b = r.(*byteArray).b
				return a, nil
			}
			return nil, err
		}
	}
	if op != py.Add {
		return th.binaryOp(op, a, v)
	}
	b, ok := bytesArg(v).(Bytes)
	if !ok {
		return nil, th.Raise(TypeError, "can't concat %s to bytearray", typeName(v))
	}
	if err := th.alloc(int64(len(b))); err != nil {
		return nil, err
	}
	a.b = append(a.b, b...)
	return a, nil
}

func (a *byteArray) Attr(th *Thread, name string) (Value, bool, error) {
	m := func(lo, hi int, f func(c *Call) (Value, error)) (Value, bool, error) {
		b := fn(name, func(th *Thread, c *Call) (Value, error) {
			if len(c.Kw) > 0 {
				return nil, th.Raise(TypeError, "bytearray.%s() takes no keyword arguments", name)
			}
			if len(c.Args) < lo || len(c.Args) > hi {
				switch {
				case hi == 0:
					return nil, th.Raise(TypeError, "bytearray.%s() takes no arguments (%d given)", name, len(c.Args))
				case lo == hi:
					return nil, th.Raise(TypeError, "bytearray.%s() takes exactly one argument (%d given)", name, len(c.Args))
				}
				return nil, th.Raise(TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(c.Args))
			}
			return f(c)
		})
		return b, true, nil
	}
	switch name {
	case "append":
		return m(1, 1, func(c *Call) (Value, error) {
			b, err := th.byteOf(c.Args[0])
			a.b = append(a.b, b)
			if err != nil {
				a.b = a.b[:len(a.b)-1]
			}
			return nil, err
		})
	case "extend":
		return m(1, 1, func(c *Call) (Value, error) {
			b, err := th.bytesOf(c.Args[0], func() error {
				if _, ok := c.Args[0].(string); ok {
					return th.Raise(TypeError, "'str' object cannot be interpreted as an integer")
				}
				return th.Raise(TypeError, "can't extend bytearray with %s", typeName(c.Args[0]))
			})
			if err == nil {
				err = th.alloc(int64(len(b)))
			}
			a.b = append(a.b, b...)
			return nil, err
		})
	case "insert":
		return m(2, 2, func(c *Call) (Value, error) {
			i, err := th.clampIndex(c.Args[0], len(a.b), true)
			if err != nil {
				return nil, err
			}
			b, err := th.byteOf(c.Args[1])
			if err == nil {
				a.b = slices.Insert(a.b, i, b)
			}
			return nil, err
		})
	case "pop":
		return m(0, 1, func(c *Call) (Value, error) {
			if len(a.b) == 0 {
				return nil, th.Raise(IndexError, "pop from empty bytearray")
			}
			var k Value = int64(-1)
			if len(c.Args) == 1 {
				var err error
				if k, err = th.index1(c.Args[0]); err != nil {
					return nil, err
				}
			}
			i, err := th.indexIn(k, len(a.b), "pop index out of range")
			if err != nil {
				return nil, err
			}
			v := a.b[i]
			a.b = slices.Delete(a.b, i, i+1)
			return int64(v), nil
		})
	case "remove":
		return m(1, 1, func(c *Call) (Value, error) {
			b, err := th.byteOf(c.Args[0])
			if err != nil {
				return nil, err
			}
			i := slices.Index(a.b, b)
			if i < 0 {
				return nil, th.Raise(ValueError, "value not found in bytearray")
			}
			a.b = slices.Delete(a.b, i, i+1)
			return nil, nil
		})
	case "clear":
		return m(0, 0, func(c *Call) (Value, error) { a.b = nil; return nil, nil })
	case "reverse":
		return m(0, 0, func(c *Call) (Value, error) { slices.Reverse(a.b); return nil, nil })
	case "copy":
		return m(0, 0, func(c *Call) (Value, error) { return &byteArray{slices.Clone(a.b)}, nil })
	}
	if bytesMethod("", name, func(f func(th *Thread, c *Call) (Value, error)) Value { return fn(name, f) }) == nil {
		return nil, false, nil
	}
	// the bytes method on the value the bytearray has when it is called
	b := fn(name, func(th *Thread, c *Call) (Value, error) {
		f := bytesMethod(Bytes(a.b), name, func(f func(th *Thread, c *Call) (Value, error)) Value { return fn(name, f) })
		v, err := f.(*Builtin).Fn(th, c)
		return toArray(v), err
	})
	b.qual = "bytes." + name
	return b, true, nil
}
