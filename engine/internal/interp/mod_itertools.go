package interp

import (
	"cascadelab/engine/internal/py"
	"strings"
)

// itertoolsModule is itertools with CPython's laziness: every function
// returns an iterator that pulls from its inputs only when asked.
func itertoolsModule(th *Thread) *Module {
	lazy := func(name string, mk func(th *Thread, c *Call) (nextFunc, error)) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			next, err := mk(th, c)
			if err != nil {
				return nil, err
			}
			return &lazyIter{name: "itertools." + name, next: next}, nil
		})
	}
	return newModule("itertools", []*Builtin{
		fn("count", itCount), lazy("cycle", itCycle), lazy("repeat", itRepeat), lazy("islice", itIslice),
		lazy("accumulate", itAccumulate), lazy("groupby", itGroupby), lazy("takewhile", itWhile(true)),
		lazy("dropwhile", itWhile(false)), lazy("starmap", itStarmap), lazy("compress", itCompress),
		lazy("filterfalse", itFilterfalse), lazy("pairwise", itPairwise), lazy("zip_longest", itZipLongest),
		lazy("product", itProduct), lazy("combinations", itCombinatoric("combinations")),
		lazy("combinations_with_replacement", itCombinatoric("combinations_with_replacement")),
		lazy("permutations", itCombinatoric("permutations")), fn("tee", itTee),
	}, map[string]Value{"chain": &itChain{}})
}

// itChain is itertools.chain, a type with the classmethod from_iterable.
type itChain struct{}

func (*itChain) TypeName() string { return "type" }

func (*itChain) CallHost(th *Thread, c *Call) (Value, error) {
	if len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "chain() takes no keyword arguments")
	}
	return chainOf(th, &List{Items: c.Args})
}

func (ch *itChain) Attr(th *Thread, name string) (Value, bool, error) {
	if name == "from_iterable" {
		return fn("from_iterable", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "from_iterable", 1, 1); err != nil {
				return nil, err
			}
			return chainOf(th, c.Args[0])
		}), true, nil
	}
	return nil, false, nil
}

// chainOf steps through each iterable that its iterable of iterables yields.
func chainOf(th *Thread, its Value) (Value, error) {
	outer, err := th.iter(its)
	if err != nil {
		return nil, err
	}
	var inner nextFunc
	return &lazyIter{name: "itertools.chain", next: func() (Value, bool, error) {
		for {
			if inner == nil {
				it, ok, err := outer()
				if err != nil || !ok {
					return nil, false, err
				}
				if inner, err = th.iter(it); err != nil {
					return nil, false, err
				}
			}
			v, ok, err := inner()
			if err != nil || ok {
				return v, ok, err
			}
			inner = nil
		}
	}}, nil
}

func itCount(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "count", "start", "step")
	if err != nil {
		return nil, err
	}
	cur, step := a[0], a[1]
	if cur == nil {
		cur = int64(0)
	}
	if step == nil {
		step = int64(1)
	}
	for _, v := range []Value{cur, step} {
		switch v.(type) {
		case *dec, *frac, cplx: // numbers too (PyNumber_Check)
		default:
			if !isNumber(v) {
				return nil, th.Raise(TypeError, "a number is required")
			}
		}
	}
	return &lazyIter{name: "itertools.count", next: func() (Value, bool, error) {
		v := cur
		next, err := th.binaryOp(py.Add, cur, step)
		cur = next
		return v, err == nil, err
	}, repr: func(th *Thread) (string, error) {
		// count(next value), and the step unless it is the int 1
		args := Tuple{cur}
		if n, ok := step.(int64); !ok || n != 1 {
			if b, ok := step.(bool); !ok || !b {
				args = append(args, step)
			}
		}
		s, err := th.repr(args)
		if len(args) == 1 {
			s = strings.TrimSuffix(s, ",)") + ")"
		}
		return "count" + s, err
	}}, nil
}

func itCycle(th *Thread, c *Call) (nextFunc, error) {
	if err := argN(th, c, "cycle", 1, 1); err != nil {
		return nil, err
	}
	src, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	var saved []Value
	i := -1
	return func() (Value, bool, error) {
		if i < 0 {
			v, ok, err := src()
			if err != nil {
				return nil, false, err
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			if len(saved) == 0 {
				return nil, false, nil
			}
			i = 0
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}, nil
}

func itRepeat(th *Thread, c *Call) (nextFunc, error) {
	a, err := th.args(c, "repeat", "object", "times")
	if err != nil {
		return nil, err
	}
	left := int64(-1)
	if a[1] != nil {
		n, ok := smallInt(a[1])
		if !ok {
			return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[1]))
		}
		left = max(n, 0)
	}
	return func() (Value, bool, error) {
		if left == 0 {
			return nil, false, nil
		}
		if left > 0 {
			left--
		}
		return a[0], true, nil
	}, nil
}

