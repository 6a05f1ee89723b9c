package interp

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// loggingModule is logging as CPython 3.11 has it for what scripts do:
// the logger tree (getLogger, levels, propagate), basicConfig, StreamHandler
// and NullHandler, Formatter with %-style formats. A handler on
// sys.stdout writes to the run's output; one on sys.stderr (the default)
// writes nothing the oracle records. Times (asctime, created, msecs) are
// the real clock, never a recorded one; thread and process ids are refused.
func loggingModule(th *Thread) *Module {
	m := &logManager{loggers: map[string]*logger{}, start: time.Now(),
		names:  map[int64]string{50: "CRITICAL", 40: "ERROR", 30: "WARNING", 20: "INFO", 10: "DEBUG", 0: "NOTSET"},
		levels: defaultLevels()}
	m.root = &logger{name: "root", level: 30, propagate: true, handlers: &List{}, filters: &List{}, m: m}
	m.cls = newLogClasses(m)
	fns := []*Builtin{
		fn("getLogger", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "getLogger", "name")
			if err != nil {
				return nil, err
			}
			if a[0] == nil {
				return m.root, nil
			}
			name, ok := a[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "A logger name must be a string")
			}
			return m.get(name), nil
		}),
		fn("basicConfig", m.basicConfig),
		fn("getLevelName", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "getLevelName", "level")
			if err != nil {
				return nil, err
			}
			return m.levelName(th, a[0])
		}),
		fn("addLevelName", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "addLevelName", "level", "levelName")
			if err != nil {
				return nil, err
			}
			n, ok := smallInt(a[0])
			s, ok2 := a[1].(string)
			if !ok || !ok2 {
				return nil, th.Unsupported("logging.addLevelName() of a %s", typeName(a[0]))
			}
			m.names[n], m.levels[s] = s, n
			return nil, nil
		}),
		fn("disable", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "disable", "level")
			if err != nil {
				return nil, err
			}
			lv := Value(int64(50))
			if a[0] != nil {
				lv = a[0]
			}
			m.disable, err = m.checkLevel(th, lv)
			return nil, err
		}),
		fn("shutdown", func(th *Thread, c *Call) (Value, error) { return nil, nil }),
		fn("getLoggerClass", func(th *Thread, c *Call) (Value, error) { return loggerType, nil }),
	}
	for _, name := range []string{"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"} {
		name := name
		fns = append(fns, fn(name, func(th *Thread, c *Call) (Value, error) {
			if len(m.root.handlers.Items) == 0 {
				if _, err := m.basicConfig(th, &Call{Span: c.Span}); err != nil {
					return nil, err
				}
			}
			return m.root.method(name).Fn(th, c)
		}))
	}
	values := map[string]Value{
		"CRITICAL": int64(50), "FATAL": int64(50), "ERROR": int64(40), "WARNING": int64(30), "WARN": int64(30),
		"INFO": int64(20), "DEBUG": int64(10), "NOTSET": int64(0), "root": m.root, "BASIC_FORMAT": "%(levelname)s:%(name)s:%(message)s",
		"Logger": loggerType, "Handler": m.cls.handler, "StreamHandler": m.cls.stream, "NullHandler": m.cls.null,
		"Formatter": m.cls.formatter, "LoggerAdapter": loggerAdapterClass(m), "Filter": m.cls.filter, "Filterer": m.cls.filterer,
		"LogRecord": m.cls.record,
	}
	return newModule("logging", fns, values)
}

var loggerType = &builtinType{name: "Logger"}

// logManager is the run's logger tree and level names.
type logManager struct {
	root    *logger
	loggers map[string]*logger
	names   map[int64]string
	levels  map[string]int64
	disable int64
	start   time.Time
	cls     *logClasses
}

func (m *logManager) get(name string) *logger {
	if name == "" || name == "root" {
		return m.root
	}
	if l := m.loggers[name]; l != nil {
		return l
	}
	l := &logger{name: name, propagate: true, handlers: &List{}, filters: &List{}, m: m}
	m.loggers[name] = l
	return l
}

func (m *logManager) levelName(th *Thread, v Value) (Value, error) {
	if n, ok := smallInt(v); ok && isInt(v) {
		if s, ok := m.names[n]; ok {
			return s, nil
		}
	}
	if s, ok := v.(string); ok {
		if n, ok := m.levels[s]; ok {
			return n, nil
		}
	}
	s, err := th.str(v)
	return "Level " + s, err
}

