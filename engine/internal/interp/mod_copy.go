package interp

// copyModule is copy's copy and deepcopy as CPython's: immutable values are
// returned as they are, containers rebuilt, a class's __copy__ and
// __deepcopy__(memo) honoured, other instances rebuilt without __init__
// from their attributes; deepcopy keeps shared and cyclic references
// shared through its memo, a dict keyed by id() as CPython's.
func copyModule(th *Thread) *Module {
	errCls := newExceptionClass("Error", ExceptionClass)
	errCls.module = "copy"
	return newModule("copy", []*Builtin{
		fn("copy", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "copy", "x")
			if err != nil || len(c.Args)+len(c.Kw) != 1 {
				return nil, th.copyArgErr(err, "copy", "x")
			}
			return th.shallowCopy(a[0])
		}),
		fn("deepcopy", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "deepcopy", "x", "memo", "_nil")
			if err != nil || len(c.Args)+len(c.Kw) == 0 {
				return nil, th.copyArgErr(err, "deepcopy", "x")
			}
			memo, ok := a[1].(*Dict)
			if a[1] == nil {
				memo, ok = NewDict(), true
			}
			if !ok {
				return nil, th.Unsupported("copy.deepcopy() with a memo that is not a dict")
			}
			return th.deepCopy(a[0], memo)
		}),
	}, map[string]Value{"Error": errCls, "error": errCls})
}

func (th *Thread) copyArgErr(err error, name, param string) error {
	if err != nil {
		return err
	}
	return th.Raise(TypeError, "%s() missing 1 required positional argument: '%s'", name, param)
}

// copyAtomic is what copy and deepcopy return as it is.
func copyAtomic(v Value) bool {
	if x, ok := v.(*Instance); ok && x.Class.enum != nil {
		return true // an enum member copies as itself (Enum.__copy__, __deepcopy__)
	}
	switch v.(type) {
	case nil, bool, int64, float64, string, Bytes, *Function, *Builtin, *Class, *builtinType, *rangeObj, ellipsis, *dec, *frac, cplx, *rePattern, *reMatch:
		return true // Pattern and Match copy as themselves too
	case dtValue, tdValue: // immutable values, which the engine keeps by value (a copy is equal and "is" them)
		return true
	}
	return isInt(v) || v == notImplemented
}

// copyInstance is a new instance of x's class, not initialised, for copy's
// reconstruction; instances the host manages are refused.
func (th *Thread) copyInstance(x *Instance, name string) (*Instance, error) {
	if x.Class.Hook != nil || x.Host != nil {
		return nil, th.Unsupported("copy.%s() of a %s instance", name, x.Class.Name)
	}
	for _, m := range []string{"__reduce__", "__reduce_ex__", "__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__"} {
		if _, ok := x.Class.userAttr(m); ok {
			return nil, th.Unsupported("copy.%s() of an object defining %s", name, m)
		}
	}
	return &Instance{Class: x.Class, Dict: NewDict(), Base: x.Base}, nil
}

func (th *Thread) shallowCopy(v Value) (Value, error) {
	if copyAtomic(v) {
		return v, nil
	}
	switch x := v.(type) {
	case *List:
		if err := th.alloc(slot * int64(len(x.Items))); err != nil {
			return nil, err
		}
		return &List{Items: append([]Value(nil), x.Items...)}, nil
	case Tuple:
		return x, nil
	case *byteArray:
		return &byteArray{append([]byte(nil), x.b...)}, nil
	case *Dict:
		d := NewDict()
		for i, k := range x.keys {
			if err := d.Set(th, k, x.vals[i]); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *setObj:
		if x.frozen {
			return x, nil
		}
		return th.copySet(x, false), nil
	case *Instance:
		if m, ok := x.Class.Lookup("__copy__"); ok {
			return th.Call(m, []Value{x}, nil)
		}
		y, err := th.copyInstance(x, "copy")
		if err != nil {
			return nil, err
		}
		if y.Base, err = th.shallowCopy(x.Base); err != nil {
			return nil, err
		}
		for i, k := range x.Dict.keys {
			if err := y.Dict.Set(th, k, x.Dict.vals[i]); err != nil {
				return nil, err
			}
		}
		if x.slots != nil {
			y.slots = NewDict()
			for i, k := range x.slots.keys {
				y.slots.SetStr(k.(string), x.slots.vals[i])
			}
		}
		return y, nil
	}
	return nil, th.Unsupported("copy.copy() of a %s", typeName(v))
}

func (th *Thread) deepCopy(v Value, memo *Dict) (Value, error) {
	if copyAtomic(v) {
		return v, nil
	}
	if err := th.step(th.cur); err != nil {
		return nil, err
	}
	id := th.id(v)
	if y, ok, err := memo.Get(th, id); ok || err != nil {
		return y, err
	}
	// remember x as CPython's _keep_alive does, so that its id stays its own
	keep := func(y Value) error {
		if err := memo.Set(th, id, y); err != nil {
			return err
		}
		k := th.id(memo)
		l, ok, err := memo.Get(th, k)
		if err != nil {
			return err
		}
		if !ok {
			l = &List{}
			if err := memo.Set(th, k, l); err != nil {
				return err
			}
		}
		if ll, ok := l.(*List); ok {
			ll.Items = append(ll.Items, v)
		}
		return nil
	}
	switch x := v.(type) {
	case *byteArray:
		y, _ := th.shallowCopy(x)
		return y, keep(y)
	case *List:
		y := &List{}
		if err := keep(y); err != nil {
			return nil, err
		}
		for _, it := range x.Items {
			c, err := th.deepCopy(it, memo)
			if err != nil {
				return nil, err
			}
			if err := th.alloc(slot); err != nil {
				return nil, err
			}
			y.Items = append(y.Items, c)
		}
		return y, nil
	case Tuple:
		y := make(Tuple, len(x))
		same := true
		for i, it := range x {
			c, err := th.deepCopy(it, memo)
			if err != nil {
				return nil, err
			}
			y[i] = c
			same = same && identical(c, it)
		}
		if same {
			return x, nil
		}
		// a tuple inside itself (through a list) was copied on the way
		if z, ok, err := memo.Get(th, id); ok || err != nil {
			return z, err
		}
		return y, keep(y)
	case *Dict:
		y := NewDict()
		if err := keep(y); err != nil {
			return nil, err
		}
		for i, k := range x.keys {
			kc, err := th.deepCopy(k, memo)
			if err != nil {
				return nil, err
			}
			vc, err := th.deepCopy(x.vals[i], memo)
			if err != nil {
				return nil, err
			}
			if err := y.Set(th, kc, vc); err != nil {
				return nil, err
			}
		}
		return y, nil
	case *setObj:
		items, err := th.iterate(x)
		if err != nil {
			return nil, err
		}
		for i, it := range items {
			if items[i], err = th.deepCopy(it, memo); err != nil {
				return nil, err
			}
		}
		y, err := th.newSet(items, x.frozen)
		if err != nil {
			return nil, err
		}
		return y, keep(y)
	case *Instance:
		if m, ok := x.Class.Lookup("__deepcopy__"); ok {
			y, err := th.Call(m, []Value{x, memo}, nil)
			if err != nil {
				return nil, err
			}
			return y, keep(y)
		}
		y, err := th.copyInstance(x, "deepcopy")
		if err != nil {
			return nil, err
		}
		if err := keep(y); err != nil {
			return nil, err
		}
		if x.Base != nil {
			// a subclass of a built-in (an OrderedDict): its items too
			if y.Base, err = th.deepCopy(x.Base, memo); err != nil {
				return nil, err
			}
		}
		state, err := th.deepCopy(x.Dict, memo)
		if err != nil {
			return nil, err
		}
		st := state.(*Dict)
		for i, k := range st.keys {
			if err := y.Dict.Set(th, k, st.vals[i]); err != nil {
				return nil, err
			}
		}
		if x.slots != nil {
			// object.__getstate__'s second half: the slots that are set
			slots, err := th.deepCopy(x.slots, memo)
			if err != nil {
				return nil, err
			}
			y.slots = slots.(*Dict)
		}
		return y, nil
	}
	return nil, th.Unsupported("copy.deepcopy() of a %s", typeName(v))
}
