package interp

import (
	"math"
	"strings"
	"unicode/utf8"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// sysModule is sys as a script run by cascadelab sees it: argv holds the
// script's name only, exit raises SystemExit, stdout is the run's output.
func sysModule(th *Thread) *Module {
	return newModule("sys", []*Builtin{
		fn("exit", sysExit),
		fn("exc_info", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "exc_info", 0, 0); err != nil {
				return nil, err
			}
			if len(th.handling) == 0 {
				return Tuple{nil, nil, nil}, nil
			}
			e := th.handling[len(th.handling)-1]
			tb, err := th.getAttr(e, "__traceback__")
			return Tuple{e.Class, e, tb}, err
		}),
		fn("exception", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "exception", 0, 0); err != nil {
				return nil, err
			}
			if len(th.handling) == 0 {
				return nil, nil
			}
			return th.handling[len(th.handling)-1], nil
		}),
		fn("intern", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "intern", 1, 1); err != nil {
				return nil, err
			}
			if _, ok := c.Args[0].(string); !ok {
				return nil, th.Raise(TypeError, "intern() argument must be str, not %s", typeName(c.Args[0]))
			}
			return c.Args[0], nil
		}),
		fn("getrecursionlimit", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "getrecursionlimit", 0, 0); err != nil {
				return nil, err
			}
			return int64(1000), nil
		}),
	}, map[string]Value{
		"argv": &List{Items: []Value{th.file.Name}}, "stdout": stdout, "stderr": stderr, "maxsize": int64(1<<63 - 1), "platform": "linux",
		// the build's own words differ between installations (as the clock between runs)
		"version":   "3.11.7 (main, cascadelab)",
		"byteorder": "little", "version_info": versionInfo, "float_info": floatInfo, "int_info": intInfo,
		"modules": sysModules{}, "path": sysPath(),
	})
}

// sysPath is sys.path: a list a script may add its folders to (the sandbox
// imports nothing from them), whose entries, the installation's folders in
// CPython, it cannot read.
func sysPath() *Instance {
	c := nativeClass("list", "builtins", builtinClasses[TypeList])
	for _, name := range []string{"__iter__", "__len__", "__repr__", "__getitem__", "__contains__", "__eq__", "__reversed__", "__delitem__", "__add__", "__mul__", "__rmul__", "index", "count", "pop", "remove", "copy"} {
		c.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			return nil, th.Unsupported("reading sys.path (%s): its folders are the installation's", name)
		})
	}
	return &Instance{Class: c, Dict: NewDict(), Base: &List{}}
}

// sysExit is sys.exit, and the exit and quit that site adds to builtins.
func sysExit(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "exit", 0, 1); err != nil {
		return nil, err
	}
	e := th.Raise(SystemExit, "")
	e.Args, e.msg = append([]Value(nil), c.Args...), nil
	var code Value
	if len(c.Args) == 1 {
		code = c.Args[0]
	}
	e.Dict = NewDict()
	e.Dict.SetStr("code", code)
	return nil, e
}

// mainModule is sys.modules["__main__"]: the script's globals as a module
// (getattr(sys.modules[__name__], name) finds what the script defined).
type mainModule struct{}

func (mainModule) TypeName() string { return "module" }

func (mainModule) Attr(th *Thread, name string) (Value, bool, error) {
	v, ok := th.globals.vars[name]
	return v, ok, nil
}

func (mainModule) SetAttr(th *Thread, name string, v Value) error {
	th.globals.vars[name] = v
	return nil
}

// Repr names the script's path, which depends on where CPython ran it.
func (mainModule) Repr(th *Thread) (string, error) {
	return "", th.Unsupported("the repr of the __main__ module (it holds the script's path)")
}

// sysModules is sys.modules as far as a run can know it: the modules the
// script imported (and the packages above them), __main__, sys and builtins.
// CPython's also holds what its own start-up imported, which depends on
// the installation: asking about another name, or for the whole table, is
// refused rather than answered from a guess.
type sysModules struct{}

func (sysModules) TypeName() string { return "dict" }

func (sysModules) Contains(th *Thread, v Value) (bool, error) {
	name, ok := v.(string)
	if !ok {
		return false, th.Unsupported("sys.modules holding %s keys", typeName(v))
	}
	if name == "__main__" || name == "sys" || name == "builtins" || th.imported[name] {
		return true, nil
	}
	return false, th.Unsupported("sys.modules for a module the script did not import (%s)", name)
}

