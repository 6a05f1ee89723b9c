package interp

import (
	"slices"
	"sort"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// collectionsModule is collections: deque in Go, and the dict and tuple
// subclasses (defaultdict, Counter, OrderedDict, namedtuple) as classes made
// in Go over the built-in subclass machinery (subclass.go), so scripts can
// subclass them in turn.
var typeDeque = &builtinType{name: "deque", module: "collections"}

func init() { typeDeque.call = newDeque } // newDeque reads typeDeque

func collectionsModule(th *Thread) *Module {
	return newModule("collections", []*Builtin{fn("namedtuple", namedtuple)}, map[string]Value{
		"deque":       typeDeque,
		"defaultdict": defaultdictClass(),
		"Counter":     counterClass(),
		"OrderedDict": orderedDictClass(),
		"ChainMap":    chainMapClass(),
		"abc":         th.lib("collections.abc"),
	})
}

// nativeClass is a class of module mod made in Go, deriving from base.
func nativeClass(name, mod string, base *Class) *Class {
	var bases []*Class
	if base != nil {
		bases = []*Class{base}
	}
	c := NewClass(name, bases, nil, nil)
	c.module, c.native = mod, true
	return c
}

// self is a Go method's instance (Args[0]) and its dict base.
func (th *Thread) selfDict(c *Call, cls string, n int) (*Instance, *Dict, error) {
	if len(c.Args) == 0 {
		return nil, nil, th.Raise(TypeError, "descriptor needs an argument")
	}
	inst, ok := c.Args[0].(*Instance)
	d, isDict := baseOf(c.Args[0])
	if !ok || !isDict {
		return nil, nil, th.Raise(TypeError, "descriptor requires a '%s' object but received a '%s'", cls, typeName(c.Args[0]))
	}
	if n >= 0 && len(c.Args)-1 > n {
		return nil, nil, th.Raise(TypeError, "expected at most %d argument%s, got %d", n, plural(n), len(c.Args)-1)
	}
	dd, ok := d.(*Dict)
	if !ok {
		return nil, nil, th.Raise(TypeError, "descriptor requires a '%s' object but received a '%s'", cls, typeName(c.Args[0]))
	}
	return inst, dd, nil
}

// dictOr gives a dict subclass made in Go its __or__ and __ror__ as
// collections defines them: with a dict on the other side, make(self, left)
// is a new instance of self's class holding the left operand, then updated
// by the right one; anything else is NotImplemented. (|= is dict's own,
// in place.)
func dictOr(c *Class, cls string, make func(th *Thread, self *Instance, left Value) (Value, error)) {
	for _, name := range []string{"__or__", "__ror__"} {
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			self, _, err := th.selfDict(call, cls, 1)
			if err != nil {
				return nil, err
			}
			if len(call.Args) != 2 {
				return nil, th.Raise(TypeError, "expected 1 argument, got 0")
			}
			left, right := Value(self), call.Args[1]
			if name == "__ror__" {
				left, right = right, left
			}
			if _, ok := mappingOf(call.Args[1]); !ok {
				return notImplemented, nil
			}
			out, err := make(th, self, left)
			if err != nil {
				return nil, err
			}
			d, _ := baseOf(out)
			return out, th.dictUpdate(d.(*Dict), &Call{Args: []Value{right}})
		})
	}
}

// defaultFactory is a defaultdict's default_factory.
type defaultFactory struct{ fn Value }

