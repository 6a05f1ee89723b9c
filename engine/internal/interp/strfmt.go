package interp

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"cascadelab/engine/internal/pyrepr"
)

// format applies a format spec (the mini-language) to v.
func (th *Thread) format(v Value, spec string) (string, error) {
	if inst, ok := v.(*Instance); ok {
		if m, ok := inst.Class.Lookup("__format__"); ok {
			r, err := th.Call(m, []Value{inst, spec}, nil)
			if err != nil {
				return "", err
			}
			s, _ := r.(string)
			return s, nil
		}
	}
	if spec == "" {
		return th.str(v)
	}
	fill, align, sign, zero, width, comma, prec, typ := ' ', byte(0), byte('-'), false, 0, false, -1, byte(0)
	s := spec
	if len([]rune(s)) >= 2 && strings.ContainsRune("<>^=", []rune(s)[1]) {
		r := []rune(s)
		fill, align = r[0], byte(r[1])
		s = string(r[2:])
	} else if len(s) >= 1 && strings.ContainsRune("<>^=", rune(s[0])) {
		align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && strings.ContainsRune("+- ", rune(s[0])) {
		sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		width, _ = strconv.Atoi(s[:i])
	}
	s = s[i:]
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		comma = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		j := 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		prec, _ = strconv.Atoi(s[1:j])
		s = s[j:]
	}
	if len(s) == 1 {
		typ = s[0]
	} else if len(s) > 1 {
		return "", th.Raise(ValueError, "Invalid format specifier '%s'", spec)
	}
	if width > maxItems || prec > maxItems {
		return "", th.Raise(MemoryError, "the script built a string of more than %d characters", maxItems)
	}
	var body string
	numeric := false
	neg := false
	switch x := v.(type) {
	case string:
		if typ != 0 && typ != 's' {
			return "", th.Raise(ValueError, "Unknown format code '%c' for object of type 'str'", typ)
		}
		body = x
		if prec >= 0 && prec < len([]rune(body)) {
			body = string([]rune(body)[:prec])
		}
	case bool, int64, float64:
		numeric = true
		iv, fv, isF, _ := number(x)
		if _, isBool := x.(bool); isBool && typ == 0 && prec < 0 {
			body, numeric = map[bool]string{true: "True", false: "False"}[x.(bool)], false
			break
		}
		if isF || typ == 'f' || typ == 'F' || typ == 'e' || typ == 'E' || typ == 'g' || typ == 'G' || typ == '%' {
			if !isF {
				fv = float64(iv)
			}
			neg = fv < 0 || (fv == 0 && math.Signbit(fv))
			fv = math.Abs(fv)
			switch typ {
			case 'f', 'F':
				if prec < 0 {
					prec = 6
				}
				body = strconv.FormatFloat(fv, 'f', prec, 64)
			case 'e', 'E':
				if prec < 0 {
					prec = 6
				}
				body = pyExp(strconv.FormatFloat(fv, 'e', prec, 64))
			case 'g', 'G':
				if prec < 0 {
					prec = 6
				}
				if prec == 0 {
					prec = 1
				}
				body = pyExp(strconv.FormatFloat(fv, 'g', prec, 64))
			case '%':
				if prec < 0 {
					prec = 6
				}
				body = strconv.FormatFloat(fv*100, 'f', prec, 64) + "%"
			case 0:
				if prec >= 0 {
					body = pyExp(strconv.FormatFloat(fv, 'g', prec, 64))
				} else {
					body = pyrepr.Float(fv)
				}
			default:
				return "", th.Raise(ValueError, "Unknown format code '%c' for object of type 'float'", typ)
			}
		} else {
			neg = iv < 0
			if neg {
				iv = -iv
			}
			switch typ {
			case 0, 'd', 'n':
				body = strconv.FormatInt(iv, 10)
			case 'x':
				body = strconv.FormatInt(iv, 16)
			case 'X':
				body = strings.ToUpper(strconv.FormatInt(iv, 16))
			case 'o':
				body = strconv.FormatInt(iv, 8)
			case 'b':
				body = strconv.FormatInt(iv, 2)
			case 'c':
				body = string(rune(iv))
			default:
				return "", th.Raise(ValueError, "Unknown format code '%c' for object of type 'int'", typ)
			}
		}
		if comma {
			intPart, frac, _ := strings.Cut(body, ".")
			var b strings.Builder
			for i, r := range intPart {
				if i > 0 && (len(intPart)-i)%3 == 0 {
					b.WriteByte(',')
				}
				b.WriteRune(r)
			}
			body = b.String()
			if frac != "" {
				body += "." + frac
			}
		}
	default:
		str, err := th.str(v)
		if err != nil {
			return "", err
		}
		if typ != 0 && typ != 's' {
			return "", th.Raise(TypeError, "unsupported format string passed to %s.__format__", typeName(v))
		}
		body = str
	}
	prefix := ""
	if numeric {
		if neg {
			prefix = "-"
		} else if sign == '+' {
			prefix = "+"
		} else if sign == ' ' {
			prefix = " "
		}
	}
	if zero && align == 0 {
		fill, align = '0', '='
	}
	if align == 0 {
		align = '<'
		if numeric {
			align = '>'
		}
	}
	n := len([]rune(prefix + body))
	pad := ""
	if width > n {
		pad = strings.Repeat(string(fill), width-n)
	}
	switch align {
	case '<':
		return prefix + body + pad, nil
	case '>':
		return pad + prefix + body, nil
	case '=':
		return prefix + pad + body, nil
	}
	half := len([]rune(pad)) / 2
	rp := []rune(pad)
	return string(rp[:half]) + prefix + body + string(rp[half:]), nil
}

