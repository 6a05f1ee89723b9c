package interp

import (
	"slices"
	"strings"
)

// ioModule is io's StringIO and BytesIO, the in-memory files scripts use
// with redirect_stdout or as a stream for logging; files are refused by the
// catalog.
func ioModule(th *Thread) *Module {
	return newModule("io", nil, map[string]Value{"StringIO": &builtinType{name: "StringIO", module: "_io", call: func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "StringIO", "initial_value", "newline")
		if err != nil {
			return nil, err
		}
		// newline=None translates \r\n and \r to \n as text is written
		univ := len(c.Args) > 1 || slices.ContainsFunc(c.Kw, func(k KV) bool { return k.Name == "newline" })
		if univ && a[1] != nil && a[1] != "\n" {
			return nil, th.Unsupported("io.StringIO(newline=...) other than None and '\\n'")
		}
		univ = univ && a[1] == nil
		s := ""
		if a[0] != nil {
			if s, err = th.strArg(a[0], "initial_value"); err != nil {
				return nil, th.Raise(TypeError, "initial_value must be str or None, not %s", typeName(a[0]))
			}
		}
		return &stringIO{buf: []rune(univNewlines(s, univ)), univ: univ}, nil
	}}, "BytesIO": &builtinType{name: "BytesIO", module: "_io", call: func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "BytesIO", "initial_bytes")
		if err != nil {
			return nil, err
		}
		f := &stringIO{binary: true}
		if a[0] != nil {
			b, ok := bytesArg(a[0]).(Bytes)
			if !ok {
				return nil, th.Raise(TypeError, "a bytes-like object is required, not '%s'", typeName(a[0]))
			}
			f.buf = byteRunes(b)
		}
		return f, nil
	}}})
}

// stringIO is an io.StringIO: text and a position in characters; or, binary,
// an io.BytesIO, whose runes are bytes.
type stringIO struct {
	buf    []rune
	pos    int
	closed bool
	binary bool
	univ   bool // newline=None
}

func univNewlines(s string, univ bool) string {
	if univ {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	return s
}

func byteRunes(b Bytes) []rune {
	r := make([]rune, len(b))
	for i := range r {
		r[i] = rune(b[i])
	}
	return r
}

// runes is what write takes: a str, or for BytesIO bytes.
func (f *stringIO) runes(th *Thread, v Value) ([]rune, error) {
	switch s := bytesArg(v).(type) {
	case string:
		if !f.binary {
			return []rune(s), nil
		}
	case Bytes:
		if f.binary {
			return byteRunes(s), nil
		}
	}
	if f.binary {
		return nil, th.Raise(TypeError, "a bytes-like object is required, not '%s'", typeName(v))
	}
	return nil, th.Raise(TypeError, "string argument expected, got '%s'", typeName(v))
}

// text is part of the buffer as the file's type: str, or bytes.
func (f *stringIO) text(r []rune) Value {
	if !f.binary {
		return string(r)
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return Bytes(b)
}

func (f *stringIO) TypeName() string {
	if f.binary {
		return "_io.BytesIO"
	}
	return "_io.StringIO"
}

func (f *stringIO) Enter(th *Thread) (Value, error) { return f, nil }

func (f *stringIO) Exit(th *Thread, e *Exception) (bool, error) {
	f.closed = true
	return false, nil
}

func (f *stringIO) Iterate(th *Thread) ([]Value, error) {
	var out []Value
	for f.pos < len(f.buf) {
		out = append(out, f.readline(-1))
	}
	return out, nil
}

func (f *stringIO) readline(limit int) Value {
	end := f.pos
	for end < len(f.buf) && (limit < 0 || end-f.pos < limit) {
		end++
		if f.buf[end-1] == '\n' {
			break
		}
	}
	s := f.text(f.buf[f.pos:end])
	f.pos = end
	return s
}

func (f *stringIO) Attr(th *Thread, name string) (Value, bool, error) {
	if name == "closed" {
		return f.closed, true, nil
	}
	m := func(body func(th *Thread, c *Call) (Value, error)) (Value, bool, error) {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if f.closed && name != "close" {
				if f.binary {
					return nil, th.Raise(ValueError, "I/O operation on closed file.")
				}
				return nil, th.Raise(ValueError, "I/O operation on closed file")
			}
			return body(th, c)
		}), true, nil
	}
	switch name {
	case "write":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "write", 1, 1); err != nil {
				return nil, err
			}
			r, err := f.runes(th, c.Args[0])
			if err != nil {
				return nil, err
			}
			count := int64(len(r))
			if f.univ {
				r = []rune(univNewlines(string(r), true))
			}
			if err := th.alloc(int64(len(r))); err != nil {
				return nil, err
			}
			for len(f.buf) < f.pos {
				f.buf = append(f.buf, 0)
			}
			n := copy(f.buf[f.pos:], r)
			f.buf = append(f.buf, r[n:]...)
			f.pos += len(r)
			return count, nil
		})
	case "getvalue":
		return m(func(th *Thread, c *Call) (Value, error) { return f.text(f.buf), nil })
	case "read":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "read", "size")
			if err != nil {
				return nil, err
			}
			n, err := th.intArg(a[0], -1)
			if err != nil {
				return nil, err
			}
			end := len(f.buf)
			if n >= 0 && f.pos+int(n) < end {
				end = f.pos + int(n)
			}
			s := f.text(f.buf[min(f.pos, end):end])
			f.pos = max(f.pos, end)
			return s, nil
		})
	case "readline":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "readline", "size")
			if err != nil {
				return nil, err
			}
			n, err := th.intArg(a[0], -1)
			if err != nil {
				return nil, err
			}
			return f.readline(int(n)), nil
		})
	case "readlines":
		return m(func(th *Thread, c *Call) (Value, error) {
			lines, err := f.Iterate(th)
			return &List{Items: lines}, err
		})
	case "seek":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "seek", "pos", "whence")
			if err != nil {
				return nil, err
			}
			if a[1] != nil {
				return nil, th.Unsupported("StringIO.seek(whence=...)")
			}
			n, err := th.intArg(a[0], 0)
			if err != nil {
				return nil, err
			}
			if n < 0 && f.binary {
				return nil, th.Raise(ValueError, "negative seek value %d", n)
			}
			if n < 0 {
				return nil, th.Raise(ValueError, "Negative seek position %d", n)
			}
			f.pos = int(n)
			return n, nil
		})
	case "tell":
		return m(func(th *Thread, c *Call) (Value, error) { return int64(f.pos), nil })
	case "truncate":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "truncate", "size")
			if err != nil {
				return nil, err
			}
			n, err := th.intArg(a[0], int64(f.pos))
			if err != nil {
				return nil, err
			}
			if int(n) < len(f.buf) {
				f.buf = f.buf[:n]
			}
			return n, nil
		})
	case "close":
		return m(func(th *Thread, c *Call) (Value, error) {
			f.closed = true
			return nil, nil
		})
	case "flush":
		return m(func(th *Thread, c *Call) (Value, error) { return nil, nil })
	case "writelines":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "writelines", 1, 1); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			w, _, _ := f.Attr(th, "write")
			for _, it := range items {
				if _, err := th.Call(w, []Value{it}, nil); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
	}
	return nil, false, nil
}
