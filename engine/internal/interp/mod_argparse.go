package interp

import (
	"slices"
	"strings"
	"unicode"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// argparseModule is argparse as CPython 3.11's: ArgumentParser with its
// actions, groups and subparsers, the parse over the "O"/"A" pattern of the
// arguments (nargs matched as the regular expressions argparse builds,
// greedy with backtracking), CPython's error texts on sys.stderr with
// SystemExit(2), and the help and usage text HelpFormatter gives on a
// terminal-less stdout (80 columns). Custom Action classes, FileType and
// formatter classes of the script's own are refused.
func argparseModule(th *Thread) *Module {
	m := &apMod{ns: nativeClass("Namespace", "argparse", nil),
		argErr: newExceptionClass("ArgumentError", ExceptionClass), typeErr: newExceptionClass("ArgumentTypeError", ExceptionClass)}
	m.argErr.module, m.typeErr.module = "argparse", "argparse"
	m.ns.setMethod("__init__", func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 1 {
			return nil, th.Raise(TypeError, "Namespace.__init__() takes 1 positional argument but %d were given", len(c.Args))
		}
		for _, k := range c.Kw {
			if err := th.setAttr(c.Args[0], k.Name, k.Value); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	m.ns.setMethod("__repr__", func(th *Thread, c *Call) (Value, error) {
		self, ok := c.Args[0].(*Instance)
		if !ok {
			return nil, th.Raise(TypeError, "descriptor '__repr__' requires a 'Namespace' object")
		}
		return apHolderRepr(th, self.Class.Name, self.Dict)
	})
	m.ns.setMethod("__eq__", func(th *Thread, c *Call) (Value, error) {
		a, ok1 := c.Args[0].(*Instance)
		b, ok2 := c.Args[1].(*Instance)
		if !ok1 || !ok2 || !b.Class.IsSubclass(m.ns) {
			return notImplemented, nil
		}
		return th.equal(a.Dict, b.Dict)
	})
	m.ns.setMethod("__contains__", func(th *Thread, c *Call) (Value, error) {
		self, _ := c.Args[0].(*Instance)
		_, ok, err := self.Dict.Get(th, c.Args[1])
		return ok, err
	})
	vals := map[string]Value{
		"ArgumentParser": &builtinType{name: "ArgumentParser", module: "argparse", call: func(th *Thread, c *Call) (Value, error) {
			// by position, the arguments are __init__'s in order
			names := []string{"prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error"}
			if len(c.Args) > len(names) {
				return nil, th.Raise(TypeError, "ArgumentParser.__init__() takes from 1 to %d positional arguments but %d were given", len(names)+1, len(c.Args)+1)
			}
			kw := slices.Clone(c.Kw)
			for i, v := range c.Args {
				if _, given := kwArg(c, names[i]); given {
					return nil, th.Raise(TypeError, "ArgumentParser.__init__() got multiple values for argument '%s'", names[i])
				}
				kw = append(kw, KV{Name: names[i], Value: v})
			}
			return m.newParser(th, kw)
		}},
		"Namespace": m.ns, "ArgumentError": m.argErr, "ArgumentTypeError": m.typeErr, "SUPPRESS": apSuppress,
		"OPTIONAL": "?", "ZERO_OR_MORE": "*", "ONE_OR_MORE": "+", "PARSER": "A...", "REMAINDER": "...",
		"BooleanOptionalAction": apBoolAction,
	}
	for i, n := range apFormatters {
		t := &builtinType{name: n, module: "argparse", call: func(th *Thread, c *Call) (Value, error) {
			return nil, th.Unsupported("argparse.%s objects (pass the class as formatter_class)", n)
		}}
		vals[n], m.fmts[i] = t, t
	}
	return newModule("argparse", nil, vals)
}

const apSuppress = "==SUPPRESS=="

var (
	apFormatters = [4]string{"HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter"}
	apBoolAction = &builtinType{name: "BooleanOptionalAction", module: "argparse", call: func(th *Thread, c *Call) (Value, error) {
		return nil, th.Unsupported("calling argparse.BooleanOptionalAction (pass it as action=)")
	}}
)

// apMod is what one run's argparse keeps: its classes and formatter markers.
type apMod struct {
	ns, argErr, typeErr *Class
	fmts                [4]*builtinType
}

// apHolderRepr is _AttributeHolder.__repr__: name=value pairs, the names
// that are not identifiers in a trailing **{...}.
func apHolderRepr(th *Thread, name string, d *Dict) (string, error) {
	var parts []string
	star := NewDict()
	for _, k := range d.Keys() {
		v, _, _ := d.Get(th, k)
		if s, ok := k.(string); ok && isIdentifier(s) {
			r, err := th.repr(v)
			if err != nil {
				return "", err
			}
			parts = append(parts, s+"="+r)
		} else if err := star.Set(th, k, v); err != nil {
			return "", err
		}
	}
	if star.Len() > 0 {
		r, err := th.repr(star)
		if err != nil {
			return "", err
		}
		parts = append(parts, "**"+r)
	}
	return name + "(" + strings.Join(parts, ", ") + ")", nil
}

// apAction is one of argparse's Action objects; kind is the action= name.
type apAction struct {
	kind                                       string
	opts                                       []string
	dest                                       string
	nargs, cnst, def, typ, choices, help, meta Value
	version                                    Value
	required                                   bool
	group                                      *apGroup // the container that added it
	// a subparsers action's: the parsers by name (its choices), the
	// pseudo-actions of the ones with help, and the prog prefix
	subs       *Dict
	subHelp    []*apAction
	progPrefix string
}

var apActionClasses = map[string]string{"store": "_StoreAction", "store_const": "_StoreConstAction", "store_true": "_StoreTrueAction",
	"store_false": "_StoreFalseAction", "append": "_AppendAction", "append_const": "_AppendConstAction", "count": "_CountAction",
	"help": "_HelpAction", "version": "_VersionAction", "parsers": "_SubParsersAction", "extend": "_ExtendAction",
	"bool": "BooleanOptionalAction", "choice": "_ChoicesPseudoAction"}

// apKwargs are the keyword arguments each action class takes besides option_strings and dest.
var apKwargs = map[string]string{"store": "nargs const default type choices required help metavar", "store_const": "const default required help metavar",
	"store_true": "default required help", "store_false": "default required help", "append_const": "const default required help metavar",
	"count": "default required help", "help": "default help", "version": "version default help",
	"parsers": "prog parser_class required help metavar", "bool": "default type choices required help metavar"}

func (a *apAction) TypeName() string { return apActionClasses[a.kind] }

func (a *apAction) fields() []KV {
	return []KV{{"option_strings", strList(a.opts)}, {"dest", a.dest}, {"nargs", a.nargs}, {"const", a.cnst}, {"default", a.def},
		{"type", a.typ}, {"choices", a.choices}, {"required", a.required}, {"help", a.help}, {"metavar", a.meta}}
}

func (a *apAction) Repr(th *Thread) (string, error) {
	d := NewDict()
	for _, f := range a.fields() {
		d.SetStr(f.Name, f.Value)
	}
	return apHolderRepr(th, a.TypeName(), d)
}

func (a *apAction) Attr(th *Thread, name string) (Value, bool, error) {
	if name == "version" && a.kind == "version" {
		return a.version, true, nil
	}
	for _, f := range a.fields() {
		if f.Name == name {
			return f.Value, true, nil
		}
	}
	if name == "add_parser" && a.kind == "parsers" {
		return fn(name, func(th *Thread, c *Call) (Value, error) { return a.addParser(th, c) }), true, nil
	}
	return nil, false, nil
}

func (a *apAction) SetAttr(th *Thread, name string, v Value) error {
	switch name {
	case "default":
		a.def = v
	case "help":
		a.help = v
	case "metavar":
		a.meta = v
	case "required":
		t, err := th.truth(v)
		a.required = t
		return err
	case "const":
		a.cnst = v
	default:
		return th.Unsupported("setting %s.%s", a.TypeName(), name)
	}
	return nil
}

// apGroup is an argument group, or a mutually exclusive one (mutex) added
// to the parser or to an argument group (parent).
type apGroup struct {
	p               *apParser
	title, desc     Value
	acts            []*apAction
	mutex, required bool
	parent          *apGroup
}

func (g *apGroup) TypeName() string {
	if g.mutex {
		return "_MutuallyExclusiveGroup"
	}
	return "_ArgumentGroup"
}

func (g *apGroup) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "title":
		return g.title, true, nil
	case "description":
		return g.desc, true, nil
	case "required":
		return g.required, true, nil
	case "add_argument":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return g.p.addArgument(th, g, c) }), true, nil
	case "add_mutually_exclusive_group":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if g.mutex {
				return nil, th.Unsupported("nesting mutually exclusive groups (deprecated)")
			}
			return g.p.addMutex(th, g, c)
		}), true, nil
	}
	return nil, false, nil
}

