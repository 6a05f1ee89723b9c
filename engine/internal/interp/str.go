package interp

import (
	"strconv"
	"strings"
	"unicode"
)

// strMethod returns the bound str method name of s, or nil.
func strMethod(s, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	oneStr := func(f func(th *Thread, arg string) (Value, error)) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			a, ok := c.Args[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "must be str, not %s", typeName(c.Args[0]))
			}
			return f(th, a)
		})
	}
	strip := func(f func(string, string) string, def func(string) string) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) == 0 || c.Args[0] == nil {
				return def(s), nil
			}
			chars, _ := c.Args[0].(string)
			return f(s, chars), nil
		})
	}
	switch name {
	case "format":
		return m(func(th *Thread, c *Call) (Value, error) { return th.strFormat(s, c) })
	case "join":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "join", 1, 1); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			parts := make([]string, len(items))
			for i, it := range items {
				p, ok := it.(string)
				if !ok {
					return nil, th.Raise(TypeError, "sequence item %d: expected str instance, %s found", i, typeName(it))
				}
				parts[i] = p
			}
			return strings.Join(parts, s), nil
		})
	case "upper":
		return m(func(th *Thread, c *Call) (Value, error) { return strings.ToUpper(s), nil })
	case "lower":
		return m(func(th *Thread, c *Call) (Value, error) { return strings.ToLower(s), nil })
	case "title":
		return m(func(th *Thread, c *Call) (Value, error) {
			var b strings.Builder
			prev := false
			for _, r := range s {
				if unicode.IsLetter(r) {
					if prev {
						b.WriteRune(unicode.ToLower(r))
					} else {
						b.WriteRune(unicode.ToUpper(r))
					}
					prev = true
				} else {
					b.WriteRune(r)
					prev = false
				}
			}
			return b.String(), nil
		})
	case "capitalize":
		return m(func(th *Thread, c *Call) (Value, error) {
			if s == "" {
				return s, nil
			}
			r := []rune(strings.ToLower(s))
			r[0] = unicode.ToUpper(r[0])
			return string(r), nil
		})
	case "strip":
		return strip(strings.Trim, strings.TrimSpace)
	case "lstrip":
		return strip(strings.TrimLeft, func(x string) string { return strings.TrimLeftFunc(x, unicode.IsSpace) })
	case "rstrip":
		return strip(strings.TrimRight, func(x string) string { return strings.TrimRightFunc(x, unicode.IsSpace) })
	case "startswith", "endswith":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			var prefixes []Value
			if t, ok := c.Args[0].(Tuple); ok {
				prefixes = t
			} else {
				prefixes = []Value{c.Args[0]}
			}
			for _, p := range prefixes {
				ps, ok := p.(string)
				if !ok {
					return nil, th.Raise(TypeError, "%s first arg must be str or a tuple of str, not %s", name, typeName(p))
				}
				if name == "startswith" && strings.HasPrefix(s, ps) || name == "endswith" && strings.HasSuffix(s, ps) {
					return true, nil
				}
			}
			return false, nil
		})
	case "split":
		return m(func(th *Thread, c *Call) (Value, error) {
			var parts []string
			if len(c.Args) == 0 || c.Args[0] == nil {
				parts = strings.Fields(s)
			} else {
				sep, _ := c.Args[0].(string)
				if sep == "" {
					return nil, th.Raise(ValueError, "empty separator")
				}
				if len(c.Args) > 1 {
					n, _ := c.Args[1].(int64)
					parts = strings.SplitN(s, sep, int(n)+1)
				} else {
					parts = strings.Split(s, sep)
				}
			}
			l := &List{}
			for _, p := range parts {
				l.Items = append(l.Items, p)
			}
			return l, nil
		})
	case "splitlines":
		return m(func(th *Thread, c *Call) (Value, error) {
			l := &List{}
			for _, p := range strings.Split(strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n"), "\n") {
				if s != "" {
					l.Items = append(l.Items, p)
				}
			}
			return l, nil
		})
	case "replace":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "replace", 2, 3); err != nil {
				return nil, err
			}
			a, _ := c.Args[0].(string)
			b, _ := c.Args[1].(string)
			n := -1
			if len(c.Args) == 3 {
				k, _ := c.Args[2].(int64)
				n = int(k)
			}
			return strings.Replace(s, a, b, n), nil
		})
	case "find":
		return oneStr(func(th *Thread, a string) (Value, error) {
			i := strings.Index(s, a)
			if i < 0 {
				return int64(-1), nil
			}
			return int64(len([]rune(s[:i]))), nil
		})
	case "count":
		return oneStr(func(th *Thread, a string) (Value, error) { return int64(strings.Count(s, a)), nil })
	case "isdigit":
		return m(func(th *Thread, c *Call) (Value, error) {
			if s == "" {
				return false, nil
			}
			for _, r := range s {
				if !unicode.IsDigit(r) {
					return false, nil
				}
			}
			return true, nil
		})
	case "zfill":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "zfill", 1, 1); err != nil {
				return nil, err
			}
			w, _ := c.Args[0].(int64)
			sign, rest := "", s
			if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
				sign, rest = s[:1], s[1:]
			}
			if pad := int(w) - len([]rune(s)); pad > 0 {
				rest = strings.Repeat("0", pad) + rest
			}
			return sign + rest, nil
		})
	case "ljust", "rjust", "center":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 2); err != nil {
				return nil, err
			}
			w, _ := c.Args[0].(int64)
			fill := " "
			if len(c.Args) == 2 {
				fill, _ = c.Args[1].(string)
			}
			al := map[string]string{"ljust": "<", "rjust": ">", "center": "^"}[name]
			return th.format(s, fill+al+strconv.Itoa(int(w)))
		})
	}
	return nil
}
