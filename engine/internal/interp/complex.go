package interp

import (
	"math"
	"strconv"
	"strings"

	"cascadelab/engine/internal/libm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// complex is CPython 3.11's complex: literals (1j), complex() from numbers
// and strings, arithmetic with ints and floats by CPython's algorithms
// (Smith's division, powers by squaring for small integral exponents,
// polar form otherwise), abs, repr, format, equality and hash. cmath is
// not offered.

// cplx is a complex number.
type cplx complex128

var typeComplex = &builtinType{name: "complex", call: callComplex}

func (z cplx) TypeName() string { return "complex" }

func (z cplx) Truth(th *Thread) (bool, error) { return z != 0, nil }

// Repr writes the parts as repr writes floats, without a ".0", the real
// part left out when it is +0.
func (z cplx) Repr(th *Thread) (string, error) {
	re, im := real(z), imag(z)
	part := func(f float64) string { return strings.TrimSuffix(pyrepr.Float(f), ".0") }
	if re == 0 && !math.Signbit(re) {
		return part(im) + "j", nil
	}
	sign := "+"
	if math.Signbit(im) && !math.IsNaN(im) {
		sign = ""
	}
	return "(" + part(re) + sign + part(im) + "j)", nil
}

func (z cplx) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "real":
		return real(z), true, nil
	case "imag":
		return imag(z), true, nil
	case "conjugate":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			return cplx(complex(real(z), -imag(z))), argN(th, c, name, 0, 0)
		}), true, nil
	}
	return nil, false, nil
}

// toComplex is a complex operand: an int, a float or a complex; ok is
// false for anything else.
func (th *Thread) toComplex(v Value) (cplx, bool, error) {
	if z, ok := v.(cplx); ok {
		return z, true, nil
	}
	if !isNumber(v) {
		return 0, false, nil
	}
	f, err := th.toFloat(v)
	return cplx(complex(f, 0)), true, err
}

func callComplex(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "complex", "real", "imag")
	if err != nil {
		return nil, err
	}
	if s, ok := a[0].(string); ok {
		if a[1] != nil {
			return nil, th.Raise(TypeError, "complex() can't take second arg if first is a string")
		}
		return th.parseComplex(s)
	}
	if _, ok := a[1].(string); ok {
		return nil, th.Raise(TypeError, "complex() second arg can't be a string")
	}
	if len(c.Args)+len(c.Kw) == 0 {
		return cplx(0), nil
	}
	var parts [2]cplx
	var isComplex [2]bool
	for i, v := range a {
		if v == nil && i == 1 {
			break
		}
		switch x := v.(type) {
		case cplx:
			parts[i], isComplex[i] = x, true
			continue
		case *Instance:
			return nil, th.Unsupported("complex() of a %s instance", typeName(v))
		case realNum:
			f, err := x.toFloat(th)
			if err != nil {
				return nil, err
			}
			parts[i] = cplx(complex(f, 0))
			continue
		}
		z, ok, err := th.toComplex(v)
		if err != nil {
			return nil, err
		}
		if !ok {
			if i == 0 {
				return nil, th.Raise(TypeError, "complex() first argument must be a string or a number, not '%s'", typeName(v))
			}
			return nil, th.Raise(TypeError, "complex() second argument must be a number, not '%s'", typeName(v))
		}
		parts[i] = z
	}
	r, i := parts[0], parts[1]
	if a[1] == nil {
		return r, nil
	}
	// complex(r, i) is r + i*1j, adding only the parts complex_new adds
	re, im := real(r), real(i)
	if isComplex[1] {
		re -= imag(i)
	}
	if isComplex[0] {
		im += imag(r)
	}
	return cplx(complex(re, im)), nil
}

