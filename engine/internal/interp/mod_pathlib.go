package interp

import (
	"strings"

	"cascadelab/engine/internal/catalog"
	"cascadelab/engine/internal/py"
)

// pathlibModule is pathlib's pure paths on POSIX: PurePath and
// PurePosixPath, and Path and PosixPath for their pure parts; what reads
// or writes the file system is refused by the catalog. A path keeps
// CPython's own fields, _drv, _root and _parts (the root first).
func pathlibModule(th *Thread) *Module {
	pure := nativeClass("PurePath", "pathlib", nil)
	pure.hashed = true
	posix := nativeClass("PurePosixPath", "pathlib", pure)
	path := nativeClass("Path", "pathlib", pure)
	posixPath := NewClass("PosixPath", []*Class{path, posix}, nil, nil)
	posixPath.module, posixPath.native = "pathlib", true
	flavour := func(c *Class) *Class {
		switch c {
		case pure:
			return posix
		case path:
			return posixPath
		}
		return c
	}
	// make is a path of class cls from strs and paths, as _parse_args and
	// parse_parts split them: an absolute part starts over.
	make := func(cls *Class, args []Value) (*Instance, error) {
		root, parts := "", []string{}
		for _, a := range args {
			s, err := fspath(th, a)
			if err != nil {
				return nil, err
			}
			if strings.HasPrefix(s, "/") {
				root, parts = "/", nil
				if strings.HasPrefix(s, "//") && !strings.HasPrefix(s, "///") {
					root = "//"
				}
			}
			for _, p := range strings.Split(s, "/") {
				if p != "" && p != "." {
					parts = append(parts, p)
				}
			}
		}
		items := []Value{}
		if root != "" {
			items = append(items, root)
		}
		for _, p := range parts {
			items = append(items, p)
		}
		p := &Instance{Class: flavour(cls), Dict: NewDict()}
		p.Dict.SetStr("_drv", "")
		p.Dict.SetStr("_root", root)
		p.Dict.SetStr("_parts", &List{Items: items})
		return p, nil
	}
	self := func(c *Call) (*Instance, string, []string, error) {
		if len(c.Args) > 0 {
			if p, ok := c.Args[0].(*Instance); ok && p.Class.IsSubclass(pure) {
				root, _ := p.Dict.GetStr("_root")
				l, _ := p.Dict.GetStr("_parts")
				var parts []string
				for _, v := range l.(*List).Items {
					parts = append(parts, v.(string))
				}
				if root != "" {
					parts = parts[1:]
				}
				return p, root.(string), parts, nil
			}
		}
		return nil, "", nil, th.Raise(TypeError, "descriptor needs a 'PurePath' object")
	}
	// with is a path of p's class from root and parts.
	with := func(p *Instance, root string, parts []string) (Value, error) {
		args := []Value{root + strings.Join(parts, "/")}
		return make(p.Class, args)
	}
	str := func(root string, parts []string) string {
		if s := root + strings.Join(parts, "/"); s != "" {
			return s
		}
		return "."
	}
	name := func(parts []string) string {
		if len(parts) == 0 {
			return ""
		}
		return parts[len(parts)-1]
	}
	suffixAt := func(n string) int {
		if i := strings.LastIndex(n, "."); i > 0 && i < len(n)-1 {
			return i
		}
		return len(n)
	}
	method := func(name string, f func(p *Instance, root string, parts []string, c *Call) (Value, error)) {
		pure.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			p, root, parts, err := self(c)
			if err != nil {
				return nil, err
			}
			return f(p, root, parts, c)
		})
	}
	prop := func(n string, f func(p *Instance, root string, parts []string) (Value, error)) {
		pure.Dict.SetStr(n, &property{get: fn(n, func(th *Thread, c *Call) (Value, error) {
			p, root, parts, err := self(c)
			if err != nil {
				return nil, err
			}
			return f(p, root, parts)
		})})
	}
	pure.setMethod("__new__", func(th *Thread, c *Call) (Value, error) {
		cls, ok := c.Args[0].(*Class)
		if !ok {
			return nil, th.Raise(TypeError, "object.__new__(X): X is not a type object (%s)", typeName(c.Args[0]))
		}
		return make(cls, c.Args[1:])
	})
	pure.setMethod("__init__", func(th *Thread, c *Call) (Value, error) { return nil, nil })
	for _, n := range []string{"__str__", "__fspath__", "as_posix"} {
		method(n, func(p *Instance, root string, parts []string, c *Call) (Value, error) { return str(root, parts), nil })
	}
	method("__repr__", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		r, err := th.repr(str(root, parts))
		return p.Class.Name + "(" + r + ")", err
	})
	method("__hash__", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		l, _ := p.Dict.GetStr("_parts")
		return th.hash(Tuple(l.(*List).Items))
	})
	join := func(p *Instance, c *Call, right bool) (Value, error) {
		if len(c.Args) != 2 {
			return nil, th.Raise(TypeError, "expected 1 argument, got %d", len(c.Args)-1)
		}
		if _, err := fspath(th, c.Args[1]); err != nil {
			return notImplemented, nil
		}
		if right {
			return make(p.Class, []Value{c.Args[1], p})
		}
		return make(p.Class, []Value{p, c.Args[1]})
	}
	method("__truediv__", func(p *Instance, root string, parts []string, c *Call) (Value, error) { return join(p, c, false) })
	method("__rtruediv__", func(p *Instance, root string, parts []string, c *Call) (Value, error) { return join(p, c, true) })
	method("joinpath", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		return make(p.Class, append([]Value{p}, c.Args[1:]...))
	})
	// compare is == and the orderings: of paths of one flavour, their parts.
	compare := func(op py.Op) {
		method(map[py.Op]string{py.Eq: "__eq__", py.Lt: "__lt__", py.LtE: "__le__", py.Gt: "__gt__", py.GtE: "__ge__"}[op], func(p *Instance, root string, parts []string, c *Call) (Value, error) {
			o, ok := c.Args[1].(*Instance)
			if !ok || !o.Class.IsSubclass(pure) || o.Class.IsSubclass(posix) != p.Class.IsSubclass(posix) {
				return notImplemented, nil
			}
			a, _ := p.Dict.GetStr("_parts")
			b, _ := o.Dict.GetStr("_parts")
			return th.compare(op, a, b)
		})
	}
	for _, op := range []py.Op{py.Eq, py.Lt, py.LtE, py.Gt, py.GtE} {
		compare(op)
	}
	prop("drive", func(p *Instance, root string, parts []string) (Value, error) { return "", nil })
	prop("root", func(p *Instance, root string, parts []string) (Value, error) { return root, nil })
	prop("anchor", func(p *Instance, root string, parts []string) (Value, error) { return root, nil })
	prop("parts", func(p *Instance, root string, parts []string) (Value, error) {
		l, _ := p.Dict.GetStr("_parts")
		return Tuple(append([]Value(nil), l.(*List).Items...)), nil
	})
	prop("name", func(p *Instance, root string, parts []string) (Value, error) { return name(parts), nil })
	prop("suffix", func(p *Instance, root string, parts []string) (Value, error) {
		n := name(parts)
		return n[suffixAt(n):], nil
	})
	prop("stem", func(p *Instance, root string, parts []string) (Value, error) {
		n := name(parts)
		return n[:suffixAt(n)], nil
	})
	prop("suffixes", func(p *Instance, root string, parts []string) (Value, error) {
		n := name(parts)
		out := &List{}
		if strings.HasSuffix(n, ".") {
			return out, nil
		}
		for _, s := range strings.Split(strings.TrimLeft(n, "."), ".")[1:] {
			out.Items = append(out.Items, "."+s)
		}
		return out, nil
	})
	prop("parent", func(p *Instance, root string, parts []string) (Value, error) {
		if len(parts) == 0 {
			return p, nil
		}
		return with(p, root, parts[:len(parts)-1])
	})
	prop("parents", func(p *Instance, root string, parts []string) (Value, error) {
		var items []Value
		for i := len(parts) - 1; i >= 0; i-- {
			q, err := with(p, root, parts[:i])
			if err != nil {
				return nil, err
			}
			items = append(items, q)
		}
		return pathParents(p.Class.Name, items), nil
	})
	method("is_absolute", func(p *Instance, root string, parts []string, c *Call) (Value, error) { return root != "", nil })
	method("is_reserved", func(p *Instance, root string, parts []string, c *Call) (Value, error) { return false, nil })
	withName := func(p *Instance, root string, parts []string, n Value) (Value, error) {
		if len(parts) == 0 {
			r, err := th.repr(p)
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(ValueError, "%s has an empty name", r)
		}
		s, err := th.strArg(n, "name")
		if err != nil {
			return nil, err
		}
		if s == "" || strings.HasSuffix(s, "/") || strings.Count(strings.Trim(s, "/"), "/") > 0 || strings.HasPrefix(s, "/") || s == "." {
			r, _ := th.repr(s)
			return nil, th.Raise(ValueError, "Invalid name %s", r)
		}
		return with(p, root, append(append([]string(nil), parts[:len(parts)-1]...), s))
	}
	method("with_name", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		if err := argN(th, c, "with_name", 2, 2); err != nil {
			return nil, err
		}
		return withName(p, root, parts, c.Args[1])
	})
	method("with_stem", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		if err := argN(th, c, "with_stem", 2, 2); err != nil {
			return nil, err
		}
		s, err := th.strArg(c.Args[1], "stem")
		if err != nil {
			return nil, err
		}
		n := name(parts)
		return withName(p, root, parts, s+n[suffixAt(n):])
	})
	method("with_suffix", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		if err := argN(th, c, "with_suffix", 2, 2); err != nil {
			return nil, err
		}
		s, err := th.strArg(c.Args[1], "suffix")
		if err != nil {
			return nil, err
		}
		if strings.Contains(s, "/") || s != "" && !strings.HasPrefix(s, ".") || s == "." {
			r, _ := th.repr(s)
			return nil, th.Raise(ValueError, "Invalid suffix %s", r)
		}
		n := name(parts)
		if n == "" {
			r, err := th.repr(p)
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(ValueError, "%s has an empty name", r)
		}
		return with(p, root, append(append([]string(nil), parts[:len(parts)-1]...), n[:suffixAt(n)]+s))
	})
	relative := func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		if len(c.Args) < 2 {
			return nil, th.Raise(TypeError, "need at least one argument")
		}
		o, err := make(p.Class, c.Args[1:])
		if err != nil {
			return nil, err
		}
		_, oroot, oparts, _ := self(&Call{Args: []Value{o}})
		all, oall := append([]string{root}, parts...), append([]string{oroot}, oparts...)
		n := len(oall)
		ok := oroot == root && n <= len(all)
		for i := 1; ok && i < n; i++ {
			ok = all[i] == oall[i]
		}
		if oroot == "" && len(oparts) == 0 {
			ok = root == "" // relative_to("") of a relative path
		}
		if !ok {
			a, _ := th.repr(str(root, parts))
			b, _ := th.repr(str(oroot, oparts))
			return nil, th.Raise(ValueError, "%s is not in the subpath of %s OR one path is relative and the other is absolute.", a, b)
		}
		return with(p, "", all[n:])
	}
	method("relative_to", relative)
	method("is_relative_to", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		_, err := relative(p, root, parts, c)
		if e, ok := err.(*Exception); ok && e.Class == ValueError {
			return false, nil
		}
		return err == nil, err
	})
	method("match", func(p *Instance, root string, parts []string, c *Call) (Value, error) {
		if err := argN(th, c, "match", 2, 2); err != nil {
			return nil, err
		}
		pat, err := th.strArg(c.Args[1], "pattern")
		if err != nil {
			return nil, err
		}
		q, err := make(posix, []Value{pat})
		if err != nil {
			return nil, err
		}
		_, proot, pparts, _ := self(&Call{Args: []Value{q}})
		if proot == "" && len(pparts) == 0 {
			return nil, th.Raise(ValueError, "empty pattern")
		}
		if proot != "" && (proot != root || len(pparts) != len(parts)) || len(pparts) > len(parts) {
			return false, nil
		}
		for i := 1; i <= len(pparts); i++ {
			if !globMatch(pparts[len(pparts)-i], parts[len(parts)-i]) {
				return false, nil
			}
		}
		return true, nil
	})
	path.setMethod("__getattr__", func(th *Thread, c *Call) (Value, error) {
		if n, ok := c.Args[1].(string); ok && catalog.TypeAttr("PosixPath", n) == catalog.Lacks {
			return nil, th.Raise(AttributeError, "'%s' object has no attribute '%s'", typeName(c.Args[0]), n)
		}
		return nil, th.Unsupported("pathlib.Path.%v: the sandbox has no file system (PurePath's methods work)", c.Args[1])
	})
	return newModule("pathlib", nil, map[string]Value{"PurePath": pure, "PurePosixPath": posix, "Path": path, "PosixPath": posixPath})
}