// apParser is an ArgumentParser.
type apParser struct {
	m                           *apMod
	prog                        string
	usage, desc, epilog, argDef Value
	fmt                         int
	prefix, conflict            string
	addHelp, abbrev, exitOnErr  bool
	actions                     []*apAction
	optKeys                     []string // _option_string_actions' keys in order
	optMap                      map[string]*apAction
	groups, mutex               []*apGroup
	defaults                    *Dict
	negNum                      bool
	pos, opt, subGroup          *apGroup
}

var apParserKw = []string{"prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars",
	"fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error"}

func (m *apMod) newParser(th *Thread, kw []KV) (*apParser, error) {
	p := &apParser{m: m, prefix: "-", conflict: "error", addHelp: true, abbrev: true, exitOnErr: true,
		optMap: map[string]*apAction{}, defaults: NewDict()}
	var prog Value
	var parents []Value
	for _, k := range kw {
		v := k.Value
		var err error
		switch k.Name {
		case "prog":
			prog = v
		case "usage":
			p.usage = v
		case "description":
			p.desc = v
		case "epilog":
			p.epilog = v
		case "parents":
			parents, err = th.iterate(v)
		case "formatter_class":
			t, _ := v.(*builtinType)
			if p.fmt = slices.Index(m.fmts[:], t); p.fmt < 0 {
				return nil, th.Unsupported("formatter_class=%s (argparse's own formatters only)", typeName(v))
			}
		case "prefix_chars":
			if p.prefix, err = th.strArg(v, "prefix_chars"); err == nil && p.prefix != "-" {
				err = th.Unsupported("prefix_chars other than '-'")
			}
		case "fromfile_prefix_chars":
			if v != nil {
				err = th.Unsupported("fromfile_prefix_chars (it reads files)")
			}
		case "argument_default":
			p.argDef = v
		case "conflict_handler":
			if p.conflict, err = th.strArg(v, "conflict_handler"); err == nil && p.conflict != "error" && p.conflict != "resolve" {
				err = th.Raise(ValueError, "invalid conflict_resolution value: %s", pyrepr.Str(p.conflict))
			}
		case "add_help":
			p.addHelp, err = th.truth(v)
		case "allow_abbrev":
			p.abbrev, err = th.truth(v)
		case "exit_on_error":
			p.exitOnErr, err = th.truth(v)
		default:
			err = th.Raise(TypeError, "ArgumentParser.__init__() got an unexpected keyword argument '%s'", k.Name)
		}
		if err != nil {
			return nil, err
		}
	}
	if prog == nil {
		argv, _ := th.lib("sys").Attrs.GetStr("argv")
		l, ok := argv.(*List)
		if !ok || len(l.Items) == 0 {
			return nil, th.Unsupported("ArgumentParser() without prog when sys.argv is empty")
		}
		prog = l.Items[0]
		if s, ok := prog.(string); ok {
			prog = s[strings.LastIndexByte(s, '/')+1:]
		}
	}
	s, ok := prog.(string)
	if !ok {
		return nil, th.Unsupported("a prog that is not str")
	}
	p.prog = s
	p.pos = p.newGroup("positional arguments", nil)
	p.opt = p.newGroup("options", nil)
	if p.addHelp {
		if _, err := p.addArgument(th, nil, &Call{Args: []Value{"-h", "--help"}, Kw: []KV{{"action", "help"}, {"default", apSuppress}, {"help", "show this help message and exit"}}}); err != nil {
			return nil, err
		}
	}
	for _, v := range parents {
		q, ok := v.(*apParser)
		if !ok {
			return nil, th.Unsupported("parents= of a %s", typeName(v))
		}
		if err := p.addContainer(th, q); err != nil {
			return nil, err
		}
		for _, k := range q.defaults.Keys() {
			v, _, _ := q.defaults.Get(th, k)
			p.defaults.SetStr(k.(string), v)
		}
	}
	return p, nil
}

// addContainer is _add_container_actions: a parent's groups and actions.
func (p *apParser) addContainer(th *Thread, q *apParser) error {
	byTitle := map[Value]*apGroup{}
	for _, g := range p.groups {
		byTitle[g.title] = g
	}
	to := map[*apAction]*apGroup{}
	for _, g := range q.groups {
		if byTitle[g.title] == nil {
			byTitle[g.title] = p.newGroup(g.title, g.desc)
		}
		for _, a := range g.acts {
			to[a] = byTitle[g.title]
		}
	}
	for _, g := range q.mutex {
		mg := &apGroup{p: p, mutex: true, required: g.required}
		p.mutex = append(p.mutex, mg)
		for _, a := range g.acts {
			to[a] = mg
		}
	}
	for _, a := range q.actions {
		if err := p.add(th, to[a], a); err != nil {
			return err
		}
	}
	return nil
}

func (p *apParser) newGroup(title, desc Value) *apGroup {
	g := &apGroup{p: p, title: title, desc: desc}
	p.groups = append(p.groups, g)
	return g
}

func (p *apParser) TypeName() string { return "ArgumentParser" }

func (p *apParser) Repr(th *Thread) (string, error) {
	d := NewDict()
	for _, f := range []KV{{"prog", p.prog}, {"usage", p.usage}, {"description", p.desc}, {"formatter_class", p.m.fmts[p.fmt]},
		{"conflict_handler", p.conflict}, {"add_help", p.addHelp}} {
		d.SetStr(f.Name, f.Value)
	}
	return apHolderRepr(th, "ArgumentParser", d)
}

func (p *apParser) Attr(th *Thread, name string) (Value, bool, error) {
	method := func(f func(th *Thread, c *Call) (Value, error)) (Value, bool, error) { return fn(name, f), true, nil }
	switch name {
	case "prog":
		return p.prog, true, nil
	case "usage":
		return p.usage, true, nil
	case "description":
		return p.desc, true, nil
	case "epilog":
		return p.epilog, true, nil
	case "add_argument":
		return method(func(th *Thread, c *Call) (Value, error) { return p.addArgument(th, nil, c) })
	case "add_argument_group":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "add_argument_group", "title", "description")
			if err != nil {
				return nil, err
			}
			return p.newGroup(a[0], a[1]), nil
		})
	case "add_mutually_exclusive_group":
		return method(func(th *Thread, c *Call) (Value, error) { return p.addMutex(th, nil, c) })
	case "add_subparsers":
		return method(p.addSubparsers)
	case "set_defaults":
		return method(func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) > 0 {
				return nil, th.Raise(TypeError, "_ActionsContainer.set_defaults() takes 1 positional argument but %d were given", len(c.Args)+1)
			}
			for _, k := range c.Kw {
				p.defaults.SetStr(k.Name, k.Value)
				for _, a := range p.actions {
					if a.dest == k.Name {
						a.def = k.Value
					}
				}
			}
			return nil, nil
		})
	case "get_default":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "get_default", "dest")
			if err != nil {
				return nil, err
			}
			for _, x := range p.actions {
				if eq, err := th.equal(x.dest, a[0]); err != nil || eq && x.def != nil {
					return x.def, err
				}
			}
			v, _, err := p.defaults.Get(th, a[0])
			return v, err
		})
	case "parse_args", "parse_known_args":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "args", "namespace")
			if err != nil {
				return nil, err
			}
			ns, rest, err := p.parseKnown(th, a[0], a[1])
			if err != nil || name == "parse_known_args" {
				return Tuple{ns, strList(rest)}, err
			}
			if len(rest) > 0 {
				return nil, p.fail(th, "unrecognized arguments: "+strings.Join(rest, " "))
			}
			return ns, nil
		})
	case "format_usage", "format_help":
		return method(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return p.format(th, name == "format_help")
		})
	case "print_usage", "print_help":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "file")
			if err != nil {
				return nil, err
			}
			s, err := p.format(th, name == "print_help")
			if err != nil || s == "" {
				return nil, err
			}
			return nil, th.writeStream(a[0], s, false)
		})
	case "error":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "message")
			if err != nil {
				return nil, err
			}
			msg, err := th.str(a[0])
			if err != nil {
				return nil, err
			}
			return nil, p.fail(th, msg)
		})
	case "exit":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "status", "message")
			if err != nil {
				return nil, err
			}
			if a[0] == nil && len(c.Args) == 0 && !slices.ContainsFunc(c.Kw, func(k KV) bool { return k.Name == "status" }) {
				a[0] = int64(0)
			}
			return nil, p.exit(th, a[0], a[1])
		})
	}
	return nil, false, nil
}

// stderrWrite is _print_message(message, sys.stderr) with sys.stderr as the script has it now.
func apStderr(th *Thread, s string) error {
	f, _ := th.lib("sys").Attrs.GetStr("stderr")
	return th.writeStream(f, s, true)
}

// exit is ArgumentParser.exit: the message on stderr, then sys.exit(status).
func (p *apParser) exit(th *Thread, status, msg Value) error {
	if t, err := th.truth(msg); err != nil {
		return err
	} else if t {
		s, err := th.str(msg)
		if err == nil {
			err = apStderr(th, s)
		}
		if err != nil {
			return err
		}
	}
	_, err := sysExit(th, &Call{Args: []Value{status}})
	return err
}