func defaultdictClass() *Class {
	c := nativeClass("defaultdict", "collections", builtinClasses[TypeDict])
	factory := func(inst *Instance) Value {
		if f, ok := inst.Host.(*defaultFactory); ok {
			return f.fn
		}
		return nil
	}
	c.setMethod("__init__", func(th *Thread, call *Call) (Value, error) {
		inst, d, err := th.selfDict(call, "defaultdict", -1)
		if err != nil {
			return nil, err
		}
		rest := call.Args[1:]
		var f Value
		if len(rest) > 0 {
			f, rest = rest[0], rest[1:]
			if ok, _ := builtinCallable(th, &Call{Args: []Value{f}}); f != nil && ok != true {
				return nil, th.Raise(TypeError, "first argument must be callable or None")
			}
		}
		inst.Host = &defaultFactory{f}
		if len(rest) > 1 {
			return nil, th.Raise(TypeError, "dict expected at most 1 argument, got %d", len(rest))
		}
		return nil, th.dictUpdate(d, &Call{Args: rest, Kw: call.Kw, Span: call.Span})
	})
	c.setMethod("__missing__", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := th.selfDict(call, "defaultdict", 1)
		if err != nil {
			return nil, err
		}
		f := factory(inst)
		if f == nil {
			return nil, &Exception{Class: KeyError, Args: []Value{call.Args[1]}, Span: th.cur}
		}
		v, err := th.Call(f, nil, nil)
		if err != nil {
			return nil, err
		}
		return v, th.setItem(inst, call.Args[1], v)
	})
	c.setMethod("__repr__", func(th *Thread, call *Call) (Value, error) {
		inst, d, err := th.selfDict(call, "defaultdict", 0)
		if err != nil {
			return nil, err
		}
		fr, err := th.repr(factory(inst))
		if err != nil {
			return nil, err
		}
		dr, err := th.repr(d)
		return inst.Class.Name + "(" + fr + ", " + dr + ")", err
	})
	copyFn := func(th *Thread, call *Call) (Value, error) {
		inst, d, err := th.selfDict(call, "defaultdict", 0)
		if err != nil {
			return nil, err
		}
		return th.Call(inst.Class, []Value{factory(inst), d}, nil)
	}
	c.setMethod("copy", copyFn)
	c.setMethod("__copy__", copyFn)
	// defdict_or: a new defaultdict of the defaultdict operand's class and
	// factory, holding the left operand updated by the right.
	dictOr(c, "defaultdict", func(th *Thread, self *Instance, left Value) (Value, error) {
		return th.Call(self.Class, []Value{factory(self), left}, nil)
	})
	c.Dict.SetStr("default_factory", &property{
		get: fn("default_factory", func(th *Thread, call *Call) (Value, error) {
			inst, _, err := th.selfDict(call, "defaultdict", 0)
			if err != nil {
				return nil, err
			}
			return factory(inst), nil
		}),
		set: fn("default_factory", func(th *Thread, call *Call) (Value, error) {
			inst, _, err := th.selfDict(call, "defaultdict", 1)
			if err != nil {
				return nil, err
			}
			inst.Host = &defaultFactory{call.Args[1]}
			return nil, nil
		}),
	})
	return c
}

// counterOf is other as a Counter's instance and dict (ok false otherwise).
func counterOf(v Value) (*Instance, *Dict, bool) {
	inst, ok := v.(*Instance)
	if !ok {
		return nil, nil, false
	}
	for _, k := range inst.Class.MRO {
		if k.native && k.Name == "Counter" && k.module == "collections" {
			d, ok := inst.Base.(*Dict)
			return inst, d, ok
		}
	}
	return nil, nil, false
}