// pyExp rewrites Go's exponent (e+06) as Python's (e+06 stays; e+6 → e+06).
func pyExp(s string) string {
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return s
	}
	mant, exp := s[:i+2], s[i+2:]
	if len(exp) < 2 {
		exp = "0" + exp
	}
	return mant + exp
}

// percent is str % args.
func (th *Thread) percent(f string, args Value) (Value, error) {
	var list []Value
	dict, isDict := args.(*Dict)
	if t, ok := args.(Tuple); ok {
		list = t
	} else if !isDict {
		list = []Value{args}
	}
	var b strings.Builder
	ai := 0
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(f) {
			return nil, th.Raise(ValueError, "incomplete format")
		}
		var v Value
		if f[i] == '(' {
			j := strings.IndexByte(f[i:], ')')
			if j < 0 || !isDict {
				return nil, th.Raise(TypeError, "format requires a mapping")
			}
			key := f[i+1 : i+j]
			var ok bool
			if v, ok = dict.GetStr(key); !ok {
				return nil, &Exception{Class: KeyError, Args: []Value{key}, Span: th.cur}
			}
			i += j + 1
		}
		start := i
		for i < len(f) && strings.ContainsRune("-+ #0123456789.", rune(f[i])) {
			i++
		}
		if i >= len(f) {
			return nil, th.Raise(ValueError, "incomplete format")
		}
		flags := f[start:i]
		conv := f[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if v == nil && !isDict || v == nil && isDict && f[start-1] != ')' {
			if ai >= len(list) {
				return nil, th.Raise(TypeError, "not enough arguments for format string")
			}
			v = list[ai]
			ai++
		}
		spec := ""
		align := ""
		if strings.HasPrefix(flags, "-") {
			align = "<"
			flags = flags[1:]
		}
		switch conv {
		case 's', 'r', 'a':
			var s string
			var err error
			if conv == 's' {
				s, err = th.str(v)
			} else {
				s, err = th.repr(v)
			}
			if err != nil {
				return nil, err
			}
			w := strings.TrimLeft(flags, "0+ #")
			if align == "" && w != "" {
				align = ">"
			}
			out, err := th.format(s, align+w)
			if err != nil {
				return nil, err
			}
			b.WriteString(out)
			continue
		case 'd', 'i', 'u':
			if _, _, _, ok := number(v); !ok {
				return nil, th.Raise(TypeError, "%%%c format: a real number is required, not %s", conv, typeName(v))
			}
			if _, f, isF, _ := number(v); isF {
				v = int64(f)
			}
			spec = "d"
		case 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o':
			if _, _, _, ok := number(v); !ok {
				return nil, th.Raise(TypeError, "must be real number, not %s", typeName(v))
			}
			spec = string(conv)
			if strings.ContainsRune("fFeEgG", rune(conv)) && !strings.Contains(flags, ".") {
				flags += ".6"
			}
		case 'c':
			spec = "c"
		default:
			return nil, th.Raise(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		out, err := th.format(v, align+flags+spec)
		if err != nil {
			return nil, err
		}
		b.WriteString(out)
	}
	if ai < len(list) && !isDict {
		return nil, th.Raise(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// strFormat is str.format.
func (th *Thread) strFormat(f string, c *Call) (Value, error) {
	var b strings.Builder
	auto := 0
	for i := 0; i < len(f); i++ {
		ch := f[i]
		if ch == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				i++
			}
			b.WriteByte('}')
			continue
		}
		if ch != '{' {
			b.WriteByte(ch)
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		depth, j := 1, i+1
		for ; j < len(f) && depth > 0; j++ {
			if f[j] == '{' {
				depth++
			} else if f[j] == '}' {
				depth--
			}
		}
		if depth > 0 {
			return nil, th.Raise(ValueError, "Single '{' encountered in format string")
		}
		field := f[i+1 : j-1]
		i = j - 1
		spec := ""
		conv := byte(0)
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+1 < len(field) {
				conv = field[k+1]
			}
			field = field[:k]
		}
		if strings.Contains(spec, "{") {
			s, err := th.strFormat(spec, c)
			if err != nil {
				return nil, err
			}
			spec = s.(string)
		}
		name := field
		rest := ""
		if k := strings.IndexAny(field, ".["); k >= 0 {
			name, rest = field[:k], field[k:]
		}
		var v Value
		if name == "" {
			if auto >= len(c.Args) {
				return nil, th.Raise(IndexError, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = c.Args[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if n >= len(c.Args) {
				return nil, th.Raise(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = c.Args[n]
		} else {
			found := false
			for _, k := range c.Kw {
				if k.Name == name {
					v, found = k.Value, true
				}
			}
			if !found {
				return nil, &Exception{Class: KeyError, Args: []Value{name}, Span: th.cur}
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				var err error
				if v, err = th.getAttr(v, attr); err != nil {
					return nil, err
				}
			} else {
				k := strings.IndexByte(rest, ']')
				key := rest[1:k]
				rest = rest[k+1:]
				var kv Value = key
				if n, err := strconv.Atoi(key); err == nil {
					kv = int64(n)
				}
				var err error
				if v, err = th.getItem(v, kv); err != nil {
					return nil, err
				}
			}
		}
		switch conv {
		case 'r', 'a':
			s, err := th.repr(v)
			if err != nil {
				return nil, err
			}
			v = s
		case 's':
			s, err := th.str(v)
			if err != nil {
				return nil, err
			}
			v = s
		}
		s, err := th.format(v, spec)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// methodOf returns the bound built-in method name of v, or nil.
func methodOf(th *Thread, v Value, name string) Value {
	m := func(f func(th *Thread, c *Call) (Value, error)) Value { return fn(name, f) }
	switch x := v.(type) {
	case string:
		return strMethod(x, name, m)
	case *List:
		return listMethod(x, name, m)
	case *Dict:
		return dictMethod(x, name, m)
	case Tuple:
		switch name {
		case "index", "count":
			l := &List{Items: x}
			return listMethod(l, name, m)
		}
	case *setObj:
		switch name {
		case "add":
			return m(func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, "add", 1, 1); err != nil {
					return nil, err
				}
				return nil, x.d.Set(th, c.Args[0], true)
			})
		}
	}
	return nil
}

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

func listMethod(l *List, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	switch name {
	case "append":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "append", 1, 1); err != nil {
				return nil, err
			}
			if len(l.Items) >= maxItems {
				return nil, th.Raise(MemoryError, "the script built a list of more than %d items", maxItems)
			}
			l.Items = append(l.Items, c.Args[0])
			return nil, nil
		})
	case "extend":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "extend", 1, 1); err != nil {
				return nil, err
			}
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return nil, nil
		})
	case "insert":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "insert", 2, 2); err != nil {
				return nil, err
			}
			i, _ := c.Args[0].(int64)
			n := int64(len(l.Items))
			if i < 0 {
				i = max(0, i+n)
			}
			i = min(i, n)
			l.Items = append(l.Items[:i], append([]Value{c.Args[1]}, l.Items[i:]...)...)
			return nil, nil
		})
	case "pop":
		return m(func(th *Thread, c *Call) (Value, error) {
			if len(l.Items) == 0 {
				return nil, th.Raise(IndexError, "pop from empty list")
			}
			i := len(l.Items) - 1
			if len(c.Args) == 1 {
				var err error
				if i, err = th.index(c.Args[0], len(l.Items)); err != nil {
					return nil, th.Raise(IndexError, "pop index out of range")
				}
			}
			v := l.Items[i]
			l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
			return v, nil
		})
	case "remove", "index", "count":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			n := int64(0)
			for i, it := range l.Items {
				eq, err := th.equal(it, c.Args[0])
				if err != nil {
					return nil, err
				}
				if !eq {
					continue
				}
				switch name {
				case "remove":
					l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
					return nil, nil
				case "index":
					return int64(i), nil
				}
				n++
			}
			if name == "count" {
				return n, nil
			}
			r, _ := th.repr(c.Args[0])
			if name == "remove" {
				return nil, th.Raise(ValueError, "list.remove(x): x not in list")
			}
			return nil, th.Raise(ValueError, "%s is not in list", r)
		})
	case "sort":
		return m(func(th *Thread, c *Call) (Value, error) {
			key, _ := kwArg(c, "key")
			rev, _ := kwArg(c, "reverse")
			return nil, th.sortValues(l.Items, key, rev == true)
		})
	case "reverse":
		return m(func(th *Thread, c *Call) (Value, error) {
			for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
				l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
			}
			return nil, nil
		})
	case "clear":
		return m(func(th *Thread, c *Call) (Value, error) { l.Items = nil; return nil, nil })
	case "copy":
		return m(func(th *Thread, c *Call) (Value, error) { return &List{Items: append([]Value(nil), l.Items...)}, nil })
	}
	return nil
}