func defaultLevels() map[string]int64 {
	return map[string]int64{"CRITICAL": 50, "FATAL": 50, "ERROR": 40, "WARN": 30, "WARNING": 30, "INFO": 20, "DEBUG": 10, "NOTSET": 0}
}

func (m *logManager) checkLevel(th *Thread, v Value) (int64, error) {
	return checkLevel(th, m.levels, v)
}

// checkLevel is logging._checkLevel: an int, or a level's name.
func checkLevel(th *Thread, levels map[string]int64, v Value) (int64, error) {
	if n, ok := smallInt(v); ok && isInt(v) {
		return n, nil
	}
	r, err := th.repr(v)
	if err != nil {
		return 0, err
	}
	if s, ok := v.(string); ok {
		if n, ok := levels[s]; ok {
			return n, nil
		}
		return 0, th.Raise(ValueError, "Unknown level: %s", r)
	}
	return 0, th.Raise(TypeError, "Level not an integer or a valid string: %s", r)
}

func (m *logManager) basicConfig(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 0 {
		return nil, th.Raise(TypeError, "basicConfig() takes 0 positional arguments but %d were given", len(c.Args))
	}
	kw := map[string]Value{}
	var order []string
	for _, k := range c.Kw {
		kw[k.Name] = k.Value
		order = append(order, k.Name)
	}
	pop := func(k string) (Value, bool) {
		v, ok := kw[k]
		delete(kw, k)
		return v, ok
	}
	force, _ := pop("force")
	pop("encoding")
	pop("errors")
	if t, err := th.truth(force); err != nil {
		return nil, err
	} else if t {
		m.root.handlers.Items = nil
	}
	if len(m.root.handlers.Items) > 0 {
		return nil, nil
	}
	handlers, hasHandlers := pop("handlers")
	_, hasStream := kw["stream"]
	_, hasFile := kw["filename"]
	if handlers == nil && hasStream && hasFile {
		return nil, th.Raise(ValueError, "'stream' and 'filename' should not be specified together")
	}
	if handlers != nil && (hasStream || hasFile) {
		return nil, th.Raise(ValueError, "'stream' or 'filename' should not be specified together with 'handlers'")
	}
	var hs []Value
	if hasHandlers && handlers != nil {
		items, err := th.iterate(handlers)
		if err != nil {
			return nil, err
		}
		hs = items
	} else {
		if f, _ := pop("filename"); f != nil {
			return nil, th.Unsupported("logging.basicConfig(filename=...) (a sandboxed script writes no files)")
		}
		pop("filemode")
		stream, _ := pop("stream")
		h, err := th.Call(m.cls.stream, []Value{stream}, nil)
		if err != nil {
			return nil, err
		}
		hs = []Value{h}
	}
	datefmt, _ := pop("datefmt")
	style, _ := pop("style")
	if style == nil {
		style = "%"
	}
	s, _ := style.(string)
	if s != "%" && s != "{" && s != "$" {
		return nil, th.Raise(ValueError, "%s", "Style must be one of: %,{,$")
	}
	fs := Value(map[string]string{"%": "%(levelname)s:%(name)s:%(message)s", "{": "{levelname}:{name}:{message}", "$": "${levelname}:${name}:${message}"}[s])
	if v, ok := pop("format"); ok {
		fs = v
	}
	f, err := th.Call(m.cls.formatter, []Value{fs, datefmt, style}, nil)
	if err != nil {
		return nil, err
	}
	for _, h := range hs {
		if !m.isHandler(h) {
			return nil, th.Unsupported("logging handlers of type %s", typeName(h))
		}
		if hf, err := th.getAttr(h, "formatter"); err != nil {
			return nil, err
		} else if hf == nil {
			if _, err := th.callAttr(h, "setFormatter", f); err != nil {
				return nil, err
			}
		}
		m.root.handlers.Items = append(m.root.handlers.Items, h)
	}
	if lv, _ := pop("level"); lv != nil {
		n, err := m.checkLevel(th, lv)
		if err != nil {
			return nil, err
		}
		m.root.level = n
	}
	if len(kw) > 0 {
		var rest []string
		for _, k := range order {
			if _, ok := kw[k]; ok {
				rest = append(rest, k)
			}
		}
		return nil, th.Raise(ValueError, "Unrecognised argument(s): %s", strings.Join(rest, ", "))
	}
	return nil, nil
}

// logger is a logging.Logger (the root one when its name is "root" and it is m.root).
type logger struct {
	name      string
	level     int64
	propagate bool
	disabled  bool
	handlers  *List
	filters   *List
	m         *logManager
}

