package interp

import (
	"slices"
	"strings"

	"cascadelab/engine/internal/sre"
)

// templateClass is string.Template, a class scripts may subclass to change
// its delimiter; idpattern, braceidpattern, flags and pattern are regular
// expressions, and a subclass that sets one is refused.
func templateClass() *Class {
	c := nativeClass("Template", "string", nil)
	c.Dict.SetStr("delimiter", "$")
	c.Dict.SetStr("idpattern", "(?a:[_a-z][_a-z0-9]*)")
	c.Dict.SetStr("braceidpattern", nil)
	c.setMethod("__init__", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) != 2 || len(call.Kw) > 0 {
			return nil, th.Raise(TypeError, "Template.__init__() takes 2 positional arguments but %d were given", len(call.Args))
		}
		return nil, th.setAttr(call.Args[0], "template", call.Args[1])
	})
	// text is the instance's template and how its placeholders are found
	text := func(th *Thread, call *Call, name string) (string, templateScan, error) {
		self, ok := call.Args[0].(*Instance)
		if !ok {
			return "", nil, th.Raise(TypeError, "descriptor '%s' requires a 'Template' object", name)
		}
		for _, re := range []string{"flags", "pattern"} {
			if _, owner := self.Class.lookupOwner(re); owner != nil && owner != c {
				return "", nil, th.Unsupported("a Template subclass setting %s", re)
			}
		}
		text, err := th.getAttr(self, "template")
		if err != nil {
			return "", nil, err
		}
		delim, err := th.getAttr(self, "delimiter")
		if err != nil {
			return "", nil, err
		}
		t, ok1 := text.(string)
		d, ok2 := delim.(string)
		if !ok1 || !ok2 || d == "" {
			return "", nil, th.Unsupported("a Template whose template or delimiter is not a non-empty str")
		}
		_, idOwner := self.Class.lookupOwner("idpattern")
		_, bidOwner := self.Class.lookupOwner("braceidpattern")
		if idOwner == c && bidOwner == c {
			return t, identScan(d), nil
		}
		scan, err := regexScan(th, self.Class, d)
		return t, scan, err
	}
	for _, name := range []string{"substitute", "safe_substitute"} {
		safe := name == "safe_substitute"
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			t, scan, err := text(th, call, name)
			if err != nil {
				return nil, err
			}
			args := call.Args[1:]
			if len(args) > 1 {
				return nil, th.Raise(TypeError, "Too many positional arguments")
			}
			lookup := func(key string) (Value, bool, error) {
				if v, ok := kwArg(call, key); ok {
					return v, true, nil
				}
				if len(args) == 0 {
					return nil, false, nil
				}
				ok, err := th.contains(args[0], key)
				if err != nil || !ok {
					return nil, false, err
				}
				v, err := th.getItem(args[0], key)
				return v, err == nil, err
			}
			return templateSubstitute(th, t, scan, lookup, safe)
		})
	}
	c.setMethod("get_identifiers", func(th *Thread, call *Call) (Value, error) {
		t, scan, err := text(th, call, "get_identifiers")
		if err != nil {
			return nil, err
		}
		ids := &List{}
		_, err = templateSubstitute(th, t, scan, func(key string) (Value, bool, error) {
			if !slices.Contains(ids.Items, Value(key)) {
				ids.Items = append(ids.Items, key)
			}
			return nil, false, nil
		}, true)
		return ids, err
	})
	c.setMethod("is_valid", func(th *Thread, call *Call) (Value, error) {
		t, scan, err := text(th, call, "is_valid")
		if err != nil {
			return nil, err
		}
		_, err = templateSubstitute(th, t, scan, func(string) (Value, bool, error) { return "", true, nil }, false)
		if e, ok := err.(*Exception); ok && e.Class == ValueError {
			return false, nil
		}
		return err == nil, err
	})
	return c
}