func counterClass() *Class {
	c := nativeClass("Counter", "collections", builtinClasses[TypeDict])
	get := func(th *Thread, d *Dict, k Value) (Value, error) {
		v, ok, err := d.Get(th, k)
		if err != nil || ok {
			return v, err
		}
		return int64(0), nil
	}
	// count adds (sign 1) or subtracts (-1) an iterable's or a mapping's counts.
	count := func(th *Thread, call *Call, sign int64, name string) (Value, error) {
		inst, d, err := th.selfDict(call, "Counter", 1)
		if err != nil {
			return nil, err
		}
		var sources []Value
		if len(call.Args) == 2 && call.Args[1] != nil {
			sources = append(sources, call.Args[1])
		}
		if len(call.Kw) > 0 {
			kw := NewDict()
			for _, k := range call.Kw {
				kw.SetStr(k.Name, k.Value)
			}
			sources = append(sources, kw)
		}
		for _, src := range sources {
			if m, ok := mappingOf(src); ok {
				if sign > 0 && d.Len() == 0 {
					if err := th.dictUpdate(d, &Call{Args: []Value{m}}); err != nil {
						return nil, err
					}
					continue
				}
				for i, k := range append([]Value(nil), m.keys...) {
					old, err := get(th, d, k)
					if err != nil {
						return nil, err
					}
					op := py.Add
					if sign < 0 {
						op = py.Sub
					}
					v, err := th.binaryOp(op, old, m.vals[i])
					if err != nil {
						return nil, err
					}
					if err := th.setItem(inst, k, v); err != nil {
						return nil, err
					}
				}
				continue
			}
			items, err := th.iterate(src)
			if err != nil {
				return nil, err
			}
			for _, k := range items {
				old, err := get(th, d, k)
				if err != nil {
					return nil, err
				}
				v, err := th.binaryOp(py.Add, old, sign)
				if err != nil {
					return nil, err
				}
				if err := th.setItem(inst, k, v); err != nil {
					return nil, err
				}
			}
		}
		return nil, nil
	}
	c.setMethod("__init__", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) > 2 {
			return nil, th.Raise(TypeError, "Counter.__init__() takes from 1 to 2 positional arguments but %d were given", len(call.Args))
		}
		return count(th, call, 1, "__init__")
	})
	c.setMethod("update", func(th *Thread, call *Call) (Value, error) { return count(th, call, 1, "update") })
	c.setMethod("subtract", func(th *Thread, call *Call) (Value, error) { return count(th, call, -1, "subtract") })
	c.setMethod("__missing__", func(th *Thread, call *Call) (Value, error) {
		if _, _, err := th.selfDict(call, "Counter", 1); err != nil {
			return nil, err
		}
		return int64(0), nil
	})
	c.setMethod("__delitem__", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "Counter", 1)
		if err != nil {
			return nil, err
		}
		_, err = d.Delete(th, call.Args[1])
		return nil, err
	})
	c.setMethod("total", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "Counter", 0)
		if err != nil {
			return nil, err
		}
		var sum Value = int64(0)
		for _, v := range d.vals {
			if sum, err = th.binaryOp(py.Add, sum, v); err != nil {
				return nil, err
			}
		}
		return sum, nil
	})
	mostCommon := func(th *Thread, d *Dict) ([]Value, error) {
		items := make([]Value, len(d.keys))
		for i, k := range d.keys {
			items[i] = Tuple{k, d.vals[i]}
		}
		var err error
		sort.SliceStable(items, func(i, j int) bool {
			if err != nil {
				return false
			}
			lt, e := th.less(items[j].(Tuple)[1], items[i].(Tuple)[1])
			err = e
			return lt
		})
		return items, err
	}
	c.setMethod("most_common", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "Counter", 1)
		if err != nil {
			return nil, err
		}
		items, err := mostCommon(th, d)
		if err != nil {
			return nil, err
		}
		if len(call.Args) == 2 && call.Args[1] != nil {
			n, ok := smallInt(call.Args[1])
			if !ok {
				return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(call.Args[1]))
			}
			items = items[:max(0, min(int(n), len(items)))]
		}
		return &List{Items: items}, nil
	})
	c.setMethod("elements", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "Counter", 0)
		if err != nil {
			return nil, err
		}
		var out []Value
		for i, k := range d.keys {
			n, ok := smallInt(d.vals[i])
			if !ok {
				return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(d.vals[i]))
			}
			if int64(len(out))+n > maxItems {
				return nil, th.tooLong()
			}
			for j := int64(0); j < n; j++ {
				out = append(out, k)
			}
		}
		return &iterObj{items: out, name: "chain"}, nil
	})
	c.setMethod("__repr__", func(th *Thread, call *Call) (Value, error) {
		inst, d, err := th.selfDict(call, "Counter", 0)
		if err != nil {
			return nil, err
		}
		if d.Len() == 0 {
			return inst.Class.Name + "()", nil
		}
		items, err := mostCommon(th, d)
		if err != nil {
			return nil, err
		}
		sorted := NewDict()
		for _, it := range items {
			sorted.Set(th, it.(Tuple)[0], it.(Tuple)[1])
		}
		r, err := th.repr(sorted)
		return inst.Class.Name + "(" + r + ")", err
	})
	c.setMethod("copy", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := th.selfDict(call, "Counter", 0)
		if err != nil {
			return nil, err
		}
		return th.Call(inst.Class, []Value{inst}, nil)
	})
	c.Dict.SetStr("fromkeys", &classMethod{fn("fromkeys", func(th *Thread, call *Call) (Value, error) {
		return nil, th.Raise(NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
	})})
	// The operators build a new Counter from the positive (or, for unary
	// minus, negated negative) results, self's keys first.
	binary := func(name string, combine func(th *Thread, a, b Value) (Value, error), inplace bool) {
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			inst, d, err := th.selfDict(call, "Counter", 1)
			if err != nil {
				return nil, err
			}
			if len(call.Args) != 2 {
				return nil, th.Raise(TypeError, "expected 1 argument, got 0")
			}
			_, o, ok := counterOf(call.Args[1])
			if !ok {
				return notImplemented, nil
			}
			out, err := th.Call(c, nil, nil)
			if err != nil {
				return nil, err
			}
			od := out.(*Instance).Base.(*Dict)
			keep := func(k, v Value) error {
				pos, err := th.less(int64(0), v)
				if err != nil || !pos {
					return err
				}
				return od.Set(th, k, v)
			}
			for i, k := range d.keys {
				ov, err := get(th, o, k)
				if err != nil {
					return nil, err
				}
				v, err := combine(th, d.vals[i], ov)
				if err != nil {
					return nil, err
				}
				if err := keep(k, v); err != nil {
					return nil, err
				}
			}
			for i, k := range o.keys {
				if _, in, _ := d.Get(th, k); in {
					continue
				}
				v, err := combine(th, int64(0), o.vals[i])
				if err != nil {
					return nil, err
				}
				if err := keep(k, v); err != nil {
					return nil, err
				}
			}
			if !inplace {
				return out, nil
			}
			*d = *od.copy()
			return inst, nil
		})
	}
	arith := func(op py.Op) func(th *Thread, a, b Value) (Value, error) {
		return func(th *Thread, a, b Value) (Value, error) { return th.binaryOp(op, a, b) }
	}
	pick := func(wantMax bool) func(th *Thread, a, b Value) (Value, error) {
		return func(th *Thread, a, b Value) (Value, error) {
			lt, err := th.less(a, b)
			if lt == wantMax {
				return b, err
			}
			return a, err
		}
	}
	for _, inplace := range []bool{false, true} {
		prefix := "__"
		if inplace {
			prefix = "__i"
		}
		binary(prefix+"add__", arith(py.Add), inplace)
		binary(prefix+"sub__", arith(py.Sub), inplace)
		binary(prefix+"or__", pick(true), inplace)
		binary(prefix+"and__", pick(false), inplace)
	}
	unary := func(name string, neg bool) {
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			_, d, err := th.selfDict(call, "Counter", 0)
			if err != nil {
				return nil, err
			}
			out, err := th.Call(c, nil, nil)
			if err != nil {
				return nil, err
			}
			od := out.(*Instance).Base.(*Dict)
			for i, k := range d.keys {
				v := d.vals[i]
				if neg {
					if v, err = th.binaryOp(py.Sub, int64(0), v); err != nil {
						return nil, err
					}
				}
				pos, err := th.less(int64(0), v)
				if err != nil {
					return nil, err
				}
				if pos {
					od.Set(th, k, v)
				}
			}
			return out, nil
		})
	}
	unary("__pos__", false)
	unary("__neg__", true)
	// Comparisons treat missing elements as zero counts.
	compare := func(name string, test func(th *Thread, a, b Value) (bool, error), strict bool) {
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			_, d, err := th.selfDict(call, "Counter", 1)
			if err != nil || len(call.Args) != 2 {
				return nil, err
			}
			_, o, ok := counterOf(call.Args[1])
			if !ok {
				return notImplemented, nil
			}
			all, eq := true, true
			for _, pair := range [][2]*Dict{{d, o}, {o, d}} {
				for _, k := range pair[0].keys {
					a, err := get(th, d, k)
					if err != nil {
						return nil, err
					}
					b, err := get(th, o, k)
					if err != nil {
						return nil, err
					}
					ok, err := test(th, a, b)
					if err != nil {
						return nil, err
					}
					same, err := th.equal(a, b)
					if err != nil {
						return nil, err
					}
					all, eq = all && ok, eq && same
				}
			}
			return all && !(strict && eq), nil
		})
	}
	compare("__eq__", func(th *Thread, a, b Value) (bool, error) { return th.equal(a, b) }, false)
	compare("__le__", func(th *Thread, a, b Value) (bool, error) { r, err := th.less(b, a); return !r, err }, false)
	compare("__lt__", func(th *Thread, a, b Value) (bool, error) { r, err := th.less(b, a); return !r, err }, true)
	compare("__ge__", func(th *Thread, a, b Value) (bool, error) { r, err := th.less(a, b); return !r, err }, false)
	compare("__gt__", func(th *Thread, a, b Value) (bool, error) { r, err := th.less(a, b); return !r, err }, true)
	return c
}

