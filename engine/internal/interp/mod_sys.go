package interp

import (
	"unicode/utf8"

	"cascadelab/engine/internal/py"
)

// sysModule is sys as a script run by cascadelab sees it: argv holds the
// script's name only, exit raises SystemExit, stdout is the run's output.
func sysModule(th *Thread) *Module {
	return newModule("sys", []*Builtin{
		fn("exit", func(th *Thread, c *Call) (Value, error) {
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
		}),
		fn("getrecursionlimit", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "getrecursionlimit", 0, 0); err != nil {
				return nil, err
			}
			return int64(1000), nil
		}),
	}, map[string]Value{
		"argv": &List{Items: []Value{th.file.Name}}, "stdout": stdout, "stderr": stderr, "maxsize": int64(1<<63 - 1), "platform": "linux",
		"byteorder": "little", "version_info": versionInfo{},
	})
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

// versionInfo is sys.version_info: CPython 3.11's, the version cascadelab
// follows; a tuple with named fields.
type versionInfo struct{}

var versionFields = []string{"major", "minor", "micro", "releaselevel", "serial"}

func (versionInfo) tuple() Tuple { return Tuple{int64(3), int64(11), int64(7), "final", int64(0)} }

func (versionInfo) TypeName() string { return "sys.version_info" }

func (v versionInfo) Iterate(th *Thread) ([]Value, error) { return v.tuple(), nil }
func (v versionInfo) Len(th *Thread) (int, error)         { return len(v.tuple()), nil }
func (v versionInfo) GetItem(th *Thread, key Value) (Value, error) {
	return th.getItem(v.tuple(), key)
}
func (v versionInfo) Slice(th *Thread, lo, hi, step Value) (Value, error) {
	return th.slice(v.tuple(), lo, hi, step)
}

func (v versionInfo) Attr(th *Thread, name string) (Value, bool, error) {
	for i, f := range versionFields {
		if f == name {
			return v.tuple()[i], true, nil
		}
	}
	return nil, false, nil
}

func (v versionInfo) Repr(th *Thread) (string, error) {
	return "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)", nil
}

// Binary compares as the tuple does.
func (v versionInfo) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if !isCompare(op) {
		return nil, false, nil
	}
	if _, ok := other.(Tuple); !ok {
		return nil, false, nil
	}
	a, b := Value(v.tuple()), other
	if right {
		a, b = b, a
	}
	r, err := th.compare(op, a, b)
	return r, err == nil, err
}

func (versionInfo) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }
