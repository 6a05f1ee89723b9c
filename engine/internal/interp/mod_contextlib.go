package interp

// contextlibModule is contextlib's contextmanager (a generator as a context
// manager, and as a decorator), suppress, closing, nullcontext, ExitStack
// and redirect_stdout/redirect_stderr, with CPython 3.11's semantics and
// messages; the async ones are refused by the catalog.
func contextlibModule(th *Thread) *Module {
	simple := func(name string, mk func(th *Thread, c *Call) (Value, error)) *builtinType {
		return &builtinType{name: name, module: "contextlib", call: mk}
	}
	return newModule("contextlib", []*Builtin{
		fn("contextmanager", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "contextmanager", 1, 1); err != nil {
				return nil, err
			}
			f := c.Args[0]
			name := funcStr(f)
			if fn, ok := f.(*Function); ok {
				name = fn.Name
			}
			return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
				return &genCM{fn: f, args: c.Args, kw: c.Kw}, nil
			}}, nil
		}),
	}, map[string]Value{
		"suppress": simple("suppress", func(th *Thread, c *Call) (Value, error) {
			if len(c.Kw) > 0 {
				return nil, th.Raise(TypeError, "suppress() got an unexpected keyword argument '%s'", c.Kw[0].Name)
			}
			return &simpleCM{kind: "suppress", args: Tuple(c.Args)}, nil
		}),
		"closing": simple("closing", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "closing", "thing")
			if err != nil {
				return nil, err
			}
			return &simpleCM{kind: "closing", v: a[0]}, nil
		}),
		"nullcontext": simple("nullcontext", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "nullcontext", "enter_result")
			if err != nil {
				return nil, err
			}
			return &simpleCM{kind: "nullcontext", v: a[0]}, nil
		}),
		"redirect_stdout": simple("redirect_stdout", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "redirect_stdout", "new_target")
			if err != nil {
				return nil, err
			}
			return &simpleCM{kind: "stdout", v: a[0]}, nil
		}),
		"redirect_stderr": simple("redirect_stderr", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "redirect_stderr", "new_target")
			if err != nil {
				return nil, err
			}
			return &simpleCM{kind: "stderr", v: a[0]}, nil
		}),
		"ExitStack": simple("ExitStack", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "ExitStack", 0, 0); err != nil {
				return nil, err
			}
			return &exitStack{}, nil
		}),
	})
}

// genCM is what a @contextmanager function returns: its generator is
// made on first use, and again for each call when it decorates a function.
type genCM struct {
	fn   Value
	args []Value
	kw   []KV
	gen  *Generator
}

func (g *genCM) TypeName() string { return "_GeneratorContextManager" }

func (g *genCM) Enter(th *Thread) (Value, error) {
	v, err := th.Call(g.fn, g.args, g.kw)
	if err != nil {
		return nil, err
	}
	gen, ok := v.(*Generator)
	if !ok {
		return nil, th.Raise(TypeError, "'%s' object is not an iterator", typeName(v))
	}
	g.gen = gen
	r, yielded, err := th.resumeWith(gen, genIn{})
	if err != nil {
		return nil, err
	}
	if !yielded {
		return nil, th.Raise(RuntimeError, "generator didn't yield")
	}
	return r, nil
}

// Exit is _GeneratorContextManager.__exit__: the body's exception is thrown
// into the generator; it is suppressed when the generator ends, re-raised
// when the generator lets it through.
func (g *genCM) Exit(th *Thread, e *Exception) (bool, error) {
	if e == nil {
		_, yielded, err := th.resumeWith(g.gen, genIn{})
		if err != nil {
			return false, err
		}
		if yielded {
			return false, th.Raise(RuntimeError, "generator didn't stop")
		}
		return false, nil
	}
	_, yielded, err := th.resumeWith(g.gen, genIn{exc: e})
	switch {
	case err == nil && !yielded:
		return true, nil
	case err == nil:
		return false, th.Raise(RuntimeError, "generator didn't stop after throw()")
	case err == e:
		return false, nil
	}
	return false, err
}

