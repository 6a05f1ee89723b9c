package interp

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// The numeric builtins: int(), abs, round, divmod, pow, bin/hex/oct,
// chr/ord and format.

func callInt(th *Thread, c *Call) (Value, error) {
	if b, ok := kwArg(c, "base"); ok && len(c.Kw) == 1 && len(c.Args) == 1 { // int("101", base=2)
		c = &Call{Args: []Value{c.Args[0], b}, Span: c.Span}
	}
	if len(c.Kw) > 0 {
		return nil, th.Unsupported("int() with the keyword argument %s=", c.Kw[0].Name)
	}
	if err := argN(th, c, "int", 0, 2); err != nil {
		return nil, err
	}
	if len(c.Args) == 0 {
		return int64(0), nil
	}
	if len(c.Args) == 2 {
		b, ok := smallInt(c.Args[1])
		if !ok {
			return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(c.Args[1]))
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, th.Raise(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		switch s := c.Args[0].(type) {
		case string:
			return th.parseInt(s, int(b))
		case Bytes:
			return th.parseInt(string(s), int(b))
		}
		return nil, th.Raise(TypeError, "int() can't convert non-string with explicit base")
	}
	switch v := c.Args[0].(type) {
	case bool, int64, *big.Int:
		return normInt(bigOf(v)), nil
	case float64:
		return th.floatToInt(v)
	case string:
		return th.parseInt(v, 10)
	case Bytes:
		return th.parseInt(string(v), 10)
	case realNum:
		return v.toInt(th)
	case *Instance:
		for _, m := range []string{"__int__", "__index__", "__trunc__"} {
			if f, ok := v.Class.Lookup(m); ok {
				return th.Call(f, []Value{v}, nil)
			}
		}
		if v.Base != nil {
			return callInt(th, &Call{Args: []Value{v.Base}, Span: c.Span})
		}
	}
	return nil, th.Raise(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(c.Args[0]))
}

// floatToInt truncates a float toward zero, exactly.
func (th *Thread) floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, th.Raise(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, th.Raise(ValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if math.Abs(f) < 1<<63 {
		return int64(f), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return normInt(b), nil
}

// parseInt is int(s, base) with CPython's literal rules: surrounding
// whitespace, a sign, the base's prefix, underscores between digits.
func (th *Thread) parseInt(text string, base int) (Value, error) {
	bad := func() (Value, error) {
		return nil, th.Raise(ValueError, "invalid literal for int() with base %d: %s", base, pyrepr.Str(text))
	}
	s := strings.TrimFunc(text, unicode.IsSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	b := base
	if len(s) >= 2 && s[0] == '0' {
		p := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[s[1]]
		if p != 0 && (base == 0 || base == p) {
			b, s = p, s[2:]
			if strings.HasPrefix(s, "_") {
				s = s[1:]
			}
		}
	}
	if b == 0 {
		b = 10
		if strings.Trim(s, "0_") == "" && s != "" && s[0] == '0' {
			s = "0"
		} else if s != "" && s[0] == '0' {
			return bad()
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return bad()
	}
	digits := strings.Map(func(r rune) rune {
		if r == '_' {
			return -1
		}
		return asciiDigit(r)
	}, s)
	if b == 10 && len(digits) > maxStrDigits {
		return nil, th.Raise(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	n, ok := new(big.Int).SetString(digits, b)
	if !ok || strings.ContainsAny(digits, "+-") {
		return bad()
	}
	if neg {
		n.Neg(n)
	}
	return normInt(n), nil
}

func builtinAbs(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "abs", 1, 1); err != nil {
		return nil, err
	}
	switch x := c.Args[0].(type) {
	case float64:
		return math.Abs(x), nil
	case bool, int64, *big.Int:
		if bigOf(x).Sign() < 0 {
			return th.intArith(py.Sub, int64(0), x)
		}
		return normInt(bigOf(x)), nil
	case *Instance:
		if m, ok := x.Class.Lookup("__abs__"); ok {
			return th.Call(m, []Value{x}, nil)
		}
		if x.Base != nil {
			return builtinAbs(th, &Call{Args: []Value{x.Base}, Span: c.Span})
		}
	case realNum:
		return x.abs(th)
	case cplx:
		return x.abs(th)
	case tdValue:
		if x.total() < 0 {
			return th.makeTD(-x.total())
		}
		return x, nil
	}
	return nil, th.Raise(TypeError, "bad operand type for abs(): '%s'", typeName(c.Args[0]))
}

func builtinRound(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "round", 1, 2); err != nil {
		return nil, err
	}
	if nd, ok := kwArg(c, "ndigits"); ok {
		c = &Call{Args: append(append([]Value(nil), c.Args...), nd)}
	}
	var nd Value
	if len(c.Args) == 2 {
		nd = c.Args[1]
	}
	if nd != nil && !isInt(nd) {
		return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(nd))
	}
	switch x := c.Args[0].(type) {
	case bool, int64, *big.Int:
		if nd == nil || bigOf(nd).Sign() >= 0 {
			return normInt(bigOf(x)), nil
		}
		return th.roundInt(bigOf(x), new(big.Int).Neg(bigOf(nd)))
	case float64:
		if nd == nil {
			return th.floatToInt(math.RoundToEven(x))
		}
		return roundFloat(x, bigOf(nd)), nil
	case realNum:
		return x.pyRound(th, nd)
	case *Instance:
		if m, ok := x.Class.Lookup("__round__"); ok {
			return th.Call(m, append([]Value{x}, c.Args[1:]...), nil)
		}
		if x.Base != nil {
			return builtinRound(th, &Call{Args: append([]Value{x.Base}, c.Args[1:]...), Kw: c.Kw, Span: c.Span})
		}
	}
	return nil, th.Raise(TypeError, "type %s doesn't define __round__ method", typeName(c.Args[0]))
}

// roundInt rounds x to a multiple of 10**k, half to even.
func (th *Thread) roundInt(x, k *big.Int) (Value, error) {
	if k.Cmp(big.NewInt(int64(maxStrDigits)*2)) > 0 {
		return int64(0), nil
	}
	pow := new(big.Int).Exp(big.NewInt(10), k, nil)
	q, r := floorDivMod(x, pow)
	switch new(big.Int).Lsh(r, 1).Cmp(pow) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return normInt(q.Mul(q, pow)), nil
}

// roundFloat is round(x, nd): the correctly rounded decimal, half to even.
func roundFloat(x float64, nd *big.Int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x
	}
	if nd.Cmp(big.NewInt(330)) > 0 {
		return x
	}
	if nd.Cmp(big.NewInt(-330)) < 0 {
		return math.Copysign(0, x)
	}
	n := nd.Int64()
	pow := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(n)), nil))
	r := new(big.Rat).SetFloat64(x)
	if n >= 0 {
		r.Mul(r, pow)
	} else {
		r.Quo(r, pow)
	}
	q, m := floorDivMod(r.Num(), r.Denom())
	switch new(big.Int).Lsh(m, 1).Cmp(r.Denom()) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	out := new(big.Rat).SetInt(q)
	if n >= 0 {
		out.Quo(out, pow)
	} else {
		out.Mul(out, pow)
	}
	f, _ := out.Float64()
	return math.Copysign(f, x)
}