func orderedDictClass() *Class {
	c := nativeClass("OrderedDict", "collections", builtinClasses[TypeDict])
	dictOr(c, "OrderedDict", func(th *Thread, self *Instance, left Value) (Value, error) {
		return th.Call(self.Class, []Value{left}, nil)
	})
	c.setMethod("__repr__", func(th *Thread, call *Call) (Value, error) {
		inst, d, err := th.selfDict(call, "OrderedDict", 0)
		if err != nil {
			return nil, err
		}
		if d.Len() == 0 {
			return inst.Class.Name + "()", nil
		}
		items := make([]Value, d.Len())
		for i, k := range d.keys {
			items[i] = Tuple{k, d.vals[i]}
		}
		r, err := th.repr(&List{Items: items})
		return inst.Class.Name + "(" + r + ")", err
	})
	c.setMethod("move_to_end", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(&Call{Args: call.Args[min(1, len(call.Args)):], Kw: call.Kw}, "move_to_end", "key", "last")
		if err != nil {
			return nil, err
		}
		_, d, err := th.selfDict(call, "OrderedDict", 2)
		if err != nil {
			return nil, err
		}
		if len(call.Args) < 2 && a[0] == nil {
			return nil, th.Raise(TypeError, "move_to_end() missing required argument 'key' (pos 1)")
		}
		last := true
		if a[1] != nil {
			if last, err = th.truth(a[1]); err != nil {
				return nil, err
			}
		}
		v, ok, err := d.Get(th, a[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Exception{Class: KeyError, Args: []Value{a[0]}, Span: th.cur}
		}
		if _, err := d.Delete(th, a[0]); err != nil {
			return nil, err
		}
		if last {
			return nil, d.Set(th, a[0], v)
		}
		moved := NewDict()
		moved.Set(th, a[0], v)
		for i, k := range d.keys {
			moved.Set(th, k, d.vals[i])
		}
		*d = *moved
		return nil, nil
	})
	c.setMethod("popitem", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(&Call{Args: call.Args[min(1, len(call.Args)):], Kw: call.Kw}, "popitem", "last")
		if err != nil {
			return nil, err
		}
		_, d, err := th.selfDict(call, "OrderedDict", 1)
		if err != nil {
			return nil, err
		}
		if d.Len() == 0 {
			return nil, th.Raise(KeyError, "dictionary is empty")
		}
		last := true
		if a[0] != nil {
			if last, err = th.truth(a[0]); err != nil {
				return nil, err
			}
		}
		i := 0
		if last {
			i = d.Len() - 1
		}
		k, v := d.keys[i], d.vals[i]
		_, err = d.Delete(th, k)
		return Tuple{k, v}, err
	})
	c.setMethod("__eq__", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "OrderedDict", 1)
		if err != nil || len(call.Args) != 2 {
			return nil, err
		}
		o, ok := mappingOf(call.Args[1])
		if !ok {
			return notImplemented, nil
		}
		eq, err := th.equal(d, o)
		if err != nil || !eq {
			return false, err
		}
		if other, ok := call.Args[1].(*Instance); ok && other.Class.IsSubclass(c) {
			return th.equalSeq(d.keys, o.keys)
		}
		return true, nil
	})
	c.setMethod("__reversed__", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "OrderedDict", 0)
		if err != nil {
			return nil, err
		}
		keys := make([]Value, d.Len())
		for i, k := range d.keys {
			keys[len(keys)-1-i] = k
		}
		return &iterObj{items: keys, name: "odict_iterator"}, nil
	})
	c.setMethod("copy", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := th.selfDict(call, "OrderedDict", 0)
		if err != nil {
			return nil, err
		}
		return th.Call(inst.Class, []Value{inst}, nil)
	})
	return c
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
	case "count", "index", "remove":
		l := &List{Items: d.items}
		search := listMethodOf(l, name, func(f func(th *Thread, c *Call) (Value, error)) Value { return fn(name, f) }, "deque")
		f = func(th *Thread, c *Call) (Value, error) {
			r, err := th.call(search, c)
			d.items = l.Items
			return r, err
		}
	case "reverse":
		f = func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			slices.Reverse(d.items)
			return nil, nil
		}
	case "copy":
		f = func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return &deque{items: slices.Clone(d.items), maxlen: d.maxlen}, nil
		}
	case "insert":
		f = func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 2, 2); err != nil {
				return nil, err
			}
			if d.maxlen >= 0 && len(d.items) >= d.maxlen {
				return nil, th.Raise(IndexError, "deque already at its maximum size")
			}
			i, err := th.clampIndex(c.Args[0], len(d.items), true)
			if err != nil {
				return nil, err
			}
			d.items = slices.Insert(d.items, i, c.Args[1])
			return nil, nil
		}
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