func itIslice(th *Thread, c *Call) (nextFunc, error) {
	if err := argN(th, c, "islice", 2, 4); err != nil {
		return nil, err
	}
	src, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	bounds := []int64{0, -1, 1}
	vals := c.Args[1:]
	if len(vals) == 1 {
		vals = []Value{nil, vals[0]}
	}
	for i, v := range vals {
		if v == nil {
			continue
		}
		n, ok := smallInt(v)
		if !ok || n < 0 || i == 2 && n == 0 {
			which := "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
			if i == 1 {
				which = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
			}
			if i == 2 {
				which = "Step for islice() must be a positive integer or None."
			}
			return nil, th.Raise(ValueError, "%s", which)
		}
		bounds[i] = n
	}
	start, stop, step := bounds[0], bounds[1], bounds[2]
	pos, want := int64(0), start
	return func() (Value, bool, error) {
		for stop < 0 || want < stop {
			v, ok, err := src()
			if err != nil || !ok {
				return nil, false, err
			}
			pos++
			if pos-1 == want {
				want += step
				return v, true, nil
			}
		}
		return nil, false, nil
	}, nil
}

func itAccumulate(th *Thread, c *Call) (nextFunc, error) {
	a, err := th.args(c, "accumulate", "iterable", "func", "initial")
	if err != nil {
		return nil, err
	}
	src, err := th.iter(a[0])
	if err != nil {
		return nil, err
	}
	acc, started := a[2], a[2] != nil
	pending := started
	return func() (Value, bool, error) {
		if pending {
			pending = false
			return acc, true, nil
		}
		v, ok, err := src()
		if err != nil || !ok {
			return nil, false, err
		}
		switch {
		case !started:
			acc, started = v, true
		case a[1] == nil:
			acc, err = th.binaryOp(py.Add, acc, v)
		default:
			acc, err = th.Call(a[1], []Value{acc, v}, nil)
		}
		return acc, err == nil, err
	}, nil
}

// itGroupby yields (key, group) with each group a lazy view of the shared
// input: advancing to the next key ends the previous group, as in CPython.
func itGroupby(th *Thread, c *Call) (nextFunc, error) {
	a, err := th.args(c, "groupby", "iterable", "key")
	if err != nil {
		return nil, err
	}
	src, err := th.iter(a[0])
	if err != nil {
		return nil, err
	}
	keyOf := func(v Value) (Value, error) {
		if a[1] == nil {
			return v, nil
		}
		return th.Call(a[1], []Value{v}, nil)
	}
	var curVal, curKey Value
	have, done, gen := false, false, 0
	advance := func() error {
		v, ok, err := src()
		if err != nil {
			return err
		}
		if !ok {
			done, have = true, false
			return nil
		}
		k, err := keyOf(v)
		curVal, curKey, have = v, k, true
		return err
	}
	var tgtKey Value
	started := false
	return func() (Value, bool, error) {
		gen++
		for {
			if !have && !done {
				if err := advance(); err != nil {
					return nil, false, err
				}
			}
			if done {
				return nil, false, nil
			}
			if !started {
				break
			}
			same, err := th.equal(curKey, tgtKey)
			if err != nil {
				return nil, false, err
			}
			if !same {
				break
			}
			have = false
		}
		tgtKey, started = curKey, true
		key, mine := curKey, gen
		group := &lazyIter{name: "itertools._grouper", next: func() (Value, bool, error) {
			if mine != gen {
				return nil, false, nil
			}
			if !have && !done {
				if err := advance(); err != nil {
					return nil, false, err
				}
			}
			if done {
				return nil, false, nil
			}
			same, err := th.equal(curKey, key)
			if err != nil || !same {
				return nil, false, err
			}
			have = false
			return curVal, true, nil
		}}
		return Tuple{key, group}, true, nil
	}, nil
}