func builtinDivmod(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "divmod", 2, 2); err != nil {
		return nil, err
	}
	a, b := c.Args[0], c.Args[1]
	if isNumber(a) && isNumber(b) {
		if x, isF := b.(float64); isF && x == 0 || isInt(b) && !isInt(a) && bigOf(b).Sign() == 0 {
			return nil, th.Raise(ZeroDivisionError, "float divmod()")
		}
	}
	q, err := th.binaryOp(py.FloorDiv, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return nil, th.Raise(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a), typeName(b))
		}
		return nil, err
	}
	m, err := th.binaryOp(py.Mod, a, b)
	if err != nil {
		return nil, err
	}
	return Tuple{q, m}, nil
}

func builtinPow(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "pow", 2, 3); err != nil {
		return nil, err
	}
	if len(c.Args) == 2 || c.Args[2] == nil {
		return th.binaryOp(py.Pow, c.Args[0], c.Args[1])
	}
	x, y, m := c.Args[0], c.Args[1], c.Args[2]
	if !isInt(x) || !isInt(y) || !isInt(m) {
		return nil, th.Raise(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	mod := bigOf(m)
	if mod.Sign() == 0 {
		return nil, th.Raise(ValueError, "pow() 3rd argument cannot be 0")
	}
	base, exp := new(big.Int).Set(bigOf(x)), new(big.Int).Set(bigOf(y))
	absMod := new(big.Int).Abs(mod)
	if exp.Sign() < 0 {
		base.Mod(base, absMod)
		if base.ModInverse(base, absMod) == nil {
			return nil, th.Raise(ValueError, "base is not invertible for the given modulus")
		}
		exp.Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, absMod)
	// Exp gives a result in [0, |m|); Python's takes the modulus's sign.
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return normInt(r), nil
}

func builtinBin(th *Thread, c *Call) (Value, error) { return th.intBase(c, "bin", "#b") }

func builtinHex(th *Thread, c *Call) (Value, error) { return th.intBase(c, "hex", "#x") }

func builtinOct(th *Thread, c *Call) (Value, error) { return th.intBase(c, "oct", "#o") }

func (th *Thread) intBase(c *Call, name, spec string) (Value, error) {
	if err := argN(th, c, name, 1, 1); err != nil {
		return nil, err
	}
	v, err := th.index1(c.Args[0])
	if err != nil {
		return nil, err
	}
	return th.format(v, spec)
}

// index1 is operator.index: an int, or an instance's __index__.
func (th *Thread) index1(v Value) (Value, error) {
	if isInt(v) {
		return normInt(bigOf(v)), nil
	}
	if inst, ok := v.(*Instance); ok {
		if m, ok := inst.Class.Lookup("__index__"); ok {
			return th.Call(m, []Value{v}, nil)
		}
		if isInt(inst.Base) {
			return normInt(bigOf(inst.Base)), nil
		}
	}
	return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
}

func builtinChr(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "chr", 1, 1); err != nil {
		return nil, err
	}
	v, err := th.index1(c.Args[0])
	if err != nil {
		return nil, err
	}
	i, ok := v.(int64)
	if !ok {
		return nil, th.Raise(OverflowError, "Python int too large to convert to C int")
	}
	if i < 0 || i > 0x10ffff {
		return nil, th.Raise(ValueError, "chr() arg not in range(0x110000)")
	}
	return string(rune(i)), nil
}

