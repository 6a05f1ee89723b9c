package interp

import (
	"math/big"
	"strings"

	"cascadelab/engine/internal/py"
)

// functoolsModule is functools' partial, reduce, wraps and the caches
// (lru_cache, cache); the other names are refused by the catalog.
func functoolsModule(th *Thread) *Module {
	return newModule("functools", []*Builtin{
		fn("reduce", functoolsReduce), fn("cmp_to_key", functoolsCmpToKey),
		fn("wraps", functoolsWraps), fn("update_wrapper", functoolsUpdateWrapper),
		fn("lru_cache", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "lru_cache", "maxsize", "typed")
			if err != nil {
				return nil, err
			}
			if f := a[0]; f != nil && !isInt(f) {
				// @lru_cache without parentheses: the function itself
				return newLRU(th, f, int64(128))
			}
			if t, _ := th.truth(a[1]); t {
				return nil, th.Unsupported("functools.lru_cache(typed=True)")
			}
			var maxsize Value
			if a[0] != nil {
				n, _ := smallInt(a[0])
				maxsize = max(n, 0)
			}
			return fn("lru_cache", func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, "lru_cache", 1, 1); err != nil {
					return nil, err
				}
				return newLRU(th, c.Args[0], maxsize)
			}), nil
		}),
		fn("cache", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "cache", 1, 1); err != nil {
				return nil, err
			}
			return newLRU(th, c.Args[0], nil)
		}),
		fn("total_ordering", totalOrdering), fn("singledispatch", newSingleDispatch), fn("singledispatchmethod", newSingleDispatchMethod),
	}, map[string]Value{"partial": &builtinType{name: "partial", module: "functools", call: newPartial},
		"cached_property": &builtinType{name: "cached_property", module: "functools", call: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "cached_property", 1, 1); err != nil {
				return nil, err
			}
			return &cachedProperty{fn: c.Args[0]}, nil
		}},
		"partialmethod": &builtinType{name: "partialmethod", module: "functools", call: func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) == 0 {
				return nil, th.Raise(TypeError, "type 'partialmethod' takes at least one argument, got 0")
			}
			return &partialMethod{fn: c.Args[0], args: c.Args[1:], kw: c.Kw}, nil
		}}, "WRAPPER_ASSIGNMENTS": wrapperAssignments,
		"WRAPPER_UPDATES": Tuple{"__dict__"}})
}

// partial is functools.partial: a callable with arguments filled in.
type partial struct {
	fn    Value
	args  []Value
	kw    []KV
	attrs *Dict // its __dict__: what a script sets on it (__doc__, __name__)
}

// SetAttr implements SetAttrs.
func (p *partial) SetAttr(th *Thread, name string, v Value) error {
	switch name {
	case "func", "args", "keywords":
		return th.Raise(AttributeError, "readonly attribute")
	}
	if p.attrs == nil {
		p.attrs = NewDict()
	}
	p.attrs.SetStr(name, v)
	return nil
}

func newPartial(th *Thread, c *Call) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "type 'partial' takes at least one argument")
	}
	return &partial{fn: c.Args[0], args: c.Args[1:], kw: c.Kw}, nil
}

func (p *partial) TypeName() string { return "functools.partial" }

func (p *partial) CallHost(th *Thread, c *Call) (Value, error) {
	args := append(append([]Value(nil), p.args...), c.Args...)
	kw := append([]KV(nil), p.kw...)
	for _, k := range c.Kw {
		replaced := false
		for i := range kw {
			if kw[i].Name == k.Name {
				kw[i].Value, replaced = k.Value, true
			}
		}
		if !replaced {
			kw = append(kw, k)
		}
	}
	return th.call(p.fn, &Call{Args: args, Kw: kw, Span: c.Span})
}

func (p *partial) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "func":
		return p.fn, true, nil
	case "args":
		return Tuple(append([]Value(nil), p.args...)), true, nil
	case "keywords":
		d := NewDict()
		for _, k := range p.kw {
			d.SetStr(k.Name, k.Value)
		}
		return d, true, nil
	case "__dict__":
		if p.attrs == nil {
			p.attrs = NewDict()
		}
		return p.attrs, true, nil
	}
	if p.attrs != nil {
		if v, ok := p.attrs.GetStr(name); ok {
			return v, true, nil
		}
	}
	return nil, false, nil
}

