package interp

import (
	"fmt"
	"math"
	"math/big"
)

// Dict is an insertion-ordered Python dict.
type Dict struct {
	keys  []Value
	vals  []Value
	index map[any]int
}

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{index: map[any]int{}} }

// hashKey maps a hashable Python value to a Go map key with Python's
// equality (1 == 1.0 == True).
// nanKey is a NaN's key: NaN is unequal to itself, so only the same NaN
// object (the same bits, newNaN) finds its entry.
type nanKey uint64

func hashKey(th *Thread, v Value) (any, error) {
	switch x := v.(type) {
	case nil, string:
		return x, nil
	case bool:
		if x {
			return int64(1), nil
		}
		return int64(0), nil
	case int64:
		return x, nil
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
			return int64(x), nil
		}
		if math.IsNaN(x) {
			return nanKey(math.Float64bits(x)), nil // found by identity alone
		}
		return x, nil
	case *big.Int:
		// A big int equal to a float hashes as that float (10**20 == 1e20).
		if f, acc := new(big.Float).SetInt(x).Float64(); acc == big.Exact {
			return f, nil
		}
		return "int:" + x.String(), nil
	case Tuple:
		s := "t"
		for _, it := range x {
			k, err := hashKey(th, it)
			if err != nil {
				return nil, err
			}
			s += fmt.Sprintf("\x00%T:%v", k, k)
		}
		return s, nil
	case *setObj:
		if x.frozen {
			return frozenKey(th, x)
		}
		return nil, th.Raise(TypeError, "unhashable type: 'set'")
	case *Instance:
		if th != nil && x.Class.Hook == nil {
			if uh, ok, err := th.instanceHash(x); ok || err != nil {
				return uh, err
			}
		}
		switch x.Base.(type) {
		case nil:
		case *List, *Dict:
			return nil, th.Raise(TypeError, "unhashable type: '%s'", x.Class.Name)
		default:
			return hashKey(th, x.Base)
		}
		return v, nil
	case *rangeObj: // equal ranges have the same length, start and step
		k, err := hashKey(th, x.hashKey())
		return fmt.Sprint("range:", k), err
	case *uuidObj:
		return *x, nil
	case *rePattern: // equal patterns are equal keys
		return x.key, nil
	case realNum:
		return x.hashKey(th)
	case cplx:
		return x.hashKey(th)
	case *List, *Dict, *dictView, *mappingProxy, *sliceObj, *byteArray:
		if th == nil {
			return nil, fmt.Errorf("unhashable")
		}
		return nil, th.Raise(TypeError, "unhashable type: '%s'", typeName(v))
	}
	return v, nil // identity for everything else
}

// find is where key k is: its index key, and its position when present.
// Keys hashed by a script's __hash__ compare with its __eq__.
func (d *Dict) find(th *Thread, k Value) (hk any, i int, ok bool, err error) {
	if hk, err = hashKey(th, k); err != nil {
		return nil, 0, false, err
	}
	uh, user := hk.(userHash)
	if !user {
		i, ok = d.index[hk]
		return hk, i, ok, nil
	}
	for {
		i, ok = d.index[uh]
		if !ok {
			return uh, 0, false, nil
		}
		if identical(d.keys[i], k) {
			return uh, i, true, nil
		}
		eq, err := th.equal(d.keys[i], k)
		if err != nil || eq {
			return uh, i, eq, err
		}
		uh.probe++
	}
}

// Get looks a key up.
func (d *Dict) Get(th *Thread, k Value) (Value, bool, error) {
	_, i, ok, err := d.find(th, k)
	if err != nil || !ok {
		return nil, false, err
	}
	return d.vals[i], true, nil
}

// Set stores a key.
func (d *Dict) Set(th *Thread, k, v Value) error {
	hk, i, ok, err := d.find(th, k)
	if err != nil {
		return err
	}
	if ok {
		d.vals[i] = v
		return nil
	}
	return d.insert(th, hk, k, v)
}

// insert adds key k, absent, at hk, the index key find gave for it.
func (d *Dict) insert(th *Thread, hk any, k, v Value) error {
	if th != nil {
		if err := th.alloc(3 * slot); err != nil { // key, value and index entry
			return err
		}
	}
	d.index[hk] = len(d.keys)
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	return nil
}

// Delete removes a key; false if absent.
func (d *Dict) Delete(th *Thread, k Value) (bool, error) {
	hk, i, ok, err := d.find(th, k)
	if err != nil || !ok {
		return false, err
	}
	d.keys = append(d.keys[:i:i], d.keys[i+1:]...)
	d.vals = append(d.vals[:i:i], d.vals[i+1:]...)
	delete(d.index, hk)
	for h, j := range d.index {
		if j > i {
			d.index[h] = j - 1
		}
	}
	return true, nil
}

// GetStr looks up a string key.
func (d *Dict) GetStr(k string) (Value, bool) {
	i, ok := d.index[k]
	if !ok {
		return nil, false
	}
	return d.vals[i], true
}

// SetStr stores a string key.
func (d *Dict) SetStr(k string, v Value) { d.Set(nil, k, v) }

// Keys lists the keys in insertion order.
func (d *Dict) Keys() []Value { return d.keys }

// Len is len(d).
func (d *Dict) Len() int { return len(d.keys) }

// dictMethod returns the bound dict method name of d, or nil.
func dictMethod(d *Dict, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	switch name {
	case "get":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "get", 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, c.Args[0])
			if err != nil || ok {
				return v, err
			}
			if len(c.Args) == 2 {
				return c.Args[1], nil
			}
			return nil, nil
		})
	case "keys", "values", "items":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return &dictView{d: d, kind: name}, nil
		})
	case "popitem":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			if len(d.keys) == 0 {
				return nil, th.Raise(KeyError, "popitem(): dictionary is empty")
			}
			k, v := d.keys[len(d.keys)-1], d.vals[len(d.keys)-1]
			_, err := d.Delete(th, k)
			return Tuple{k, v}, err
		})
	case "clear":
		return m(func(th *Thread, c *Call) (Value, error) {
			*d = *NewDict()
			return nil, nil
		})
	case "setdefault":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "setdefault", 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, c.Args[0])
			if err != nil || ok {
				return v, err
			}
			var def Value
			if len(c.Args) == 2 {
				def = c.Args[1]
			}
			return def, d.Set(th, c.Args[0], def)
		})
	case "pop":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "pop", 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, c.Args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(c.Args) == 2 {
					return c.Args[1], nil
				}
				return nil, &Exception{Class: KeyError, Args: []Value{c.Args[0]}, Span: th.cur}
			}
			_, err = d.Delete(th, c.Args[0])
			return v, err
		})
	case "update":
		return m(func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) > 1 {
				return nil, th.Raise(TypeError, "update expected at most 1 argument, got %d", len(c.Args))
			}
			return nil, th.dictUpdate(d, c)
		})
	case "copy":
		return m(func(th *Thread, c *Call) (Value, error) {
			n := NewDict()
			for i, k := range d.keys {
				n.Set(th, k, d.vals[i])
			}
			return n, nil
		})
	}
	return nil
}
