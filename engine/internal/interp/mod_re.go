package interp

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/sre"
)

// The re module: CPython 3.11's regular expressions on package sre's parser
// and backtracking matcher (Go's regexp is RE2, whose semantics differ), with
// the module's functions, Pattern and Match, re.error's messages and
// positions, and RegexFlag. The matcher's steps count against the run's
// budget, so a catastrophic backtracking is stopped as an endless loop is.

var (
	typePattern = &builtinType{name: "Pattern", module: "re", call: noInstances("re.Pattern")}
	typeMatch   = &builtinType{name: "Match", module: "re", call: noInstances("re.Match")}
)

func noInstances(name string) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		return nil, th.Raise(TypeError, "cannot create '%s' instances", name)
	}
}

// reFlagNames are RegexFlag's members in definition order, then the
// one-letter aliases the module also exports.
var reFlagNames = []struct {
	name, alias string
	bit         int64
}{{"ASCII", "A", sre.ASCII}, {"IGNORECASE", "I", sre.IgnoreCase}, {"LOCALE", "L", sre.Locale}, {"UNICODE", "U", sre.Unicode},
	{"MULTILINE", "M", sre.Multiline}, {"DOTALL", "S", sre.DotAll}, {"VERBOSE", "X", sre.Verbose}, {"TEMPLATE", "T", sre.Template}, {"DEBUG", "", sre.Debug}}

type reModule struct {
	errCls *Class
	flag   *Class
	cache  map[reKey]*rePattern
}

type reKey struct {
	src   string
	bytes bool
	flags int64
}

func reModuleOf(th *Thread) *Module {
	r := &reModule{cache: map[reKey]*rePattern{}}
	r.errCls = newExceptionClass("error", ExceptionClass)
	r.errCls.module, r.errCls.native = "re", true
	r.errCls.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(&Call{Args: c.Args[1:], Kw: c.Kw}, "error", "msg", "pattern", "pos")
		if err != nil {
			return nil, err
		}
		if ex, ok := c.Args[0].(*Exception); ok {
			msg, err := th.str(a[0])
			if err != nil {
				return nil, err
			}
			reErrorInit(ex, msg, a[1], a[2])
			ex.Dict.SetStr("msg", a[0])
		}
		return nil, nil
	})
	values := map[string]Value{"error": r.errCls, "Pattern": typePattern, "Match": typeMatch}
	members := NewDict()
	members.SetStr("NOFLAG", int64(0))
	for _, f := range reFlagNames {
		members.SetStr(f.name, f.bit)
	}
	flagCls, err := th.enumFunctional(enumRoots["IntFlag"], &Call{Args: []Value{"RegexFlag", members}, Kw: []KV{{"module", "re"}}})
	if err == nil {
		r.flag = flagCls.(*Class)
		r.flag.setMethod("__repr__", r.flagRepr)
		r.flag.setMethod("__str__", r.flagRepr)
		r.flag.setMethod("__format__", func(th *Thread, c *Call) (Value, error) {
			if c.Args[1] == "" {
				return r.flagRepr(th, c)
			}
			return th.format(c.Args[0].(*Instance).Base, c.Args[1].(string))
		})
		values["RegexFlag"] = r.flag
		values["NOFLAG"], _ = r.flag.enum.members.GetStr("NOFLAG")
		for _, f := range reFlagNames {
			m, _ := r.flag.enum.members.GetStr(f.name)
			values[f.name] = m
			if f.alias != "" {
				values[f.alias] = m
			}
		}
	}
	fns := []*Builtin{
		fn("compile", func(th *Thread, c *Call) (Value, error) {
			a, err := pyArgs(th, c, "compile", 1, "pattern", "flags")
			if err != nil {
				return nil, err
			}
			return r.compile(th, a[0], a[1])
		}),
		fn("escape", func(th *Thread, c *Call) (Value, error) {
			a, err := pyArgs(th, c, "escape", 1, "pattern")
			if err != nil {
				return nil, err
			}
			return reEscape(th, a[0])
		}),
		fn("purge", func(th *Thread, c *Call) (Value, error) { r.cache = map[reKey]*rePattern{}; return nil, nil }),
	}
	// the functions taking a pattern, then the method's own arguments, then flags
	for _, name := range []string{"search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"} {
		params := map[string][]string{"split": {"string", "maxsplit"}, "sub": {"repl", "string", "count"}, "subn": {"repl", "string", "count"}}[name]
		if params == nil {
			params = []string{"string"}
		}
		name := name
		fns = append(fns, fn(name, func(th *Thread, c *Call) (Value, error) {
			required := 2
			if len(params) == 3 {
				required = 3
			}
			a, err := pyArgs(th, c, name, required, append(append([]string{"pattern"}, params...), "flags")...)
			if err != nil {
				return nil, err
			}
			p, err := r.compile(th, a[0], a[len(a)-1])
			if err != nil {
				return nil, err
			}
			return p.method(th, name, a[1:len(a)-1])
		}))
	}
	return newModule("re", fns, values)
}