// parseComplex reads complex()'s string forms: a float, a float followed by
// j, a float and a signed float followed by j, or "j" with an optional
// sign, inside optional parentheses and whitespace.
func (th *Thread) parseComplex(s string) (Value, error) {
	bad := th.Raise(ValueError, "complex() arg is a malformed string")
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && (i == 0 || i+1 == len(s) || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
			return nil, bad
		}
	}
	t := strings.TrimSpace(strings.ReplaceAll(s, "_", ""))
	if strings.HasPrefix(t, "(") {
		if !strings.HasSuffix(t, ")") {
			return nil, bad
		}
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	isJ := func(t string) bool { return t == "j" || t == "J" }
	signed := func(t string) (float64, string, bool) {
		if t != "" && (t[0] == '+' || t[0] == '-') {
			return map[byte]float64{'+': 1, '-': -1}[t[0]], t[1:], true
		}
		return 1, t, false
	}
	x, n := floatPrefix(t)
	if n == 0 {
		y, rest, _ := signed(t)
		if !isJ(rest) {
			return nil, bad
		}
		return cplx(complex(0, y)), nil
	}
	t = t[n:]
	switch {
	case t == "":
		return cplx(complex(x, 0)), nil
	case isJ(t):
		return cplx(complex(0, x)), nil
	}
	y, m := floatPrefix(t)
	if m == 0 || t[0] != '+' && t[0] != '-' {
		var ok bool
		if y, t, ok = signed(t); !ok {
			return nil, bad
		}
	} else {
		t = t[m:]
	}
	if !isJ(t) {
		return nil, bad
	}
	return cplx(complex(x, y)), nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// floatPrefix is the longest prefix of s that is a float (as C's strtod
// reads one, with inf and nan), and its length; 0 when there is none.
func floatPrefix(s string) (float64, int) {
	p := 0
	if p < len(s) && (s[p] == '+' || s[p] == '-') {
		p++
	}
	low := strings.ToLower(s[p:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(low, w) {
			f, _ := strconv.ParseFloat(w, 64)
			if s[0] == '-' {
				f = -f
			}
			return f, p + len(w)
		}
	}
	digits := func() int {
		q := p
		for p < len(s) && isDigit(s[p]) {
			p++
		}
		return p - q
	}
	n := digits()
	if p < len(s) && s[p] == '.' {
		p++
		n += digits()
	}
	if n == 0 {
		return 0, 0
	}
	if p < len(s) && (s[p] == 'e' || s[p] == 'E') {
		q := p
		p++
		if p < len(s) && (s[p] == '+' || s[p] == '-') {
			p++
		}
		if digits() == 0 {
			p = q
		}
	}
	f, _ := strconv.ParseFloat(s[:p], 64) // out of range is an infinity, as strtod's
	return f, p
}

func (z cplx) Unary(th *Thread, op py.Op) (Value, bool, error) {
	switch op {
	case py.USub:
		return -z, true, nil
	case py.UAdd:
		return z, true, nil
	}
	return nil, false, nil
}

func (z cplx) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if isNumber(other) && (op == py.Eq || op == py.NotEq) { // exactly, as a float compares with an int
		c, nan, _ := numCompare(real(z), other)
		return (imag(z) == 0 && !nan && c == 0) == (op == py.Eq), true, nil
	}
	o, ok, err := th.toComplex(other)
	if err != nil {
		return nil, true, err
	}
	if !ok {
		switch other.(type) {
		case *frac, *dec:
			return nil, false, nil // theirs to answer
		}
		return th.foreignOperand(op, z, other, right)
	}
	a, b := z, o
	if right {
		a, b = o, z
	}
	switch op {
	case py.Eq, py.NotEq:
		return (a == b) == (op == py.Eq), true, nil
	case py.Add:
		return a + b, true, nil
	case py.Sub:
		return a - b, true, nil
	case py.Mult:
		ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
		return cplx(complex(ar*br-ai*bi, ar*bi+ai*br)), true, nil
	case py.Div:
		q, ok := cQuot(a, b)
		if !ok {
			return nil, true, th.Raise(ZeroDivisionError, "complex division by zero")
		}
		return q, true, nil
	case py.Pow:
		r, err := th.cPow(a, b)
		return r, true, err
	}
	return th.foreignOperand(op, z, other, right)
}

// cQuot is _Py_c_quot: Smith's algorithm; ok is false for a zero divisor.
func cQuot(a, b cplx) (cplx, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return cplx(complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)), true
	case absI >= absR:
		ratio := br / bi
		denom := br*ratio + bi
		return cplx(complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)), true
	}
	return cplx(complex(math.NaN(), math.NaN())), true
}

func cMul(a, b cplx) cplx {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return cplx(complex(ar*br-ai*bi, ar*bi+ai*br))
}

