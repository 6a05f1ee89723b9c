package interp

import (
	"cascadelab/engine/internal/budget"
	"math"
	"strconv"
	"strings"

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
		return "", th.overBudget(budget.Memory, MemoryError, "the script built a string of more than %d characters", maxItems)
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
