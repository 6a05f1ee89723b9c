package interp

import (
	"math"
	"strings"
	"time"

	"cascadelab/engine/internal/py"
)

// The classes of logging a script may subclass, as logging/__init__.py
// writes them: their state is in the instance's attributes and each
// method reaches the others through self, so that an override of
// format(), formatTime(), emit() or filter() is called where CPython calls it.
type logClasses struct{ record, formatter, filter, filterer, handler, stream, null *Class }

// call is self.name(args...).
func (th *Thread) callAttr(self Value, name string, args ...Value) (Value, error) {
	m, err := th.getAttr(self, name)
	if err != nil {
		return nil, err
	}
	return th.Call(m, args, nil)
}

// logSelf is a Go method's self and its arguments after the names given
// (nil when absent), with CPython's error for too many.
func (th *Thread) logSelf(c *Call, cls *Class, names ...string) (*Instance, []Value, error) {
	inst, _ := firstArg(c).(*Instance)
	if inst == nil || !inst.Class.IsSubclass(cls) {
		return nil, nil, th.Raise(TypeError, "descriptor requires a '%s' object but received a '%s'", cls.Name, typeName(firstArg(c)))
	}
	a, err := th.args(&Call{Args: c.Args[1:], Kw: c.Kw}, cls.Name+"."+names[0], names[1:]...)
	return inst, a, err
}

func firstArg(c *Call) Value {
	if len(c.Args) == 0 {
		return nil
	}
	return c.Args[0]
}

func newLogClasses(m *logManager) *logClasses {
	k := &logClasses{
		record: nativeClass("LogRecord", "logging", nil), formatter: nativeClass("Formatter", "logging", nil),
		filter: nativeClass("Filter", "logging", nil), filterer: nativeClass("Filterer", "logging", nil),
	}
	k.handler = nativeClass("Handler", "logging", k.filterer)
	k.stream = nativeClass("StreamHandler", "logging", k.handler)
	k.null = nativeClass("NullHandler", "logging", k.handler)
	k.record.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		return nil, th.Unsupported("logging.LogRecord() made by a script")
	})
	k.record.setMethod("__getattr__", func(th *Thread, c *Call) (Value, error) {
		_, a, err := th.logSelf(c, k.record, "__getattr__", "name")
		if err != nil {
			return nil, err
		}
		if a[0] == "thread" || a[0] == "process" {
			return nil, th.Unsupported("LogRecord.%s (the sandbox has no %s ids)", a[0], a[0])
		}
		return nil, th.Raise(AttributeError, "'LogRecord' object has no attribute '%v'", a[0])
	})
	k.record.setMethod("getMessage", func(th *Thread, c *Call) (Value, error) {
		rec, _, err := th.logSelf(c, k.record, "getMessage")
		if err != nil {
			return nil, err
		}
		msg, err := th.getAttr(rec, "msg")
		if err != nil {
			return nil, err
		}
		s, err := th.str(msg)
		if err != nil {
			return nil, err
		}
		args, err := th.getAttr(rec, "args")
		if t, terr := th.truth(args); err != nil || terr != nil || !t {
			return s, firstErr(err, terr)
		}
		return th.percent(s, args)
	})
	k.record.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) {
		rec, _, err := th.logSelf(c, k.record, "__repr__")
		if err != nil {
			return nil, err
		}
		var parts []Value
		for _, n := range []string{"name", "levelno", "pathname", "lineno", "msg"} {
			v, err := th.getAttr(rec, n)
			if err != nil {
				return nil, err
			}
			parts = append(parts, v)
		}
		return th.percent("<LogRecord: %s, %s, %s, %s, \"%s\">", Tuple(parts))
	})

	k.formatter.Dict.SetStr("default_time_format", "%Y-%m-%d %H:%M:%S")
	k.formatter.Dict.SetStr("default_msec_format", "%s,%03d")
	k.formatter.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.formatter, "__init__", "fmt", "datefmt", "style", "validate", "defaults")
		if err != nil {
			return nil, err
		}
		st, err := newLogStyle(th, a[0], a[2], a[4])
		if err != nil {
			return nil, err
		}
		if v, err := th.truth(orTrue(a[3])); err != nil {
			return nil, err
		} else if v {
			if err := st.validate(th); err != nil {
				return nil, err
			}
		}
		f.Dict.SetStr("_style", st)
		f.Dict.SetStr("_fmt", st.fmt)
		f.Dict.SetStr("datefmt", a[1])
		return nil, nil
	})
	k.formatter.setMethod("format", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.formatter, "format", "record")
		if err != nil {
			return nil, err
		}
		return th.logFormat(f, a[0])
	})
	k.formatter.setMethod("usesTime", func(th *Thread, c *Call) (Value, error) {
		f, _, err := th.logSelf(c, k.formatter, "usesTime")
		if err != nil {
			return nil, err
		}
		st, err := formatterStyle(th, f)
		if err != nil {
			return nil, err
		}
		return strings.Contains(st.fmt, map[byte]string{'%': "%(asctime)", '{': "{asctime", '$': "${asctime}"}[st.kind]) ||
			st.kind == '$' && strings.Contains(st.fmt, "$asctime"), nil
	})
	k.formatter.setMethod("formatMessage", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.formatter, "formatMessage", "record")
		if err != nil {
			return nil, err
		}
		st, err := formatterStyle(th, f)
		if err != nil {
			return nil, err
		}
		return st.format(th, a[0])
	})
	k.formatter.setMethod("formatTime", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.formatter, "formatTime", "record", "datefmt")
		if err != nil {
			return nil, err
		}
		created, err := th.getAttr(a[0], "created")
		if err != nil {
			return nil, err
		}
		secs, err := th.toFloat(created)
		if err != nil {
			return nil, err
		}
		whole, frac := math.Modf(secs)
		t := time.Unix(int64(whole), int64(frac*1e9))
		datefmt := a[1]
		if t, err := th.truth(datefmt); err != nil {
			return nil, err
		} else if !t {
			if datefmt, err = th.getAttr(f, "default_time_format"); err != nil {
				return nil, err
			}
		}
		ds, ok := datefmt.(string)
		if !ok {
			return nil, th.Raise(TypeError, "strftime() argument 1 must be str, not %s", typeName(datefmt))
		}
		s, err := th.strftime(ds, t)
		if err != nil || a[1] != nil {
			return s, err
		}
		msec, err := th.getAttr(f, "default_msec_format")
		if t, terr := th.truth(msec); err != nil || terr != nil || !t {
			return s, firstErr(err, terr)
		}
		ms, err := th.getAttr(a[0], "msecs")
		if err != nil {
			return nil, err
		}
		return th.binaryOp(py.Mod, msec, Tuple{s, ms})
	})
	k.formatter.setMethod("formatException", func(th *Thread, c *Call) (Value, error) {
		_, a, err := th.logSelf(c, k.formatter, "formatException", "ei")
		if err != nil {
			return nil, err
		}
		var e *Exception
		if t, ok := a[0].(Tuple); ok && len(t) > 1 {
			e, _ = t[1].(*Exception)
		}
		lines := []string{"NoneType: None\n"}
		if e != nil {
			lines = th.formatException(e, true)
		}
		return strings.TrimSuffix(strings.Join(lines, ""), "\n"), nil
	})
	k.formatter.setMethod("formatStack", func(th *Thread, c *Call) (Value, error) {
		_, a, err := th.logSelf(c, k.formatter, "formatStack", "stack_info")
		return a[0], err
	})

	k.filter.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.filter, "__init__", "name")
		if err != nil {
			return nil, err
		}
		name := Value("")
		if a[0] != nil {
			name = a[0]
		}
		n, err := builtinLen(th, &Call{Args: []Value{name}})
		f.Dict.SetStr("name", name)
		f.Dict.SetStr("nlen", n)
		return nil, err
	})
	k.filter.setMethod("filter", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.filter, "filter", "record")
		if err != nil {
			return nil, err
		}
		name, _ := f.Dict.GetStr("name")
		prefix, _ := name.(string)
		rn, err := th.getAttr(a[0], "name")
		if err != nil {
			return nil, err
		}
		s, _ := rn.(string)
		switch {
		case prefix == "" || s == prefix:
			return true, nil
		case !strings.HasPrefix(s, prefix):
			return false, nil
		}
		return s[len(prefix)] == '.', nil
	})
	k.filterer.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		f, _, err := th.logSelf(c, k.filterer, "__init__")
		if err == nil {
			f.Dict.SetStr("filters", &List{})
		}
		return nil, err
	})
	for _, name := range []string{"addFilter", "removeFilter"} {
		k.filterer.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			f, a, err := th.logSelf(c, k.filterer, name, "filter")
			if err != nil {
				return nil, err
			}
			fs, err := th.getAttr(f, "filters")
			if err != nil {
				return nil, err
			}
			return nil, editFilters(th, fs, a[0], name == "addFilter")
		})
	}
	k.filterer.setMethod("filter", func(th *Thread, c *Call) (Value, error) {
		f, a, err := th.logSelf(c, k.filterer, "filter", "record")
		if err != nil {
			return nil, err
		}
		fs, err := th.getAttr(f, "filters")
		if err != nil {
			return nil, err
		}
		return th.runFilters(fs, a[0])
	})

	k.handler.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		h, a, err := th.logSelf(c, k.handler, "__init__", "level")
		if err != nil {
			return nil, err
		}
		lv, err := m.checkLevel(th, orZero(a[0]))
		if err != nil {
			return nil, err
		}
		for _, kv := range []KV{{"filters", &List{}}, {"_name", nil}, {"level", lv}, {"formatter", nil}, {"_closed", false}, {"lock", nil}} {
			h.Dict.SetStr(kv.Name, kv.Value)
		}
		return nil, nil
	})
	k.handler.Dict.SetStr("name", &property{
		get: fn("get_name", func(th *Thread, c *Call) (Value, error) { return th.getAttr(firstArg(c), "_name") }),
		set: fn("set_name", func(th *Thread, c *Call) (Value, error) { return nil, th.setAttr(c.Args[0], "_name", c.Args[1]) }),
	})
	handlerMethods := map[string]func(th *Thread, h *Instance, a Value) (Value, error){
		"setLevel": func(th *Thread, h *Instance, a Value) (Value, error) {
			lv, err := m.checkLevel(th, a)
			h.Dict.SetStr("level", lv)
			return nil, err
		},
		"setFormatter": func(th *Thread, h *Instance, a Value) (Value, error) {
			h.Dict.SetStr("formatter", a)
			return nil, nil
		},
		"handle": func(th *Thread, h *Instance, rec Value) (Value, error) {
			rv, err := th.callAttr(h, "filter", rec)
			if t, terr := th.truth(rv); err != nil || terr != nil || !t {
				return rv, firstErr(err, terr)
			}
			_, err = th.callAttr(h, "emit", rec)
			return rv, err
		},
		"emit": func(th *Thread, h *Instance, rec Value) (Value, error) {
			return nil, th.Raise(NotImplementedError, "emit must be implemented by Handler subclasses")
		},
		"format": func(th *Thread, h *Instance, rec Value) (Value, error) {
			f, err := th.getAttr(h, "formatter")
			if err != nil {
				return nil, err
			}
			if t, err := th.truth(f); err != nil {
				return nil, err
			} else if !t {
				if f, err = th.Call(k.formatter, nil, nil); err != nil {
					return nil, err
				}
			}
			return th.callAttr(f, "format", rec)
		},
		"handleError": func(th *Thread, h *Instance, rec Value) (Value, error) { return nil, nil },
		"get_name":    func(th *Thread, h *Instance, a Value) (Value, error) { return th.getAttr(h, "_name") },
		"set_name":    func(th *Thread, h *Instance, a Value) (Value, error) { return nil, th.setAttr(h, "_name", a) },
	}
	for name, f := range handlerMethods {
		k.handler.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			params := []string{name, "record"}
			if name == "get_name" {
				params = params[:1]
			}
			h, a, err := th.logSelf(c, k.handler, params...)
			if err != nil {
				return nil, err
			}
			if len(params) > 1 && a[0] == nil && len(c.Args) < 2 {
				return nil, th.Raise(TypeError, "%s.%s() missing 1 required positional argument", k.handler.Name, name)
			}
			return f(th, h, append(a, nil)[0])
		})
	}
	for _, name := range []string{"flush", "close", "acquire", "release", "createLock"} {
		k.handler.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			_, _, err := th.logSelf(c, k.handler, name)
			return nil, err
		})
	}
	k.handler.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) {
		h, _, err := th.logSelf(c, k.handler, "__repr__")
		if err != nil {
			return nil, err
		}
		lv, err := th.getAttr(h, "level")
		if err != nil {
			return nil, err
		}
		name, err := m.levelName(th, lv)
		return sprintf("<%s (%v)>", h.Class.Name, name), err
	})

	k.stream.Dict.SetStr("terminator", "\n")
	k.stream.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		h, a, err := th.logSelf(c, k.stream, "__init__", "stream")
		if err != nil {
			return nil, err
		}
		init, _ := k.handler.Dict.GetStr("__init__")
		if _, err := th.Call(bind(init, h), nil, nil); err != nil {
			return nil, err
		}
		if a[0] == nil {
			a[0] = stderr
		}
		h.Dict.SetStr("stream", a[0])
		return nil, nil
	})
	k.stream.setMethod("emit", func(th *Thread, c *Call) (Value, error) {
		h, a, err := th.logSelf(c, k.stream, "emit", "record")
		if err != nil {
			return nil, err
		}
		err = th.streamEmit(h, a[0])
		if e, ok := err.(*Exception); ok && !e.fatal && e.Err == nil && e.Class.IsSubclass(ExceptionClass) && !e.Class.IsSubclass(RecursionError) {
			// handleError reports it on stderr, which the oracle does not record
			_, err = th.callAttr(h, "handleError", a[0])
		}
		return nil, err
	})
	k.stream.setMethod("setStream", func(th *Thread, c *Call) (Value, error) {
		h, a, err := th.logSelf(c, k.stream, "setStream", "stream")
		if err != nil {
			return nil, err
		}
		old, _ := h.Dict.GetStr("stream")
		if a[0] == old {
			return nil, nil
		}
		h.Dict.SetStr("stream", a[0])
		return old, nil
	})
	k.stream.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) {
		h, _, err := th.logSelf(c, k.stream, "__repr__")
		if err != nil {
			return nil, err
		}
		lv, err := th.getAttr(h, "level")
		if err != nil {
			return nil, err
		}
		level, err := m.levelName(th, lv)
		if err != nil {
			return nil, err
		}
		st, _ := h.Dict.GetStr("stream")
		name := ""
		if std, isStd := st.(stdStream); isStd {
			name = map[bool]string{true: "<stdout>", false: "<stderr>"}[std.kept]
		} else if n, err := th.getAttr(st, "name"); err == nil {
			if name, err = th.str(n); err != nil {
				return nil, err
			}
		}
		if name != "" {
			name += " "
		}
		return sprintf("<%s %s(%v)>", h.Class.Name, name, level), nil
	})
	for _, name := range []string{"handle", "emit", "createLock"} {
		k.null.setMethod(name, func(th *Thread, c *Call) (Value, error) {
			_, _, err := th.logSelf(c, k.null, name, "record")
			return nil, err
		})
	}
	return k
}

