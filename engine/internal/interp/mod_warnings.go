package interp

import (
	"strings"

	"cascadelab/engine/internal/exc"
)

// warningsModule is warnings as CPython 3.11 runs it: warn through the
// filters (3.11's defaults, simplefilter, filterwarnings with literal
// patterns, resetwarnings), "error" raising the warning, "default"/"once"/
// "module" showing each warning once per place, catch_warnings(record=True)
// collecting WarningMessages. A shown warning goes to stderr, which the
// oracle does not record.
func warningsModule(th *Thread) *Module {
	w := &warnState{once: map[string]bool{}}
	w.filters = []warnFilter{
		{action: "default", cat: ClassOf(exc.DeprecationWarning), module: "__main__"},
		{action: "ignore", cat: ClassOf(exc.DeprecationWarning)},
		{action: "ignore", cat: ClassOf(exc.PendingDeprecationWarning)},
		{action: "ignore", cat: ClassOf(exc.ImportWarning)},
		{action: "ignore", cat: ClassOf(exc.ResourceWarning)},
	}
	w.resetRegistry()
	return newModule("warnings", []*Builtin{
		fn("warn", w.warn),
		fn("simplefilter", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "simplefilter", "action", "category", "lineno", "append")
			if err != nil {
				return nil, err
			}
			return nil, w.addFilter(th, a[0], "", a[1], "", a[2], a[3])
		}),
		fn("filterwarnings", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "filterwarnings", "action", "message", "category", "module", "lineno", "append")
			if err != nil {
				return nil, err
			}
			var pats [2]string
			for i, v := range []Value{a[1], a[3]} {
				if v == nil {
					continue
				}
				s, ok := v.(string)
				if !ok {
					return nil, th.Raise(AssertionError, "message must be a string")
				}
				if strings.ContainsAny(s, `.^$*+?{}[]\|()`) {
					return nil, th.Unsupported("warnings.filterwarnings() with a regular expression (%s)", s)
				}
				pats[i] = s
			}
			return nil, w.addFilter(th, a[0], strings.ToLower(pats[0]), a[2], pats[1], a[4], a[5])
		}),
		fn("resetwarnings", func(th *Thread, c *Call) (Value, error) {
			w.filters = nil
			w.resetRegistry()
			return nil, nil
		}),
		fn("formatwarning", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "formatwarning", "message", "category", "filename", "lineno", "line")
			if err != nil {
				return nil, err
			}
			return w.format(th, a[0], a[1], a[2], a[3], a[4])
		}),
	}, map[string]Value{
		"catch_warnings": &builtinType{name: "catch_warnings", module: "warnings", call: func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) > 0 {
				return nil, th.Raise(TypeError, "catch_warnings.__init__() takes 1 positional argument but %d were given", len(c.Args)+1)
			}
			cw := &catchWarnings{w: w}
			for _, k := range c.Kw {
				switch k.Name {
				case "record":
					t, err := th.truth(k.Value)
					if err != nil {
						return nil, err
					}
					cw.record = t
				case "action", "category", "lineno", "append":
					if cw.simple == nil {
						cw.simple = map[string]Value{}
					}
					cw.simple[k.Name] = k.Value
				default:
					return nil, th.Unsupported("warnings.catch_warnings(%s=...)", k.Name)
				}
			}
			return cw, nil
		}},
		"WarningMessage": &builtinType{name: "WarningMessage", module: "warnings"},
	})
}

type warnFilter struct {
	action string
	msg    string // lower-case prefix; "" matches every message
	cat    *Class
	module string // prefix of the module's name; "" matches every module
	lineno int64
}

type warnState struct {
	filters []warnFilter
	seen    map[string]bool // the registry: what "default" and "module" showed, until the filters change
	once    map[string]bool // what "once" showed, for the whole run (CPython's onceregistry)
	record  *List           // catch_warnings(record=True)'s list, while it is active
}

func (w *warnState) resetRegistry() { w.seen = map[string]bool{} }

var warnActions = []string{"error", "ignore", "always", "default", "module", "once"}

func (w *warnState) addFilter(th *Thread, action Value, msg string, cat Value, module string, lineno, appendV Value) error {
	a, _ := action.(string)
	valid := false
	for _, x := range warnActions {
		valid = valid || x == a
	}
	if !valid {
		r, err := th.repr(action)
		if err != nil {
			return err
		}
		return th.Raise(AssertionError, "invalid action: %s", r)
	}
	f := warnFilter{action: a, msg: msg, cat: ClassOf(exc.Warning), module: module}
	if cat != nil {
		k, ok := cat.(*Class)
		if !ok || !k.IsSubclass(ClassOf(exc.Warning)) {
			return th.Raise(AssertionError, "category must be a Warning subclass")
		}
		f.cat = k
	}
	if lineno != nil {
		n, ok := smallInt(lineno)
		if !ok || n < 0 {
			return th.Raise(AssertionError, "lineno must be an int >= 0")
		}
		f.lineno = n
	}
	app, err := th.truth(appendV)
	if err != nil {
		return err
	}
	for i, g := range w.filters {
		if g == f {
			if app {
				return nil
			}
			w.filters = append(w.filters[:i:i], w.filters[i+1:]...)
			break
		}
	}
	if app {
		w.filters = append(w.filters, f)
	} else {
		w.filters = append([]warnFilter{f}, w.filters...)
	}
	w.resetRegistry()
	return nil
}

