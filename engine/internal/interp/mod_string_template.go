package interp

import "strings"

// template is string.Template with its default delimiter "$" and
// identifier pattern (ASCII letters, digits, _); subclasses that change them
// are refused since the host type cannot be subclassed.
type template struct{ text string }

func newTemplate(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "Template", 1, 1); err != nil {
		return nil, err
	}
	s, ok := c.Args[0].(string)
	if !ok {
		return nil, th.Unsupported("string.Template of a %s", typeName(c.Args[0]))
	}
	return &template{text: s}, nil
}

func (t *template) TypeName() string { return "Template" }

func (t *template) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "template":
		return t.text, true, nil
	case "substitute", "safe_substitute":
		safe := name == "safe_substitute"
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) > 1 {
				return nil, th.Raise(TypeError, "Too many positional arguments")
			}
			lookup := func(key string) (Value, bool, error) {
				if v, ok := kwArg(c, key); ok {
					return v, true, nil
				}
				if len(c.Args) == 0 {
					return nil, false, nil
				}
				ok, err := th.contains(c.Args[0], key)
				if err != nil || !ok {
					return nil, false, err
				}
				v, err := th.getItem(c.Args[0], key)
				return v, err == nil, err
			}
			return t.substitute(th, lookup, safe)
		}), true, nil
	}
	return nil, false, nil
}

func isIdentStart(b byte) bool { return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
func isIdentByte(b byte) bool  { return isIdentStart(b) || b >= '0' && b <= '9' }

func (t *template) substitute(th *Thread, lookup func(string) (Value, bool, error), safe bool) (Value, error) {
	s := t.text
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '$' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j, name := i+1, ""
		switch {
		case j < len(s) && s[j] == '$':
			b.WriteByte('$')
			i = j + 1
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
				b.WriteByte('$')
				i++
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