// itWhile is takewhile (take) or dropwhile.
func itWhile(take bool) func(th *Thread, c *Call) (nextFunc, error) {
	return func(th *Thread, c *Call) (nextFunc, error) {
		if err := argN(th, c, "takewhile", 2, 2); err != nil {
			return nil, err
		}
		src, err := th.iter(c.Args[1])
		if err != nil {
			return nil, err
		}
		switched := false
		return func() (Value, bool, error) {
			for {
				v, ok, err := src()
				if err != nil || !ok {
					return nil, false, err
				}
				if switched {
					return v, !take, nil
				}
				r, err := th.Call(c.Args[0], []Value{v}, nil)
				if err != nil {
					return nil, false, err
				}
				t, err := th.truth(r)
				if err != nil {
					return nil, false, err
				}
				if take {
					if !t {
						switched = true
						return nil, false, nil
					}
					return v, true, nil
				}
				if !t {
					switched = true
					return v, true, nil
				}
			}
		}, nil
	}
}

func itStarmap(th *Thread, c *Call) (nextFunc, error) {
	if err := argN(th, c, "starmap", 2, 2); err != nil {
		return nil, err
	}
	src, err := th.iter(c.Args[1])
	if err != nil {
		return nil, err
	}
	return func() (Value, bool, error) {
		v, ok, err := src()
		if err != nil || !ok {
			return nil, false, err
		}
		args, err := th.iterate(v)
		if err != nil {
			return nil, false, err
		}
		r, err := th.Call(c.Args[0], args, nil)
		return r, err == nil, err
	}, nil
}

func itCompress(th *Thread, c *Call) (nextFunc, error) {
	if err := argN(th, c, "compress", 2, 2); err != nil {
		return nil, err
	}
	data, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	sel, err := th.iter(c.Args[1])
	if err != nil {
		return nil, err
	}
	return func() (Value, bool, error) {
		for {
			v, ok, err := data()
			if err != nil || !ok {
				return nil, false, err
			}
			s, ok, err := sel()
			if err != nil || !ok {
				return nil, false, err
			}
			if t, err := th.truth(s); err != nil || t {
				return v, err == nil, err
			}
		}
	}, nil
}

func itFilterfalse(th *Thread, c *Call) (nextFunc, error) {
	if err := argN(th, c, "filterfalse", 2, 2); err != nil {
		return nil, err
	}
	src, err := th.iter(c.Args[1])
	if err != nil {
		return nil, err
	}
	return func() (Value, bool, error) {
		for {
			v, ok, err := src()
			if err != nil || !ok {
				return nil, false, err
			}
			r := v
			if c.Args[0] != nil {
				if r, err = th.Call(c.Args[0], []Value{v}, nil); err != nil {
					return nil, false, err
				}
			}
			if t, err := th.truth(r); err != nil || !t {
				return v, err == nil, err
			}
		}
	}, nil
}

func itPairwise(th *Thread, c *Call) (nextFunc, error) {
	if err := argN(th, c, "pairwise", 1, 1); err != nil {
		return nil, err
	}
	src, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	var prev Value
	started := false
	return func() (Value, bool, error) {
		if !started {
			v, ok, err := src()
			if err != nil || !ok {
				return nil, false, err
			}
			prev, started = v, true
		}
		v, ok, err := src()
		if err != nil || !ok {
			return nil, false, err
		}
		pair := Tuple{prev, v}
		prev = v
		return pair, true, nil
	}, nil
}

func itZipLongest(th *Thread, c *Call) (nextFunc, error) {
	var fill Value
	for _, k := range c.Kw {
		if k.Name != "fillvalue" {
			return nil, th.Raise(TypeError, "zip_longest() got an unexpected keyword argument '%s'", k.Name)
		}
		fill = k.Value
	}
	srcs := make([]nextFunc, len(c.Args))
	for i, a := range c.Args {
		var err error
		if srcs[i], err = th.iter(a); err != nil {
			return nil, err
		}
	}
	live := len(srcs)
	return func() (Value, bool, error) {
		if live == 0 {
			return nil, false, nil
		}
		out := make(Tuple, len(srcs))
		for i, src := range srcs {
			if src == nil {
				out[i] = fill
				continue
			}
			v, ok, err := src()
			if err != nil {
				return nil, false, err
			}
			if !ok {
				srcs[i], live, v = nil, live-1, fill
				if live == 0 {
					return nil, false, nil
				}
			}
			out[i] = v
		}
		return out, true, nil
	}, nil
}

