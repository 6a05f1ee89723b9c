package interp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cascadelab/engine/internal/budget"
)

// strMethods are str's methods, by name; each takes the string itself.
var strMethods map[string]func(th *Thread, s string, c *Call) (Value, error)

func init() {
	strMethods = map[string]func(th *Thread, s string, c *Call) (Value, error){
		"format": func(th *Thread, s string, c *Call) (Value, error) { return th.strFormat(s, c, nil) },
		"format_map": func(th *Thread, s string, c *Call) (Value, error) {
			if err := argN(th, c, "format_map", 1, 1); err != nil {
				return nil, err
			}
			return th.strFormat(s, &Call{}, c.Args[0])
		},
		"join":         strJoin,
		"upper":        noArgs("upper", pyUpper),
		"lower":        noArgs("lower", pyLower),
		"casefold":     noArgs("casefold", func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "ß", "ss") }),
		"swapcase":     noArgs("swapcase", swapcase),
		"title":        noArgs("title", title),
		"capitalize":   noArgs("capitalize", capitalize),
		"strip":        strStrip("strip", true, true),
		"lstrip":       strStrip("lstrip", true, false),
		"rstrip":       strStrip("rstrip", false, true),
		"startswith":   strAffix("startswith"),
		"endswith":     strAffix("endswith"),
		"split":        strSplit("split"),
		"rsplit":       strSplit("rsplit"),
		"splitlines":   strSplitlines,
		"replace":      strReplace,
		"find":         strFind("find"),
		"rfind":        strFind("rfind"),
		"index":        strFind("index"),
		"rindex":       strFind("rindex"),
		"count":        strFind("count"),
		"partition":    strPartition("partition"),
		"rpartition":   strPartition("rpartition"),
		"removeprefix": strRemove("removeprefix"),
		"removesuffix": strRemove("removesuffix"),
		"expandtabs":   strExpandtabs,
		"zfill":        strZfill,
		"ljust":        strPad("ljust"),
		"rjust":        strPad("rjust"),
		"center":       strPad("center"),
		"translate":    strTranslate,
		"maketrans":    func(th *Thread, _ string, c *Call) (Value, error) { return strMaketrans(th, c) }, // a static method, also read through an instance
		"encode": func(th *Thread, s string, c *Call) (Value, error) {
			a, err := th.args(c, "encode", "encoding", "errors")
			if err != nil {
				return nil, err
			}
			return th.encode(s, a[0], a[1])
		},
		"isdigit":      strIs("isdigit", isDigitRune, false),
		"isdecimal":    strIs("isdecimal", unicode.IsDigit, false),
		"isnumeric":    strIs("isnumeric", unicode.IsNumber, false),
		"isalpha":      strIs("isalpha", unicode.IsLetter, false),
		"isalnum":      strIs("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }, false),
		"isspace":      strIs("isspace", pySpace, false),
		"isascii":      strIs("isascii", func(r rune) bool { return r < 128 }, true),
		"isprintable":  strIs("isprintable", func(r rune) bool { return unicode.IsPrint(r) }, true),
		"islower":      strCased("islower", unicode.IsLower, unicode.IsUpper),
		"isupper":      strCased("isupper", unicode.IsUpper, unicode.IsLower),
		"istitle":      noArgsV("istitle", func(s string) Value { return isTitle(s) }),
		"isidentifier": noArgsV("isidentifier", func(s string) Value { return isIdentifier(s) }),
		"__len__":      noArgsV("__len__", func(s string) Value { return int64(utf8.RuneCountInString(s)) }),
		"__contains__": func(th *Thread, s string, c *Call) (Value, error) {
			if err := argN(th, c, "__contains__", 1, 1); err != nil {
				return nil, err
			}
			return th.contains(s, c.Args[0])
		},
	}
}

// strMethod returns the bound str method name of s, or nil.
func strMethod(s, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	f, ok := strMethods[name]
	if !ok {
		return nil
	}
	return m(func(th *Thread, c *Call) (Value, error) { return f(th, s, c) })
}

// unboundStr is str.NAME, called with the string first (key=str.lower).
func unboundStr(name string) Value {
	f, ok := strMethods[name]
	if !ok {
		return nil
	}
	return fn(name, func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) == 0 {
			return nil, th.Raise(TypeError, "unbound method str.%s() needs an argument", name)
		}
		s, ok := c.Args[0].(string)
		if !ok {
			return nil, th.Raise(TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, typeName(c.Args[0]))
		}
		return f(th, s, &Call{Args: c.Args[1:], Kw: c.Kw})
	})
}