// fspath is os.fspath of a path argument: a str, or a path's __fspath__.
func fspath(th *Thread, v Value) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	if p, ok := v.(*Instance); ok {
		if m, ok := p.Class.Lookup("__fspath__"); ok {
			r, err := th.Call(m, []Value{p}, nil)
			if s, ok := r.(string); ok || err != nil {
				return s, err
			}
		}
	}
	return "", th.Raise(TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// pathParents is a path's parents: a sequence of its ancestors, nearest first.
func pathParents(cls string, items []Value) *Instance {
	c := nativeClass("_PathParents", "pathlib", nil)
	list := &List{Items: items}
	c.setMethod("__len__", func(th *Thread, c *Call) (Value, error) { return int64(len(items)), nil })
	c.setMethod("__getitem__", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "__getitem__", 2, 2); err != nil {
			return nil, err
		}
		if i, ok := smallInt(c.Args[1]); ok && (i >= int64(len(items)) || i < -int64(len(items))) {
			return nil, th.Raise(IndexError, "%d", i)
		}
		v, err := th.getItem(list, c.Args[1])
		if l, ok := v.(*List); ok {
			return Tuple(l.Items), err
		}
		return v, err
	})
	c.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) { return "<" + cls + ".parents>", nil })
	return &Instance{Class: c, Dict: NewDict()}
}