func (l *logger) TypeName() string {
	if l == l.m.root {
		return "RootLogger"
	}
	return "Logger"
}

// parent is the nearest existing ancestor, as CPython's placeholders make it.
func (l *logger) parent() *logger {
	if l == l.m.root {
		return nil
	}
	name := l.name
	for {
		i := strings.LastIndexByte(name, '.')
		if i < 0 {
			return l.m.root
		}
		name = name[:i]
		if p := l.m.loggers[name]; p != nil {
			return p
		}
	}
}

func (l *logger) effectiveLevel() int64 {
	for x := l; x != nil; x = x.parent() {
		if x.level != 0 {
			return x.level
		}
	}
	return 0
}

func (l *logger) enabledFor(level int64) bool {
	return !l.disabled && level > l.m.disable && level >= l.effectiveLevel()
}

func (l *logger) Repr(th *Thread) (string, error) {
	lv, _ := l.m.levelName(th, l.effectiveLevel())
	return sprintf("<%s %s (%v)>", l.TypeName(), l.name, lv), nil
}

func (l *logger) SetAttr(th *Thread, name string, v Value) error {
	switch name {
	case "propagate", "disabled":
		t, err := th.truth(v)
		if name == "propagate" {
			l.propagate = t
		} else {
			l.disabled = t
		}
		return err
	case "level":
		n, ok := smallInt(v)
		if !ok {
			return th.Unsupported("Logger.level set to a %s", typeName(v))
		}
		l.level = n
		return nil
	}
	return th.Unsupported("setting Logger.%s", name)
}

var logLevels = map[string]int64{"debug": 10, "info": 20, "warning": 30, "warn": 30, "error": 40, "exception": 40, "critical": 50, "fatal": 50}

func (l *logger) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "name":
		return l.name, true, nil
	case "level":
		return l.level, true, nil
	case "parent":
		if p := l.parent(); p != nil {
			return p, true, nil
		}
		return nil, true, nil
	case "propagate":
		return l.propagate, true, nil
	case "disabled":
		return l.disabled, true, nil
	case "handlers":
		return l.handlers, true, nil
	case "filters":
		return l.filters, true, nil
	case "root":
		return l.m.root, true, nil
	}
	if m := l.method(name); m != nil {
		return m, true, nil
	}
	return nil, false, nil
}

func (l *logger) method(name string) *Builtin {
	if _, ok := logLevels[name]; ok || name == "log" {
		return fn(name, func(th *Thread, c *Call) (Value, error) { return l.logCall(th, name, c) })
	}
	one := func(f func(th *Thread, v Value) (Value, error)) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			return f(th, c.Args[0])
		})
	}
	switch name {
	case "setLevel":
		return one(func(th *Thread, v Value) (Value, error) {
			n, err := l.m.checkLevel(th, v)
			l.level = n
			return nil, err
		})
	case "getEffectiveLevel":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return l.effectiveLevel(), nil })
	case "isEnabledFor":
		return one(func(th *Thread, v Value) (Value, error) {
			n, err := l.m.checkLevel(th, v)
			return l.enabledFor(n), err
		})
	case "addFilter", "removeFilter":
		return one(func(th *Thread, v Value) (Value, error) {
			return nil, editFilters(th, l.filters, v, name == "addFilter")
		})
	case "filter":
		return one(func(th *Thread, v Value) (Value, error) { return th.runFilters(l.filters, v) })
	case "addHandler":
		return one(func(th *Thread, v Value) (Value, error) {
			if !l.m.isHandler(v) {
				return nil, th.Unsupported("logging handlers of type %s", typeName(v))
			}
			for _, h := range l.handlers.Items {
				if h == v {
					return nil, nil
				}
			}
			l.handlers.Items = append(l.handlers.Items, v)
			return nil, nil
		})
	case "removeHandler":
		return one(func(th *Thread, v Value) (Value, error) {
			for i, h := range l.handlers.Items {
				if h == v {
					l.handlers.Items = append(l.handlers.Items[:i:i], l.handlers.Items[i+1:]...)
					break
				}
			}
			return nil, nil
		})
	case "hasHandlers":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			for x := l; x != nil; x = x.parent() {
				if len(x.handlers.Items) > 0 {
					return true, nil
				}
				if !x.propagate {
					break
				}
			}
			return false, nil
		})
	case "getChild":
		return one(func(th *Thread, v Value) (Value, error) {
			s, ok := v.(string)
			if !ok {
				return nil, th.Raise(TypeError, "can only concatenate str (not \"%s\") to str", typeName(v))
			}
			if l == l.m.root {
				return l.m.get(s), nil
			}
			return l.m.get(l.name + "." + s), nil
		})
	}
	return nil
}