func (p *partial) Repr(th *Thread) (string, error) {
	parts := []string{}
	for _, v := range append([]Value{p.fn}, p.args...) {
		r, err := th.repr(v)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	for _, k := range p.kw {
		r, err := th.repr(k.Value)
		if err != nil {
			return "", err
		}
		parts = append(parts, k.Name+"="+r)
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")", nil
}

func functoolsReduce(th *Thread, c *Call) (Value, error) {
	if len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "reduce() takes no keyword arguments")
	}
	if len(c.Args) < 2 || len(c.Args) > 3 {
		return nil, th.Raise(TypeError, "reduce expected at least 2 arguments, got %d", len(c.Args))
	}
	next, err := th.iter(c.Args[1])
	if err != nil {
		return nil, err
	}
	var acc Value
	have := len(c.Args) == 3
	if have {
		acc = c.Args[2]
	}
	for {
		v, ok, err := next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if !have {
			acc, have = v, true
			continue
		}
		if acc, err = th.Call(c.Args[0], []Value{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if !have {
		return nil, th.Raise(TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// functoolsWraps is wraps(wrapped, assigned, updated): a decorator that
// runs update_wrapper on the function it is given.
func functoolsWraps(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "wraps", "wrapped", "assigned", "updated")
	if err != nil {
		return nil, err
	}
	return fn("update_wrapper", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "update_wrapper", 1, 1); err != nil {
			return nil, err
		}
		return th.updateWrapper(c.Args[0], a[0], a[1], a[2])
	}), nil
}

func functoolsUpdateWrapper(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "update_wrapper", "wrapper", "wrapped", "assigned", "updated")
	if err != nil {
		return nil, err
	}
	return th.updateWrapper(a[0], a[1], a[2], a[3])
}

// updateWrapper is update_wrapper: the attributes assigned (nil: the
// WRAPPER_ASSIGNMENTS) copied from wrapped onto wrapper, the dicts updated
// (nil: __dict__) merged, and __wrapped__ set.
func (th *Thread) updateWrapper(wrapper, wrapped, assigned, updated Value) (Value, error) {
	if assigned == nil {
		assigned = wrapperAssignments
	}
	names, err := th.iterate(assigned)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		name, ok := n.(string)
		if !ok {
			return nil, th.Raise(TypeError, "attribute name must be string, not '%s'", typeName(n))
		}
		v, ok, err := th.GetAttr(wrapped, name)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if err := th.setAttr(wrapper, name, v); err != nil {
			return nil, err
		}
	}
	if updated == nil {
		updated = Tuple{"__dict__"}
	}
	if names, err = th.iterate(updated); err != nil {
		return nil, err
	}
	for _, n := range names {
		name, ok := n.(string)
		if !ok {
			return nil, th.Raise(TypeError, "attribute name must be string, not '%s'", typeName(n))
		}
		dst, err := th.getAttr(wrapper, name)
		if err != nil {
			return nil, err
		}
		src, ok, err := th.GetAttr(wrapped, name)
		if err != nil {
			return nil, err
		}
		if !ok {
			src = NewDict()
		}
		up, err := th.getAttr(dst, "update")
		if err != nil {
			return nil, err
		}
		if _, err := th.Call(up, []Value{src}, nil); err != nil {
			return nil, err
		}
	}
	return wrapper, th.setAttr(wrapper, "__wrapped__", wrapped)
}

var wrapperAssignments = Tuple{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}

// lru is the function lru_cache returns: results by arguments, the least
// recently used dropped past maxsize (nil: unbounded).
type lru struct {
	fn           Value
	maxsize      Value
	cache        *Dict
	hits, misses int64
}

func newLRU(th *Thread, f Value, maxsize Value) (Value, error) {
	if _, ok := f.(*Function); !ok {
		if _, ok := f.(*Builtin); !ok {
			return nil, th.Unsupported("functools.lru_cache of a %s", typeName(f))
		}
	}
	return &lru{fn: f, maxsize: maxsize, cache: NewDict()}, nil
}

func (l *lru) TypeName() string { return "functools._lru_cache_wrapper" }

func (l *lru) CallHost(th *Thread, c *Call) (Value, error) {
	args := Tuple(append([]Value(nil), c.Args...))
	if len(c.Kw) > 0 {
		args = append(args, kwMark{})
		for _, k := range c.Kw {
			args = append(args, k.Name, k.Value)
		}
	}
	var key Value = args
	if len(c.Args) == 1 && len(c.Kw) == 0 {
		// CPython keys a lone argument of exactly int or str by itself, any
		// other in a tuple: f(1) and f(1.0) are two entries, f(1.0) and
		// f(True) one.
		switch c.Args[0].(type) {
		case int64, *big.Int, string:
			key = c.Args[0]
		}
	}
	if v, ok, err := l.cache.Get(th, key); err != nil || ok {
		if ok {
			l.hits++
			l.cache.Delete(th, key)
			l.cache.Set(th, key, v)
		}
		return v, err
	}
	l.misses++
	v, err := th.call(l.fn, c)
	if err != nil {
		return nil, err
	}
	if err := l.cache.Set(th, key, v); err != nil {
		return nil, err
	}
	if n, ok := l.maxsize.(int64); ok && int64(l.cache.Len()) > n {
		l.cache.Delete(th, l.cache.Keys()[0])
	}
	return v, nil
}

// kwMark separates positional from keyword arguments in a cache key.
type kwMark struct{}

func (kwMark) TypeName() string { return "object" }

func (l *lru) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "cache_info":
		return fn("cache_info", func(th *Thread, c *Call) (Value, error) {
			return cacheInfo{l.hits, l.misses, l.maxsize, int64(l.cache.Len())}, nil
		}), true, nil
	case "cache_clear":
		return fn("cache_clear", func(th *Thread, c *Call) (Value, error) {
			l.cache, l.hits, l.misses = NewDict(), 0, 0
			return nil, nil
		}), true, nil
	case "__wrapped__":
		return l.fn, true, nil
	}
	return th.GetAttr(l.fn, name)
}