// fail is ArgumentParser.error: the usage and "prog: error: message" on stderr, exit status 2.
func (p *apParser) fail(th *Thread, msg string) error {
	u, err := p.format(th, false)
	if err == nil && u != "" {
		err = apStderr(th, u)
	}
	if err != nil {
		return err
	}
	return p.exit(th, int64(2), p.prog+": error: "+msg+"\n")
}

// argError is ArgumentError(action, msg): its str names the argument.
func (p *apParser) argError(th *Thread, a *apAction, msg string) error {
	s := msg
	if n := apName(a); n != "" {
		s = "argument " + n + ": " + msg
	}
	e := th.Raise(p.m.argErr, "%s", s)
	e.Args = []Value{a, msg}
	e.Dict = NewDict()
	e.Dict.SetStr("message", msg)
	if n := apName(a); n != "" {
		e.Dict.SetStr("argument_name", n)
	} else {
		e.Dict.SetStr("argument_name", nil)
	}
	return e
}

// apName is _get_action_name ("" for None).
func apName(a *apAction) string {
	switch {
	case a == nil:
		return ""
	case len(a.opts) > 0:
		return strings.Join(a.opts, "/")
	case a.meta != nil && a.meta != Value(apSuppress):
		if s, ok := a.meta.(string); ok {
			return s
		}
	case a.dest != apSuppress:
		return a.dest
	case a.subs != nil && a.subs.Len() > 0:
		var names []string
		for _, k := range a.subs.Keys() {
			names = append(names, k.(string))
		}
		return "{" + strings.Join(names, ",") + "}"
	}
	return ""
}

func (p *apParser) addMutex(th *Thread, parent *apGroup, c *Call) (Value, error) {
	a, err := th.args(c, "add_mutually_exclusive_group", "required")
	if err != nil {
		return nil, err
	}
	g := &apGroup{p: p, mutex: true, parent: parent}
	if a[0] != nil {
		if g.required, err = th.truth(a[0]); err != nil {
			return nil, err
		}
	}
	p.mutex = append(p.mutex, g)
	return g, nil
}

// addArgument is _ActionsContainer.add_argument, into group g (nil: the parser).
func (p *apParser) addArgument(th *Thread, g *apGroup, c *Call) (Value, error) {
	var opts []string
	for _, v := range c.Args {
		s, ok := v.(string)
		if !ok {
			return nil, th.Unsupported("add_argument names that are not str")
		}
		opts = append(opts, s)
	}
	kw := map[string]Value{}
	for _, k := range c.Kw {
		kw[k.Name] = k.Value
	}
	_, hasDest := kw["dest"]
	a := &apAction{kind: "store"}
	if len(opts) == 0 || len(opts) == 1 && (opts[0] == "" || !strings.ContainsRune(p.prefix, []rune(opts[0])[0])) {
		if len(opts) == 0 && !hasDest {
			return nil, th.Raise(TypeError, "_ActionsContainer._get_positional_kwargs() missing 1 required positional argument: 'dest'")
		}
		if len(opts) == 1 && hasDest {
			return nil, th.Raise(ValueError, "dest supplied twice for positional argument")
		}
		if _, ok := kw["required"]; ok {
			return nil, th.Raise(TypeError, "'required' is an invalid argument for positionals")
		}
		if len(opts) == 1 {
			kw["dest"] = opts[0]
		}
		n := kw["nargs"]
		_, hasDefault := kw["default"]
		kw["required"] = !(n == Value("?") || n == Value("*")) || n == Value("*") && !hasDefault
		opts = nil
	} else {
		var long []string
		for _, o := range opts {
			if o == "" || !strings.ContainsRune(p.prefix, []rune(o)[0]) {
				return nil, th.Raise(ValueError, "invalid option string %s: must start with a character %s", pyrepr.Str(o), pyrepr.Str(p.prefix))
			}
			if r := []rune(o); len(r) > 1 && strings.ContainsRune(p.prefix, r[1]) {
				long = append(long, o)
			}
		}
		if d := kw["dest"]; d == nil {
			src := opts[0]
			if len(long) > 0 {
				src = long[0]
			}
			dest := strings.TrimLeft(src, p.prefix)
			if dest == "" {
				return nil, th.Raise(ValueError, "dest= is required for options like %s", pyrepr.Str(opts[len(opts)-1]))
			}
			kw["dest"] = strings.ReplaceAll(dest, "-", "_")
		}
	}
	dest, ok := kw["dest"].(string)
	if !ok {
		return nil, th.Unsupported("a dest that is not str")
	}
	delete(kw, "dest")
	if _, ok := kw["default"]; !ok {
		if v, ok := p.defaults.GetStr(dest); ok {
			kw["default"] = v
		} else if p.argDef != nil {
			kw["default"] = p.argDef
		}
	}
	switch act := kw["action"].(type) {
	case nil:
	case string:
		if apActionClasses[act] == "" || act == "bool" || act == "choice" {
			return nil, th.Raise(ValueError, "unknown action \"%s\"", act)
		}
		a.kind = act
	case *builtinType:
		if act != apBoolAction {
			return nil, th.Unsupported("action=%s", act.name)
		}
		a.kind = "bool"
	default:
		return nil, th.Unsupported("action classes of the script's own (action=%s)", typeName(act))
	}
	delete(kw, "action")
	a.opts, a.dest = opts, dest
	if err := a.init(th, p, kw, c.Kw); err != nil {
		return nil, err
	}
	if a.typ != nil && !IsCallable(a.typ) {
		r, err := th.repr(a.typ)
		if err != nil {
			return nil, err
		}
		return nil, th.Raise(ValueError, "%s is not callable", r)
	}
	if _, err := apFormatArgs(th, a, "x"); err != nil {
		return nil, err
	}
	return a, p.add(th, g, a)
}

// init is the action class's __init__: its own keyword arguments, defaults and checks.
func (a *apAction) init(th *Thread, p *apParser, kw map[string]Value, order []KV) error {
	allowed := apKwargs[a.kind]
	if allowed == "" {
		allowed = apKwargs["store"]
	}
	for _, k := range order {
		if _, ok := kw[k.Name]; ok && !slices.Contains(strings.Fields(allowed), k.Name) {
			return th.Raise(TypeError, "%s.__init__() got an unexpected keyword argument '%s'", a.TypeName(), k.Name)
		}
	}
	a.nargs, a.cnst, a.def, a.typ, a.choices, a.help, a.meta = kw["nargs"], kw["const"], kw["default"], kw["type"], kw["choices"], kw["help"], kw["metavar"]
	if r, ok := kw["required"]; ok {
		t, err := th.truth(r)
		if err != nil {
			return err
		}
		a.required = t
	}
	_, hasDef := kw["default"]
	switch a.kind {
	case "store", "append", "extend":
		if n, ok := smallInt(a.nargs); ok && n == 0 && a.nargs != false {
			what := "store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate"
			if a.kind != "store" {
				what = "append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate"
			}
			return th.Raise(ValueError, "nargs for %s", what)
		}
		if a.cnst != nil && a.nargs != Value("?") {
			return th.Raise(ValueError, "nargs must be '?' to supply const")
		}
	case "store_true", "store_false":
		a.cnst = a.kind == "store_true"
		if !hasDef {
			a.def = !a.cnst.(bool)
		}
	case "help", "version":
		if !hasDef {
			a.def = apSuppress
		}
		if a.kind == "version" {
			a.version = kw["version"]
			if _, ok := kw["help"]; !ok {
				a.help = "show program's version number and exit"
			}
		}
	case "bool":
		var opts []string
		for _, o := range a.opts {
			opts = append(opts, o)
			if strings.HasPrefix(o, "--") {
				opts = append(opts, "--no-"+o[2:])
			}
		}
		a.opts = opts
	}
	switch a.kind {
	case "store_const", "store_true", "store_false", "append_const", "count", "help", "version", "bool":
		a.nargs = int64(0)
	}
	return nil
}

// add is _add_action into g: the parser routes an action to its
// positionals or options group, a mutually exclusive group adds it to its
// container too.
func (p *apParser) add(th *Thread, g *apGroup, a *apAction) error {
	switch {
	case g == nil:
		g = p.pos
		if len(a.opts) > 0 {
			g = p.opt
		}
	case g.mutex:
		if a.required {
			return th.Raise(ValueError, "mutually exclusive arguments must be optional")
		}
		if err := p.add(th, g.parent, a); err != nil {
			return err
		}
		g.acts = append(g.acts, a)
		return nil
	}
	var clash []string
	for _, o := range a.opts {
		if p.optMap[o] != nil {
			clash = append(clash, o)
		}
	}
	if len(clash) > 0 && p.conflict == "error" {
		return p.argError(th, a, "conflicting option string"+map[bool]string{true: "s"}[len(clash) > 1]+": "+strings.Join(clash, ", "))
	}
	for _, o := range clash {
		other := p.optMap[o]
		other.opts = slices.DeleteFunc(slices.Clone(other.opts), func(s string) bool { return s == o })
		delete(p.optMap, o)
		p.optKeys = slices.DeleteFunc(p.optKeys, func(s string) bool { return s == o })
		if len(other.opts) == 0 {
			p.actions = slices.DeleteFunc(p.actions, func(x *apAction) bool { return x == other })
			other.group.acts = slices.DeleteFunc(other.group.acts, func(x *apAction) bool { return x == other })
		}
	}
	p.actions = append(p.actions, a)
	a.group = g
	for _, o := range a.opts {
		p.optMap[o] = a
		p.optKeys = append(p.optKeys, o)
		if apNegative(o) {
			p.negNum = true
		}
	}
	g.acts = append(g.acts, a)
	return nil
}