// warn is warnings.warn(message, category=None, stacklevel=1).
func (w *warnState) warn(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "warn", "message", "category", "stacklevel", "source")
	if err != nil {
		return nil, err
	}
	userWarning := ClassOf(exc.UserWarning)
	var inst *Exception
	cat := userWarning
	if e, ok := a[0].(*Exception); ok && e.Class.IsSubclass(ClassOf(exc.Warning)) {
		inst, cat = e, e.Class
	} else if a[1] != nil {
		k, ok := a[1].(*Class)
		if !ok || !k.IsSubclass(ClassOf(exc.Warning)) {
			return nil, th.Raise(TypeError, "category must be a Warning subclass, not '%s'", typeName(a[1]))
		}
		cat = k
	}
	text, err := th.str(a[0])
	if err != nil {
		return nil, err
	}
	level := int64(1)
	if a[2] != nil {
		if level, err = th.intArg(a[2], 1); err != nil {
			return nil, err
		}
	}
	span, depth := c.Span, len(th.stack)
	if up := int(level) - 1; up > 0 {
		if up > depth {
			return nil, th.Unsupported("warnings.warn(stacklevel=%d) past the script's outermost frame", level)
		}
		span = th.stack[depth-up].Span
	}
	lineno := int64(th.file.Position(span.Start).Line)
	action := "default"
	for _, f := range w.filters {
		if (f.msg == "" || strings.HasPrefix(strings.ToLower(text), f.msg)) && cat.IsSubclass(f.cat) &&
			(f.module == "" || strings.HasPrefix("__main__", f.module)) && (f.lineno == 0 || f.lineno == lineno) {
			action = f.action
			break
		}
	}
	if inst == nil {
		v, err := th.Call(cat, []Value{a[0]}, nil)
		if err != nil {
			return nil, err
		}
		if inst, _ = v.(*Exception); inst == nil {
			return nil, th.Unsupported("warnings of a category whose instances are not exceptions")
		}
	}
	switch action {
	case "error":
		return nil, inst
	case "ignore":
		return nil, nil
	case "once", "module", "default":
		key := text + "\x00" + cat.Name
		if action != "once" {
			key += "\x00" + th.file.Name
		}
		if action == "default" {
			key += sprintf("\x00%d", lineno)
		}
		seen := w.seen
		if action == "once" {
			seen = w.once
		}
		if seen[key] {
			return nil, nil
		}
		seen[key] = true
	}
	if w.record != nil {
		w.record.Items = append(w.record.Items, &warningMessage{message: inst, category: cat, filename: th.file.Name, lineno: lineno})
	}
	return nil, nil
}

func (w *warnState) format(th *Thread, message, category, filename, lineno, line Value) (Value, error) {
	k, ok := category.(*Class)
	if !ok {
		return nil, th.Raise(AttributeError, "'%s' object has no attribute '__name__'", typeName(category))
	}
	msg, err := th.str(message)
	if err != nil {
		return nil, err
	}
	fname, err := th.str(filename)
	if err != nil {
		return nil, err
	}
	ln, err := th.str(lineno)
	if err != nil {
		return nil, err
	}
	s := fname + ":" + ln + ": " + k.Name + ": " + msg + "\n"
	if line == nil && fname == th.file.Name {
		if n, ok := smallInt(lineno); ok {
			line = th.file.LineText(int(n))
		}
	}
	if l, ok := line.(string); ok {
		if l = strings.TrimSpace(l); l != "" {
			s += "  " + l + "\n"
		}
	}
	return s, nil
}

// catchWarnings is warnings.catch_warnings: the filters (and where shown
// warnings go) are restored on exit.
type catchWarnings struct {
	w        *warnState
	record   bool
	simple   map[string]Value
	entered  bool
	saved    []warnFilter
	savedRec *List
}

func (cw *catchWarnings) TypeName() string { return "catch_warnings" }

func (cw *catchWarnings) Enter(th *Thread) (Value, error) {
	if cw.entered {
		return nil, th.Raise(RuntimeError, "Cannot enter %s twice", "catch_warnings()")
	}
	cw.entered = true
	w := cw.w
	cw.saved, cw.savedRec = w.filters, w.record
	w.filters = append([]warnFilter(nil), w.filters...)
	w.resetRegistry()
	if cw.simple != nil {
		if err := w.addFilter(th, cw.simple["action"], "", cw.simple["category"], "", cw.simple["lineno"], cw.simple["append"]); err != nil {
			return nil, err
		}
	}
	if !cw.record {
		w.record = nil
		return nil, nil
	}
	w.record = &List{}
	return w.record, nil
}

func (cw *catchWarnings) Exit(th *Thread, e *Exception) (bool, error) {
	cw.w.filters, cw.w.record = cw.saved, cw.savedRec
	cw.w.resetRegistry()
	return false, nil
}

// warningMessage is a warnings.WarningMessage, what record=True collects.
type warningMessage struct {
	message  *Exception
	category *Class
	filename string
	lineno   int64
}

func (m *warningMessage) TypeName() string { return "WarningMessage" }

func (m *warningMessage) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "message":
		return m.message, true, nil
	case "category":
		return m.category, true, nil
	case "filename":
		return m.filename, true, nil
	case "lineno":
		return m.lineno, true, nil
	case "file", "line", "source":
		return nil, true, nil
	}
	return nil, false, nil
}

func (m *warningMessage) Str(th *Thread) (string, error) {
	msg, err := th.repr(m.message)
	if err != nil {
		return "", err
	}
	return sprintf("{message : %s, category : '%s', filename : '%s', lineno : %d, line : None}", msg, m.category.Name, m.filename, m.lineno), nil
}