func (m sysModules) GetItem(th *Thread, key Value) (Value, error) {
	if in, err := m.Contains(th, key); err != nil || !in {
		return nil, err
	}
	switch name := key.(string); name {
	case "__main__":
		return mainModule{}, nil
	case "builtins":
		return nil, th.Unsupported("sys.modules[%s]", pyrepr.Str(name))
	default:
		return th.importModule(name, th.cur)
	}
}

func (m sysModules) Attr(th *Thread, name string) (Value, bool, error) {
	if name != "get" {
		return nil, false, th.Unsupported("sys.modules.%s", name)
	}
	return fn("get", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "get", 1, 2); err != nil {
			return nil, err
		}
		return m.GetItem(th, c.Args[0]) // never missing: Contains refuses first
	}), true, nil
}

// stdStream is sys.stdout (kept: the run's output, which write() prints
// to) or sys.stderr, whose text is not recorded, as the oracle records
// stdout only. write() returns the characters written.
type stdStream struct{ kept bool }

var (
	stdout = stdStream{kept: true}
	stderr = stdStream{}
)

func (stdStream) TypeName() string { return "_io.TextIOWrapper" }

func (st stdStream) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "write":
		return fn("write", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "write", 1, 1); err != nil {
				return nil, err
			}
			s, ok := c.Args[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "write() argument must be str, not %s", typeName(c.Args[0]))
			}
			if !st.kept {
				return int64(utf8.RuneCountInString(s)), nil
			}
			return int64(utf8.RuneCountInString(s)), th.Print(s)
		}), true, nil
	case "flush":
		return fn("flush", func(th *Thread, c *Call) (Value, error) { return nil, nil }), true, nil
	case "isatty":
		return fn("isatty", func(th *Thread, c *Call) (Value, error) { return false, nil }), true, nil
	}
	return nil, false, nil
}

// structSeq is one of sys's tuples with named fields (version_info,
// float_info, int_info): CPython 3.11's values on a 64-bit machine.
type structSeq struct {
	name   string
	fields []string
	vals   Tuple
}

var (
	versionInfo = &structSeq{"sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
		Tuple{int64(3), int64(11), int64(7), "final", int64(0)}}
	floatInfo = &structSeq{"sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		Tuple{math.MaxFloat64, int64(1024), int64(308), 0x1p-1022, int64(-1021), int64(-307), int64(15), int64(53), 0x1p-52, int64(2), int64(1)}}
	intInfo = &structSeq{"sys.int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		Tuple{int64(30), int64(4), int64(4300), int64(640)}}
)

func (s *structSeq) TypeName() string { return s.name }

func (s *structSeq) Iterate(th *Thread) ([]Value, error) { return s.vals, nil }
func (s *structSeq) Len(th *Thread) (int, error)         { return len(s.vals), nil }
func (s *structSeq) GetItem(th *Thread, key Value) (Value, error) {
	return th.getItem(s.vals, key)
}
func (s *structSeq) Slice(th *Thread, lo, hi, step Value) (Value, error) {
	return th.slice(s.vals, lo, hi, step)
}

func (s *structSeq) Attr(th *Thread, name string) (Value, bool, error) {
	for i, f := range s.fields {
		if f == name {
			return s.vals[i], true, nil
		}
	}
	return nil, false, nil
}

func (s *structSeq) Repr(th *Thread) (string, error) {
	parts := make([]string, len(s.fields))
	for i, f := range s.fields {
		r, err := th.repr(s.vals[i])
		if err != nil {
			return "", err
		}
		parts[i] = f + "=" + r
	}
	return s.name + "(" + strings.Join(parts, ", ") + ")", nil
}

// Binary compares as the tuple does.
func (s *structSeq) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	return th.compareAsTuple(op, s.vals, other, right)
}

func (s *structSeq) tuple() Tuple { return s.vals }

// namedTuple is a tuple with named fields made in Go (sys.version_info,
// time.struct_time): it compares as its tuple, with tuples and its kind.
type namedTuple interface{ tuple() Tuple }

// compareAsTuple is a comparison of a named tuple (mine) with other, which
// CPython's structseq, a tuple subclass, makes a tuple comparison.
func (th *Thread) compareAsTuple(op py.Op, mine Tuple, other Value, right bool) (Value, bool, error) {
	if !isCompare(op) {
		return nil, false, nil
	}
	switch o := other.(type) {
	case Tuple:
	case namedTuple:
		other = o.tuple()
	default:
		return nil, false, nil
	}
	a, b := Value(mine), other
	if right {
		a, b = b, a
	}
	r, err := th.compare(op, a, b)
	return r, err == nil, err
}

func (s *structSeq) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }
