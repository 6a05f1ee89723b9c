package interp

import "cascadelab/engine/internal/py"

// qualify is the __qualname__ of name defined in sc.
func (th *Thread) qualify(name string, sc *scope) string {
	if sc.class && th.classBody != nil && th.classBody.qualname != "" {
		return th.classBody.qualname + "." + name
	}
	for s := sc; s != nil; s = s.parent {
		if s.fn != nil {
			return s.fn.qualname + ".<locals>." + name
		}
	}
	return name
}

// doc is the function's docstring, or None.
func (f *Function) doc() Value {
	if len(f.Body) > 0 {
		if e, ok := f.Body[0].(*py.ExprStmt); ok {
			if c, ok := e.Value.(*py.Constant); ok {
				if s, ok := c.Value.(string); ok {
					return s
				}
			}
		}
	}
	return nil
}

// funcAttr is a function's attribute.
func (th *Thread) funcAttr(f *Function, name string) (Value, bool, error) {
	if f.attrs != nil {
		if v, ok := f.attrs.GetStr(name); ok {
			return v, true, nil
		}
	}
	switch name {
	case "__name__":
		return f.Name, true, nil
	case "__qualname__":
		return f.qualname, true, nil
	case "__doc__":
		return f.doc(), true, nil
	case "__module__":
		return "__main__", true, nil
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return nil, true, nil
		}
		return Tuple(append([]Value(nil), f.Defaults...)), true, nil
	case "__kwdefaults__":
		d := NewDict()
		for i, a := range f.Args.KwOnly {
			if _, none := f.KwDefs[i].(missing); !none {
				d.SetStr(a.Name, f.KwDefs[i])
			}
		}
		if d.Len() == 0 {
			return nil, true, nil
		}
		return d, true, nil
	case "__annotations__":
		d := NewDict()
		args := f.Args
		for _, list := range [][]*py.Arg{args.Args, {args.Vararg}, args.KwOnly, {args.Kwarg}} {
			for _, a := range list {
				if a == nil || a.Annotation == nil {
					continue
				}
				v, err := th.eval(a.Annotation, f.scope)
				if err != nil {
					return nil, true, err
				}
				d.SetStr(a.Name, v)
			}
		}
		if f.Returns != nil {
			v, err := th.eval(f.Returns, f.scope)
			if err != nil {
				return nil, true, err
			}
			d.SetStr("return", v)
		}
		return d, true, nil
	case "__dict__":
		if f.attrs == nil {
			f.attrs = NewDict()
		}
		return f.attrs, true, nil
	}
	return nil, false, nil
}

// setFuncAttr sets an attribute on a function (f.calls = 0, __wrapped__).
func (th *Thread) setFuncAttr(f *Function, name string, v Value) error {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(string)
		if !ok {
			return th.Raise(TypeError, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			f.Name = s
		} else {
			f.qualname = s
		}
		return nil
	case "__doc__", "__defaults__", "__kwdefaults__", "__annotations__", "__module__":
		return th.Unsupported("assigning function.%s", name)
	}
	if f.attrs == nil {
		f.attrs = NewDict()
	}
	f.attrs.SetStr(name, v)
	return nil
}