// apNegative is _negative_number_matcher: ^-\d+$|^-\d*\.\d+$.
func apNegative(s string) bool {
	r, ok := strings.CutPrefix(s, "-")
	if !ok || r == "" {
		return false
	}
	ip, fp, dot := strings.Cut(r, ".")
	digits := func(s string) bool { return strings.IndexFunc(s, func(c rune) bool { return !unicode.IsDigit(c) }) < 0 }
	return digits(ip) && digits(fp) && (!dot || fp != "")
}

func (p *apParser) addSubparsers(th *Thread, c *Call) (Value, error) {
	if p.subGroup != nil {
		return nil, p.fail(th, "cannot have multiple subparser arguments")
	}
	if len(c.Args) > 0 {
		return nil, th.Raise(TypeError, "ArgumentParser.add_subparsers() takes 1 positional argument but %d were given", len(c.Args)+1)
	}
	kw := map[string]Value{}
	var order []KV
	title, desc, grouped := Value("subcommands"), Value(nil), false
	for _, k := range c.Kw {
		switch k.Name {
		case "title":
			title, grouped = k.Value, true
		case "description":
			desc, grouped = k.Value, true
		case "action":
			return nil, th.Unsupported("add_subparsers(action=...)")
		case "parser_class":
			if t, ok := k.Value.(*builtinType); !ok || t.name != "ArgumentParser" {
				return nil, th.Unsupported("parser_class=%s", typeName(k.Value))
			}
		default:
			kw[k.Name] = k.Value
			order = append(order, k)
		}
	}
	p.subGroup = p.pos
	if grouped {
		p.subGroup = p.newGroup(title, desc)
	}
	a := &apAction{kind: "parsers", dest: apSuppress, subs: NewDict()}
	if d, ok := kw["dest"]; ok {
		if a.dest, ok = d.(string); !ok {
			return nil, th.Unsupported("a dest that is not str")
		}
		delete(kw, "dest")
	}
	prefix, ok := kw["prog"].(string)
	if kw["prog"] == nil {
		var pos []*apAction
		for _, x := range p.actions {
			if len(x.opts) == 0 {
				pos = append(pos, x)
			}
		}
		f := p.formatter()
		f.addUsage(p.usage, pos, p.mutex, "")
		s, err := f.formatHelp(th)
		if err != nil {
			return nil, err
		}
		prefix = strings.TrimSpace(s)
	} else if !ok {
		return nil, th.Unsupported("a prog that is not str")
	}
	delete(kw, "prog")
	if err := a.init(th, p, kw, order); err != nil {
		return nil, err
	}
	a.nargs, a.choices, a.progPrefix = "A...", a.subs, prefix
	return a, p.add(th, p.subGroup, a)
}

// addParser is _SubParsersAction.add_parser.
func (a *apAction) addParser(th *Thread, c *Call) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "_SubParsersAction.add_parser() takes 2 positional arguments but %d were given", len(c.Args)+1)
	}
	name, ok := c.Args[0].(string)
	if !ok {
		return nil, th.Unsupported("a subparser name that is not str")
	}
	var kw []KV
	var aliases []Value
	var help Value
	hasHelp, hasProg := false, false
	for _, k := range c.Kw {
		switch k.Name {
		case "aliases":
			var err error
			if aliases, err = th.iterate(k.Value); err != nil {
				return nil, err
			}
		case "help":
			help, hasHelp = k.Value, true
		case "prog":
			hasProg = k.Value != nil
			fallthrough
		default:
			kw = append(kw, k)
		}
	}
	if !hasProg {
		kw = append(kw, KV{"prog", a.progPrefix + " " + name})
	}
	if _, ok := a.subs.GetStr(name); ok {
		return nil, a.group.p.argError(th, a, "conflicting subparser: "+name)
	}
	var names []string
	for _, v := range aliases {
		s, ok := v.(string)
		if !ok {
			return nil, th.Unsupported("a subparser alias that is not str")
		}
		if _, ok := a.subs.GetStr(s); ok {
			return nil, a.group.p.argError(th, a, "conflicting subparser alias: "+s)
		}
		names = append(names, s)
	}
	if hasHelp {
		meta := name
		if len(names) > 0 {
			meta += " (" + strings.Join(names, ", ") + ")"
		}
		a.subHelp = append(a.subHelp, &apAction{kind: "choice", dest: name, meta: meta, help: help})
	}
	q, err := a.group.p.m.newParser(th, kw)
	if err != nil {
		return nil, err
	}
	a.subs.SetStr(name, q)
	for _, s := range names {
		a.subs.SetStr(s, q)
	}
	return q, nil
}

// get is getattr(ns, name) with found, read from the dict of argparse's own Namespace.
func (m *apMod) get(th *Thread, ns Value, name string) (Value, bool, error) {
	if inst, ok := ns.(*Instance); ok && inst.Class.IsSubclass(m.ns) {
		v, ok := inst.Dict.GetStr(name)
		return v, ok, nil
	}
	return th.GetAttr(ns, name)
}

