package interp

import "strings"

// osModule is os as a sandboxed script sees it: an empty environment (so
// os.environ.get and os.getenv return their default) and the string
// functions of os.path; files and processes are refused by the catalog.
func osModule(th *Thread) *Module {
	environ := &Instance{Class: environClass(), Dict: NewDict(), Base: NewDict()}
	getenv := fn("getenv", func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "getenv", "key", "default")
		if err != nil {
			return nil, err
		}
		if _, ok := a[0].(string); !ok {
			return nil, th.Raise(TypeError, "str expected, not %s", typeName(a[0]))
		}
		if v, ok, err := environ.Base.(*Dict).Get(th, a[0]); err != nil || ok {
			return v, err
		}
		return a[1], nil
	})
	path := newModule("os.path", []*Builtin{
		fn("join", pathJoin), fn("basename", pathPart(func(p string) string { return p[strings.LastIndex(p, "/")+1:] })),
		fn("dirname", pathPart(pathDirname)), fn("splitext", pathSplitext), fn("normpath", pathPart(pathNormpath)),
		fn("split", func(th *Thread, c *Call) (Value, error) {
			p, err := pathPart(func(p string) string { return p })(th, c)
			if err != nil {
				return nil, err
			}
			s := p.(string)
			return Tuple{pathDirname(s), s[strings.LastIndex(s, "/")+1:]}, nil
		}),
		fn("isabs", func(th *Thread, c *Call) (Value, error) {
			p, err := pathPart(func(p string) string { return p })(th, c)
			return err == nil && strings.HasPrefix(p.(string), "/"), err
		}),
	}, map[string]Value{"sep": "/"})
	return newModule("os", []*Builtin{getenv}, map[string]Value{
		"environ": environ, "path": path, "sep": "/", "linesep": "\n", "name": "posix", "curdir": ".", "pardir": "..",
	})
}

func pathStrings(th *Thread, name string, args []Value) ([]string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		s, ok := a.(string)
		if !ok {
			return nil, th.Raise(TypeError, "%s() argument must be str, bytes, or os.PathLike object, not '%s'", name, typeName(a))
		}
		out[i] = s
	}
	return out, nil
}

// pathJoin is posixpath.join: an absolute part starts over.
func pathJoin(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "join", 1, 1<<30); err != nil {
		return nil, err
	}
	parts, err := pathStrings(th, "join", c.Args)
	if err != nil {
		return nil, err
	}
	p := parts[0]
	for _, b := range parts[1:] {
		switch {
		case strings.HasPrefix(b, "/"):
			p = b
		case p == "" || strings.HasSuffix(p, "/"):
			p += b
		default:
			p += "/" + b
		}
	}
	return p, nil
}

func pathPart(f func(string) string) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "path", 1, 1); err != nil {
			return nil, err
		}
		p, err := pathStrings(th, "path", c.Args)
		if err != nil {
			return nil, err
		}
		return f(p[0]), nil
	}
}

// pathDirname is posixpath.dirname: trailing slashes go unless the head is all slashes.
func pathDirname(p string) string {
	head := p[:strings.LastIndex(p, "/")+1]
	if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
		return trimmed
	}
	return head
}

// pathSplitext is posixpath.splitext: leading dots of the last part are not an extension.
func pathSplitext(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "splitext", 1, 1); err != nil {
		return nil, err
	}
	ps, err := pathStrings(th, "splitext", c.Args)
	if err != nil {
		return nil, err
	}
	p := ps[0]
	base := strings.LastIndex(p, "/") + 1
	dot := strings.LastIndex(p, ".")
	if dot > base && strings.Trim(p[base:dot], ".") != "" {
		return Tuple{p[:dot], p[dot:]}, nil
	}
	return Tuple{p, ""}, nil
}

// pathNormpath is posixpath.normpath: . and empty parts go, .. takes the
// part before it, two leading slashes (not three) stay.
func pathNormpath(p string) string {
	if p == "" {
		return "."
	}
	lead := 0
	if strings.HasPrefix(p, "/") {
		lead = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			lead = 2
		}
	}
	var parts []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || lead == 0 && len(parts) == 0 || len(parts) > 0 && parts[len(parts)-1] == "..":
			parts = append(parts, c)
		case len(parts) > 0:
			parts = parts[:len(parts)-1]
		}
	}
	out := strings.Repeat("/", lead) + strings.Join(parts, "/")
	if out == "" {
		return "."
	}
	return out
}

// environClass is os._Environ as a dict of strings: setting a value that is
// not a str raises as CPython's does, and it shows as environ({...}).
func environClass() *Class {
	c := nativeClass("_Environ", "os", builtinClasses[TypeDict])
	c.stored = true
	set := func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "_Environ", 2)
		if err != nil {
			return nil, err
		}
		if len(call.Args) != 3 {
			return nil, th.Raise(TypeError, "__setitem__ expected 2 arguments, got %d", len(call.Args)-1)
		}
		for _, v := range call.Args[1:] {
			if _, ok := v.(string); !ok {
				return nil, th.Raise(TypeError, "str expected, not %s", typeName(v))
			}
		}
		return nil, d.Set(th, call.Args[1], call.Args[2])
	}
	c.setMethod("__setitem__", set)
	c.setMethod("setdefault", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "_Environ", 2)
		if err != nil || len(call.Args) < 2 {
			return nil, err
		}
		if v, ok, err := d.Get(th, call.Args[1]); err != nil || ok {
			return v, err
		}
		if len(call.Args) == 2 {
			return nil, th.Raise(TypeError, "str expected, not NoneType")
		}
		_, err = set(th, call)
		return call.Args[2], err
	})
	c.setMethod("__repr__", func(th *Thread, call *Call) (Value, error) {
		_, d, err := th.selfDict(call, "_Environ", 0)
		if err != nil {
			return nil, err
		}
		r, err := th.repr(d)
		return "environ(" + r + ")", err
	})
	return c
}