func noArgs(name string, f func(string) string) func(th *Thread, s string, c *Call) (Value, error) {
	return noArgsV(name, func(s string) Value { return f(s) })
}

func noArgsV(name string, f func(string) Value) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		if len(c.Args) > 0 || len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "str.%s() takes no arguments (%d given)", name, len(c.Args)+len(c.Kw))
		}
		return f(s), nil
	}
}

// args binds a method's positional and keyword arguments to names (nil
// when absent); too many raise CPython's TypeError.
func (th *Thread) args(c *Call, name string, names ...string) ([]Value, error) {
	out := make([]Value, len(names))
	if len(c.Args) > len(names) {
		return nil, th.Raise(TypeError, "%s() takes at most %d argument%s (%d given)", name, len(names), plural(len(names)), len(c.Args))
	}
	copy(out, c.Args)
	for _, k := range c.Kw {
		found := false
		for i, n := range names {
			if n == k.Name {
				out[i], found = k.Value, true
			}
		}
		if !found {
			return nil, th.Raise(TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
	}
	return out, nil
}

// strArg is a required str argument.
func (th *Thread) strArg(v Value, what string) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", th.Raise(TypeError, "%s must be str, not %s", what, typeName(v))
	}
	return s, nil
}

// intArg is an optional int argument (def when absent or None).
func (th *Thread) intArg(v Value, def int64) (int64, error) {
	if v == nil {
		return def, nil
	}
	i, ok := smallInt(v)
	if !ok {
		return 0, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	return i, nil
}

func (th *Thread) tooLong() error {
	return th.overBudget(budget.Memory, MemoryError, "the script built a string of more than %d characters", maxItems)
}

func pySpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

func isDigitRune(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑥⑦⑧⑨", r)
}

// specialUpper are the characters whose uppercase is several characters.
var specialUpper = map[rune]string{'ß': "SS", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬀ': "FF", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ŉ': "ʼN"}

func pyUpper(s string) string {
	var b strings.Builder
	for _, r := range s {
		if u, ok := specialUpper[r]; ok {
			b.WriteString(u)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// pyLower is str.lower: İ lowercases to i and a combining dot.
func pyLower(s string) string { return strings.ToLower(strings.ReplaceAll(s, "İ", "i\u0307")) }

func swapcase(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLower(r):
			if u, ok := specialUpper[r]; ok {
				b.WriteString(u)
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// title uppercases the first cased character after an uncased one.
func title(s string) string {
	var b strings.Builder
	prev := false
	for _, r := range s {
		if prev {
			b.WriteRune(unicode.ToLower(r))
		} else if u, ok := specialUpper[r]; ok {
			b.WriteString(u[:1] + strings.ToLower(u[1:]))
		} else {
			b.WriteRune(unicode.ToTitle(r))
		}
		prev = isCased(r)
	}
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToTitle(r)) + strings.ToLower(s[n:])
}

func isTitle(s string) bool {
	cased, prev := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case unicode.IsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// IsIdentifier is str.isidentifier().
func IsIdentifier(s string) bool { return isIdentifier(s) }

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r))) {
			return false
		}
	}
	return s != ""
}

func strIs(name string, f func(rune) bool, emptyTrue bool) func(th *Thread, s string, c *Call) (Value, error) {
	return noArgsV(name, func(s string) Value {
		for _, r := range s {
			if !f(r) {
				return false
			}
		}
		return s != "" || emptyTrue
	})
}

// strCased is islower/isupper: some cased character, none of the other case.
func strCased(name string, want, other func(rune) bool) func(th *Thread, s string, c *Call) (Value, error) {
	return noArgsV(name, func(s string) Value {
		seen := false
		for _, r := range s {
			if other(r) || unicode.IsTitle(r) {
				return false
			}
			seen = seen || want(r)
		}
		return seen
	})
}

func strJoin(th *Thread, s string, c *Call) (Value, error) {
	if err := argN(th, c, "join", 1, 1); err != nil {
		return nil, err
	}
	if chars, ok := c.Args[0].(string); ok {
		// its characters, charged before they are made one item each (the
		// result is charged below): s = ' '.join(s) in a loop took
		// gigabytes before the budget saw them
		if err := th.alloc(slot * int64(utf8.RuneCountInString(chars))); err != nil {
			return nil, err
		}
	}
	items, err := th.joinItems(c.Args[0])
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
	n := int64(len(s)) * int64(max(len(parts)-1, 0))
	for _, p := range parts {
		n += int64(len(p))
	}
	if err := th.alloc(n); err != nil {
		return nil, err
	}
	return strings.Join(parts, s), nil
}

func strStrip(name string, left, right bool) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		a, err := th.args(c, name, "chars")
		if err != nil {
			return nil, err
		}
		in := pySpace
		if a[0] != nil {
			chars, err := th.strArg(a[0], name+" arg")
			if err != nil {
				return nil, err
			}
			in = func(r rune) bool { return strings.ContainsRune(chars, r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, in)
		}
		if right {
			s = strings.TrimRightFunc(s, in)
		}
		return s, nil
	}
}