// itProduct materializes its inputs first, as CPython's product does.
func itProduct(th *Thread, c *Call) (nextFunc, error) {
	repeat := int64(1)
	for _, k := range c.Kw {
		n, ok := smallInt(k.Value)
		if k.Name != "repeat" || !ok {
			return nil, th.Raise(TypeError, "product() got an unexpected keyword argument '%s'", k.Name)
		}
		repeat = max(n, 0)
	}
	var pools [][]Value
	for _, a := range c.Args {
		items, err := th.iterate(a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, items)
	}
	var all [][]Value
	for r := int64(0); r < repeat; r++ {
		all = append(all, pools...)
	}
	idx := make([]int, len(all))
	for _, p := range all {
		if len(p) == 0 {
			return func() (Value, bool, error) { return nil, false, nil }, nil
		}
	}
	done := false
	return func() (Value, bool, error) {
		if done {
			return nil, false, nil
		}
		out := make(Tuple, len(all))
		for i, p := range all {
			out[i] = p[idx[i]]
		}
		i := len(idx) - 1
		for ; i >= 0; i-- {
			idx[i]++
			if idx[i] < len(all[i]) {
				break
			}
			idx[i] = 0
		}
		done = i < 0
		return out, true, nil
	}, nil
}

// itCombinatoric is combinations, combinations_with_replacement or
// permutations: index tuples over the materialized pool, in CPython's
// (lexicographic) order, each computed from the one before.
func itCombinatoric(kind string) func(th *Thread, c *Call) (nextFunc, error) {
	return func(th *Thread, c *Call) (nextFunc, error) {
		a, err := th.args(c, kind, "iterable", "r")
		if err != nil {
			return nil, err
		}
		pool, err := th.iterate(a[0])
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r := n
		if a[1] != nil || kind != "permutations" {
			k, ok := smallInt(a[1])
			if !ok {
				return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[1]))
			}
			if k < 0 {
				return nil, th.Raise(ValueError, "r must be non-negative")
			}
			r = int(min(k, 1<<30))
		}
		idx := make([]int, r)
		for i := range idx {
			switch kind {
			case "combinations", "permutations":
				idx[i] = i
			}
		}
		done := r > n && kind != "combinations_with_replacement" || n == 0 && r > 0
		step := map[string]func() bool{"combinations": func() bool {
			i := r - 1
			for i >= 0 && idx[i] == i+n-r {
				i--
			}
			if i < 0 {
				return false
			}
			idx[i]++
			for j := i + 1; j < r; j++ {
				idx[j] = idx[j-1] + 1
			}
			return true
		}, "combinations_with_replacement": func() bool {
			i := r - 1
			for i >= 0 && idx[i] == n-1 {
				i--
			}
			if i < 0 {
				return false
			}
			idx[i]++
			for j := i + 1; j < r; j++ {
				idx[j] = idx[i]
			}
			return true
		}, "permutations": func() bool {
			for i := r - 1; i >= 0; i-- {
				used := make([]bool, n)
				for _, x := range idx[:i] {
					used[x] = true
				}
				next := -1
				for v := idx[i] + 1; v < n; v++ {
					if !used[v] {
						next = v
						break
					}
				}
				if next < 0 {
					continue
				}
				idx[i], used[next] = next, true
				v := 0
				for j := i + 1; j < r; j++ {
					for used[v] {
						v++
					}
					idx[j], used[v] = v, true
				}
				return true
			}
			return false
		}}[kind]
		return func() (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			out := make(Tuple, r)
			for i, x := range idx {
				out[i] = pool[x]
			}
			done = !step()
			return out, true, nil
		}, nil
	}
}

// itTee is tee: n iterators over one input, sharing what it has yielded.
func itTee(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "tee", 1, 2); err != nil {
		return nil, err
	}
	n := int64(2)
	if len(c.Args) == 2 {
		k, ok := smallInt(c.Args[1])
		if !ok || k < 0 {
			return nil, th.Raise(ValueError, "n must be >= 0")
		}
		n = k
	}
	src, err := th.iter(c.Args[0])
	if err != nil {
		return nil, err
	}
	var buf []Value
	ended := false
	out := make(Tuple, n)
	for i := range out {
		pos := 0
		out[i] = &lazyIter{name: "itertools._tee", next: func() (Value, bool, error) {
			if pos == len(buf) {
				if ended {
					return nil, false, nil
				}
				v, ok, err := src()
				if err != nil || !ok {
					ended = ok == false && err == nil
					return nil, false, err
				}
				buf = append(buf, v)
			}
			pos++
			return buf[pos-1], true, nil
		}}
	}
	return out, nil
}
