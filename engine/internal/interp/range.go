package interp

import (
	"math/big"
)

// rangeObj is range(...): int64 bounds while they stay within ±2^61 (so
// that the length's arithmetic cannot overflow), else big ones, as
// CPython's longrangeobject.
type rangeObj struct {
	start, stop, step int64
	big               *bigRange
}

// bigRange is a range past 64 bits; n is its length.
type bigRange struct{ start, stop, step, n *big.Int }

const rangeSmall = 1 << 61

func newRange(start, stop, step *big.Int) *rangeObj {
	small := func(b *big.Int) bool { return b.IsInt64() && b.Int64() > -rangeSmall && b.Int64() < rangeSmall }
	if small(start) && small(stop) && small(step) {
		return &rangeObj{start: start.Int64(), stop: stop.Int64(), step: step.Int64()}
	}
	// n = (stop - start + step - sign(step)) // step, at least 0
	n := new(big.Int).Sub(stop, start)
	n.Add(n, step)
	n.Sub(n, big.NewInt(int64(step.Sign())))
	n.Quo(n, step)
	if n.Sign() < 0 {
		n.SetInt64(0)
	}
	return &rangeObj{big: &bigRange{start, stop, step, n}}
}

func (r *rangeObj) len() int64 {
	if r.step > 0 && r.start < r.stop {
		return (r.stop - r.start + r.step - 1) / r.step
	}
	if r.step < 0 && r.start > r.stop {
		return (r.start - r.stop - r.step - 1) / -r.step
	}
	return 0
}

// bounds are start, stop, step and the length, as big ints.
func (r *rangeObj) bounds() (start, stop, step, n *big.Int) {
	if b := r.big; b != nil {
		return b.start, b.stop, b.step, b.n
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.len())
}

// size is len(r): an OverflowError past 64 bits, as CPython's.
func (r *rangeObj) size(th *Thread) (int64, error) {
	if r.big == nil {
		return r.len(), nil
	}
	if !r.big.n.IsInt64() {
		return 0, th.Raise(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return r.big.n.Int64(), nil
}

func (r *rangeObj) empty() bool {
	if r.big != nil {
		return r.big.n.Sign() == 0
	}
	return r.len() == 0
}

// at is the i-th item (0 <= i < len).
func (r *rangeObj) at(i *big.Int) Value {
	start, _, step, _ := r.bounds()
	x := new(big.Int).Mul(i, step)
	return normInt(x.Add(x, start))
}

// item is r[k]: k an int or what __index__ gives.
func (r *rangeObj) item(th *Thread, k Value) (Value, error) {
	if !isInt(k) {
		if _, ok := k.(*Instance); !ok {
			return nil, th.Raise(TypeError, "range indices must be integers or slices, not %s", typeName(k))
		}
	}
	k, err := th.index1(k)
	if err != nil {
		return nil, err
	}
	if i, ok := k.(int64); ok && r.big == nil {
		n := r.len()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, th.Raise(IndexError, "range object index out of range")
		}
		return r.start + i*r.step, nil
	}
	_, _, _, n := r.bounds()
	i := new(big.Int).Set(bigOf(k))
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, th.Raise(IndexError, "range object index out of range")
	}
	return r.at(i), nil
}

// slice is r[lo:hi:st], a range, as CPython's compute_slice.
func (r *rangeObj) slice(th *Thread, lo, hi, st Value) (Value, error) {
	start, _, step, n := r.bounds()
	a, b, s, err := th.bigSliceIndices(n, lo, hi, st)
	if err != nil {
		return nil, err
	}
	sub := func(i *big.Int) *big.Int { return i.Add(i.Mul(i, step), start) }
	return newRange(sub(a), sub(b), s.Mul(s, step)), nil
}