// chainMaps is a ChainMap's list of mappings (its maps attribute).
type chainMaps struct{ maps *List }

func chainMapClass() *Class {
	c := nativeClass("ChainMap", "collections", nil)
	self := func(th *Thread, call *Call, n int) (*Instance, []Value, error) {
		if len(call.Args) == 0 {
			return nil, nil, th.Raise(TypeError, "descriptor needs an argument")
		}
		inst, ok := call.Args[0].(*Instance)
		var m *chainMaps
		if ok {
			m, ok = inst.Host.(*chainMaps)
		}
		if !ok {
			return nil, nil, th.Raise(TypeError, "descriptor requires a 'ChainMap' object but received a '%s'", typeName(call.Args[0]))
		}
		if n >= 0 && len(call.Args)-1 != n {
			return nil, nil, th.Raise(TypeError, "expected %d argument%s, got %d", n, plural(n), len(call.Args)-1)
		}
		return inst, m.maps.Items, nil
	}
	c.setMethod("__init__", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) == 0 {
			return nil, th.Raise(TypeError, "descriptor needs an argument")
		}
		inst, ok := call.Args[0].(*Instance)
		if !ok {
			return nil, th.Raise(TypeError, "descriptor '__init__' requires a 'ChainMap' object but received a '%s'", typeName(call.Args[0]))
		}
		maps := append([]Value(nil), call.Args[1:]...)
		if len(maps) == 0 {
			maps = []Value{NewDict()}
		}
		inst.Host = &chainMaps{&List{Items: maps}}
		return nil, nil
	})
	c.Dict.SetStr("maps", &property{get: fn("maps", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := self(th, call, 0)
		if err != nil {
			return nil, err
		}
		return inst.Host.(*chainMaps).maps, nil
	})})
	find := func(th *Thread, maps []Value, k Value) (Value, bool, error) {
		for _, m := range maps {
			v, err := th.getItem(m, k)
			if err == nil {
				return v, true, nil
			}
			if e, ok := err.(*Exception); !ok || e.fatal || !e.Class.IsSubclass(KeyError) {
				return nil, false, err
			}
		}
		return nil, false, nil
	}
	c.setMethod("__getitem__", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, 1)
		if err != nil {
			return nil, err
		}
		v, ok, err := find(th, maps, call.Args[1])
		if err != nil || ok {
			return v, err
		}
		if m, ok := inst.Class.Lookup("__missing__"); ok {
			return th.Call(bind(m, inst), []Value{call.Args[1]}, nil)
		}
		return nil, &Exception{Class: KeyError, Args: []Value{call.Args[1]}, Span: th.cur}
	})
	c.setMethod("get", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, -1)
		if err != nil {
			return nil, err
		}
		if err := argN(th, &Call{Args: call.Args[1:]}, "get", 1, 2); err != nil {
			return nil, err
		}
		for _, m := range maps {
			in, err := th.contains(m, call.Args[1])
			if err != nil {
				return nil, err
			}
			if in {
				return th.getItem(m, call.Args[1])
			}
		}
		if len(call.Args) == 3 {
			return call.Args[2], nil
		}
		return nil, nil
	})
	c.setMethod("__setitem__", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, 2)
		if err != nil {
			return nil, err
		}
		return nil, th.setItem(maps[0], call.Args[1], call.Args[2])
	})
	c.setMethod("__delitem__", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, 1)
		if err != nil {
			return nil, err
		}
		err = th.delItem(maps[0], call.Args[1])
		if e, ok := err.(*Exception); ok && !e.fatal && e.Class.IsSubclass(KeyError) {
			r, rerr := th.repr(call.Args[1])
			if rerr != nil {
				return nil, rerr
			}
			return nil, th.Raise(KeyError, "Key not found in the first mapping: %s", r)
		}
		return nil, err
	})
	// keys are the keys of every map, first seen in the last map first.
	keys := func(th *Thread, maps []Value) (*Dict, error) {
		d := NewDict()
		for i := len(maps) - 1; i >= 0; i-- {
			ks, err := th.iterate(maps[i])
			if err != nil {
				return nil, err
			}
			for _, k := range ks {
				if err := d.Set(th, k, nil); err != nil {
					return nil, err
				}
			}
		}
		return d, nil
	}
	c.setMethod("__iter__", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, 0)
		if err != nil {
			return nil, err
		}
		d, err := keys(th, maps)
		if err != nil {
			return nil, err
		}
		return &iterObj{items: d.keys, name: "dict_keyiterator"}, nil
	})
	c.setMethod("__len__", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, 0)
		if err != nil {
			return nil, err
		}
		d, err := keys(th, maps)
		if err != nil {
			return nil, err
		}
		return int64(d.Len()), nil
	})
	c.setMethod("__contains__", func(th *Thread, call *Call) (Value, error) {
		_, maps, err := self(th, call, 1)
		if err != nil {
			return nil, err
		}
		for _, m := range maps {
			in, err := th.contains(m, call.Args[1])
			if err != nil || in {
				return in, err
			}
		}
		return false, nil
	})
	c.setMethod("__repr__", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, 0)
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(maps))
		for i, m := range maps {
			if parts[i], err = th.repr(m); err != nil {
				return nil, err
			}
		}
		return inst.Class.Name + "(" + strings.Join(parts, ", ") + ")", nil
	})
	c.setMethod("new_child", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, -1)
		if err != nil {
			return nil, err
		}
		var m Value = NewDict()
		if len(call.Args) > 1 && call.Args[1] != nil {
			m = call.Args[1]
		}
		if len(call.Kw) > 0 {
			update, err := th.getAttr(m, "update")
			if err != nil {
				return nil, err
			}
			if _, err := th.Call(update, nil, call.Kw); err != nil {
				return nil, err
			}
		}
		return th.Call(inst.Class, append([]Value{m}, maps...), nil)
	})
	chainMapMixins(c, self)
	c.Dict.SetStr("parents", &property{get: fn("parents", func(th *Thread, call *Call) (Value, error) {
		inst, maps, err := self(th, call, 0)
		if err != nil {
			return nil, err
		}
		return th.Call(inst.Class, maps[1:], nil)
	})})
	return c
}