func builtinOrd(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "ord", 1, 1); err != nil {
		return nil, err
	}
	switch s := c.Args[0].(type) {
	case string:
		r := []rune(s)
		if len(r) != 1 {
			return nil, th.Raise(TypeError, "ord() expected a character, but string of length %d found", len(r))
		}
		return int64(r[0]), nil
	case Bytes:
		if len(s) != 1 {
			return nil, th.Raise(TypeError, "ord() expected a character, but string of length %d found", len(s))
		}
		return int64(s[0]), nil
	}
	return nil, th.Raise(TypeError, "ord() expected string of length 1, but %s found", typeName(c.Args[0]))
}

func builtinAscii(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "ascii", 1, 1); err != nil {
		return nil, err
	}
	s, err := th.repr(c.Args[0])
	if err != nil {
		return nil, err
	}
	return asciiEscape(s), nil
}

// asciiEscape escapes the non-ASCII characters of a repr as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 128:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

func builtinFormat(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "format", 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(c.Args) == 2 {
		s, ok := c.Args[1].(string)
		if !ok {
			return nil, th.Raise(TypeError, "format() argument 2 must be str, not %s", typeName(c.Args[1]))
		}
		spec = s
	}
	return th.format(c.Args[0], spec)
}

// asciiDigit is r, or the ASCII digit a Unicode decimal digit stands for
// (int('٣') and float('٣') read 3).
func asciiDigit(r rune) rune {
	if r > 127 && unicode.IsDigit(r) {
		// Unicode's decimal digits come in runs of 0-9.
		start := r
		for unicode.IsDigit(start - 1) {
			start--
		}
		return '0' + (r-start)%10
	}
	return r
}

// floatText is a float literal's text as Go reads it: Unicode digits as
// ASCII and the underscores dropped; ok is false when an underscore is not
// between two digits, which CPython rejects (1_.5, 1e_5).
func floatText(t string) (string, bool) {
	rs := []rune(strings.Map(asciiDigit, t))
	for i, r := range rs {
		if r == '_' && (i == 0 || i == len(rs)-1 || !isASCIIDigit(rs[i-1]) || !isASCIIDigit(rs[i+1])) {
			return "", false
		}
	}
	return strings.ReplaceAll(string(rs), "_", ""), true
}

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }
