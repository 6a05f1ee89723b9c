package interp

import (
	"strings"
	"unicode"
)

// pprintModule is pprint's pprint, pformat, pp and saferepr with CPython
// 3.11's PrettyPrinter layout (dicts, lists, tuples, sets and long strings
// broken over lines to fit the width, depth, compact, sort_dicts); a
// container inside itself is refused (CPython prints its id()).
func pprintModule(th *Thread) *Module {
	run := func(name string, stream, sortDefault bool) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			names := []string{"object", "indent", "width", "depth"}
			if stream {
				names = []string{"object", "stream", "indent", "width", "depth"}
			}
			pp := &prettyPrinter{th: th, indent: 1, width: 80, sortDicts: sortDefault}
			var file Value
			if len(c.Args) == 0 {
				return nil, th.Raise(TypeError, "%s() missing 1 required positional argument: 'object'", name)
			}
			if len(c.Args) > len(names) {
				return nil, th.Raise(TypeError, "%s() takes from 1 to %d positional arguments but %d were given", name, len(names), len(c.Args))
			}
			set := func(n string, v Value) error {
				switch n {
				case "object":
				case "stream":
					file = v
				case "indent", "width", "depth":
					if v == nil && n == "depth" {
						return nil
					}
					i, ok := smallInt(v)
					if !ok {
						return th.Raise(TypeError, "'<' not supported between instances of '%s' and 'int'", typeName(v))
					}
					switch n {
					case "indent":
						if i < 0 {
							return th.Raise(ValueError, "indent must be >= 0")
						}
						pp.indent = int(i)
					case "width":
						if i <= 0 {
							return th.Raise(ValueError, "width must be != 0")
						}
						pp.width = int(i)
					default:
						if i <= 0 {
							return th.Raise(ValueError, "depth must be > 0")
						}
						pp.depth = int(i)
					}
				case "compact", "sort_dicts", "underscore_numbers":
					t, err := th.truth(v)
					if err != nil {
						return err
					}
					switch n {
					case "compact":
						pp.compact = t
					case "sort_dicts":
						pp.sortDicts = t
					default:
						if t {
							return th.Unsupported("pprint's underscore_numbers=True")
						}
					}
				default:
					return th.Raise(TypeError, "%s() got an unexpected keyword argument '%s'", name, n)
				}
				return nil
			}
			for i, v := range c.Args {
				if err := set(names[i], v); err != nil {
					return nil, err
				}
			}
			for _, k := range c.Kw {
				if err := set(k.Name, k.Value); err != nil {
					return nil, err
				}
			}
			var b strings.Builder
			if err := pp.format(&b, c.Args[0], 0, 0, 0); err != nil {
				return nil, err
			}
			if name == "pformat" {
				return b.String(), nil
			}
			return nil, th.writeStream(file, b.String()+"\n", false)
		})
	}
	return newModule("pprint", []*Builtin{run("pprint", true, true), run("pformat", false, true), run("pp", true, false),
		fn("saferepr", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "saferepr", 1, 1); err != nil {
				return nil, err
			}
			pp := &prettyPrinter{th: th, sortDicts: true}
			return pp.repr(c.Args[0], 0)
		}),
	}, nil)
}

type prettyPrinter struct {
	th                 *Thread
	indent, width      int
	depth              int
	compact, sortDicts bool
	active             map[any]bool
}

