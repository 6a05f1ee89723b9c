package interp

import "unicode/utf8"

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
		"argv": &List{Items: []Value{th.file.Name}}, "stdout": stdout{}, "maxsize": int64(1<<63 - 1), "platform": "linux",
		"byteorder": "little",
	})
}

// stdout is sys.stdout: write() prints and returns the characters written.
type stdout struct{}

func (stdout) TypeName() string { return "_io.TextIOWrapper" }

func (stdout) Attr(th *Thread, name string) (Value, bool, error) {
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
			th.Print(s)
			return int64(utf8.RuneCountInString(s)), nil
		}), true, nil
	case "flush":
		return fn("flush", func(th *Thread, c *Call) (Value, error) { return nil, nil }), true, nil
	case "isatty":
		return fn("isatty", func(th *Thread, c *Call) (Value, error) { return false, nil }), true, nil
	}
	return nil, false, nil
}