// logCall is Logger.debug/info/.../log(msg, *args, exc_info=, extra=, stacklevel=).
func (l *logger) logCall(th *Thread, name string, c *Call) (Value, error) {
	args := c.Args
	level := logLevels[name]
	if name == "log" {
		if len(args) == 0 {
			return nil, th.Raise(TypeError, "Logger.log() missing 2 required positional arguments: 'level' and 'msg'")
		}
		n, ok := smallInt(args[0])
		if !ok || !isInt(args[0]) {
			return nil, th.Raise(TypeError, "level must be an integer")
		}
		level, args = n, args[1:]
	}
	if len(args) == 0 {
		return nil, th.Raise(TypeError, "Logger.%s() missing 1 required positional argument: 'msg'", name)
	}
	var excInfo, extra Value
	if name == "exception" {
		excInfo = true
	}
	stacklevel := int64(1)
	for _, k := range c.Kw {
		switch k.Name {
		case "exc_info":
			excInfo = k.Value
		case "extra":
			extra = k.Value
		case "stacklevel":
			n, ok := smallInt(k.Value)
			if !ok {
				return nil, th.Raise(TypeError, "'<' not supported between instances of '%s' and 'int'", typeName(k.Value))
			}
			stacklevel = n
		case "stack_info":
			if t, _ := th.truth(k.Value); t {
				return nil, th.Unsupported("logging with stack_info=True")
			}
		default:
			return nil, th.Raise(TypeError, "Logger._log() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	if !l.enabledFor(level) {
		return nil, nil
	}
	rec, err := l.record(th, level, args[0], Tuple(args[1:]), excInfo, extra, stacklevel, c)
	if err != nil {
		return nil, err
	}
	// Logger.handle: the logger's filters, then callHandlers
	if ok, err := th.runFilters(l.filters, rec); err != nil || ok == false {
		return nil, err
	}
	for x := l; x != nil; x = x.parent() {
		for _, h := range x.handlers.Items {
			hl, err := th.getAttr(h, "level")
			if err != nil {
				return nil, err
			}
			if less, err := th.less(int64(level), hl); err != nil || less {
				if err != nil {
					return nil, err
				}
				continue
			}
			if _, err := th.callAttr(h, "handle", rec); err != nil {
				return nil, err
			}
		}
		if !x.propagate {
			break
		}
	}
	return nil, nil
}

// record is the LogRecord of one call, its attributes in its __dict__.
func (l *logger) record(th *Thread, level int64, msg Value, args Tuple, excInfo, extra Value, stacklevel int64, c *Call) (*Instance, error) {
	now := time.Now()
	name, _ := l.m.levelName(th, level)
	file := th.file.Name
	base := file[strings.LastIndexByte(file, '/')+1:]
	// the caller's line and function, stacklevel frames up
	funcName, span := "<module>", c.Span
	depth := len(th.stack)
	if up := int(stacklevel) - 1; up > 0 && depth > 0 {
		i := max(depth-up, 0)
		span = th.stack[i].Span
		depth = i
	}
	if depth > 0 {
		funcName = th.stack[depth-1].Func
	}
	var recArgs Value = args
	if len(args) == 1 {
		if d, ok := args[0].(*Dict); ok && d.Len() > 0 {
			recArgs = d
		}
	}
	d := NewDict()
	for k, v := range map[string]Value{
		"name": l.name, "msg": msg, "args": recArgs, "levelname": name, "levelno": level, "pathname": file,
		"filename": base, "module": strings.TrimSuffix(base, ".py"), "exc_text": nil, "stack_info": nil,
		"lineno": int64(th.file.Position(span.Start).Line), "funcName": funcName,
		"created": float64(now.UnixNano()) / 1e9, "msecs": float64(now.Nanosecond()/1e6) + 0.0,
		"relativeCreated": float64(now.Sub(l.m.start).Nanoseconds()) / 1e6,
		"threadName":      "MainThread", "processName": "MainProcess",
	} {
		d.SetStr(k, v)
	}
	d.SetStr("exc_info", nil)
	rec := &Instance{Class: l.m.cls.record, Dict: d}
	if excInfo != nil && excInfo != false {
		var e *Exception
		switch x := excInfo.(type) {
		case *Exception:
			e = x
		case Tuple:
			if len(x) > 1 {
				e, _ = x[1].(*Exception)
			}
		default:
			if len(th.handling) > 0 {
				e = th.handling[len(th.handling)-1]
			}
		}
		d.SetStr("exc_info", excInfoValue(e))
	}
	if x, ok := extra.(*Dict); ok {
		for i, k := range x.keys {
			ks, _ := k.(string)
			if _, taken := d.GetStr(ks); taken || ks == "message" || ks == "asctime" {
				r, _ := th.repr(k)
				return nil, th.Raise(KeyError, "Attempt to overwrite %s in LogRecord", r)
			}
			d.Set(th, k, x.vals[i])
		}
	}
	return rec, nil
}

func excInfoValue(e *Exception) Value {
	if e == nil {
		return Tuple{nil, nil, nil}
	}
	return Tuple{e.Class, e, &tbObj{e: e}}
}

// validPercentFormat is PercentStyle.validate: at least one %(name)x field.
func validPercentFormat(s string) bool {
	for i := strings.Index(s, "%("); i >= 0; {
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return false
		}
		rest := strings.TrimLeft(s[i+j+1:], "#0+ -")
		rest = strings.TrimLeft(rest, "0123456789*")
		if strings.HasPrefix(rest, ".") {
			rest = strings.TrimLeft(rest[1:], "0123456789*")
		}
		if rest != "" && strings.ContainsRune("diouxefgcrsa%", rune(rest[0])) {
			return true
		}
		k := strings.Index(s[i+2:], "%(")
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

// LogShown reports whether a record of level, logged to the logger called
// name, would be written to the run's output (a handler on sys.stdout or
// on a script's stream): a host that cannot log as its library does (with
// the same text) refuses then, rather than print less than CPython.
func (th *Thread) LogShown(name string, level int64) bool {
	mod := th.libs["logging"]
	if mod == nil {
		return false
	}
	root, _ := mod.Attrs.GetStr("root")
	r, ok := root.(*logger)
	if !ok {
		return false
	}
	l := r.m.loggers[name]
	if l == nil {
		l = &logger{name: name, propagate: true, handlers: &List{}, m: r.m}
	}
	if !l.enabledFor(level) {
		return false
	}
	for x := l; x != nil; x = x.parent() {
		for _, h := range x.handlers.Items {
			// a StreamHandler on sys.stdout or a script's stream, a handler
			// of the script's own (which may print)
			inst, _ := h.(*Instance)
			hl, _ := inst.Dict.GetStr("level")
			if n, ok := smallInt(hl); ok && level < n {
				continue
			}
			st, _ := inst.Dict.GetStr("stream")
			if std, isStd := st.(stdStream); inst.Class == r.m.cls.stream && (!isStd || std.kept) || !inst.Class.native {
				return true
			}
		}
		if !x.propagate {
			break
		}
	}
	return false
}

// loggerAdapterClass is logging.LoggerAdapter as logging/__init__.py writes
// it: each method reads the adapter's own attributes, so a subclass's
// process() (the usual reason for one) and extra are honoured.
func loggerAdapterClass(m *logManager) *Class {
	c := nativeClass("LoggerAdapter", "logging", nil)
	call := func(th *Thread, obj Value, name string, args []Value, kw []KV) (Value, error) {
		f, err := th.getAttr(obj, name)
		if err != nil {
			return nil, err
		}
		return th.Call(f, args, kw)
	}
	self := func(th *Thread, cl *Call, name string, least int) (*Instance, error) {
		if len(cl.Args) < least+1 {
			return nil, th.Raise(TypeError, "LoggerAdapter.%s() missing a required positional argument", name)
		}
		s, ok := cl.Args[0].(*Instance)
		if !ok || !s.Class.IsSubclass(c) {
			return nil, th.Raise(TypeError, "descriptor '%s' requires a 'LoggerAdapter' object", name)
		}
		return s, nil
	}
	c.setMethod("__init__", func(th *Thread, cl *Call) (Value, error) {
		a, err := th.args(&Call{Args: cl.Args[1:], Kw: cl.Kw, Span: cl.Span}, "LoggerAdapter", "logger", "extra")
		if err != nil {
			return nil, err
		}
		if len(cl.Args) < 2 && len(cl.Kw) == 0 {
			return nil, th.Raise(TypeError, "LoggerAdapter.__init__() missing 1 required positional argument: 'logger'")
		}
		if err := th.setAttr(cl.Args[0], "logger", a[0]); err != nil {
			return nil, err
		}
		return nil, th.setAttr(cl.Args[0], "extra", a[1])
	})
	c.setMethod("process", func(th *Thread, cl *Call) (Value, error) {
		s, err := self(th, cl, "process", 2)
		if err != nil {
			return nil, err
		}
		extra, err := th.getAttr(s, "extra")
		if err != nil {
			return nil, err
		}
		if err := th.setItem(cl.Args[2], "extra", extra); err != nil {
			return nil, err
		}
		return Tuple{cl.Args[1], cl.Args[2]}, nil
	})
	c.setMethod("log", func(th *Thread, cl *Call) (Value, error) {
		s, err := self(th, cl, "log", 2)
		if err != nil {
			return nil, err
		}
		level, msg := cl.Args[1], cl.Args[2]
		on, err := call(th, s, "isEnabledFor", []Value{level}, nil)
		if err != nil {
			return nil, err
		}
		if t, err := th.truth(on); err != nil || !t {
			return nil, err
		}
		kw := NewDict()
		for _, k := range cl.Kw {
			kw.SetStr(k.Name, k.Value)
		}
		r, err := call(th, s, "process", []Value{msg, kw}, nil)
		if err != nil {
			return nil, err
		}
		pair, err := th.iterate(r)
		if err != nil {
			return nil, err
		}
		if len(pair) != 2 {
			return nil, th.Raise(ValueError, "too many values to unpack (expected 2)")
		}
		kws, ok, err := th.toMapping(pair[1])
		if err != nil || !ok {
			return nil, err
		}
		var out []KV
		for i, k := range kws.keys {
			out = append(out, KV{Name: k.(string), Value: kws.vals[i]})
		}
		lg, err := th.getAttr(s, "logger")
		if err != nil {
			return nil, err
		}
		return call(th, lg, "log", append([]Value{level, pair[0]}, cl.Args[3:]...), out)
	})
	for name, level := range logLevels {
		if name == "fatal" { // the adapter has none
			continue
		}
		name, level := name, level
		c.setMethod(name, func(th *Thread, cl *Call) (Value, error) {
			s, err := self(th, cl, name, 1)
			if err != nil {
				return nil, err
			}
			kw := cl.Kw
			if name == "exception" && !slices.ContainsFunc(kw, func(k KV) bool { return k.Name == "exc_info" }) {
				kw = append([]KV{{Name: "exc_info", Value: true}}, kw...)
			}
			return call(th, s, "log", append([]Value{level}, cl.Args[1:]...), kw)
		})
	}
	delegate := func(name string) {
		c.setMethod(name, func(th *Thread, cl *Call) (Value, error) {
			s, err := self(th, cl, name, 0)
			if err != nil {
				return nil, err
			}
			lg, err := th.getAttr(s, "logger")
			if err != nil {
				return nil, err
			}
			return call(th, lg, name, cl.Args[1:], cl.Kw)
		})
	}
	for _, name := range []string{"isEnabledFor", "setLevel", "getEffectiveLevel", "hasHandlers"} {
		delegate(name)
	}
	c.Dict.SetStr("name", &property{get: fn("name", func(th *Thread, cl *Call) (Value, error) {
		s, err := self(th, cl, "name", 0)
		if err != nil {
			return nil, err
		}
		lg, err := th.getAttr(s, "logger")
		if err != nil {
			return nil, err
		}
		return th.getAttr(lg, "name")
	})})
	c.setMethod("__repr__", func(th *Thread, cl *Call) (Value, error) {
		s, err := self(th, cl, "__repr__", 0)
		if err != nil {
			return nil, err
		}
		lg, err := th.getAttr(s, "logger")
		if err != nil {
			return nil, err
		}
		name, err := th.getAttr(lg, "name")
		if err != nil {
			return nil, err
		}
		lv, err := call(th, lg, "getEffectiveLevel", nil, nil)
		if err != nil {
			return nil, err
		}
		ln, err := m.levelName(th, lv)
		if err != nil {
			return nil, err
		}
		return fmt.Sprintf("<%s %v (%v)>", s.Class.Name, name, ln), nil
	})
	return c
}

// isHandler reports whether v is a Handler: the handlers a logger takes.
func (m *logManager) isHandler(v Value) bool {
	inst, ok := v.(*Instance)
	return ok && inst.Class.IsSubclass(m.cls.handler)
}