// parseKnown is parse_known_args(args, namespace).
func (p *apParser) parseKnown(th *Thread, args, ns Value) (Value, []string, error) {
	if args == nil {
		argv, _ := th.lib("sys").Attrs.GetStr("argv")
		items, err := th.iterate(argv)
		if err != nil {
			return nil, nil, err
		}
		if len(items) > 0 {
			items = items[1:]
		}
		args = &List{Items: items}
	}
	items, err := th.iterate(args)
	if err != nil {
		return nil, nil, err
	}
	strs := make([]string, len(items))
	for i, v := range items {
		if strs[i], _ = v.(string); strs[i] == "" && v != Value("") {
			return nil, nil, th.Unsupported("parse_args of a %s (arguments are str)", typeName(v))
		}
	}
	if ns == nil {
		ns = &Instance{Class: p.m.ns, Dict: NewDict()}
	}
	for _, a := range p.actions {
		if a.dest != apSuppress && a.def != Value(apSuppress) {
			if _, has, err := p.m.get(th, ns, a.dest); err != nil {
				return nil, nil, err
			} else if !has {
				if err := th.setAttr(ns, a.dest, a.def); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	for _, k := range p.defaults.Keys() {
		d := k.(string)
		if _, has, err := p.m.get(th, ns, d); err != nil || has {
			if err != nil {
				return nil, nil, err
			}
			continue
		}
		v, _ := p.defaults.GetStr(d)
		if err := th.setAttr(ns, d, v); err != nil {
			return nil, nil, err
		}
	}
	rest, err := p.parse(th, strs, ns)
	if e, ok := err.(*Exception); ok && e.Class == p.m.argErr && p.exitOnErr && !e.fatal {
		s, serr := th.str(e)
		if serr != nil {
			return nil, nil, serr
		}
		return nil, nil, p.fail(th, s)
	}
	if err != nil {
		return nil, nil, err
	}
	if v, ok, err := p.m.get(th, ns, apUnrecognized); err != nil {
		return nil, nil, err
	} else if ok {
		more, err := th.iterate(v)
		if err != nil {
			return nil, nil, err
		}
		for _, s := range more {
			rest = append(rest, s.(string))
		}
		if err := th.delAttr(ns, apUnrecognized); err != nil {
			return nil, nil, err
		}
	}
	return ns, rest, nil
}

const apUnrecognized = "_unrecognized_args"

// apOpt is what _parse_optional finds: the action (nil: unknown), the option string, and =value.
type apOpt struct {
	a        *apAction
	opt      string
	explicit *string
}

// parse is _parse_known_args.
func (p *apParser) parse(th *Thread, args []string, ns Value) ([]string, error) {
	conflicts := map[*apAction][]*apAction{}
	for _, g := range p.mutex {
		for i, a := range g.acts {
			conflicts[a] = append(append(conflicts[a], g.acts[:i]...), g.acts[i+1:]...)
		}
	}
	optAt := map[int]*apOpt{}
	pattern := make([]byte, 0, len(args))
	for i, s := range args {
		if s == "--" {
			pattern = append(pattern, '-')
			for range args[i+1:] {
				pattern = append(pattern, 'A')
			}
			break
		}
		o, err := p.parseOptional(th, s)
		if err != nil {
			return nil, err
		}
		if o == nil {
			pattern = append(pattern, 'A')
		} else {
			optAt[i] = o
			pattern = append(pattern, 'O')
		}
	}
	pat := string(pattern)
	seen, nonDefault := map[*apAction]bool{}, map[*apAction]bool{}
	var extras []string
	take := func(a *apAction, strs []string, opt string) error {
		seen[a] = true
		v, isDef, err := p.values(th, a, strs)
		if err != nil {
			return err
		}
		if !isDef {
			nonDefault[a] = true
			for _, c := range conflicts[a] {
				if nonDefault[c] {
					return p.argError(th, a, "not allowed with argument "+apName(c))
				}
			}
		}
		if v == Value(apSuppress) {
			return nil
		}
		return p.call(th, a, ns, v, opt)
	}
	consumeOptional := func(start int) (int, error) {
		o := optAt[start]
		a, opt, explicit := o.a, o.opt, o.explicit
		type step struct {
			a    *apAction
			args []string
			opt  string
		}
		var steps []step
		stop := 0
		for {
			if a == nil {
				extras = append(extras, args[start])
				return start + 1, nil
			}
			if explicit != nil {
				n, err := p.matchArgument(th, a, "A")
				if err != nil {
					return 0, err
				}
				ex := *explicit
				if n == 0 && !strings.ContainsRune(p.prefix, []rune(opt)[1]) && ex != "" {
					steps = append(steps, step{a, nil, opt})
					r := []rune(ex)
					opt = string([]rune(opt)[0]) + string(r[0])
					if next := p.optMap[opt]; next != nil {
						a, explicit = next, nil
						if len(r) > 1 {
							s := string(r[1:])
							explicit = &s
						}
						continue
					}
					return 0, p.argError(th, a, "ignored explicit argument "+pyrepr.Str(ex))
				} else if n == 1 {
					stop = start + 1
					steps = append(steps, step{a, []string{ex}, opt})
					break
				}
				return 0, p.argError(th, a, "ignored explicit argument "+pyrepr.Str(ex))
			}
			n, err := p.matchArgument(th, a, pat[start+1:])
			if err != nil {
				return 0, err
			}
			stop = start + 1 + n
			steps = append(steps, step{a, args[start+1 : stop], opt})
			break
		}
		for _, s := range steps {
			if err := take(s.a, s.args, s.opt); err != nil {
				return 0, err
			}
		}
		return stop, nil
	}
	var positionals []*apAction
	for _, a := range p.actions {
		if len(a.opts) == 0 {
			positionals = append(positionals, a)
		}
	}
	consumePositionals := func(start int) (int, error) {
		for i := len(positionals); i > 0; i-- {
			var pats [][]apElem
			for _, a := range positionals[:i] {
				pats = append(pats, apPattern(a))
			}
			counts := apMatch(pats, pat[start:])
			if counts == nil {
				continue
			}
			for j, n := range counts {
				if err := take(positionals[j], slices.Clone(args[start:start+n]), ""); err != nil {
					return 0, err
				}
				start += n
			}
			positionals = positionals[i:]
			break
		}
		return start, nil
	}
	start, maxOpt := 0, -1
	for i := range optAt {
		maxOpt = max(maxOpt, i)
	}
	for start <= maxOpt {
		next := len(args)
		for i := range optAt {
			if i >= start && i < next {
				next = i
			}
		}
		if start != next {
			end, err := consumePositionals(start)
			if err != nil {
				return nil, err
			}
			if end > start {
				start = end
				continue
			}
			start = end
		}
		if optAt[start] == nil {
			extras = append(extras, args[start:next]...)
			start = next
		}
		var err error
		if start, err = consumeOptional(start); err != nil {
			return nil, err
		}
	}
	stop, err := consumePositionals(start)
	if err != nil {
		return nil, err
	}
	extras = append(extras, args[stop:]...)
	var missing []string
	for _, a := range p.actions {
		if seen[a] {
			continue
		}
		if a.required {
			missing = append(missing, apName(a))
			continue
		}
		// a str default goes through type (CPython tests it is the very default object)
		if s, ok := a.def.(string); ok && a.dest != apSuppress {
			if v, has, err := p.m.get(th, ns, a.dest); err != nil {
				return nil, err
			} else if has && v == Value(s) {
				conv, err := p.convert(th, a, s)
				if err != nil {
					return nil, err
				}
				if err := th.setAttr(ns, a.dest, conv); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(missing) > 0 {
		return nil, p.fail(th, "the following arguments are required: "+strings.Join(missing, ", "))
	}
	for _, g := range p.mutex {
		if !g.required || slices.ContainsFunc(g.acts, func(a *apAction) bool { return nonDefault[a] }) {
			continue
		}
		var names []string
		for _, a := range g.acts {
			if a.help != Value(apSuppress) {
				names = append(names, apName(a))
			}
		}
		return nil, p.fail(th, "one of the arguments "+strings.Join(names, " ")+" is required")
	}
	return extras, nil
}

// parseOptional is _parse_optional: nil when s is a positional argument.
func (p *apParser) parseOptional(th *Thread, s string) (*apOpt, error) {
	if s == "" || !strings.ContainsRune(p.prefix, []rune(s)[0]) {
		return nil, nil
	}
	if a := p.optMap[s]; a != nil {
		return &apOpt{a: a, opt: s}, nil
	}
	if len([]rune(s)) == 1 {
		return nil, nil
	}
	if o, ex, ok := strings.Cut(s, "="); ok && p.optMap[o] != nil {
		return &apOpt{a: p.optMap[o], opt: o, explicit: &ex}, nil
	}
	var found []*apOpt
	r := []rune(s)
	if strings.ContainsRune(p.prefix, r[1]) {
		if p.abbrev {
			prefix, ex, hasEx := strings.Cut(s, "=")
			for _, o := range p.optKeys {
				if strings.HasPrefix(o, prefix) {
					t := &apOpt{a: p.optMap[o], opt: o}
					if hasEx {
						t.explicit = &ex
					}
					found = append(found, t)
				}
			}
		}
	} else {
		short, ex := string(r[:2]), string(r[2:])
		for _, o := range p.optKeys {
			if o == short {
				e := ex
				found = append(found, &apOpt{a: p.optMap[o], opt: o, explicit: &e})
			} else if strings.HasPrefix(o, s) {
				found = append(found, &apOpt{a: p.optMap[o], opt: o})
			}
		}
	}
	if len(found) > 1 {
		var names []string
		for _, t := range found {
			names = append(names, t.opt)
		}
		return nil, p.fail(th, "ambiguous option: "+s+" could match "+strings.Join(names, ", "))
	}
	if len(found) == 1 {
		return found[0], nil
	}
	if apNegative(s) && !p.negNum || strings.Contains(s, " ") {
		return nil, nil
	}
	return &apOpt{opt: s}, nil
}

// apElem is one piece of a nargs pattern: a character class repeated min..max times (max -1: no bound).
type apElem struct {
	set      string
	min, max int
}

// apPattern is _get_nargs_pattern as a list of pieces; an optional's has no '-'.
func apPattern(a *apAction) []apElem {
	dash, one, any := apElem{"-", 0, -1}, apElem{"A", 1, 1}, apElem{"-AO", 0, -1}
	var e []apElem
	switch n := a.nargs.(type) {
	case nil:
		e = []apElem{dash, one, dash}
	case string:
		e = map[string][]apElem{"?": {dash, {"A", 0, 1}, dash}, "*": {dash, {"A-", 0, -1}}, "+": {dash, one, {"A-", 0, -1}},
			"...": {any}, "A...": {dash, one, any}, apSuppress: {dash, dash}}[n]
	default:
		k, _ := smallInt(n)
		e = []apElem{dash}
		for i := int64(0); i < k; i++ {
			if i > 0 {
				e = append(e, dash)
			}
			e = append(e, one)
		}
		e = append(e, dash)
	}
	if len(a.opts) == 0 {
		return e
	}
	var out []apElem
	for _, x := range e {
		if x.set != "-" {
			out = append(out, apElem{strings.ReplaceAll(x.set, "-", ""), x.min, x.max})
		}
	}
	return out
}

// apMatch is re.match of the concatenated patterns at the start of s: each
// pattern's length, or nil. Every piece is greedy and gives back one
// character at a time, as the regular expression's backtracking does.
func apMatch(pats [][]apElem, s string) []int {
	var flat []apElem
	var owner []int
	for i, p := range pats {
		flat = append(flat, p...)
		for range p {
			owner = append(owner, i)
		}
	}
	lens := make([]int, len(flat))
	var rec func(i, pos int) bool
	rec = func(i, pos int) bool {
		if i == len(flat) {
			return true
		}
		e, k := flat[i], 0
		for pos+k < len(s) && (e.max < 0 || k < e.max) && strings.IndexByte(e.set, s[pos+k]) >= 0 {
			k++
		}
		for ; k >= e.min; k-- {
			if lens[i] = k; rec(i+1, pos+k) {
				return true
			}
		}
		return false
	}
	if !rec(0, 0) {
		return nil
	}
	out := make([]int, len(pats))
	for i, n := range lens {
		out[owner[i]] += n
	}
	return out
}

// matchArgument is _match_argument: how many arguments an optional takes.
func (p *apParser) matchArgument(th *Thread, a *apAction, pat string) (int, error) {
	if n := apMatch([][]apElem{apPattern(a)}, pat); n != nil {
		return n[0], nil
	}
	msg := map[Value]string{nil: "expected one argument", "?": "expected at most one argument", "+": "expected at least one argument"}[a.nargs]
	if msg == "" {
		n, _ := smallInt(a.nargs)
		msg = sprintf("expected %d argument", n)
		if n != 1 {
			msg += "s"
		}
	}
	return 0, p.argError(th, a, msg)
}

// values is _get_values; isDef says the value is the action's default object.
func (p *apParser) values(th *Thread, a *apAction, strs []string) (Value, bool, error) {
	if a.nargs != Value("A...") && a.nargs != Value("...") {
		if i := slices.Index(strs, "--"); i >= 0 {
			strs = slices.Delete(strs, i, i+1)
		}
	}
	one := func(s string) (Value, error) {
		v, err := p.convert(th, a, s)
		if err == nil {
			err = p.check(th, a, v)
		}
		return v, err
	}
	switch {
	case len(strs) == 0 && a.nargs == Value("?"):
		v := a.def
		if len(a.opts) > 0 {
			v = a.cnst
		}
		if s, ok := v.(string); ok {
			conv, err := one(s)
			return conv, !p.converts(a) && len(a.opts) == 0, err
		}
		return v, len(a.opts) == 0 || a.cnst == nil && a.def == nil, nil
	case len(strs) == 0 && a.nargs == Value("*") && len(a.opts) == 0:
		v := a.def
		if v == nil {
			v = &List{}
		}
		return v, a.def != nil, p.check(th, a, v)
	case len(strs) == 1 && (a.nargs == nil || a.nargs == Value("?")):
		v, err := one(strs[0])
		return v, false, err
	case a.nargs == Value(apSuppress):
		return apSuppress, false, nil
	}
	out := make([]Value, len(strs))
	for i, s := range strs {
		v, err := p.convert(th, a, s)
		if err != nil {
			return nil, false, err
		}
		out[i] = v
	}
	var err error
	switch {
	case a.nargs == Value("A..."):
		err = p.check(th, a, out[0])
	case a.nargs != Value("..."):
		for _, v := range out {
			if err = p.check(th, a, v); err != nil {
				break
			}
		}
	}
	return &List{Items: out}, false, err
}

// converts says type= makes a new object of a str (None and str give it back).
func (p *apParser) converts(a *apAction) bool {
	return a.typ != nil && a.typ != Value(TypeStr)
}

// convert is _get_value: type(s), its TypeError and ValueError turned into "invalid <type> value".
func (p *apParser) convert(th *Thread, a *apAction, s string) (Value, error) {
	if a.typ == nil {
		return s, nil
	}
	v, err := th.Call(a.typ, []Value{s}, nil)
	e, ok := err.(*Exception)
	if !ok || e.fatal {
		return v, err
	}
	if e.Class.IsSubclass(p.m.typeErr) {
		msg, err := th.str(e)
		if err != nil {
			return nil, err
		}
		return nil, p.argError(th, a, msg)
	}
	if e.Class.IsSubclass(TypeError) || e.Class.IsSubclass(ValueError) {
		name, ok, err := th.GetAttr(a.typ, "__name__")
		if err != nil {
			return nil, err
		}
		if !ok {
			if name, err = th.repr(a.typ); err != nil {
				return nil, err
			}
		}
		ns, err := th.str(name)
		if err != nil {
			return nil, err
		}
		return nil, p.argError(th, a, "invalid "+ns+" value: "+pyrepr.Str(s))
	}
	return nil, err
}

// check is _check_value: the value must be one of the choices.
func (p *apParser) check(th *Thread, a *apAction, v Value) error {
	if a.choices == nil {
		return nil
	}
	in, err := th.contains(a.choices, v)
	if err != nil || in {
		return err
	}
	items, err := th.iterate(a.choices)
	if err != nil {
		return err
	}
	reprs := make([]string, len(items))
	for i, c := range items {
		if reprs[i], err = th.repr(c); err != nil {
			return err
		}
	}
	r, err := th.repr(v)
	if err != nil {
		return err
	}
	return p.argError(th, a, "invalid choice: "+r+" (choose from "+strings.Join(reprs, ", ")+")")
}

// call is the action's __call__.
func (p *apParser) call(th *Thread, a *apAction, ns, v Value, opt string) error {
	switch a.kind {
	case "store":
		return th.setAttr(ns, a.dest, v)
	case "store_const", "store_true", "store_false":
		return th.setAttr(ns, a.dest, a.cnst)
	case "bool":
		return th.setAttr(ns, a.dest, !strings.HasPrefix(opt, "--no-"))
	case "append", "append_const", "extend":
		old, _, err := p.m.get(th, ns, a.dest)
		if err != nil {
			return err
		}
		items := &List{}
		switch l := old.(type) {
		case *List:
			items.Items = slices.Clone(l.Items)
		case nil:
		default: // copy.copy of a str or tuple is itself, which has no append
			name := "append"
			if a.kind == "extend" {
				name = "extend"
			}
			if _, err := th.getAttr(old, name); err != nil {
				return err
			}
			return th.Unsupported("argparse's %s to a %s default (copy.copy of it)", a.kind, typeName(old))
		}
		switch a.kind {
		case "append":
			items.Items = append(items.Items, v)
		case "append_const":
			items.Items = append(items.Items, a.cnst)
		default:
			more, err := th.iterate(v)
			if err != nil {
				return err
			}
			items.Items = append(items.Items, more...)
		}
		return th.setAttr(ns, a.dest, items)
	case "count":
		old, _, err := p.m.get(th, ns, a.dest)
		if err != nil {
			return err
		}
		if old == nil {
			old = int64(0)
		}
		n, err := th.binaryOp(py.Add, old, int64(1))
		if err != nil {
			return err
		}
		return th.setAttr(ns, a.dest, n)
	case "help":
		s, err := p.format(th, true)
		if err == nil && s != "" {
			err = th.writeStream(nil, s, false)
		}
		if err != nil {
			return err
		}
		return p.exit(th, int64(0), nil)
	case "version":
		f := p.formatter()
		f.addText(a.version)
		s, err := f.formatHelp(th)
		if err == nil && s != "" {
			err = th.writeStream(nil, s, false)
		}
		if err != nil {
			return err
		}
		return p.exit(th, int64(0), nil)
	}
	// the subparsers action
	l := v.(*List).Items
	name := l[0].(string)
	if a.dest != apSuppress {
		if err := th.setAttr(ns, a.dest, name); err != nil {
			return err
		}
	}
	q, ok := a.subs.GetStr(name)
	if !ok {
		var names []string
		for _, k := range a.subs.Keys() {
			names = append(names, k.(string))
		}
		return p.argError(th, a, "unknown parser "+pyrepr.Str(name)+" (choices: "+strings.Join(names, ", ")+")")
	}
	rest := make([]Value, len(l)-1)
	copy(rest, l[1:])
	sub, extra, err := q.(*apParser).parseKnown(th, &List{Items: rest}, nil)
	if err != nil {
		return err
	}
	d := sub.(*Instance).Dict
	for _, k := range d.Keys() {
		v, _, _ := d.Get(th, k)
		if err := th.setAttr(ns, k.(string), v); err != nil {
			return err
		}
	}
	if len(extra) > 0 {
		old, ok, err := p.m.get(th, ns, apUnrecognized)
		if err != nil {
			return err
		}
		if !ok {
			old = &List{}
			if err := th.setAttr(ns, apUnrecognized, old); err != nil {
				return err
			}
		}
		if l, ok := old.(*List); ok {
			for _, s := range extra {
				l.Items = append(l.Items, s)
			}
		}
	}
	return nil
}

// apFmt is a HelpFormatter for a terminal-less stdout: shutil gives 80
// columns, argparse keeps 78 and puts help at column 24 at most.
type apFmt struct {
	prog                              string
	kind                              int // the index in apFormatters
	width, maxHelp, indent, actionMax int
	root, cur                         *apSection
}

// apSection is a section of the help: a heading and its items, made when
// the whole text is formatted (an item's layout depends on every action's length).
type apSection struct {
	parent  *apSection
	heading Value
	items   []func(th *Thread) (string, error)
}

func (p *apParser) formatter() *apFmt {
	f := &apFmt{prog: p.prog, kind: p.fmt, width: 78, maxHelp: 24}
	f.root = &apSection{}
	f.cur = f.root
	return f
}

func (f *apFmt) item(fn func(th *Thread) (string, error)) { f.cur.items = append(f.cur.items, fn) }

func (f *apFmt) section(th *Thread, s *apSection) (string, error) {
	if s.parent != nil {
		f.indent += 2
	}
	var b strings.Builder
	for _, it := range s.items {
		x, err := it(th)
		if err != nil {
			return "", err
		}
		b.WriteString(x)
	}
	if s.parent != nil {
		f.indent -= 2
	}
	if b.Len() == 0 {
		return "", nil
	}
	heading := ""
	if s.heading != nil && s.heading != Value(apSuppress) {
		h, err := th.str(s.heading)
		if err != nil {
			return "", err
		}
		heading = strings.Repeat(" ", f.indent) + h + ":\n"
	}
	return "\n" + heading + b.String() + "\n", nil
}

func (f *apFmt) startSection(heading Value) {
	f.indent += 2
	s := &apSection{parent: f.cur, heading: heading}
	f.item(func(th *Thread) (string, error) { return f.section(th, s) })
	f.cur = s
}

func (f *apFmt) endSection() {
	f.cur = f.cur.parent
	f.indent -= 2
}

func (f *apFmt) addText(text Value) {
	if text == nil || text == Value(apSuppress) {
		return
	}
	f.item(func(th *Thread) (string, error) {
		s, err := th.str(text)
		if err != nil {
			return "", err
		}
		if s, err = f.expandProg(th, s, strings.Contains(s, "%(prog)")); err != nil {
			return "", err
		}
		return f.fill(th, s, max(f.width-f.indent, 11), strings.Repeat(" ", f.indent)) + "\n\n", nil
	})
}

// expandProg is text % dict(prog=...) when do.
func (f *apFmt) expandProg(th *Thread, s string, do bool) (string, error) {
	if !do {
		return s, nil
	}
	d := NewDict()
	d.SetStr("prog", f.prog)
	v, err := th.percent(s, d)
	if err != nil {
		return "", err
	}
	return v.(string), nil
}

func (f *apFmt) addUsage(usage Value, actions []*apAction, groups []*apGroup, prefix string) {
	if usage != Value(apSuppress) {
		f.item(func(th *Thread) (string, error) { return f.usage(th, usage, actions, groups, prefix) })
	}
}

func (f *apFmt) addArguments(th *Thread, actions []*apAction) error {
	for _, a := range actions {
		if a.help == Value(apSuppress) {
			continue
		}
		inv, err := f.invocation(th, a)
		if err != nil {
			return err
		}
		n := runeLen(inv)
		for _, s := range a.subHelp {
			inv, err := f.invocation(th, s)
			if err != nil {
				return err
			}
			n = max(n, runeLen(inv))
		}
		f.actionMax = max(f.actionMax, n+f.indent)
		f.item(func(th *Thread) (string, error) { return f.action(th, a) })
	}
	return nil
}

func (f *apFmt) formatHelp(th *Thread) (string, error) {
	s, err := f.section(th, f.root)
	if err != nil || s == "" {
		return s, err
	}
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return strings.Trim(s, "\n") + "\n", nil
}

// format is format_help (help) or format_usage.
func (p *apParser) format(th *Thread, help bool) (string, error) {
	f := p.formatter()
	f.addUsage(p.usage, p.actions, p.mutex, "usage: ")
	if help {
		f.addText(p.desc)
		for _, g := range p.groups {
			f.startSection(g.title)
			f.addText(g.desc)
			if err := f.addArguments(th, g.acts); err != nil {
				return "", err
			}
			f.endSection()
		}
		f.addText(p.epilog)
	}
	return f.formatHelp(th)
}

func (f *apFmt) usage(th *Thread, usage Value, actions []*apAction, groups []*apGroup, prefix string) (string, error) {
	if usage != nil {
		s, err := th.str(usage)
		if err != nil {
			return "", err
		}
		if s, err = f.expandProg(th, s, true); err != nil {
			return "", err
		}
		return prefix + s + "\n\n", nil
	}
	if len(actions) == 0 {
		return prefix + f.prog + "\n\n", nil
	}
	var opts, pos []*apAction
	for _, a := range actions {
		if len(a.opts) > 0 {
			opts = append(opts, a)
		} else {
			pos = append(pos, a)
		}
	}
	all, err := f.actionsUsage(th, append(slices.Clip(opts), pos...), groups)
	if err != nil {
		return "", err
	}
	text := f.prog
	if all != "" {
		text += " " + all
	}
	width := f.width - f.indent
	if runeLen(prefix)+runeLen(text) <= width {
		return prefix + text + "\n\n", nil
	}
	optText, err := f.actionsUsage(th, opts, groups)
	if err != nil {
		return "", err
	}
	posText, err := f.actionsUsage(th, pos, groups)
	if err != nil {
		return "", err
	}
	optParts, posParts := apUsageParts(optText), apUsageParts(posText)
	lines := func(parts []string, indent string, first bool) []string {
		var out, line []string
		n := len(indent) - 1
		if first {
			n = runeLen(prefix) - 1
		}
		for _, part := range parts {
			if n+1+runeLen(part) > width && len(line) > 0 {
				out = append(out, indent+strings.Join(line, " "))
				line, n = nil, len(indent)-1
			}
			line = append(line, part)
			n += runeLen(part) + 1
		}
		if len(line) > 0 {
			out = append(out, indent+strings.Join(line, " "))
		}
		if first {
			out[0] = out[0][len(indent):]
		}
		return out
	}
	var out []string
	if 4*(runeLen(prefix)+runeLen(f.prog)) <= 3*width {
		indent := strings.Repeat(" ", runeLen(prefix)+runeLen(f.prog)+1)
		switch {
		case len(optParts) > 0:
			out = append(lines(append([]string{f.prog}, optParts...), indent, true), lines(posParts, indent, false)...)
		case len(posParts) > 0:
			out = lines(append([]string{f.prog}, posParts...), indent, true)
		default:
			out = []string{f.prog}
		}
	} else {
		indent := strings.Repeat(" ", runeLen(prefix))
		out = lines(append(slices.Clip(optParts), posParts...), indent, false)
		if len(out) > 1 {
			out = append(lines(optParts, indent, false), lines(posParts, indent, false)...)
		}
		out = append([]string{f.prog}, out...)
	}
	return prefix + strings.Join(out, "\n") + "\n\n", nil
}

// apUsageParts is re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', s).
func apUsageParts(s string) []string {
	r := []rune(s)
	space := func(i int) bool { return i == len(r) || unicode.IsSpace(r[i]) }
	bracketed := func(i int, open, close rune) int {
		if r[i] != open {
			return -1
		}
		for k := i + 1; k < len(r) && r[k] != '\n'; k++ {
			if r[k] != close {
				continue
			}
			m := k
			for m < len(r) && r[m] == close {
				m++
			}
			if space(m) {
				return m
			}
		}
		return -1
	}
	var out []string
	for i := 0; i < len(r); {
		end := bracketed(i, '(', ')')
		if end < 0 {
			end = bracketed(i, '[', ']')
		}
		if end < 0 {
			for end = i; end < len(r) && !unicode.IsSpace(r[end]); end++ {
			}
		}
		if end == i {
			i++
			continue
		}
		out = append(out, string(r[i:end]))
		i = end
	}
	return out
}

// actionsUsage is _format_actions_usage: each action's usage, the
// mutually exclusive groups in brackets with | between their actions.
func (f *apFmt) actionsUsage(th *Thread, actions []*apAction, groups []*apGroup) (string, error) {
	inGroup := map[*apAction]bool{}
	inserts := map[int]string{}
	put := func(i int, s string) {
		if old, ok := inserts[i]; ok {
			inserts[i] = old + " " + s
		} else {
			inserts[i] = s
		}
	}
	for _, g := range groups {
		if len(g.acts) == 0 {
			return "", th.Unsupported("the usage of an empty mutually exclusive group (CPython's ValueError names its address)")
		}
		start := slices.Index(actions, g.acts[0])
		if start < 0 {
			continue
		}
		end := start + len(g.acts)
		if end > len(actions) || !slices.Equal(actions[start:end], g.acts) {
			continue
		}
		for _, a := range g.acts {
			inGroup[a] = true
		}
		open, close := "[", "]"
		if g.required {
			open, close = "(", ")"
		}
		put(start, open)
		put(end, close)
		for i := start + 1; i < end; i++ {
			inserts[i] = "|"
		}
	}
	parts := make([]*string, 0, len(actions))
	for i, a := range actions {
		var part string
		switch {
		case a.help == Value(apSuppress):
			parts = append(parts, nil)
			if inserts[i] == "|" {
				delete(inserts, i)
			} else if inserts[i+1] == "|" {
				delete(inserts, i+1)
			}
			continue
		case len(a.opts) == 0:
			s, err := apFormatArgs(th, a, a.dest)
			if err != nil {
				return "", err
			}
			if part = s; inGroup[a] && strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
				part = s[1 : len(s)-1]
			}
		default:
			if n, ok := smallInt(a.nargs); ok && n == 0 {
				part = a.opts[0]
				if a.kind == "bool" {
					part = strings.Join(a.opts, " | ")
				}
			} else {
				s, err := apFormatArgs(th, a, strings.ToUpper(a.dest))
				if err != nil {
					return "", err
				}
				part = a.opts[0] + " " + s
			}
			if !a.required && !inGroup[a] {
				part = "[" + part + "]"
			}
		}
		parts = append(parts, &part)
	}
	keys := make([]int, 0, len(inserts))
	for k := range inserts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for j := len(keys) - 1; j >= 0; j-- {
		s := inserts[keys[j]]
		parts = slices.Insert(parts, keys[j], &s)
	}
	var kept []string
	for _, s := range parts {
		if s != nil {
			kept = append(kept, *s)
		}
	}
	return strings.TrimSpace(apCleanUsage(strings.Join(kept, " "))), nil
}

// apCleanUsage is the four re.sub calls that tidy the brackets: no space
// after an opening or before a closing one, empty pairs dropped, parentheses
// around what has no | unwrapped.
func apCleanUsage(s string) string {
	isOpen := func(c byte) bool { return c == '[' || c == '(' }
	isClose := func(c byte) bool { return c == ']' || c == ')' }
	var b []byte
	for i := 0; i < len(s); i++ {
		b = append(b, s[i])
		if isOpen(s[i]) && i+1 < len(s) && s[i+1] == ' ' {
			i++
		}
	}
	s, b = string(b), nil
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i+1 < len(s) && isClose(s[i+1]) {
			continue
		}
		b = append(b, s[i])
	}
	s, b = string(b), nil
	for i := 0; i < len(s); i++ {
		if isOpen(s[i]) {
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && isClose(s[j]) {
				i = j
				continue
			}
		}
		b = append(b, s[i])
	}
	s, b = string(b), nil
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			bar := strings.IndexByte(s[i+1:], '|')
			if bar < 0 {
				bar = len(s) - i - 1
			}
			if k := strings.LastIndexByte(s[i+1:i+1+bar], ')'); k >= 0 {
				b = append(b, s[i+1:i+1+k]...)
				i += k + 1
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}

// metavars is _metavar_formatter(action, def)(n): the metavar (a tuple's
// items when it is one), the choices in braces, or def.
func apMetavars(th *Thread, a *apAction, def string, n int) ([]string, error) {
	one := def
	switch m := a.meta.(type) {
	case Tuple:
		if len(m) != n {
			return nil, th.Raise(ValueError, "length of metavar tuple does not match nargs")
		}
		out := make([]string, n)
		for i, v := range m {
			s, err := th.str(v)
			if err != nil {
				return nil, err
			}
			out[i] = s
		}
		return out, nil
	case nil:
		if a.choices != nil {
			items, err := th.iterate(a.choices)
			if err != nil {
				return nil, err
			}
			strs := make([]string, len(items))
			for i, c := range items {
				if strs[i], err = th.str(c); err != nil {
					return nil, err
				}
			}
			one = "{" + strings.Join(strs, ",") + "}"
		}
	default:
		s, err := th.str(m)
		if err != nil {
			return nil, err
		}
		one = s
	}
	out := make([]string, n)
	for i := range out {
		out[i] = one
	}
	return out, nil
}

// apFormatArgs is _format_args: the metavars as nargs shows them.
func apFormatArgs(th *Thread, a *apAction, def string) (string, error) {
	get := func(n int) ([]string, error) { return apMetavars(th, a, def, n) }
	if s, ok := a.nargs.(string); ok || a.nargs == nil {
		var m []string
		var err error
		switch s {
		case "", "?", "A...":
			m, err = get(1)
		case "*":
			if t, ok := a.meta.(Tuple); ok && len(t) == 2 {
				m, err = get(2)
				if err == nil {
					return "[" + m[0] + " [" + m[1] + " ...]]", nil
				}
			}
			m, err = get(1)
		case "+":
			m, err = get(2)
		case "...":
			return "...", nil
		case apSuppress:
			return "", nil
		default:
			return "", th.Raise(ValueError, "invalid nargs value")
		}
		if err != nil {
			return "", err
		}
		return map[string]string{"": m[0], "?": "[" + m[0] + "]", "A...": m[0] + " ...", "*": "[" + m[0] + " ...]", "+": m[0] + " [" + m[len(m)-1] + " ...]"}[s], nil
	}
	n, ok := smallInt(a.nargs)
	if !ok {
		return "", th.Raise(ValueError, "invalid nargs value")
	}
	if n <= 0 {
		if t, ok := a.meta.(Tuple); ok && len(t) > 0 {
			return "", th.Raise(ValueError, "length of metavar tuple does not match nargs")
		}
		return "", nil
	}
	m, err := get(int(n))
	return strings.Join(m, " "), err
}

// invocation is _format_action_invocation: a positional's metavar, an
// optional's option strings (each with its metavars when it takes values).
func (f *apFmt) invocation(th *Thread, a *apAction) (string, error) {
	if len(a.opts) == 0 {
		m, err := apMetavars(th, a, a.dest, 1)
		if err != nil {
			return "", err
		}
		return m[0], nil
	}
	if n, ok := smallInt(a.nargs); ok && n == 0 {
		return strings.Join(a.opts, ", "), nil
	}
	args, err := apFormatArgs(th, a, strings.ToUpper(a.dest))
	parts := make([]string, len(a.opts))
	for i, o := range a.opts {
		parts[i] = o + " " + args
	}
	return strings.Join(parts, ", "), err
}

// action is _format_action: the invocation, then the help beside it or below it.
func (f *apFmt) action(th *Thread, a *apAction) (string, error) {
	helpPos := min(f.actionMax+2, f.maxHelp)
	helpWidth := max(f.width-helpPos, 11)
	actionWidth := helpPos - f.indent - 2
	header, err := f.invocation(th, a)
	if err != nil {
		return "", err
	}
	help, err := th.truth(a.help)
	if err != nil {
		return "", err
	}
	pad := strings.Repeat(" ", f.indent)
	first := 0
	switch {
	case !help:
		header = pad + header + "\n"
	case runeLen(header) <= actionWidth:
		header = pad + header + strings.Repeat(" ", actionWidth-runeLen(header)) + "  "
	default:
		header = pad + header + "\n"
		first = helpPos
	}
	parts := []string{header}
	text, _ := a.help.(string)
	if help && strings.TrimSpace(text) != "" {
		s, err := f.expandHelp(th, a)
		if err != nil {
			return "", err
		}
		if s != "" {
			lines := f.splitLines(th, s, helpWidth)
			if len(lines) == 0 {
				return "", th.Raise(IndexError, "list index out of range")
			}
			parts = append(parts, strings.Repeat(" ", first)+lines[0]+"\n")
			for _, l := range lines[1:] {
				parts = append(parts, strings.Repeat(" ", helpPos)+l+"\n")
			}
		}
	} else if !strings.HasSuffix(header, "\n") {
		parts = append(parts, "\n")
	}
	f.indent += 2
	for _, s := range a.subHelp {
		x, err := f.action(th, s)
		if err != nil {
			return "", err
		}
		parts = append(parts, x)
	}
	f.indent -= 2
	return strings.Join(parts, ""), nil
}

// expandHelp is _expand_help: the help string % the action's attributes.
func (f *apFmt) expandHelp(th *Thread, a *apAction) (string, error) {
	d := NewDict()
	fields := a.fields()
	if a.kind == "version" {
		fields = append(fields, KV{"version", a.version})
	}
	for _, kv := range append(fields, KV{"prog", f.prog}) {
		v := kv.Value
		if v == Value(apSuppress) {
			continue
		}
		switch v.(type) {
		case *Function, *Builtin, *Class, *builtinType, *boundMethod:
			name, ok, err := th.GetAttr(v, "__name__")
			if err != nil {
				return "", err
			}
			if ok {
				v = name
			}
		}
		d.SetStr(kv.Name, v)
	}
	if a.choices != nil {
		items, err := th.iterate(a.choices)
		if err != nil {
			return "", err
		}
		strs := make([]string, len(items))
		for i, c := range items {
			if strs[i], err = th.str(c); err != nil {
				return "", err
			}
		}
		d.SetStr("choices", strings.Join(strs, ", "))
	}
	help, _ := a.help.(string)
	if f.kind == 3 && !strings.Contains(help, "%(default)") && a.def != Value(apSuppress) &&
		(len(a.opts) > 0 || a.nargs == Value("?") || a.nargs == Value("*")) {
		help += " (default: %(default)s)"
	}
	v, err := th.percent(help, d)
	if err != nil {
		return "", err
	}
	return v.(string), nil
}

// apSpaces is the help's whitespace folded: re.sub(r'\s+', ' ', text, flags=re.ASCII).strip().
func apSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < 128 && unicode.IsSpace(r) }), " ")
}

// splitLines is _split_lines: the help wrapped to width (RawTextHelpFormatter: its own lines).
func (f *apFmt) splitLines(th *Thread, s string, width int) []string {
	if f.kind == 2 {
		v, _ := strSplitlines(th, s, &Call{})
		var out []string
		for _, l := range v.(*List).Items {
			out = append(out, l.(string))
		}
		return out
	}
	w := defaultWrapper()
	w.width = int64(width)
	lines, _ := w.wrap(th, apSpaces(s))
	return lines
}

// fill is _fill_text: a description wrapped and indented (the raw formatters: its own lines, indented).
func (f *apFmt) fill(th *Thread, s string, width int, indent string) string {
	if f.kind == 1 || f.kind == 2 {
		v, _ := strSplitlines(th, s, &Call{Args: []Value{true}})
		var b strings.Builder
		for _, l := range v.(*List).Items {
			b.WriteString(indent + l.(string))
		}
		return b.String()
	}
	w := defaultWrapper()
	w.width, w.initialIndent, w.subsequentIndent = int64(width), indent, indent
	lines, _ := w.wrap(th, apSpaces(s))
	return strings.Join(lines, "\n")
}