// span is s[start:end] with slice semantics, as rune offsets, and the
// byte offset where it begins.
func (th *Thread) strSpan(s string, start, end Value) (sub string, off int, ok bool, err error) {
	n := int64(utf8.RuneCountInString(s))
	lo, err := th.intArg(start, 0)
	if err != nil {
		return "", 0, false, err
	}
	hi, err := th.intArg(end, n)
	if err != nil {
		return "", 0, false, err
	}
	if lo < 0 {
		lo = max(lo+n, 0)
	}
	if hi < 0 {
		hi = max(hi+n, 0)
	}
	hi = min(hi, n)
	if lo > n || lo > hi {
		return "", 0, lo <= n, nil
	}
	b0, b1 := runeOffset(s, lo), runeOffset(s, hi)
	return s[b0:b1], int(lo), true, nil
}

func runeOffset(s string, n int64) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func strAffix(name string) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		if err := argN(th, c, name, 1, 3); err != nil {
			return nil, err
		}
		a, _ := th.args(c, name, "prefix", "start", "end")
		sub, _, ok, err := th.strSpan(s, a[1], a[2])
		if err != nil {
			return nil, err
		}
		prefixes := []Value{a[0]}
		if t, isT := a[0].(Tuple); isT {
			prefixes = t
		}
		for _, p := range prefixes {
			ps, isStr := p.(string)
			if !isStr {
				return nil, th.Raise(TypeError, "%s first arg must be str or a tuple of str, not %s", name, typeName(p))
			}
			if ok && (name == "startswith" && strings.HasPrefix(sub, ps) || name == "endswith" && strings.HasSuffix(sub, ps)) {
				return true, nil
			}
		}
		return false, nil
	}
}

// strFind is find, rfind, index, rindex and count (positions in characters).
func strFind(name string) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		if len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "str.%s() takes no keyword arguments", name)
		}
		if err := argN(th, c, name, 1, 3); err != nil {
			return nil, err
		}
		a, _ := th.args(c, name, "sub", "start", "end")
		subject, err := th.strArg(a[0], "must be str, not")
		if err != nil {
			return nil, th.Raise(TypeError, "must be str, not %s", typeName(a[0]))
		}
		sub, off, ok, err := th.strSpan(s, a[1], a[2])
		if err != nil {
			return nil, err
		}
		if name == "count" {
			if !ok {
				return int64(0), nil
			}
			if subject == "" {
				return int64(utf8.RuneCountInString(sub) + 1), nil
			}
			return int64(strings.Count(sub, subject)), nil
		}
		i := -1
		if ok {
			if name[0] == 'r' {
				i = strings.LastIndex(sub, subject)
			} else {
				i = strings.Index(sub, subject)
			}
		}
		if i < 0 {
			if name == "index" || name == "rindex" {
				return nil, th.Raise(ValueError, "substring not found")
			}
			return int64(-1), nil
		}
		return int64(off + utf8.RuneCountInString(sub[:i])), nil
	}
}