// CallHost makes the context manager a decorator (ContextDecorator): each
// call of the decorated function runs inside a fresh one.
func (g *genCM) CallHost(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "_GeneratorContextManager", 1, 1); err != nil {
		return nil, err
	}
	f := c.Args[0]
	return &Builtin{Name: funcStr(f), Fn: func(th *Thread, c *Call) (Value, error) {
		cm := &genCM{fn: g.fn, args: g.args, kw: g.kw}
		if _, err := cm.Enter(th); err != nil {
			return nil, err
		}
		r, err := th.call(f, c)
		if err != nil {
			e, ok := err.(*Exception)
			if !ok || e.fatal {
				return nil, err
			}
			suppress, xerr := cm.Exit(th, e)
			if xerr != nil {
				chain(xerr, e)
				return nil, xerr
			}
			if suppress {
				return nil, nil
			}
			return nil, err
		}
		_, err = cm.Exit(th, nil)
		return r, err
	}}, nil
}

// simpleCM is suppress, closing, nullcontext and the redirections.
type simpleCM struct {
	kind string
	v    Value
	args Tuple
	old  Value
}

func (s *simpleCM) TypeName() string {
	switch s.kind {
	case "stdout", "stderr":
		return "redirect_" + s.kind
	}
	return s.kind
}

func (s *simpleCM) Enter(th *Thread) (Value, error) {
	switch s.kind {
	case "suppress":
		return nil, nil
	case "stdout", "stderr":
		sys := th.lib("sys")
		s.old, _ = sys.Attrs.GetStr(s.kind)
		sys.Attrs.SetStr(s.kind, s.v)
	}
	return s.v, nil
}

func (s *simpleCM) Exit(th *Thread, e *Exception) (bool, error) {
	switch s.kind {
	case "suppress":
		if e == nil {
			return false, nil
		}
		return th.excMatches(e, s.args)
	case "closing":
		m, err := th.getAttr(s.v, "close")
		if err != nil {
			return false, err
		}
		_, err = th.Call(m, nil, nil)
		return false, err
	case "stdout", "stderr":
		th.lib("sys").Attrs.SetStr(s.kind, s.old)
	}
	return false, nil
}

// exitStack is contextlib.ExitStack: exits run last in, first out, each
// seeing the exception the ones before it left.
type exitStack struct {
	exits []func(*Exception) (bool, error)
}

func (x *exitStack) TypeName() string { return "ExitStack" }

func (x *exitStack) Enter(th *Thread) (Value, error) { return x, nil }

func (x *exitStack) Exit(th *Thread, e *Exception) (bool, error) {
	pending := e
	suppressed := false
	for len(x.exits) > 0 {
		ex := x.exits[len(x.exits)-1]
		x.exits = x.exits[:len(x.exits)-1]
		ok, err := ex(pending)
		if err != nil {
			ne, isExc := err.(*Exception)
			if !isExc || ne.fatal {
				return false, err
			}
			if pending != nil {
				chain(ne, pending)
			}
			pending, suppressed = ne, false
			continue
		}
		if ok {
			pending, suppressed = nil, true
		}
	}
	if pending != nil && pending != e {
		return false, pending
	}
	return suppressed && e != nil, nil
}

func (x *exitStack) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "enter_context":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			enter, exit, err := th.cmProtocol(c.Args[0])
			if err != nil {
				return nil, err
			}
			v, err := enter()
			if err != nil {
				return nil, err
			}
			x.exits = append(x.exits, exit)
			return v, nil
		}), true, nil
	case "callback":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) == 0 {
				return nil, th.Raise(TypeError, "descriptor 'callback' of 'ExitStack' object needs an argument")
			}
			f, args, kw := c.Args[0], append([]Value(nil), c.Args[1:]...), c.Kw
			x.exits = append(x.exits, func(*Exception) (bool, error) {
				_, err := th.Call(f, args, kw)
				return false, err
			})
			return f, nil
		}), true, nil
	case "push":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			f := c.Args[0]
			if _, exit, err := th.cmProtocol(f); err == nil {
				x.exits = append(x.exits, exit)
				return f, nil
			}
			x.exits = append(x.exits, func(e *Exception) (bool, error) {
				args := []Value{nil, nil, nil}
				if e != nil {
					args = []Value{e.Class, e, &tbObj{e: e}}
				}
				r, err := th.Call(f, args, nil)
				if err != nil {
					return false, err
				}
				return th.truth(r)
			})
			return f, nil
		}), true, nil
	case "close":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			_, err := x.Exit(th, nil)
			return nil, err
		}), true, nil
	case "pop_all":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			n := &exitStack{exits: x.exits}
			x.exits = nil
			return n, nil
		}), true, nil
	}
	return nil, false, nil
}