// pyArgs binds the arguments of a function the module writes in Python
// (re.search, re.sub): the first required ones must be given, and the
// errors are a Python function's.
func pyArgs(th *Thread, c *Call, name string, required int, names ...string) ([]Value, error) {
	if len(c.Args) > len(names) {
		if required == len(names) {
			return nil, th.Raise(TypeError, "%s() takes %d positional argument%s but %d were given", name, required, plural(required), len(c.Args))
		}
		return nil, th.Raise(TypeError, "%s() takes from %d to %d positional arguments but %d were given", name, required, len(names), len(c.Args))
	}
	a, err := th.args(c, name, names...)
	if err != nil {
		return nil, err
	}
	var missing []string
	for i := 0; i < required; i++ {
		if !hasArg(c, i, names[i]) {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	if missing != nil {
		return nil, th.Raise(TypeError, "%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	return a, nil
}

func hasArg(c *Call, i int, name string) bool {
	_, kw := kwArg(c, name)
	return i < len(c.Args) || kw
}

func (r *reModule) flagRepr(th *Thread, c *Call) (Value, error) {
	n, _ := smallInt(c.Args[0].(*Instance).Base)
	var parts []string
	for _, f := range reFlagNames {
		if n&f.bit != 0 {
			parts = append(parts, "re."+f.name)
			n &^= f.bit
		}
	}
	if n != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", n))
	}
	if parts == nil {
		return "re.NOFLAG", nil
	}
	return strings.Join(parts, "|"), nil
}

// rePattern is a compiled pattern (re.Pattern).
type rePattern struct {
	mod   *reModule
	prog  *sre.Pattern
	src   Value // str or bytes
	flags int64
	key   reKey // its source and flags, for == and hash
}

func (r *reModule) compile(th *Thread, pattern, flags Value) (*rePattern, error) {
	fl, ok := smallInt(flags)
	if flags == nil {
		fl, ok = 0, true
	}
	if p, isPat := pattern.(*rePattern); isPat && ok {
		if fl != 0 {
			return nil, th.Raise(ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var src []rune
	key := reKey{flags: fl}
	raw, cached := pattern, true
	if inst, isInst := pattern.(*Instance); isInst && inst.Base != nil { // a str subclass: its own cache key in CPython
		raw, cached = inst.Base, false
	}
	switch s := raw.(type) {
	case string:
		src, key.src = []rune(s), s
	case Bytes:
		src, key.src, key.bytes = latin1(s), string(s), true
	default:
		return nil, th.Raise(TypeError, "first argument must be string or compiled pattern")
	}
	if !ok { // _compile's test of the flags
		return nil, th.Raise(TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", typeName(flags))
	}
	if p := r.cache[key]; p != nil && cached {
		return p, nil
	}
	prog, err := sre.Parse(src, !key.bytes, int(fl))
	if err != nil {
		return nil, r.raise(th, err, pattern)
	}
	p := &rePattern{mod: r, prog: prog, src: pattern, flags: int64(prog.Flags), key: reKey{key.src, key.bytes, int64(prog.Flags)}}
	if cached {
		r.cache[key] = p
	}
	return p, nil
}

// raise turns an error of package sre into the exception CPython raises.
func (r *reModule) raise(th *Thread, err error, pattern Value) error {
	switch e := err.(type) {
	case *sre.Error:
		ex := th.Raise(r.errCls, "%s", e.Msg)
		var pos Value
		if e.Pos >= 0 {
			pos = int64(e.Pos)
		} else {
			pattern = nil
		}
		reErrorInit(ex, e.Msg, pattern, pos)
		return ex
	case *sre.Unsupported:
		return th.Unsupported("%s", e.What)
	case *sre.Overflow:
		return th.Raise(OverflowError, "%s", e.Error())
	case *sre.ValueError:
		return th.Raise(ValueError, "%s", e.Msg)
	case *sre.IndexError:
		return th.Raise(IndexError, "%s", e.Msg)
	}
	return err
}

// reErrorInit is re.error's __init__(msg, pattern=None, pos=None): the
// position in the message, and the line and column when the pattern has
// several lines.
func reErrorInit(ex *Exception, msg string, pattern, pos Value) {
	attrs := []Value{msg, pattern, pos, nil, nil}
	if n, ok := smallInt(pos); ok && pattern != nil {
		raw := pattern
		if inst, ok := raw.(*Instance); ok {
			raw = inst.Base
		}
		var text []rune
		switch s := raw.(type) {
		case string:
			text = []rune(s)
		case Bytes:
			text = latin1(s)
		}
		before := string(text[:max(0, min(int(n), len(text)))])
		nl := strings.LastIndex(before, "\n")
		line, col := int64(strings.Count(before, "\n")+1), int64(len([]rune(before[nl+1:]))+1)
		msg = fmt.Sprintf("%s at position %d", msg, n)
		if strings.ContainsRune(string(text), '\n') {
			msg += fmt.Sprintf(" (line %d, column %d)", line, col)
		}
		attrs[3], attrs[4] = line, col
	}
	ex.Args, ex.msg = []Value{msg}, &msg
	ex.Dict = NewDict()
	for i, k := range []string{"msg", "pattern", "pos", "lineno", "colno"} {
		ex.Dict.SetStr(k, attrs[i])
	}
}

func latin1(b Bytes) []rune {
	out := make([]rune, len(b))
	for i := range b {
		out[i] = rune(b[i])
	}
	return out
}

func (p *rePattern) isBytes() bool { _, ok := p.src.(Bytes); return ok }

// text makes a str or bytes of the pattern's kind.
func (p *rePattern) text(rs []rune) Value {
	if p.isBytes() {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return Bytes(b)
	}
	return string(rs)
}

// subject is the string a method searches, as runes.
func (p *rePattern) subject(th *Thread, v Value) ([]rune, error) {
	if inst, ok := v.(*Instance); ok && inst.Base != nil { // a str or bytes subclass
		v = inst.Base
	}
	switch s := v.(type) {
	case string:
		if p.isBytes() {
			return nil, th.Raise(TypeError, "cannot use a bytes pattern on a string-like object")
		}
		return []rune(s), nil
	case Bytes:
		if !p.isBytes() {
			return nil, th.Raise(TypeError, "cannot use a string pattern on a bytes-like object")
		}
		return latin1(s), nil
	case *byteArray:
		return nil, th.Unsupported("re on a bytearray (bytes(...) of it is supported)")
	}
	return nil, th.Raise(TypeError, "expected string or bytes-like object, got '%s'", typeName(v))
}

func (p *rePattern) TypeName() string   { return "Pattern" }
func (p *rePattern) TypeModule() string { return "re" }

func (p *rePattern) Repr(th *Thread) (string, error) {
	s, err := th.repr(p.src)
	if err != nil {
		return "", err
	}
	if rs := []rune(s); len(rs) > 200 {
		s = string(rs[:200])
	}
	fl := p.flags
	if !p.isBytes() && fl&(sre.Locale|sre.Unicode|sre.ASCII) == sre.Unicode {
		fl &^= sre.Unicode
	}
	if fl == 0 {
		return "re.compile(" + s + ")", nil
	}
	var parts []string
	for _, n := range []string{"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"} {
		for _, f := range reFlagNames {
			if f.name == n && fl&f.bit != 0 {
				parts = append(parts, "re."+n)
				fl &^= f.bit
			}
		}
	}
	if fl != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", fl))
	}
	return "re.compile(" + s + ", " + strings.Join(parts, "|") + ")", nil
}

func (p *rePattern) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	o, ok := other.(*rePattern)
	if !ok || op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	return (o.key == p.key) == (op == py.Eq), true, nil
}

func (p *rePattern) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

func (p *rePattern) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "pattern":
		return p.src, true, nil
	case "flags":
		return p.flags, true, nil
	case "groups":
		return int64(p.prog.Groups), true, nil
	case "groupindex":
		d := NewDict()
		for g, n := range p.prog.Names {
			if n != "" {
				d.SetStr(n, int64(g))
			}
		}
		if d.Len() == 0 { // _sre's: a new dict when there are no names
			return d, true, nil
		}
		return &mappingProxy{d: d}, true, nil
	case "__class__":
		return typePattern, true, nil
	case "search", "match", "fullmatch", "findall", "finditer":
		return p.bound(name, "string", "pos", "endpos"), true, nil
	case "split":
		return p.bound(name, "string", "maxsplit"), true, nil
	case "sub", "subn":
		return p.bound(name, "repl", "string", "count"), true, nil
	}
	return nil, false, nil
}

func (p *rePattern) bound(name string, params ...string) *Builtin {
	return fn(name, func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, name, params...)
		if err != nil {
			return nil, err
		}
		for i, n := range params {
			if a[i] == nil && (n == "string" || n == "repl") && !hasArg(c, i, n) {
				return nil, th.Raise(TypeError, "%s() missing required argument '%s' (pos %d)", name, n, i+1)
			}
		}
		return p.method(th, name, a)
	})
}

// method runs one of the pattern's methods on its arguments.
func (p *rePattern) method(th *Thread, name string, a []Value) (Value, error) {
	switch name {
	case "sub", "subn":
		return p.sub(th, a[0], a[1], a[2], name == "subn")
	case "split":
		return p.split(th, a[0], a[1])
	}
	s, err := p.subject(th, a[0])
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(th, len(s), a[1:])
	if err != nil {
		return nil, err
	}
	switch name {
	case "search", "match", "fullmatch":
		mode := sre.Search
		if name != "search" {
			mode = sre.Match
			if name == "fullmatch" {
				mode = sre.FullMatch
			}
		}
		res, err := p.find(th, s, pos, end, mode, false)
		if res == nil || err != nil {
			return nil, err
		}
		return p.newMatch(a[0], s, pos, end, res), nil
	case "findall":
		var out []Value
		err := p.each(th, s, pos, end, -1, func(res *sre.Result) error {
			m := p.newMatch(a[0], s, pos, end, res)
			switch p.prog.Groups {
			case 0:
				out = append(out, m.group(0, ""))
			case 1:
				out = append(out, m.group(1, p.text(nil)))
			default:
				t := make(Tuple, p.prog.Groups)
				for g := range t {
					t[g] = m.group(g+1, p.text(nil))
				}
				out = append(out, t)
			}
			return nil
		})
		return &List{Items: out}, err
	}
	// finditer: lazy, as CPython's callable_iterator
	at, must, done := pos, false, false
	return &lazyIter{name: "callable_iterator", next: func() (Value, bool, error) {
		if done || at > end {
			return nil, false, nil
		}
		res, err := p.find(th, s, at, end, sre.Search, must)
		if res == nil || err != nil {
			done = true
			return nil, false, err
		}
		must = res.Spans[1] == res.Spans[0]
		at = res.Spans[1]
		return p.newMatch(a[0], s, pos, end, res), true, nil
	}}, nil
}

// bounds are _sre's pos and endpos, clipped to the string.
func bounds(th *Thread, n int, a []Value) (int, int, error) {
	pos, end := int64(0), int64(n)
	var err error
	if len(a) > 0 {
		if pos, err = th.intArg(a[0], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(a) > 1 {
		if end, err = th.intArg(a[1], int64(n)); err != nil {
			return 0, 0, err
		}
	}
	clip := func(v int64) int { return int(max(0, min(v, int64(n)))) }
	return clip(pos), clip(end), nil
}

func (p *rePattern) find(th *Thread, s []rune, pos, end int, mode sre.Mode, must bool) (*sre.Result, error) {
	span := th.cur
	res, err := p.prog.Find(s, pos, end, mode, must, func() error { return th.step(span) })
	if u, ok := err.(*sre.Unsupported); ok {
		return nil, th.Unsupported("%s", u.What)
	}
	return res, err
}

// each calls f on the successive matches (at most limit, -1: all) with the
// rule of CPython 3.7+: an empty match may not sit where the previous match
// ended empty.
func (p *rePattern) each(th *Thread, s []rune, pos, end, limit int, f func(*sre.Result) error) error {
	must := false
	for n := 0; limit < 0 || n < limit; n++ {
		res, err := p.find(th, s, pos, end, sre.Search, must)
		if res == nil || err != nil {
			return err
		}
		if err := f(res); err != nil {
			return err
		}
		must = res.Spans[1] == res.Spans[0]
		pos = res.Spans[1]
	}
	return nil
}

// limited is the subject of split or sub and how many matches they take
// (maxsplit and count: 0 for all, and none when negative).
func (p *rePattern) limited(th *Thread, str, count Value) ([]rune, int, error) {
	s, err := p.subject(th, str)
	if err != nil {
		return nil, 0, err
	}
	n, err := th.intArg(count, 0)
	if err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return s, -1, nil
	}
	return s, int(max(n, 0)), nil
}

func (p *rePattern) split(th *Thread, str, maxsplit Value) (Value, error) {
	s, limit, err := p.limited(th, str, maxsplit)
	if err != nil {
		return nil, err
	}
	var out []Value
	last := 0
	err = p.each(th, s, 0, len(s), limit, func(res *sre.Result) error {
		out = append(out, p.text(s[last:res.Spans[0]]))
		m := p.newMatch(str, s, 0, len(s), res)
		for g := 1; g <= p.prog.Groups; g++ {
			out = append(out, m.group(g, nil))
		}
		last = res.Spans[1]
		return nil
	})
	return &List{Items: append(out, p.text(s[last:]))}, err
}

func (p *rePattern) sub(th *Thread, repl, str, count Value, withCount bool) (Value, error) {
	s, limit, err := p.limited(th, str, count)
	if err != nil {
		return nil, err
	}
	var parts []sre.Part
	call, literal := false, false
	switch t := repl.(type) {
	case string, Bytes:
		rs, err := p.subject(th, t)
		if err != nil { // the other kind of string: inserted as it is, which the join refuses
			literal = true
			break
		}
		if parts, err = p.prog.Template(rs); err != nil {
			return nil, p.mod.raise(th, err, repl)
		}
	default:
		if !isCallable(repl) {
			return nil, th.Raise(TypeError, "decoding to str: need a bytes-like object, %s found", typeName(repl))
		}
		call = true
	}
	var out []Value
	last, subs := 0, int64(0)
	err = p.each(th, s, 0, len(s), limit, func(res *sre.Result) error {
		if last < res.Spans[0] {
			out = append(out, p.text(s[last:res.Spans[0]]))
		}
		m := p.newMatch(str, s, 0, len(s), res)
		if call {
			v, err := th.Call(repl, []Value{m}, nil)
			if err != nil {
				return err
			}
			if v != nil {
				out = append(out, v)
			}
		} else if literal {
			out = append(out, repl)
		} else {
			out = append(out, p.text(m.expand(parts)))
		}
		last, subs = res.Spans[1], subs+1
		return nil
	})
	if err != nil {
		return nil, err
	}
	if last < len(s) {
		out = append(out, p.text(s[last:]))
	}
	var b strings.Builder
	for i, v := range out {
		switch t := v.(type) {
		case string:
			if !p.isBytes() {
				b.WriteString(t)
				continue
			}
		case Bytes:
			if p.isBytes() {
				b.WriteString(string(t))
				continue
			}
		}
		if p.isBytes() {
			return nil, th.Raise(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(v))
		}
		return nil, th.Raise(TypeError, "sequence item %d: expected str instance, %s found", i, typeName(v))
	}
	var res Value = b.String()
	if p.isBytes() {
		res = Bytes(b.String())
	}
	if withCount {
		return Tuple{res, subs}, nil
	}
	return res, nil
}

func isCallable(v Value) bool {
	switch v.(type) {
	case *Function, *Builtin, *boundMethod, *Class, Callable:
		return true
	case *Instance:
		_, ok := v.(*Instance).Class.Lookup("__call__")
		return ok
	}
	return false
}

// reEscape is re.escape: a backslash before the characters special in a pattern.
func reEscape(th *Thread, pattern Value) (Value, error) {
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	esc := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if strings.ContainsRune(special, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	switch s := pattern.(type) {
	case string:
		return esc(s), nil
	case Bytes:
		var b []byte
		for i := 0; i < len(s); i++ {
			x := s[i]
			if x < 128 && strings.IndexByte(special, x) >= 0 {
				b = append(b, '\\')
			}
			b = append(b, x)
		}
		return Bytes(b), nil
	}
	return nil, th.Raise(TypeError, "expected string or bytes-like object, got '%s'", typeName(pattern))
}

// reMatch is a match (re.Match).
type reMatch struct {
	p         *rePattern
	str       Value
	s         []rune
	pos, end  int
	spans     []int
	lastIndex int
}

func (p *rePattern) newMatch(str Value, s []rune, pos, end int, res *sre.Result) *reMatch {
	return &reMatch{p: p, str: str, s: s, pos: pos, end: end, spans: res.Spans, lastIndex: res.LastIndex}
}

func (m *reMatch) TypeName() string   { return "Match" }
func (m *reMatch) TypeModule() string { return "re" }

// group is group g's text, or def when it did not take part.
func (m *reMatch) group(g int, def Value) Value {
	if m.spans[2*g] < 0 {
		return def
	}
	return m.p.text(m.s[m.spans[2*g]:m.spans[2*g+1]])
}

// index resolves a group given by number or name.
func (m *reMatch) index(th *Thread, v Value) (int, error) {
	if n, ok := smallInt(v); ok {
		if n >= 0 && n <= int64(m.p.prog.Groups) {
			return int(n), nil
		}
	} else if s, ok := v.(string); ok {
		if g, ok := m.p.prog.GroupName[s]; ok {
			return g, nil
		}
	}
	return 0, th.Raise(IndexError, "no such group")
}

func (m *reMatch) expand(parts []sre.Part) []rune {
	var out []rune
	for _, p := range parts {
		if p.Group < 0 {
			out = append(out, p.Text...)
		} else if s := m.spans[2*p.Group]; s >= 0 {
			out = append(out, m.s[s:m.spans[2*p.Group+1]]...)
		}
	}
	return out
}

func (m *reMatch) Repr(th *Thread) (string, error) {
	r, err := th.repr(m.group(0, nil))
	if err != nil {
		return "", err
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.spans[0], m.spans[1], r), nil
}

func (m *reMatch) GetItem(th *Thread, key Value) (Value, error) {
	g, err := m.index(th, key)
	if err != nil {
		return nil, err
	}
	return m.group(g, nil), nil
}

// reMatchMethods are Match's methods and their parameters.
var reMatchMethods = map[string][]string{"groups": {"default"}, "groupdict": {"default"}, "start": {"group"},
	"end": {"group"}, "span": {"group"}, "expand": {"template"}, "__getitem__": {"g"}, "group": nil}

func (m *reMatch) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__class__":
		return typeMatch, true, nil
	case "string":
		return m.str, true, nil
	case "re":
		return m.p, true, nil
	case "pos":
		return int64(m.pos), true, nil
	case "endpos":
		return int64(m.end), true, nil
	case "lastindex":
		if m.lastIndex < 0 {
			return nil, true, nil
		}
		return int64(m.lastIndex), true, nil
	case "lastgroup":
		if m.lastIndex < 0 || m.p.prog.Names[m.lastIndex] == "" {
			return nil, true, nil
		}
		return m.p.prog.Names[m.lastIndex], true, nil
	case "regs":
		t := make(Tuple, m.p.prog.Groups+1)
		for g := range t {
			t[g] = Tuple{int64(m.spans[2*g]), int64(m.spans[2*g+1])}
		}
		return t, true, nil
	}
	params, ok := reMatchMethods[name]
	if !ok {
		return nil, false, nil
	}
	return fn(name, func(th *Thread, c *Call) (Value, error) { return m.call(th, name, params, c) }), true, nil
}

func (m *reMatch) call(th *Thread, name string, params []string, c *Call) (Value, error) {
	if params == nil { // group(*groups)
		if len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "group() takes no keyword arguments")
		}
		out := make(Tuple, len(c.Args))
		for i, v := range c.Args {
			g, err := m.index(th, v)
			if err != nil {
				return nil, err
			}
			out[i] = m.group(g, nil)
		}
		switch len(out) {
		case 0:
			return m.group(0, nil), nil
		case 1:
			return out[0], nil
		}
		return out, nil
	}
	if name == "__getitem__" {
		if err := argN(th, c, name, 1, 1); err != nil {
			return nil, err
		}
		return m.GetItem(th, c.Args[0])
	}
	a, err := th.args(c, name, params...)
	if err != nil {
		return nil, err
	}
	g := 0
	if params[0] == "group" && a[0] != nil {
		if g, err = m.index(th, a[0]); err != nil {
			return nil, err
		}
	}
	s, e := int64(m.spans[2*g]), int64(m.spans[2*g+1])
	switch name {
	case "start":
		return s, nil
	case "end":
		return e, nil
	case "span":
		return Tuple{s, e}, nil
	case "groups":
		out := make(Tuple, m.p.prog.Groups)
		for g := range out {
			out[g] = m.group(g+1, a[0])
		}
		return out, nil
	case "groupdict":
		d := NewDict()
		for g, n := range m.p.prog.Names {
			if n != "" {
				d.SetStr(n, m.group(g, a[0]))
			}
		}
		return d, nil
	}
	// expand
	rs, err := m.p.subject(th, a[0])
	if err != nil {
		return nil, err
	}
	parts, err := m.p.prog.Template(rs)
	if err != nil {
		return nil, m.p.mod.raise(th, err, a[0])
	}
	return m.p.text(m.expand(parts)), nil
}