func strSplit(name string) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		a, err := th.args(c, name, "sep", "maxsplit")
		if err != nil {
			return nil, err
		}
		n, err := th.intArg(a[1], -1)
		if err != nil {
			return nil, err
		}
		var parts []string
		if a[0] == nil {
			parts = splitSpace(s, int(n), name == "rsplit")
		} else {
			sep, err := th.strArg(a[0], "must be str or None, not")
			if err != nil {
				return nil, th.Raise(TypeError, "must be str or None, not %s", typeName(a[0]))
			}
			if sep == "" {
				return nil, th.Raise(ValueError, "empty separator")
			}
			if name == "split" || n < 0 {
				parts = strings.SplitN(s, sep, int(max(n+1, -1)))
				if n < 0 {
					parts = strings.Split(s, sep)
				}
			} else {
				for ; n > 0; n-- {
					i := strings.LastIndex(s, sep)
					if i < 0 {
						break
					}
					parts = append(parts, s[i+len(sep):])
					s = s[:i]
				}
				parts = append(parts, s)
				reverse(parts)
			}
		}
		l := &List{Items: make([]Value, len(parts))}
		for i, p := range parts {
			l.Items[i] = p
		}
		return l, nil
	}
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// splitSpace splits on runs of whitespace, at most n times (n < 0: no
// limit), from the right for rsplit; the unsplit rest keeps its spaces.
func splitSpace(s string, n int, fromRight bool) []string {
	var parts []string
	if fromRight {
		s = strings.TrimRightFunc(s, pySpace)
		for s != "" && n != 0 {
			i := strings.LastIndexFunc(s, pySpace)
			if i < 0 {
				break
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			parts = append(parts, s[i+w:])
			s = strings.TrimRightFunc(s[:i], pySpace)
			n--
		}
		if s != "" {
			parts = append(parts, s)
		}
		reverse(parts)
		return parts
	}
	s = strings.TrimLeftFunc(s, pySpace)
	for s != "" && n != 0 {
		i := strings.IndexFunc(s, pySpace)
		if i < 0 {
			break
		}
		parts = append(parts, s[:i])
		s = strings.TrimLeftFunc(s[i:], pySpace)
		n--
	}
	if s != "" {
		parts = append(parts, s)
	}
	return parts
}

func isLineBreak(r rune) bool {
	return strings.ContainsRune("\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029", r)
}

func strSplitlines(th *Thread, s string, c *Call) (Value, error) {
	a, err := th.args(c, "splitlines", "keepends")
	if err != nil {
		return nil, err
	}
	keep, err := th.truth(a[0])
	if err != nil {
		return nil, err
	}
	l := &List{}
	for s != "" {
		i := strings.IndexFunc(s, isLineBreak)
		if i < 0 {
			l.Items = append(l.Items, s)
			break
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && strings.HasPrefix(s[i:], "\r\n") {
			w = 2
		}
		line := s[:i]
		if keep {
			line = s[:i+w]
		}
		l.Items = append(l.Items, line)
		s = s[i+w:]
	}
	return l, nil
}

func strReplace(th *Thread, s string, c *Call) (Value, error) {
	if err := argN(th, c, "replace", 2, 3); err != nil {
		return nil, err
	}
	old, err := th.strArg(c.Args[0], "replace() argument 1")
	if err != nil {
		return nil, err
	}
	repl, err := th.strArg(c.Args[1], "replace() argument 2")
	if err != nil {
		return nil, err
	}
	var n int64 = -1
	if len(c.Args) == 3 {
		if n, err = th.intArg(c.Args[2], -1); err != nil {
			return nil, err
		}
	}
	count := int64(strings.Count(s, old))
	if n >= 0 {
		count = min(count, n)
	}
	if err := th.alloc(int64(len(s)) + count*int64(len(repl)-len(old))); err != nil {
		return nil, err
	}
	return strings.Replace(s, old, repl, int(n)), nil
}

func strPartition(name string) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		if err := argN(th, c, name, 1, 1); err != nil {
			return nil, err
		}
		sep, err := th.strArg(c.Args[0], "must be str, not")
		if err != nil {
			return nil, th.Raise(TypeError, "must be str, not %s", typeName(c.Args[0]))
		}
		if sep == "" {
			return nil, th.Raise(ValueError, "empty separator")
		}
		if name == "partition" {
			if i := strings.Index(s, sep); i >= 0 {
				return Tuple{s[:i], sep, s[i+len(sep):]}, nil
			}
			return Tuple{s, "", ""}, nil
		}
		if i := strings.LastIndex(s, sep); i >= 0 {
			return Tuple{s[:i], sep, s[i+len(sep):]}, nil
		}
		return Tuple{"", "", s}, nil
	}
}

func strRemove(name string) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		if err := argN(th, c, name, 1, 1); err != nil {
			return nil, err
		}
		a, err := th.strArg(c.Args[0], name+"() argument")
		if err != nil {
			return nil, err
		}
		if name == "removeprefix" {
			return strings.TrimPrefix(s, a), nil
		}
		return strings.TrimSuffix(s, a), nil
	}
}