// repr is _safe_repr: repr with dicts sorted and containers past the depth as "...".
func (pp *prettyPrinter) repr(v Value, level int) (string, error) {
	th := pp.th
	if err := th.step(th.cur); err != nil {
		return "", err
	}
	deep := pp.depth > 0 && level >= pp.depth
	join := func(open, close string, items []Value, one bool) (string, error) {
		if len(items) == 0 {
			return open + close, nil
		}
		if deep {
			return open + "..." + close, nil
		}
		if err := pp.enter(v); err != nil {
			return "", err
		}
		defer pp.leave(v)
		parts := make([]string, len(items))
		for i, it := range items {
			r, err := pp.repr(it, level+1)
			if err != nil {
				return "", err
			}
			parts[i] = r
		}
		s := open + strings.Join(parts, ", ")
		if one && len(items) == 1 {
			s += ","
		}
		return s + close, nil
	}
	switch x := v.(type) {
	case *List:
		return join("[", "]", x.Items, false)
	case Tuple:
		return join("(", ")", x, true)
	case *Dict:
		if x.Len() == 0 {
			return "{}", nil
		}
		if deep {
			return "{...}", nil
		}
		if err := pp.enter(v); err != nil {
			return "", err
		}
		defer pp.leave(v)
		keys, err := pp.keys(x)
		if err != nil {
			return "", err
		}
		parts := make([]string, len(keys))
		for i, k := range keys {
			kr, err := pp.repr(k, level+1)
			if err != nil {
				return "", err
			}
			val, _, _ := x.Get(th, k)
			vr, err := pp.repr(val, level+1)
			if err != nil {
				return "", err
			}
			parts[i] = kr + ": " + vr
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	return th.repr(v)
}

func (pp *prettyPrinter) enter(v any) error {
	if _, ok := v.(Tuple); ok {
		return nil // a tuple reaches itself only through a list or dict, which are caught
	}
	if pp.active == nil {
		pp.active = map[any]bool{}
	}
	if pp.active[v] {
		return pp.th.Unsupported("pprint of a container inside itself (CPython prints its id())")
	}
	pp.active[v] = true
	return nil
}

func (pp *prettyPrinter) leave(v any) {
	if _, ok := v.(Tuple); !ok {
		delete(pp.active, v)
	}
}

func (pp *prettyPrinter) keys(d *Dict) ([]Value, error) {
	keys := append([]Value(nil), d.keys...)
	if !pp.sortDicts {
		return keys, nil
	}
	if err := pp.th.sortValues(keys, nil, false); err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return nil, pp.th.Unsupported("pprint of a dict whose keys do not compare (CPython orders them by type and id())")
		}
		return nil, err
	}
	return keys, nil
}

// format is PrettyPrinter._format: the repr if it fits, else the
// container's items on lines of their own.
func (pp *prettyPrinter) format(b *strings.Builder, v Value, indent, allowance, level int) error {
	rep, err := pp.repr(v, level)
	if err != nil {
		return err
	}
	if runeLen(rep) <= pp.width-indent-allowance {
		b.WriteString(rep)
		return nil
	}
	switch x := v.(type) {
	case *Dict:
		if err := pp.enter(v); err != nil {
			return err
		}
		defer pp.leave(v)
		b.WriteString("{" + strings.Repeat(" ", max(pp.indent-1, 0)))
		keys, err := pp.keys(x)
		if err != nil {
			return err
		}
		ind := indent + pp.indent
		for i, k := range keys {
			last := i == len(keys)-1
			kr, err := pp.repr(k, level+1)
			if err != nil {
				return err
			}
			b.WriteString(kr + ": ")
			val, _, _ := x.Get(pp.th, k)
			al := 1
			if last {
				al = allowance + 1
			}
			if err := pp.format(b, val, ind+runeLen(kr)+2, al, level+1); err != nil {
				return err
			}
			if !last {
				b.WriteString(",\n" + strings.Repeat(" ", ind))
			}
		}
		b.WriteString("}")
		return nil
	case *List:
		return pp.items(b, v, "[", "]", x.Items, indent, allowance, level)
	case Tuple:
		end := ")"
		if len(x) == 1 {
			end = ",)"
		}
		return pp.items(b, v, "(", end, x, indent, allowance, level)
	case *setObj:
		items, err := pp.th.iterate(x)
		if err != nil {
			return err
		}
		if err := pp.th.sortValues(items, nil, false); err != nil {
			return err
		}
		open, end := "{", "}"
		if x.frozen {
			open, end = "frozenset({", "})"
			indent += len("frozenset")
		}
		return pp.items(b, v, open, end, items, indent, allowance, level)
	case string:
		return pp.str(b, x, indent, allowance, level+1)
	case *Instance:
		switch x.Base.(type) {
		case *Dict, *List, Tuple, *setObj, string:
			// CPython breaks these over lines too, each type its own way
			return pp.th.Unsupported("pprint of a %s instance longer than the width (a subclass of a built-in)", x.Class.Name)
		}
	}
	b.WriteString(rep)
	return nil
}

