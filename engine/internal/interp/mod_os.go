package interp

import (
	"slices"
	"strings"
)

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
	path := th.lib("posixpath")
	return newModule("os", []*Builtin{getenv}, map[string]Value{
		"environ": environ, "path": path, "sep": "/", "linesep": "\n", "name": "posix", "curdir": ".", "pardir": "..",
	})
}

// pathModule is posixpath, os.path: the functions of strings alone. What
// reads the file system, the working directory or the home directory is
// refused (through the catalog, or here for a relative path or a "~").
func pathModule(th *Thread) *Module {
	return newModule("os.path", []*Builtin{
		fn("join", pathJoin), pathFn("basename", 1, func(th *Thread, p []string) (Value, error) { return pathBase(p[0]), nil }),
		pathFn("dirname", 1, func(th *Thread, p []string) (Value, error) { return pathDirname(p[0]), nil }),
		pathFn("splitext", 1, pathSplitext), pathFn("normpath", 1, func(th *Thread, p []string) (Value, error) { return pathNormpath(p[0]), nil }),
		pathFn("normcase", 1, func(th *Thread, p []string) (Value, error) { return p[0], nil }),
		pathFn("split", 1, func(th *Thread, p []string) (Value, error) { return Tuple{pathDirname(p[0]), pathBase(p[0])}, nil }),
		pathFn("splitdrive", 1, func(th *Thread, p []string) (Value, error) { return Tuple{"", p[0]}, nil }),
		pathFn("isabs", 1, func(th *Thread, p []string) (Value, error) { return strings.HasPrefix(p[0], "/"), nil }),
		pathFn("expanduser", 1, func(th *Thread, p []string) (Value, error) {
			if strings.HasPrefix(p[0], "~") {
				return nil, th.Unsupported("os.path.expanduser of a path starting with '~' (the sandbox has no home directory)")
			}
			return p[0], nil
		}),
		pathFn("abspath", 1, func(th *Thread, p []string) (Value, error) {
			if !strings.HasPrefix(p[0], "/") {
				return nil, th.Unsupported("os.path.abspath of a relative path (the sandbox has no working directory)")
			}
			return pathNormpath(p[0]), nil
		}),
		pathFn("relpath", 2, pathRelpath),
		fn("commonprefix", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "commonprefix", 1, 1); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil || len(items) == 0 {
				return "", err
			}
			ps, err := pathStrings(th, "", items)
			if err != nil {
				return nil, err
			}
			lo, hi := slices.Min(ps), slices.Max(ps)
			i := 0
			for i < len(lo) && lo[i] == hi[i] {
				i++
			}
			return lo[:i], nil
		}),
		fn("commonpath", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "commonpath", 1, 1); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return nil, th.Raise(ValueError, "commonpath() arg is an empty sequence")
			}
			ps, err := pathStrings(th, "", items)
			if err != nil {
				return nil, err
			}
			abs := strings.HasPrefix(ps[0], "/")
			split := make([][]string, len(ps))
			for i, p := range ps {
				if strings.HasPrefix(p, "/") != abs {
					return nil, th.Raise(ValueError, "Can't mix absolute and relative paths")
				}
				split[i] = pathParts(p)
			}
			lo, hi := slices.MinFunc(split, slices.Compare), slices.MaxFunc(split, slices.Compare)
			i := 0
			for i < len(lo) && lo[i] == hi[i] {
				i++
			}
			prefix := ""
			if abs {
				prefix = "/"
			}
			return prefix + strings.Join(lo[:i], "/"), nil
		}),
	}, map[string]Value{"sep": "/", "curdir": ".", "pardir": "..", "extsep": ".", "altsep": nil, "pathsep": ":"})
}

// pathParts is a path's names without empty ones and ".".
func pathParts(p string) []string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c != "" && c != "." {
			out = append(out, c)
		}
	}
	return out
}

// pathRelpath is posixpath.relpath. Relative paths are taken from one
// working directory, which the sandbox lacks: they are answered only when
// neither climbs above it nor mixes with an absolute one (the answer does not
// depend on where it is).
func pathRelpath(th *Thread, p []string) (Value, error) {
	if p[0] == "" {
		return nil, th.Raise(ValueError, "no path specified")
	}
	start := "."
	if len(p) > 1 {
		start = p[1]
	}
	to, from := pathNormpath(p[0]), pathNormpath(start)
	if rel := !strings.HasPrefix(to, "/"); rel || !strings.HasPrefix(from, "/") {
		if rel == strings.HasPrefix(from, "/") || pathClimbs(to) || pathClimbs(from) {
			return nil, th.Unsupported("os.path.relpath of a relative path it cannot place without a working directory")
		}
	}
	dst, src := pathParts(to), pathParts(from)
	i := 0
	for i < len(dst) && i < len(src) && dst[i] == src[i] {
		i++
	}
	rel := append(slices.Repeat([]string{".."}, len(src)-i), dst[i:]...)
	if len(rel) == 0 {
		return ".", nil
	}
	return strings.Join(rel, "/"), nil
}

// pathStrings checks path arguments; name is the function whose TypeError
// names it (join's), or "" for os.fspath's.
func pathStrings(th *Thread, name string, args []Value) ([]string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		s, ok := a.(string)
		if p, isInst := a.(*Instance); isInst {
			if _, pathLike := p.Class.Lookup("__fspath__"); pathLike {
				var err error
				if s, err = fspath(th, p); err != nil {
					return nil, err
				}
				ok = true
			}
		}
		switch {
		case ok:
			out[i] = s
		case name == "":
			return nil, th.Raise(TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(a))
		default:
			return nil, th.Raise(TypeError, "%s() argument must be str, bytes, or os.PathLike object, not '%s'", name, typeName(a))
		}
	}
	return out, nil
}

func pathClimbs(p string) bool { return p == ".." || strings.HasPrefix(p, "../") }

func pathBase(p string) string { return p[strings.LastIndex(p, "/")+1:] }

// pathFn is a posixpath function of 1 to max path strings.
func pathFn(name string, max int, f func(th *Thread, p []string) (Value, error)) *Builtin {
	return fn(name, func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, name, 1, max); err != nil {
			return nil, err
		}
		p, err := pathStrings(th, "", c.Args)
		if err != nil {
			return nil, err
		}
		return f(th, p)
	})
}

// pathJoin is posixpath.join: an absolute part starts over.
func pathJoin(th *Thread, c *Call) (Value, error) {
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "join() missing 1 required positional argument: 'a'")
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

// pathDirname is posixpath.dirname: trailing slashes go unless the head is all slashes.
func pathDirname(p string) string {
	head := p[:strings.LastIndex(p, "/")+1]
	if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
		return trimmed
	}
	return head
}

// pathSplitext is posixpath.splitext: leading dots of the last part are not an extension.
func pathSplitext(th *Thread, ps []string) (Value, error) {
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