// globMatch is fnmatch.fnmatchcase of one name: *, ?, [seq] and [!seq].
func globMatch(pat, name string) bool {
	p, n := []rune(pat), []rune(name)
	if len(p) == 0 {
		return len(n) == 0
	}
	switch p[0] {
	case '*':
		for i := 0; i <= len(n); i++ {
			if globMatch(string(p[1:]), string(n[i:])) {
				return true
			}
		}
		return false
	case '?':
		return len(n) > 0 && globMatch(string(p[1:]), string(n[1:]))
	case '[':
		if end := strings.IndexRune(string(p[2:]), ']'); end >= 0 && len(n) > 0 {
			set := p[1 : 2+len([]rune(string(p[2:])[:end]))]
			neg := set[0] == '!'
			if neg {
				set = set[1:]
			}
			in := false
			for i := 0; i < len(set); i++ {
				if i+2 < len(set) && set[i+1] == '-' {
					in = in || set[i] <= n[0] && n[0] <= set[i+2]
					i += 2
				} else {
					in = in || set[i] == n[0]
				}
			}
			return in != neg && globMatch(string(p[3+len([]rune(string(p[2:])[:end])):]), string(n[1:]))
		}
	}
	return len(n) > 0 && p[0] == n[0] && globMatch(string(p[1:]), string(n[1:]))
}