func isIdentStart(b byte) bool { return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
func isIdentByte(b byte) bool  { return isIdentStart(b) || b >= '0' && b <= '9' }

// templateScan finds the placeholder at s[i:] (i at a delimiter, or past
// it when no delimiter follows: end < 0): its end, the name it holds, or
// the delimiter an escape stands for (name "", esc true); neither when it
// is ill-formed.
type templateScan func(s string, i int) (at, end int, name, esc string, err error)

// identScan finds $$, $name and ${name} for delimiter delim, as the
// default idpattern does.
func identScan(delim string) templateScan {
	return func(s string, i int) (int, int, string, string, error) {
		k := strings.Index(s[i:], delim)
		if k < 0 {
			return -1, -1, "", "", nil
		}
		i += k
		j := i + len(delim)
		switch {
		case strings.HasPrefix(s[j:], delim):
			return i, j + len(delim), "", delim, nil
		case j < len(s) && s[j] == '{':
			k := j + 1
			for k < len(s) && isIdentByte(s[k]) {
				k++
			}
			if k > j+1 && isIdentStart(s[j+1]) && k < len(s) && s[k] == '}' {
				return i, k + 1, s[j+1 : k], "", nil
			}
		case j < len(s) && isIdentStart(s[j]):
			k := j
			for k < len(s) && isIdentByte(s[k]) {
				k++
			}
			return i, k, s[j:k], "", nil
		}
		return i, j, "", "", nil
	}
}

// regexScan is Template.__init_subclass__'s pattern for a class setting
// idpattern or braceidpattern (flags re.IGNORECASE, VERBOSE), run with
// package sre.
func regexScan(th *Thread, cls *Class, delim string) (templateScan, error) {
	id, _ := cls.Lookup("idpattern")
	bid, _ := cls.Lookup("braceidpattern")
	if bid == nil {
		bid = id
	}
	ids, ok1 := id.(string)
	bids, ok2 := bid.(string)
	if !ok1 || !ok2 {
		return nil, th.Unsupported("a Template subclass whose idpattern or braceidpattern is not a str")
	}
	esc, err := reEscape(th, delim)
	if err != nil {
		return nil, err
	}
	d := esc.(string)
	src := d + "(?:(?P<escaped>" + d + ")|(?P<named>" + ids + ")|{(?P<braced>" + bids + ")}|(?P<invalid>))"
	prog, err := sre.Parse([]rune(src), true, sre.IgnoreCase|sre.Verbose)
	if err != nil {
		return nil, th.Unsupported("a Template idpattern that is not a valid regular expression")
	}
	group := func(res *sre.Result, rs []rune, name string) (string, bool) {
		g := prog.GroupName[name]
		if res.Spans[2*g] < 0 {
			return "", false
		}
		return string(rs[res.Spans[2*g]:res.Spans[2*g+1]]), true
	}
	return func(s string, i int) (int, int, string, string, error) {
		rs := []rune(s)
		ri := len([]rune(s[:i]))
		span := th.cur
		res, err := prog.Find(rs, ri, len(rs), sre.Search, false, func() error { return th.step(span) })
		if u, ok := err.(*sre.Unsupported); ok {
			return 0, 0, "", "", th.Unsupported("%s", u.What)
		}
		if err != nil || res == nil {
			return -1, -1, "", "", err
		}
		at, end := len(string(rs[:res.Spans[0]])), len(string(rs[:res.Spans[1]]))
		if n, ok := group(res, rs, "named"); ok {
			return at, end, n, "", nil
		}
		if n, ok := group(res, rs, "braced"); ok {
			return at, end, n, "", nil
		}
		if _, ok := group(res, rs, "escaped"); ok {
			return at, end, "", delim, nil
		}
		return at, end, "", "", nil
	}, nil
}

// templateSubstitute is Template.substitute: an escape is its delimiter, a
// name is looked up, an ill-formed placeholder is ValueError (kept when safe).
func templateSubstitute(th *Thread, s string, scan templateScan, lookup func(string) (Value, bool, error), safe bool) (Value, error) {
	var b strings.Builder
	for i := 0; i <= len(s); {
		at, j, name, esc, err := scan(s, i)
		if err != nil {
			return nil, err
		}
		if at < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i:at])
		i = at
		if esc != "" {
			b.WriteString(esc)
			i = j
			continue
		}
		if name == "" {
			if safe {
				b.WriteString(s[i:j])
				i = j
				continue
			}
			// _invalid: the line and column of the text before the empty
			// invalid group, after the delimiter, by splitlines(keepends=True)
			lv, err := strSplitlines(th, s[:j], &Call{Args: []Value{true}})
			if err != nil {
				return nil, err
			}
			lines, line, col := lv.(*List).Items, 1, 1
			if len(lines) > 0 {
				line, col = len(lines), len([]rune(s[:j]))
				for _, l := range lines[:len(lines)-1] {
					col -= len([]rune(l.(string)))
				}
			}
			return nil, th.Raise(ValueError, "Invalid placeholder in string: line %d, col %d", line, col)
		}
		v, ok, err := lookup(name)
		if err != nil {
			return nil, err
		}
		if !ok {
			if safe {
				b.WriteString(s[i:j])
				i = j
				continue
			}
			return nil, th.Raise(KeyError, "%s", name)
		}
		str, err := th.str(v)
		if err != nil {
			return nil, err
		}
		b.WriteString(str)
		i = j
	}
	return b.String(), nil
}