// cPow is complex_pow: by squaring for an integral exponent up to 100 in
// size, in polar form otherwise.
func (th *Thread) cPow(a, b cplx) (Value, error) {
	var r cplx
	ok := true
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		p, mask := a, int64(1)
		r = 1
		for m := abs64(n); mask > 0 && m >= mask; mask <<= 1 {
			if m&mask != 0 {
				r = cMul(r, p)
			}
			p = cMul(p, p)
		}
		if n < 0 {
			r, ok = cQuot(1, r)
		}
	} else {
		ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
		switch {
		case br == 0 && bi == 0:
			r = 1
		case ar == 0 && ai == 0:
			ok = bi == 0 && br >= 0
		default:
			vabs := hypot([]float64{ar, ai})
			length := libm.Pow(vabs, br)
			at := math.Atan2(ai, ar)
			phase := at * br
			if bi != 0 {
				length /= libm.Exp(at * bi)
				phase += bi * libm.Log(vabs)
			}
			r = cplx(complex(length*math.Cos(phase), length*math.Sin(phase)))
		}
	}
	if !ok {
		return nil, th.Raise(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, th.Raise(OverflowError, "complex exponentiation")
	}
	return r, nil
}

// abs is _Py_c_abs: hypot, an infinite part wins over a NaN.
func (z cplx) abs(th *Thread) (Value, error) {
	re, im := real(z), imag(z)
	switch {
	case math.IsInf(re, 0):
		return math.Abs(re), nil
	case math.IsInf(im, 0):
		return math.Abs(im), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN(), nil
	}
	r := hypot([]float64{re, im})
	if math.IsInf(r, 0) {
		return nil, th.Raise(OverflowError, "absolute value too large")
	}
	return r, nil
}

// hash is complex_hash: the real part's hash plus 1000003 times the imaginary's.
func (z cplx) hash() (int64, bool) {
	if math.IsNaN(real(z)) || math.IsNaN(imag(z)) {
		return 0, false // a NaN's hash is its object's address
	}
	return fixHash(int64(uint64(floatHash(real(z))) + 1000003*uint64(floatHash(imag(z))))), true
}

func (z cplx) hashKey(th *Thread) (any, error) {
	if imag(z) == 0 {
		return hashKey(th, real(z))
	}
	return z, nil
}

// Format is complex.__format__: both parts formatted as floats (the
// imaginary one always signed) then padded as one; without a type, the
// repr padded.
func (z cplx) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return z.Repr(th)
	}
	f, err := th.parseSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	switch {
	case f.align == '=':
		return "", th.Raise(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	case f.zero:
		return "", th.Raise(ValueError, "Zero padding is not allowed in complex format specifier")
	case f.typ != 0 && strings.IndexByte("eEfFgG", f.typ) < 0:
		return "", th.Raise(ValueError, "Unknown format code '%c' for object of type 'complex'", f.typ)
	case f.typ == 0 && (f.prec >= 0 || f.sign != 0 || f.alt || f.group != 0):
		return "", th.Unsupported("the format spec '%s' of a complex number", spec)
	}
	align := string(f.align)
	if f.align == 0 {
		align = ">"
	}
	pad := string(f.fill) + align + strconv.Itoa(f.width)
	if f.width <= 0 {
		pad = ""
	}
	var body string
	if f.typ == 0 {
		body, _ = z.Repr(th)
	} else {
		tail := ""
		if f.prec >= 0 {
			tail = "." + strconv.Itoa(f.prec)
		}
		if f.alt {
			tail = "#" + tail
		}
		if f.group != 0 {
			tail += string(f.group)
		}
		tail += string(f.typ)
		sign := ""
		if f.sign != 0 {
			sign = string(f.sign)
		}
		re, err := th.format(real(z), sign+tail)
		if err != nil {
			return "", err
		}
		im, err := th.format(imag(z), "+"+tail)
		if err != nil {
			return "", err
		}
		body = re + im + "j"
	}
	return th.format(body, pad)
}

// floatPowComplex is float ** float for a negative base and a fractional
// exponent: a complex power, as float_pow hands it to complex_pow.
func (th *Thread) floatPowComplex(x, y float64) (Value, error) {
	return th.cPow(cplx(complex(x, 0)), cplx(complex(y, 0)))
}