// namedtuple is collections.namedtuple: a tuple subclass whose fields are
// read-only attributes, with CPython's checks and messages.
func namedtuple(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "namedtuple", "typename", "field_names", "rename", "defaults", "module")
	if err != nil {
		return nil, err
	}
	if len(c.Args) > 2 {
		return nil, th.Raise(TypeError, "namedtuple() takes 2 positional arguments but %d were given", len(c.Args))
	}
	if a[0] == nil || a[1] == nil {
		return nil, th.Raise(TypeError, "namedtuple() missing required argument")
	}
	typename, err := th.strArg(a[0], "typename")
	if err != nil {
		return nil, err
	}
	var names []string
	if s, ok := a[1].(string); ok {
		names = strings.Fields(strings.ReplaceAll(s, ",", " "))
	} else {
		items, err := th.iterate(a[1])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := th.str(it)
			if err != nil {
				return nil, err
			}
			names = append(names, s)
		}
	}
	rename, err := th.truth(a[2])
	if err != nil {
		return nil, err
	}
	if rename {
		seen := map[string]bool{}
		for i, n := range names {
			if !isIdentifier(n) || py.IsKeyword(n) || strings.HasPrefix(n, "_") || seen[n] {
				names[i] = sprintf("_%d", i)
			}
			seen[n] = true
		}
	}
	for _, n := range append([]string{typename}, names...) {
		if !isIdentifier(n) {
			return nil, th.Raise(ValueError, "Type names and field names must be valid identifiers: %s", pyrepr.Str(n))
		}
		if py.IsKeyword(n) {
			return nil, th.Raise(ValueError, "Type names and field names cannot be a keyword: %s", pyrepr.Str(n))
		}
	}
	seen := map[string]bool{}
	for _, n := range names {
		if strings.HasPrefix(n, "_") && !rename {
			return nil, th.Raise(ValueError, "Field names cannot start with an underscore: %s", pyrepr.Str(n))
		}
		if seen[n] {
			return nil, th.Raise(ValueError, "Encountered duplicate field name: %s", pyrepr.Str(n))
		}
		seen[n] = true
	}
	var defaults []Value
	if a[3] != nil {
		if defaults, err = th.iterate(a[3]); err != nil {
			return nil, err
		}
		if len(defaults) > len(names) {
			return nil, th.Raise(TypeError, "Got more default values than field names")
		}
	}
	fields := make(Tuple, len(names))
	for i, n := range names {
		fields[i] = n
	}
	fieldDefaults := NewDict()
	for i, d := range defaults {
		fieldDefaults.SetStr(names[len(names)-len(defaults)+i], d)
	}
	cls := NewClass(typename, []*Class{builtinClasses[TypeTuple]}, nil, nil)
	if m, ok := a[4].(string); ok {
		cls.module, cls.native = m, true // its methods are in its dict, as a script's
	}
	cls.doc = typename + "(" + strings.Join(names, ", ") + ")"
	cls.Dict.SetStr("__slots__", Tuple{})
	cls.Dict.SetStr("_fields", fields)
	cls.Dict.SetStr("__match_args__", fields)
	cls.Dict.SetStr("_field_defaults", fieldDefaults)
	tupleOf := func(v Value) Tuple {
		b, _ := baseOf(v)
		t, _ := b.(Tuple)
		return t
	}
	newTuple := func(cls *Class, t Tuple) Value { return &Instance{Class: cls, Dict: NewDict(), Base: t} }
	cls.setMethod("__new__", func(th *Thread, call *Call) (Value, error) {
		k, ok := call.Args[0].(*Class)
		if !ok {
			return nil, th.Raise(TypeError, "%s.__new__(X): X is not a type object (%s)", typename, typeName(call.Args[0]))
		}
		args := call.Args[1:]
		if len(args) > len(names) {
			if len(defaults) > 0 {
				return nil, th.Raise(TypeError, "%s.__new__() takes from %d to %d positional arguments but %d were given", typename, len(names)+1-len(defaults), len(names)+1, len(args)+1)
			}
			return nil, th.Raise(TypeError, "%s.__new__() takes %d positional arguments but %d were given", typename, len(names)+1, len(args)+1)
		}
		t := make(Tuple, len(names))
		set := make([]bool, len(names))
		copy(t, args)
		for i := range args {
			set[i] = true
		}
		for _, kw := range call.Kw {
			i := slices.Index(names, kw.Name)
			if i < 0 {
				return nil, th.Raise(TypeError, "%s.__new__() got an unexpected keyword argument '%s'", typename, kw.Name)
			}
			if set[i] {
				return nil, th.Raise(TypeError, "%s.__new__() got multiple values for argument '%s'", typename, kw.Name)
			}
			t[i], set[i] = kw.Value, true
		}
		var missing []string
		for i, n := range names {
			if set[i] {
				continue
			}
			if d, ok := fieldDefaults.GetStr(n); ok {
				t[i] = d
				continue
			}
			missing = append(missing, "'"+n+"'")
		}
		if len(missing) > 0 {
			return nil, th.Raise(TypeError, "%s.__new__() missing %d required positional argument%s: %s", typename, len(missing), plural(len(missing)), joinNames(missing))
		}
		return newTuple(k, t), nil
	})
	for i, n := range names {
		cls.Dict.SetStr(n, &property{
			get: fn(n, func(th *Thread, call *Call) (Value, error) { return tupleOf(call.Args[0])[i], nil }),
			set: fn(n, func(th *Thread, call *Call) (Value, error) {
				return nil, th.Raise(AttributeError, "can't set attribute")
			}),
			doc:   sprintf("Alias for field number %d", i),
			field: i + 1,
		})
	}
	cls.Dict.SetStr("_make", &classMethod{fn("_make", func(th *Thread, call *Call) (Value, error) {
		if err := argN(th, &Call{Args: call.Args[1:]}, "_make", 1, 1); err != nil {
			return nil, err
		}
		items, err := th.iterate(call.Args[1])
		if err != nil {
			return nil, err
		}
		if len(items) != len(names) {
			return nil, th.Raise(TypeError, "Expected %d arguments, got %d", len(names), len(items))
		}
		return newTuple(call.Args[0].(*Class), Tuple(items)), nil
	})})
	cls.setMethod("_asdict", func(th *Thread, call *Call) (Value, error) {
		d := NewDict()
		for i, v := range tupleOf(call.Args[0]) {
			d.SetStr(names[i], v)
		}
		return d, nil
	})
	cls.setMethod("_replace", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) > 1 {
			return nil, th.Raise(TypeError, "%s._replace() takes 1 positional argument but %d were given", typename, len(call.Args))
		}
		t := append(Tuple(nil), tupleOf(call.Args[0])...)
		var unknown []Value
		for _, kw := range call.Kw {
			if i := slices.Index(names, kw.Name); i >= 0 {
				t[i] = kw.Value
			} else {
				unknown = append(unknown, kw.Name)
			}
		}
		if len(unknown) > 0 {
			r, err := th.repr(&List{Items: unknown})
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(ValueError, "Got unexpected field names: %s", r)
		}
		return newTuple(call.Args[0].(*Instance).Class, t), nil
	})
	cls.setMethod("__repr__", func(th *Thread, call *Call) (Value, error) {
		parts := make([]string, len(names))
		for i, v := range tupleOf(call.Args[0]) {
			r, err := th.repr(v)
			if err != nil {
				return nil, err
			}
			parts[i] = names[i] + "=" + r
		}
		return call.Args[0].(*Instance).Class.Name + "(" + strings.Join(parts, ", ") + ")", nil
	})
	cls.setMethod("__getnewargs__", func(th *Thread, call *Call) (Value, error) {
		return append(Tuple(nil), tupleOf(call.Args[0])...), nil
	})
	return cls, nil
}
