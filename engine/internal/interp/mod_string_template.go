package interp

import (
	"slices"
	"strings"
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
	// text is the instance's template and delimiter
	text := func(th *Thread, call *Call, name string) (string, string, error) {
		self, ok := call.Args[0].(*Instance)
		if !ok {
			return "", "", th.Raise(TypeError, "descriptor '%s' requires a 'Template' object", name)
		}
		for _, re := range []string{"idpattern", "braceidpattern", "flags", "pattern"} {
			if _, owner := self.Class.lookupOwner(re); owner != nil && owner != c {
				return "", "", th.Unsupported("a Template subclass setting %s (a regular expression)", re)
			}
		}
		text, err := th.getAttr(self, "template")
		if err != nil {
			return "", "", err
		}
		delim, err := th.getAttr(self, "delimiter")
		if err != nil {
			return "", "", err
		}
		t, ok1 := text.(string)
		d, ok2 := delim.(string)
		if !ok1 || !ok2 || d == "" {
			return "", "", th.Unsupported("a Template whose template or delimiter is not a non-empty str")
		}
		return t, d, nil
	}
	for _, name := range []string{"substitute", "safe_substitute"} {
		safe := name == "safe_substitute"
		c.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			t, d, err := text(th, call, name)
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
			return templateSubstitute(th, t, d, lookup, safe)
		})
	}
	c.setMethod("get_identifiers", func(th *Thread, call *Call) (Value, error) {
		t, d, err := text(th, call, "get_identifiers")
		if err != nil {
			return nil, err
		}
		ids := &List{}
		_, err = templateSubstitute(th, t, d, func(key string) (Value, bool, error) {
			if !slices.Contains(ids.Items, Value(key)) {
				ids.Items = append(ids.Items, key)
			}
			return nil, false, nil
		}, true)
		return ids, err
	})
	c.setMethod("is_valid", func(th *Thread, call *Call) (Value, error) {
		t, d, err := text(th, call, "is_valid")
		if err != nil {
			return nil, err
		}
		_, err = templateSubstitute(th, t, d, func(string) (Value, bool, error) { return "", true, nil }, false)
		if e, ok := err.(*Exception); ok && e.Class == ValueError {
			return false, nil
		}
		return err == nil, err
	})
	return c
}

func isIdentStart(b byte) bool { return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
func isIdentByte(b byte) bool  { return isIdentStart(b) || b >= '0' && b <= '9' }

// templateSubstitute is Template.substitute with delimiter delim: $$ is one $,
// $name and ${name} are looked up.
func templateSubstitute(th *Thread, s, delim string, lookup func(string) (Value, bool, error), safe bool) (Value, error) {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !strings.HasPrefix(s[i:], delim) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j, name := i+len(delim), ""
		switch {
		case strings.HasPrefix(s[j:], delim):
			b.WriteString(delim)
			i = j + len(delim)
			continue
		case j < len(s) && s[j] == '{':
			k := j + 1
			for k < len(s) && isIdentByte(s[k]) {
				k++
			}
			if k > j+1 && isIdentStart(s[j+1]) && k < len(s) && s[k] == '}' {
				name = s[j+1 : k]
				j = k + 1
			}
		case j < len(s) && isIdentStart(s[j]):
			k := j
			for k < len(s) && isIdentByte(s[k]) {
				k++
			}
			name, j = s[j:k], k
		}
		if name == "" {
			if safe {
				b.WriteString(delim)
				i += len(delim)
				continue
			}
			line := strings.Count(s[:i], "\n") + 1
			col := i - strings.LastIndex(s[:i], "\n")
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