// streamEmit is StreamHandler.emit's try block: the formatted record and
// the terminator written to the stream.
func (th *Thread) streamEmit(h *Instance, rec Value) error {
	msg, err := th.callAttr(h, "format", rec)
	if err != nil {
		return err
	}
	term, err := th.getAttr(h, "terminator")
	if err != nil {
		return err
	}
	s, err := th.binaryOp(py.Add, msg, term)
	if err != nil {
		return err
	}
	st, err := th.getAttr(h, "stream")
	if err != nil {
		return err
	}
	text, ok := s.(string)
	if !ok {
		return th.Unsupported("a logging record formatted as a %s", typeName(s))
	}
	if err := th.writeStream(st, text, false); err != nil {
		return err
	}
	_, err = th.callAttr(h, "flush")
	return err
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func orZero(v Value) Value {
	if v == nil {
		return int64(0)
	}
	return v
}

func orTrue(v Value) Value {
	if v == nil {
		return true
	}
	return v
}

// editFilters is Filterer.addFilter (once) and removeFilter.
func editFilters(th *Thread, fs, f Value, add bool) error {
	l, ok := fs.(*List)
	if !ok {
		return th.Unsupported("a Filterer whose filters are a %s", typeName(fs))
	}
	for i, x := range l.Items {
		if identical(x, f) {
			if !add {
				l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
			}
			return nil
		}
	}
	if add {
		l.Items = append(l.Items, f)
	}
	return nil
}

// runFilters is Filterer.filter: each filter's filter(record), or the
// filter called when it has no filter attribute, until one says no.
func (th *Thread) runFilters(fs, rec Value) (Value, error) {
	items, err := th.iterate(fs)
	if err != nil {
		return nil, err
	}
	for _, f := range items {
		m, err := th.getAttr(f, "filter")
		if e, ok := err.(*Exception); ok && !e.fatal && e.Class.IsSubclass(AttributeError) {
			m, err = f, nil
		}
		if err != nil {
			return nil, err
		}
		r, err := th.Call(m, []Value{rec}, nil)
		if err != nil {
			return nil, err
		}
		if t, err := th.truth(r); err != nil || !t {
			return false, err
		}
	}
	return true, nil
}

// logStyle is a Formatter's _style: PercentStyle, StrFormatStyle or
// StringTemplateStyle, with its format and defaults.
type logStyle struct {
	kind     byte
	fmt      string
	defaults Value
}

func (s *logStyle) TypeName() string {
	return map[byte]string{'%': "PercentStyle", '{': "StrFormatStyle", '$': "StringTemplateStyle"}[s.kind]
}

func newLogStyle(th *Thread, fs, style, defaults Value) (*logStyle, error) {
	kind := "%"
	if style != nil {
		kind, _ = style.(string)
	}
	if kind != "%" && kind != "{" && kind != "$" {
		return nil, th.Raise(ValueError, "%s", "Style must be one of: %,{,$")
	}
	if fs == nil {
		fs = map[string]string{"%": "%(message)s", "{": "{message}", "$": "${message}"}[kind]
	}
	s, ok := fs.(string)
	if !ok {
		return nil, th.Unsupported("a logging format that is a %s", typeName(fs))
	}
	for _, field := range []string{"thread", "process"} {
		if strings.Contains(s, map[string]string{"%": "%(", "{": "{", "$": "${"}[kind]+field) {
			return nil, th.Unsupported("the %s field in a logging format (the sandbox has no %s ids)", field, field)
		}
	}
	return &logStyle{kind: kind[0], fmt: s, defaults: defaults}, nil
}

// validate is the style's validate(): a field to fill at least.
func (s *logStyle) validate(th *Thread) error {
	switch s.kind {
	case '%':
		if !validPercentFormat(s.fmt) {
			return th.Raise(ValueError, "Invalid format '%s' for '%%' style", s.fmt)
		}
	case '{':
		if !strings.Contains(strings.ReplaceAll(s.fmt, "{{", ""), "{") {
			return th.Raise(ValueError, "invalid format: no fields")
		}
	case '$':
		if !strings.Contains(strings.ReplaceAll(s.fmt, "$$", ""), "$") {
			return th.Raise(ValueError, "invalid format: no fields")
		}
	}
	return nil
}

// format is the style's format(record): its format filled from the
// record's attributes (over the defaults).
func (s *logStyle) format(th *Thread, rec Value) (Value, error) {
	inst, ok := rec.(*Instance)
	if !ok {
		return nil, th.Unsupported("formatting a %s as a logging record", typeName(rec))
	}
	values := inst.Dict
	if d, ok := s.defaults.(*Dict); ok && d.Len() > 0 {
		values = NewDict()
		if err := th.updateFromMapping(values, d); err != nil {
			return nil, err
		}
		if err := th.updateFromMapping(values, inst.Dict); err != nil {
			return nil, err
		}
	}
	if s.kind == '%' {
		return th.percent(s.fmt, values)
	}
	var kw []KV
	for i, k := range values.keys {
		kw = append(kw, KV{k.(string), values.vals[i]})
	}
	target := Value(s.fmt)
	method := "format"
	if s.kind == '$' {
		tc, _ := th.lib("string").Attrs.GetStr("Template")
		t, err := th.Call(tc, []Value{s.fmt}, nil)
		if err != nil {
			return nil, err
		}
		target, method = t, "substitute"
	}
	m, err := th.getAttr(target, method)
	if err != nil {
		return nil, err
	}
	return th.Call(m, nil, kw)
}

func formatterStyle(th *Thread, f *Instance) (*logStyle, error) {
	v, err := th.getAttr(f, "_style")
	if err != nil {
		return nil, err
	}
	st, ok := v.(*logStyle)
	if !ok {
		return nil, th.Unsupported("a Formatter whose _style is a %s", typeName(v))
	}
	if fs, _ := f.Dict.GetStr("_fmt"); fs != Value(st.fmt) {
		return nil, th.Unsupported("a Formatter whose _fmt is not its style's")
	}
	return st, nil
}

// logFormat is Formatter.format: the message, the time when the format
// uses it, the format filled, then the exception's text and the stack.
func (th *Thread) logFormat(f *Instance, rec Value) (Value, error) {
	msg, err := th.callAttr(rec, "getMessage")
	if err == nil {
		err = th.setAttr(rec, "message", msg)
	}
	if err != nil {
		return nil, err
	}
	uses, err := th.callAttr(f, "usesTime")
	if err != nil {
		return nil, err
	}
	if t, err := th.truth(uses); err != nil {
		return nil, err
	} else if t {
		datefmt, err := th.getAttr(f, "datefmt")
		if err != nil {
			return nil, err
		}
		at, err := th.callAttr(f, "formatTime", rec, datefmt)
		if err == nil {
			err = th.setAttr(rec, "asctime", at)
		}
		if err != nil {
			return nil, err
		}
	}
	s, err := th.callAttr(f, "formatMessage", rec)
	if err != nil {
		return nil, err
	}
	text, ok := s.(string)
	if !ok {
		return nil, th.Unsupported("Formatter.formatMessage() returning a %s", typeName(s))
	}
	if ei, err := th.getAttr(rec, "exc_info"); err != nil {
		return nil, err
	} else if t, _ := th.truth(ei); t {
		if et, _ := th.getAttr(rec, "exc_text"); et == nil || et == "" {
			if et, err = th.callAttr(f, "formatException", ei); err == nil {
				err = th.setAttr(rec, "exc_text", et)
			}
			if err != nil {
				return nil, err
			}
		}
	}
	for _, part := range [][2]string{{"exc_text", ""}, {"stack_info", "formatStack"}} {
		v, err := th.getAttr(rec, part[0])
		if err != nil {
			return nil, err
		}
		if t, _ := th.truth(v); !t {
			continue
		}
		if part[1] != "" {
			if v, err = th.callAttr(f, part[1], v); err != nil {
				return nil, err
			}
		}
		add, err := th.str(v)
		if err != nil {
			return nil, err
		}
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		text += add
	}
	return text, nil
}