func strExpandtabs(th *Thread, s string, c *Call) (Value, error) {
	a, err := th.args(c, "expandtabs", "tabsize")
	if err != nil {
		return nil, err
	}
	size, err := th.intArg(a[0], 8)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	col := int64(0)
	for _, r := range s {
		switch r {
		case '\t':
			if size > 0 {
				n := size - col%size
				if n > maxItems {
					return nil, th.tooLong()
				}
				b.WriteString(strings.Repeat(" ", int(n)))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String(), nil
}

func strZfill(th *Thread, s string, c *Call) (Value, error) {
	if err := argN(th, c, "zfill", 1, 1); err != nil {
		return nil, err
	}
	w, err := th.intArg(c.Args[0], 0)
	if err != nil {
		return nil, err
	}
	sign, rest := "", s
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		sign, rest = s[:1], s[1:]
	}
	if pad := w - int64(utf8.RuneCountInString(s)); pad > 0 {
		if pad > maxItems {
			return nil, th.tooLong()
		}
		if err := th.alloc(pad + int64(len(s))); err != nil {
			return nil, err
		}
		rest = strings.Repeat("0", int(pad)) + rest
	}
	return sign + rest, nil
}

// strPad is ljust, rjust and center (CPython's center puts the odd space
// on the left when the width is odd).
func strPad(name string) func(th *Thread, s string, c *Call) (Value, error) {
	return func(th *Thread, s string, c *Call) (Value, error) {
		if err := argN(th, c, name, 1, 2); err != nil {
			return nil, err
		}
		w, err := th.intArg(c.Args[0], 0)
		if err != nil {
			return nil, err
		}
		fill := " "
		if len(c.Args) == 2 {
			f, ok := c.Args[1].(string)
			if !ok {
				return nil, th.Raise(TypeError, "%s() argument 2 must be str, not %s", name, typeName(c.Args[1]))
			}
			if utf8.RuneCountInString(f) != 1 {
				return nil, th.Raise(TypeError, "The fill character must be exactly one character long")
			}
			fill = f
		}
		marg := w - int64(utf8.RuneCountInString(s))
		if marg <= 0 {
			return s, nil
		}
		if marg > maxItems {
			return nil, th.tooLong()
		}
		if err := th.alloc(marg*int64(len(fill)) + int64(len(s))); err != nil {
			return nil, err
		}
		left := int64(0)
		switch name {
		case "rjust":
			left = marg
		case "center":
			left = marg/2 + (marg & w & 1)
		}
		return strings.Repeat(fill, int(left)) + s + strings.Repeat(fill, int(marg-left)), nil
	}
}

// strMaketrans is str.maketrans: a dict from code points to str, code
// points or None.
func strMaketrans(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "maketrans", 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(c.Args) == 1 {
		src, ok := c.Args[0].(*Dict)
		if !ok {
			return nil, th.Raise(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for i, k := range src.keys {
			if s, ok := k.(string); ok {
				r := []rune(s)
				if len(r) != 1 {
					return nil, th.Raise(ValueError, "string keys in translate table must be of length 1")
				}
				k = int64(r[0])
			} else if !isInt(k) {
				return nil, th.Raise(TypeError, "keys in translate table must be strings or integers")
			}
			d.Set(th, k, src.vals[i])
		}
		return d, nil
	}
	from, ok1 := c.Args[0].(string)
	to, ok2 := c.Args[1].(string)
	if !ok1 || !ok2 {
		return nil, th.Raise(TypeError, "maketrans() argument must be str, not %s", typeName(c.Args[0]))
	}
	fr, tr := []rune(from), []rune(to)
	if len(fr) != len(tr) {
		return nil, th.Raise(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i, r := range fr {
		d.Set(th, int64(r), int64(tr[i]))
	}
	if len(c.Args) == 3 {
		del, ok := c.Args[2].(string)
		if !ok {
			return nil, th.Raise(TypeError, "maketrans() argument 3 must be str, not %s", typeName(c.Args[2]))
		}
		for _, r := range del {
			d.Set(th, int64(r), nil)
		}
	}
	return d, nil
}

// strTranslate is str.translate: each character looked up in the table
// (a LookupError keeps it).
func strTranslate(th *Thread, s string, c *Call) (Value, error) {
	if err := argN(th, c, "translate", 1, 1); err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range s {
		v, err := th.getItem(c.Args[0], int64(r))
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(LookupError) {
			b.WriteRune(r)
			continue
		}
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case nil:
		case string:
			b.WriteString(x)
		case int64:
			if x < 0 || x > 0x10ffff {
				return nil, th.Raise(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x))
		default:
			return nil, th.Raise(TypeError, "character mapping must return integer, None or str")
		}
	}
	return b.String(), nil
}

// joinItems are str.join's and bytes.join's items: CPython's TypeError for
// what cannot be iterated, and what iterating raises as it is.
func (th *Thread) joinItems(v Value) ([]Value, error) {
	switch x := v.(type) {
	case *Instance:
		_, it := x.Class.Lookup("__iter__")
		_, item := x.Class.Lookup("__getitem__")
		if it || item || x.Base != nil {
			return th.iterate(v)
		}
	case *Generator, *lazyIter, *iterObj:
		return th.iterate(v)
	}
	items, err := th.iterate(v)
	if err != nil {
		return nil, th.Raise(TypeError, "can only join an iterable")
	}
	return items, nil
}