// bigSliceIndices is _PySlice_GetLongIndices: the slice's start, stop and
// step over a sequence of length n, clamped.
func (th *Thread) bigSliceIndices(n *big.Int, lo, hi, st Value) (start, stop, step *big.Int, err error) {
	index := func(v Value) (*big.Int, error) {
		if v == nil {
			return nil, nil
		}
		x, err := th.index1(v)
		if err != nil {
			return nil, th.Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		return new(big.Int).Set(bigOf(x)), nil
	}
	if step, err = index(st); err != nil {
		return
	}
	if step == nil {
		step = big.NewInt(1)
	} else if step.Sign() == 0 {
		return nil, nil, nil, th.Raise(ValueError, "slice step cannot be zero")
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Add(upper, lower)
	}
	clamp := func(v Value, def *big.Int) (*big.Int, error) {
		i, err := index(v)
		if err != nil || i == nil {
			return new(big.Int).Set(def), err
		}
		if i.Sign() < 0 {
			i.Add(i, n)
			if i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	if start, err = clamp(lo, defStart); err != nil {
		return
	}
	stop, err = clamp(hi, defStop)
	return
}

// contains is x in r for an int x, without iterating.
func (r *rangeObj) contains(x Value) bool {
	start, stop, step, _ := r.bounds()
	v := bigOf(x)
	if step.Sign() > 0 && (v.Cmp(start) < 0 || v.Cmp(stop) >= 0) || step.Sign() < 0 && (v.Cmp(start) > 0 || v.Cmp(stop) <= 0) {
		return false
	}
	d := new(big.Int).Sub(v, start)
	return d.Rem(d, step).Sign() == 0
}

// equal is r == o: equal as sequences.
func (r *rangeObj) equal(o *rangeObj) bool {
	a0, _, as, an := r.bounds()
	b0, _, bs, bn := o.bounds()
	return an.Cmp(bn) == 0 && (an.Sign() == 0 || a0.Cmp(b0) == 0 && (an.Cmp(big.NewInt(1)) == 0 || as.Cmp(bs) == 0))
}

// hashKey is the tuple CPython hashes for a range: its length, then its
// start unless empty, then its step unless of length 1.
func (r *rangeObj) hashKey() Tuple {
	start, _, step, n := r.bounds()
	switch {
	case n.Sign() == 0:
		return Tuple{int64(0), nil, nil}
	case n.Cmp(big.NewInt(1)) == 0:
		return Tuple{int64(1), normInt(start), nil}
	}
	return Tuple{normInt(n), normInt(start), normInt(step)}
}

func (r *rangeObj) repr() string {
	start, stop, step, _ := r.bounds()
	if step.Cmp(big.NewInt(1)) == 0 {
		return "range(" + start.String() + ", " + stop.String() + ")"
	}
	return "range(" + start.String() + ", " + stop.String() + ", " + step.String() + ")"
}

// next steps through r lazily, forwards or backwards.
func (r *rangeObj) next(reverse bool) nextFunc {
	if r.big == nil {
		n, i := r.len(), int64(0)
		return func() (Value, bool, error) {
			if i >= n {
				return nil, false, nil
			}
			j := i
			if reverse {
				j = n - 1 - i
			}
			i++
			return r.start + j*r.step, true, nil
		}
	}
	n, i := r.big.n, new(big.Int)
	one := big.NewInt(1)
	return func() (Value, bool, error) {
		if i.Cmp(n) >= 0 {
			return nil, false, nil
		}
		j := new(big.Int).Set(i)
		if reverse {
			j.Sub(n, one).Sub(j, i)
		}
		i.Add(i, one)
		return r.at(j), true, nil
	}
}

// iterName is the type name of iter(r): CPython has a second iterator for
// ranges past a C long.
func (r *rangeObj) iterName() string {
	if r.big != nil {
		return "longrange_iterator"
	}
	return "range_iterator"
}

// Attr implements Attrs: start, stop, step, count and index.
func (r *rangeObj) Attr(th *Thread, name string) (Value, bool, error) {
	start, stop, step, _ := r.bounds()
	switch name {
	case "start":
		return normInt(start), true, nil
	case "stop":
		return normInt(stop), true, nil
	case "step":
		return normInt(step), true, nil
	case "count", "index":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, th.Raise(TypeError, "range.%s() takes exactly one argument (%d given)", name, len(c.Args))
			}
			x := c.Args[0]
			if _, ok := x.(*Instance); !ok && isInt(x) { // CPython's shortcut, for exact ints and bools only
				found := r.contains(x)
				switch {
				case name == "count":
					return int64(boolInt(found)), nil
				case !found:
					s, err := th.repr(x)
					if err != nil {
						return nil, err
					}
					return nil, th.Raise(ValueError, "%s is not in range", s)
				}
				d := new(big.Int).Sub(bigOf(x), start)
				return normInt(d.Quo(d, step)), nil
			}
			// Anything else is compared with each item in turn.
			next, n, count := r.next(false), int64(0), int64(0)
			for {
				it, ok, err := next()
				if err != nil || !ok {
					if name == "count" {
						return count, err
					}
					if err == nil {
						err = th.Raise(ValueError, "sequence.index(x): x not in sequence")
					}
					return nil, err
				}
				if err := th.step(th.cur); err != nil {
					return nil, err
				}
				eq, err := th.equal(it, x)
				if err != nil {
					return nil, err
				}
				if eq && name == "index" {
					return n, nil
				}
				if eq {
					count++
				}
				n++
			}
		}), true, nil
	}
	return nil, false, nil
}