func dictMethod(d *Dict, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	switch name {
	case "get":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "get", 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, c.Args[0])
			if err != nil || ok {
				return v, err
			}
			if len(c.Args) == 2 {
				return c.Args[1], nil
			}
			return nil, nil
		})
	case "keys":
		return m(func(th *Thread, c *Call) (Value, error) { return &List{Items: append([]Value(nil), d.keys...)}, nil })
	case "values":
		return m(func(th *Thread, c *Call) (Value, error) { return &List{Items: append([]Value(nil), d.vals...)}, nil })
	case "items":
		return m(func(th *Thread, c *Call) (Value, error) {
			l := &List{}
			for i, k := range d.keys {
				l.Items = append(l.Items, Tuple{k, d.vals[i]})
			}
			return l, nil
		})
	case "setdefault":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "setdefault", 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, c.Args[0])
			if err != nil || ok {
				return v, err
			}
			var def Value
			if len(c.Args) == 2 {
				def = c.Args[1]
			}
			return def, d.Set(th, c.Args[0], def)
		})
	case "pop":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "pop", 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.Get(th, c.Args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(c.Args) == 2 {
					return c.Args[1], nil
				}
				return nil, &Exception{Class: KeyError, Args: []Value{c.Args[0]}, Span: th.cur}
			}
			_, err = d.Delete(th, c.Args[0])
			return v, err
		})
	case "update":
		return m(func(th *Thread, c *Call) (Value, error) {
			if len(c.Args) == 1 {
				src, ok := c.Args[0].(*Dict)
				if !ok {
					return nil, th.Raise(TypeError, "update() takes a dict")
				}
				for i, k := range src.keys {
					d.Set(th, k, src.vals[i])
				}
			}
			for _, k := range c.Kw {
				d.SetStr(k.Name, k.Value)
			}
			return nil, nil
		})
	case "copy":
		return m(func(th *Thread, c *Call) (Value, error) {
			n := NewDict()
			for i, k := range d.keys {
				n.Set(th, k, d.vals[i])
			}
			return n, nil
		})
	}
	return nil
}