// cacheInfo is the CacheInfo named tuple.
type cacheInfo struct {
	hits, misses int64
	maxsize      Value
	currsize     int64
}

func (cacheInfo) TypeName() string { return "CacheInfo" }

func (ci cacheInfo) Repr(th *Thread) (string, error) {
	m, err := th.repr(ci.maxsize)
	return sprintf("CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)", ci.hits, ci.misses, m, ci.currsize), err
}

func (ci cacheInfo) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "hits":
		return ci.hits, true, nil
	case "misses":
		return ci.misses, true, nil
	case "maxsize":
		return ci.maxsize, true, nil
	case "currsize":
		return ci.currsize, true, nil
	}
	return nil, false, nil
}

// cmpKey is the key object cmp_to_key makes: it compares by calling the
// old-style comparison function and comparing its result with 0.
type cmpKey struct {
	cmp, obj Value
}

func (*cmpKey) TypeName() string { return "functools.KeyWrapper" }

func (k *cmpKey) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	o, ok := other.(*cmpKey)
	if !ok || !isCompare(op) {
		return nil, false, nil
	}
	a, b := k.obj, o.obj
	if right {
		a, b = b, a
	}
	r, err := th.Call(k.cmp, []Value{a, b}, nil)
	if err != nil {
		return nil, false, err
	}
	v, err := th.compare(op, r, int64(0))
	return v, err == nil, err
}

func (*cmpKey) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

func functoolsCmpToKey(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "cmp_to_key", "mycmp")
	if err != nil {
		return nil, err
	}
	cmp := a[0]
	return fn("K", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "K", 1, 1); err != nil {
			return nil, err
		}
		return &cmpKey{cmp: cmp, obj: c.Args[0]}, nil
	}), nil
}

func (k *cmpKey) Attr(th *Thread, name string) (Value, bool, error) {
	if name == "obj" {
		return k.obj, true, nil
	}
	return nil, false, nil
}