func (pp *prettyPrinter) items(b *strings.Builder, v Value, open, end string, items []Value, indent, allowance, level int) error {
	if err := pp.enter(v); err != nil {
		return err
	}
	defer pp.leave(v)
	b.WriteString(open)
	allowance += runeLen(end)
	indent += pp.indent
	b.WriteString(strings.Repeat(" ", max(pp.indent-1, 0)))
	delimnl := ",\n" + strings.Repeat(" ", indent)
	delim := ""
	width := pp.width - indent + 1
	maxWidth := width
	for i, it := range items {
		last := i == len(items)-1
		if last {
			maxWidth -= allowance
			width -= allowance
		}
		if pp.compact {
			rep, err := pp.repr(it, level+1)
			if err != nil {
				return err
			}
			w := runeLen(rep) + 2
			if width < w {
				width = maxWidth
				if delim != "" {
					delim = delimnl
				}
			}
			if width >= w {
				width -= w
				b.WriteString(delim + rep)
				delim = ", "
				continue
			}
		}
		b.WriteString(delim)
		delim = delimnl
		al := 1
		if last {
			al = allowance
		}
		if err := pp.format(b, it, indent, al, level+1); err != nil {
			return err
		}
	}
	b.WriteString(end)
	return nil
}

// str is _pprint_str: a long string as adjacent literals, broken after spaces.
func (pp *prettyPrinter) str(b *strings.Builder, s string, indent, allowance, level int) error {
	th := pp.th
	if s == "" {
		b.WriteString("''")
		return nil
	}
	linesV, err := strSplitlines(th, s, &Call{Args: []Value{true}})
	if err != nil {
		return err
	}
	lines := linesV.(*List).Items
	if level == 1 {
		indent++
		allowance++
	}
	maxWidth1 := pp.width - indent
	maxWidth := maxWidth1
	var chunks []string
	var rep string
	for i, l := range lines {
		line := l.(string)
		rep, _ = th.repr(line)
		if i == len(lines)-1 {
			maxWidth1 -= allowance
		}
		if runeLen(rep) <= maxWidth1 {
			chunks = append(chunks, rep)
			continue
		}
		// alternating runs of non-space and space, as re.findall(r'\S*\s*')
		var parts []string
		rs := []rune(line)
		for j := 0; j < len(rs); {
			k := j
			for k < len(rs) && !unicode.IsSpace(rs[k]) {
				k++
			}
			for k < len(rs) && unicode.IsSpace(rs[k]) {
				k++
			}
			parts = append(parts, string(rs[j:k]))
			j = k
		}
		maxWidth2 := maxWidth
		current := ""
		for j, part := range parts {
			candidate := current + part
			if j == len(parts)-1 && i == len(lines)-1 {
				maxWidth2 -= allowance
			}
			cr, _ := th.repr(candidate)
			if runeLen(cr) > maxWidth2 {
				if current != "" {
					r, _ := th.repr(current)
					chunks = append(chunks, r)
				}
				current = part
			} else {
				current = candidate
			}
		}
		if current != "" {
			r, _ := th.repr(current)
			chunks = append(chunks, r)
		}
	}
	if len(chunks) == 1 {
		b.WriteString(rep)
		return nil
	}
	if level == 1 {
		b.WriteString("(")
	}
	for i, c := range chunks {
		if i > 0 {
			b.WriteString("\n" + strings.Repeat(" ", indent))
		}
		b.WriteString(c)
	}
	if level == 1 {
		b.WriteString(")")
	}
	return nil
}
