package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/pyrepr"
)

// Formatter is a host value with its own format mini-language (format(v, spec)).
type Formatter interface {
	Format(th *Thread, spec string) (string, error)
}

// fmtSpec is a parsed format spec:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type fmtSpec struct {
	fill        rune
	align, sign byte
	alt, zero   bool
	fillSet, z  bool
	width, prec int
	group, typ  byte
}

func (th *Thread) parseSpec(spec, typ string) (fmtSpec, error) {
	f := fmtSpec{fill: ' ', prec: -1}
	r := []rune(spec)
	if len(r) >= 2 && strings.ContainsRune("<>^=", r[1]) {
		f.fill, f.align, f.fillSet, r = r[0], byte(r[1]), true, r[2:]
	} else if len(r) >= 1 && strings.ContainsRune("<>^=", r[0]) {
		f.align, r = byte(r[0]), r[1:]
	}
	s := string(r)
	if len(s) > 0 && strings.ContainsRune("+- ", rune(s[0])) {
		f.sign, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.z, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		f.zero, s = true, s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	f.width, _ = strconv.Atoi(s[:i])
	s = s[i:]
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.group, s = s[0], s[1:]
		if len(s) > 0 && s[0] != f.group && (s[0] == ',' || s[0] == '_') {
			return f, th.Raise(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		j := 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 1 {
			return f, th.Raise(ValueError, "Format specifier missing precision")
		}
		f.prec, _ = strconv.Atoi(s[1:j])
		s = s[j:]
	}
	if len(s) == 1 {
		f.typ = s[0]
	} else if len(s) > 1 {
		return f, th.Raise(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typ)
	}
	// PEP 378's types take a separator, and bin/oct/hex take '_' (PEP 515)
	if f.group != 0 && f.typ != 0 && strings.IndexByte("defgEG%F", f.typ) < 0 && (f.group == ',' || strings.IndexByte("boxX", f.typ) < 0) {
		return f, th.Raise(ValueError, "Cannot specify '%c' with '%c'.", f.group, f.typ)
	}
	if f.width > maxItems || f.prec > maxItems {
		return f, th.overBudget(budget.Memory, MemoryError, "the script built a string of more than %d characters", maxItems)
	}
	return f, nil
}

// format applies a format spec (the mini-language) to v.
func (th *Thread) format(v Value, spec string) (string, error) {
	if inst, ok := v.(*Instance); ok {
		if m, ok := inst.Class.Lookup("__format__"); ok {
			r, err := th.Call(m, []Value{inst, spec}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(string)
			if !ok {
				return "", th.Raise(TypeError, "__format__ must return a str, not %s", typeName(r))
			}
			return s, nil
		}
		switch b := inst.Base.(type) {
		case int64, float64, string, bool:
			return th.format(b, spec)
		}
	}
	if h, ok := v.(Formatter); ok {
		return h.Format(th, spec)
	}
	if spec == "" {
		return th.str(v)
	}
	f, err := th.parseSpec(spec, typeName(v))
	if err != nil {
		return "", err
	}
	var body, prefix string
	numeric := false
	switch x := v.(type) {
	case string:
		if f.typ != 0 && f.typ != 's' {
			return "", th.Raise(ValueError, "Unknown format code '%c' for object of type 'str'", f.typ)
		}
		if f.sign == ' ' {
			return "", th.Raise(ValueError, "Space not allowed in string format specifier")
		}
		if f.sign != 0 {
			return "", th.Raise(ValueError, "Sign not allowed in string format specifier")
		}
		if f.align == '=' {
			return "", th.Raise(ValueError, "'=' alignment not allowed in string format specifier")
		}
		if f.group != 0 {
			return "", th.Raise(ValueError, "Cannot specify '%c' with 's'.", f.group)
		}
		body = x
		if f.prec >= 0 && f.prec < len([]rune(body)) {
			body = string([]rune(body)[:f.prec])
		}
	case bool, int64, *big.Int, float64:
		numeric = true
		var neg bool
		var err error
		if _, isF := x.(float64); isF || strings.IndexByte("eEfFgG%", f.typ) >= 0 && f.typ != 0 {
			neg, body, err = th.formatFloat(x, &f)
		} else {
			neg, body, prefix, err = th.formatInt(x, &f)
		}
		if err != nil {
			return "", err
		}
		sign := ""
		if neg {
			sign = "-"
		} else if f.sign == '+' || f.sign == ' ' {
			sign = string(f.sign)
		}
		prefix = sign + prefix
	default:
		return "", th.Raise(TypeError, "unsupported format string passed to %s.__format__", typeName(v))
	}
	if f.zero && !f.fillSet {
		f.fill = '0'
	}
	if f.zero && f.align == 0 {
		f.align = '<'
		if numeric {
			f.align = '='
		}
	}
	if f.align == 0 {
		f.align = '<'
		if numeric {
			f.align = '>'
		}
	}
	if intPart, _ := splitNumber(body); numeric && f.group != 0 && intPart != "" && f.fill == '0' && f.align == '=' {
		// Zero padding is grouped too: format(1234, '09,') is '0,001,234'.
		intPart, rest := splitNumber(body)
		for len([]rune(prefix))+len(group(intPart, f))+len(rest) < f.width {
			intPart = "0" + intPart
		}
		body = group(intPart, f) + rest
	} else if numeric && f.group != 0 {
		intPart, rest := splitNumber(body)
		body = group(intPart, f) + rest
	}
	n := len([]rune(prefix + body))
	pad := ""
	if f.width > n {
		pad = strings.Repeat(string(f.fill), f.width-n)
	}
	switch f.align {
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

// splitNumber splits a formatted number's digits before the point (or
// exponent) from the rest.
func splitNumber(body string) (string, string) {
	i := 0
	for i < len(body) && (body[i] >= '0' && body[i] <= '9' || body[i] >= 'a' && body[i] <= 'f' || body[i] >= 'A' && body[i] <= 'F') {
		if (body[i] == 'e' || body[i] == 'E') && i > 0 && i+1 < len(body) && (body[i+1] == '+' || body[i+1] == '-') {
			break
		}
		i++
	}
	return body[:i], body[i:]
}

// group inserts the grouping separator: every 3 digits, every 4 in binary,
// octal and hex.
func group(digits string, f fmtSpec) string {
	every := 3
	if strings.IndexByte("xXob", f.typ) >= 0 && f.typ != 0 {
		every = 4
	}
	var b strings.Builder
	for i := range digits {
		if i > 0 && (len(digits)-i)%every == 0 {
			b.WriteByte(f.group)
		}
		b.WriteByte(digits[i])
	}
	return b.String()
}

func (th *Thread) formatInt(x Value, f *fmtSpec) (neg bool, body, prefix string, err error) {
	if f.prec >= 0 {
		return false, "", "", th.Raise(ValueError, "Precision not allowed in integer format specifier")
	}
	n := new(big.Int).Set(bigOf(x))
	neg = n.Sign() < 0
	n.Abs(n)
	base := 10
	switch f.typ {
	case 0, 'd', 'n':
	case 'x', 'X':
		base, prefix = 16, "0"+string(f.typ)
	case 'o':
		base, prefix = 8, "0o"
	case 'b':
		base, prefix = 2, "0b"
	case 'c':
		if !n.IsInt64() || n.Int64() > 0x10ffff || neg {
			if !n.IsInt64() {
				return false, "", "", th.Raise(OverflowError, "Python int too large to convert to C long")
			}
			return false, "", "", th.Raise(OverflowError, "%s", "%c arg not in range(0x110000)")
		}
		if f.sign != 0 {
			return false, "", "", th.Raise(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		return false, string(rune(n.Int64())), "", nil
	default:
		return false, "", "", th.Raise(ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, typeName(x))
	}
	if f.group == ',' && base != 10 {
		return false, "", "", th.Raise(ValueError, "Cannot specify ',' with '%c'.", f.typ)
	}
	if !f.alt {
		prefix = ""
	}
	if base == 10 {
		body, err = th.intText(n)
		return neg, body, prefix, err
	}
	body = n.Text(base)
	if f.typ == 'X' {
		body = strings.ToUpper(body)
	}
	return neg, body, prefix, nil
}

func (th *Thread) formatFloat(x Value, f *fmtSpec) (neg bool, body string, err error) {
	fv, err := th.toFloat(x)
	if err != nil {
		return false, "", err
	}
	neg = fv < 0 || (fv == 0 && math.Signbit(fv))
	fv = math.Abs(fv)
	prec := f.prec
	if prec < 0 && f.typ != 0 {
		prec = 6
	}
	upper := f.typ == 'F' || f.typ == 'E' || f.typ == 'G'
	if f.typ != 0 && strings.IndexByte("fFeEgGn%", f.typ) < 0 {
		return false, "", th.Raise(ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, typeName(x))
	}
	if math.IsInf(fv, 0) || math.IsNaN(fv) {
		body = "inf"
		if math.IsNaN(fv) {
			body = "nan"
		}
		if upper {
			body = strings.ToUpper(body)
		}
		if f.typ == '%' {
			body += "%"
		}
		return neg, body, nil
	}
	switch f.typ {
	case 'f', 'F':
		body = strconv.FormatFloat(fv, 'f', prec, 64)
		if f.alt && prec == 0 {
			body += "."
		}
	case 'e', 'E':
		body = pyExp(strconv.FormatFloat(fv, 'e', prec, 64))
	case 'g', 'G', 'n':
		body = pyG(fv, max(prec, 1), max(prec, 1), f.alt)
	case '%':
		body = strconv.FormatFloat(fv*100, 'f', prec, 64) + "%"
	case 0:
		if prec < 0 {
			body = pyrepr.Float(fv)
			break
		}
		body = pyG(fv, max(prec, 1), max(prec, 1)-1, f.alt)
		if !strings.ContainsAny(body, ".e") {
			body += ".0"
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if f.z && strings.Trim(body, "0.%") == "" {
		neg = false
	}
	return neg, body, nil
}

// pyG is Python's 'g' presentation: prec significant digits, scientific
// when the exponent is below -4 or at least sci (prec; prec-1 without a
// type), trailing zeros removed unless alt ('#').
func pyG(f float64, prec, sci int, alt bool) string {
	e := strconv.FormatFloat(f, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if exp < -4 || exp >= sci {
		s = e
	} else {
		s = strconv.FormatFloat(f, 'f', prec-1-exp, 64)
	}
	if !alt {
		mant, rest := s, ""
		if i := strings.IndexByte(s, 'e'); i >= 0 {
			mant, rest = s[:i], s[i:]
		}
		if strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		s = mant + rest
	} else if !strings.Contains(s, ".") {
		if i := strings.IndexByte(s, 'e'); i >= 0 {
			s = s[:i] + "." + s[i:]
		} else {
			s += "."
		}
	}
	return pyExp(s)
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
	if b, ok := baseOf(args); ok {
		if _, isTuple := b.(Tuple); isTuple {
			args = b
		}
	}
	dict, isDict := args.(*Dict)
	if t, ok := args.(Tuple); ok {
		list = t
	} else {
		list = []Value{args} // a dict too: '%r' % {'k': 1} formats the dict
	}
	var b text
	ai := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			j := strings.IndexByte(f[i:], '%')
			if j < 0 {
				j = len(f) - i
			}
			b.add(f[i : i+j])
			i += j - 1
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
		for i < len(f) && strings.ContainsRune("-+ #0123456789.*", rune(f[i])) {
			i++
		}
		if i >= len(f) {
			return nil, th.Raise(ValueError, "incomplete format")
		}
		flags := f[start:i]
		for strings.Contains(flags, "*") {
			// A * width or precision comes from the arguments, before the value.
			if ai >= len(list) {
				return nil, th.Raise(TypeError, "not enough arguments for format string")
			}
			n, ok := smallInt(list[ai])
			if !ok {
				return nil, th.Raise(TypeError, "* wants int")
			}
			ai++
			if n < 0 && !strings.Contains(flags[:strings.Index(flags, "*")], ".") {
				flags, n = "-"+flags, -n
			}
			flags = strings.Replace(flags, "*", strconv.FormatInt(max(n, 0), 10), 1)
		}
		conv := f[i]
		if conv == '%' {
			b.add("%")
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
			if conv == 'a' {
				s = asciiEscape(s)
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
			b.add(out)
			continue
		case 'd', 'i', 'u':
			v = numberBase(v)
			if d, ok := v.(realNum); ok { // through its __int__
				var err error
				if v, err = d.toInt(th); err != nil {
					return nil, err
				}
			}
			if !isNumber(v) {
				return nil, th.Raise(TypeError, "%%%c format: a real number is required, not %s", conv, typeName(v))
			}
			if f, isF := v.(float64); isF {
				var err error
				if v, err = th.floatToInt(f); err != nil {
					return nil, err
				}
			}
			spec = "d"
		case 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o':
			v = numberBase(v)
			if d, ok := v.(realNum); ok && strings.IndexByte("fFeEgG", conv) >= 0 { // through its __float__
				f, err := d.toFloat(th)
				if err != nil {
					return nil, err
				}
				v = f
			}
			if !isNumber(v) {
				return nil, th.Raise(TypeError, "must be real number, not %s", typeName(v))
			}
			spec = string(conv)
			if strings.ContainsRune("fFeEgG", rune(conv)) && !strings.Contains(flags, ".") {
				flags += ".6"
			}
		case 'c':
			spec = "c"
			switch x := v.(type) {
			case string: // one character, printed as itself
				if len([]rune(x)) != 1 {
					return nil, th.Raise(TypeError, "%s", "%c requires int or char")
				}
				spec = ""
			case bool, int64, *big.Int, *Instance: // an int subclass's member, an __index__
			default:
				return nil, th.Raise(TypeError, "%s", "%c requires int or char")
			}
		default:
			return nil, th.Raise(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		out, err := th.format(v, align+flags+spec)
		if err != nil {
			return nil, err
		}
		b.add(out)
	}
	if ai < len(list) && !isDict {
		return nil, th.Raise(TypeError, "not all arguments converted during string formatting")
	}
	return th.join(&b)
}

// numberBase is the int or float an instance of a subclass of int or float
// (an IntEnum member) holds, which %-formatting's numeric conversions print as
// the value itself; any other value is returned as it is.
func numberBase(v Value) Value {
	if inst, ok := v.(*Instance); ok && isNumber(inst.Base) {
		return inst.Base
	}
	return v
}

// strFormat is str.format; format_map passes the mapping names are looked
// up in.
func (th *Thread) strFormat(f string, c *Call, mapping Value) (Value, error) {
	return th.formatFields(f, c, mapping, &fieldNumbering{})
}

// fieldNumbering is how a format string numbers its fields: automatically
// ({}) or by hand ({0}), never both (nested specs included).
type fieldNumbering struct {
	auto       int
	usedAuto   bool
	usedManual bool
}

func (th *Thread) formatFields(f string, c *Call, mapping Value, num *fieldNumbering) (Value, error) {
	return th.buildFormat(f, c, mapping, num, 2)
}

// buildFormat is CPython's build_string: depth bounds the nesting of
// fields in format specs.
func (th *Thread) buildFormat(f string, c *Call, mapping Value, num *fieldNumbering, depth int) (Value, error) {
	if depth <= 0 {
		return nil, th.Raise(ValueError, "Max string recursion exceeded")
	}
	steps, perr := th.parseMarkup(f)
	var b text
	for _, m := range steps {
		b.add(m.literal)
		if !m.hasField {
			continue
		}
		v, err := th.formatField(m.name, c, mapping, num)
		if err != nil {
			return nil, err
		}
		switch m.conv {
		case 0:
		case 'r', 'a':
			s, err := th.repr(v)
			if err != nil {
				return nil, err
			}
			if m.conv == 'a' {
				s = asciiEscape(s)
			}
			v = s
		case 's':
			if v, err = th.str(v); err != nil {
				return nil, err
			}
		default:
			if m.conv < 128 {
				return nil, th.Raise(ValueError, "Unknown conversion specifier %c", m.conv)
			}
			return nil, th.Raise(ValueError, "Unknown conversion specifier \\x%x", m.conv)
		}
		spec := m.spec
		if strings.Contains(spec, "{") {
			s, err := th.buildFormat(spec, c, mapping, num, depth-1)
			if err != nil {
				return nil, err
			}
			spec = s.(string)
		}
		s, err := th.format(v, spec)
		if err != nil {
			return nil, err
		}
		b.add(s)
	}
	if perr != nil {
		return nil, perr
	}
	return th.join(&b)
}

// formatField finds the value a replacement field names: a positional
// argument by number (or the next one), a keyword argument or the
// mapping's item, then its attributes and items.
func (th *Thread) formatField(name string, c *Call, mapping Value, num *fieldNumbering) (Value, error) {
	first, keys, err := th.splitFieldName(name)
	if err != nil {
		return nil, err
	}
	var v Value
	if k, ok := first.(string); mapping != nil && (!ok || k == "") {
		return nil, th.Raise(ValueError, "Format string contains positional fields")
	}
	switch k := first.(type) {
	case int64:
		if num.usedAuto {
			return nil, th.Raise(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		num.usedManual = true
		if k >= int64(len(c.Args)) {
			return nil, th.Raise(IndexError, "Replacement index %d out of range for positional args tuple", k)
		}
		v = c.Args[k]
	case string:
		if k == "" {
			if num.usedManual {
				return nil, th.Raise(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			num.usedAuto = true
			if num.auto >= len(c.Args) {
				return nil, th.Raise(IndexError, "Replacement index %d out of range for positional args tuple", num.auto)
			}
			v = c.Args[num.auto]
			num.auto++
			break
		}
		if mapping != nil {
			if v, err = th.getItem(mapping, k); err != nil {
				return nil, err
			}
			break
		}
		found := false
		for _, kw := range c.Kw {
			if kw.Name == k {
				v, found = kw.Value, true
			}
		}
		if !found {
			return nil, &Exception{Class: KeyError, Args: []Value{k}, Span: th.cur}
		}
	}
	return th.fieldPath(v, keys)
}

// fieldPath follows a field name's attributes and items from v.
func (th *Thread) fieldPath(v Value, keys []fieldKey) (Value, error) {
	var err error
	for _, k := range keys {
		if k.attr {
			v, err = th.getAttr(v, k.key.(string))
		} else {
			v, err = th.getItem(v, k.key)
		}
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

// text is a string being formatted, kept as its pieces so that its size is
// charged against the memory budget before the one allocation that joins
// them: a strings.Builder doubles as it grows, and '%s%s' % (s, s) in a loop
// allocated three times what it kept before the budget refused it.
type text struct {
	parts []string
	n     int64
}

func (t *text) add(s string) {
	t.parts = append(t.parts, s)
	t.n += int64(len(s))
}

// join is the formatted string, charged before it is made.
func (th *Thread) join(t *text) (Value, error) {
	if err := th.alloc(t.n); err != nil {
		return nil, err
	}
	return strings.Join(t.parts, ""), nil
}
