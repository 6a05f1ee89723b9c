package interp

import (
	"math"
	"math/big"
	"strings"
	"unicode"

	"cascadelab/engine/internal/py"
)

// fractions is CPython 3.11's fractions module: Fraction, an exact rational
// kept in lowest terms with a positive denominator (a big.Rat), with the
// module's rules for mixing it with ints (exact), floats (a float result)
// and complex numbers, its comparisons, hash and conversions.

// frac is a Fraction.
type frac struct{ r big.Rat }

// fracType is the Fraction class.
type fracType struct{}

var typeFraction = &fracType{}

func fractionsModule(th *Thread) *Module {
	return newModule("fractions", nil, map[string]Value{"Fraction": typeFraction})
}

func newFrac(n, d *big.Int) *frac {
	f := &frac{}
	f.r.SetFrac(n, d)
	return f
}

func ratFrac(r *big.Rat) *frac {
	f := &frac{}
	f.r.Set(r)
	return f
}

func (t *fracType) TypeName() string                { return "type" }
func (t *fracType) Repr(th *Thread) (string, error) { return "<class 'fractions.Fraction'>", nil }
func (t *fracType) IsInstance(th *Thread, v Value) (bool, error) {
	_, ok := v.(*frac)
	return ok, nil
}

func (t *fracType) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__name__", "__qualname__":
		return "Fraction", true, nil
	case "__module__":
		return "fractions", true, nil
	case "from_float", "from_decimal":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			v := c.Args[0]
			_, isF := v.(float64)
			_, isD := v.(*dec)
			if !isInt(v) && (name == "from_float" && !isF || name == "from_decimal" && !isD) {
				r, err := th.repr(v)
				if err != nil {
					return nil, err
				}
				return nil, th.Raise(TypeError, "Fraction.%s() only takes %ss, not %s (%s)", name, map[bool]string{true: "float", false: "Decimal"}[name == "from_float"], r, typeName(v))
			}
			return th.fracOf(v)
		}), true, nil
	}
	return nil, false, nil
}

// fracOf is Fraction(v) for an int, Fraction, float or Decimal.
func (th *Thread) fracOf(v Value) (*frac, error) {
	switch x := v.(type) {
	case *frac:
		return x, nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, th.nonFinite(x)
		}
		f := &frac{}
		f.r.SetFloat64(x)
		return f, nil
	case *dec:
		switch {
		case x.isNaN():
			return nil, th.Raise(ValueError, "cannot convert NaN to integer ratio")
		case x.kind == decInf:
			return nil, th.Raise(OverflowError, "cannot convert Infinity to integer ratio")
		}
		return ratFrac(x.rat()), nil
	}
	if isInt(v) {
		return newFrac(bigOf(v), big.NewInt(1)), nil
	}
	return nil, nil
}

// nonFinite is the error of a NaN's or an infinity's integer ratio.
func (th *Thread) nonFinite(x float64) error {
	if math.IsNaN(x) {
		return th.Raise(ValueError, "cannot convert NaN to integer ratio")
	}
	return th.Raise(OverflowError, "cannot convert Infinity to integer ratio")
}

// rat is a finite Decimal exactly.
func (d *dec) rat() *big.Rat {
	n, _ := new(big.Int).SetString(d.digits, 10)
	if d.neg {
		n.Neg(n)
	}
	r := new(big.Rat).SetInt(n)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(d.exp)), nil)
	if d.exp < 0 {
		return r.Quo(r, new(big.Rat).SetInt(p))
	}
	return r.Mul(r, new(big.Rat).SetInt(p))
}

// CallHost is Fraction(numerator=0, denominator=None).
func (t *fracType) CallHost(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "Fraction", "numerator", "denominator")
	if err != nil {
		return nil, err
	}
	if a[1] == nil {
		if s, ok := a[0].(string); ok {
			return th.parseFrac(s)
		}
		if a[0] == nil && len(c.Args)+len(c.Kw) == 0 {
			return newFrac(big.NewInt(0), big.NewInt(1)), nil
		}
		f, err := th.fracOf(a[0])
		if f == nil && err == nil {
			return nil, th.Raise(TypeError, "argument should be a string or a Rational instance")
		}
		return f, err
	}
	n, d := th.rational(a[0]), th.rational(a[1])
	if n == nil || d == nil {
		return nil, th.Raise(TypeError, "both arguments should be Rational instances")
	}
	num := new(big.Int).Mul(n.Num(), d.Denom())
	den := new(big.Int).Mul(d.Num(), n.Denom())
	return th.makeFrac(num, den)
}

// rational is an int or a Fraction as a big.Rat, nil for anything else.
func (th *Thread) rational(v Value) *big.Rat {
	if f, ok := v.(*frac); ok {
		return &f.r
	}
	if isInt(v) {
		return new(big.Rat).SetInt(bigOf(v))
	}
	return nil
}

// makeFrac is Fraction(n, d) of two ints: ZeroDivisionError for d == 0.
func (th *Thread) makeFrac(n, d *big.Int) (*frac, error) {
	if d.Sign() == 0 {
		return nil, th.Raise(ZeroDivisionError, "Fraction(%s, 0)", n)
	}
	return newFrac(n, d), nil
}

// parseFrac reads a Fraction literal as fractions' _RATIONAL_FORMAT does:
// a sign, then digits "/" digits, or a decimal with an exponent; digit
// groups may be joined by single underscores.
func (th *Thread) parseFrac(s string) (Value, error) {
	bad := func() (Value, error) {
		r, _ := th.repr(s)
		return nil, th.Raise(ValueError, "Invalid literal for Fraction: %s", r)
	}
	t := strings.TrimFunc(s, unicode.IsSpace)
	neg := strings.HasPrefix(t, "-")
	if neg || strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	if t == "" || t[0] != '.' && (t[0] < '0' || t[0] > '9') {
		return bad()
	}
	// digits reads a run of digit groups; "" when none
	digits := func(allowEmpty bool) (string, bool) {
		i := 0
		for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '_' && i > 0 && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9' && t[i-1] != '_') {
			i++
		}
		d := t[:i]
		t = t[i:]
		return strings.ReplaceAll(d, "_", ""), d != "" || allowEmpty
	}
	num, _ := digits(true)
	n, _ := new(big.Int).SetString("0"+num, 10)
	d := big.NewInt(1)
	if strings.HasPrefix(t, "/") {
		t = t[1:]
		den, ok := digits(false)
		if !ok || num == "" || t != "" {
			return bad()
		}
		d.SetString(den, 10)
	} else {
		frac := ""
		if strings.HasPrefix(t, ".") {
			t = t[1:]
			if k := len(t) - len(strings.TrimLeft(t, "dD")); k > 0 && strings.TrimLeft(t, "dD") == "" {
				// the pattern's "d*" alternative: int() then refuses the d's
				return nil, th.Raise(ValueError, "invalid literal for int() with base 10: '%s'", t)
			}
			frac, _ = digits(true)
		}
		if num == "" && frac == "" {
			return bad()
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(frac))), nil)
		f, _ := new(big.Int).SetString("0"+frac, 10)
		n.Add(n.Mul(n, p), f)
		d.Mul(d, p)
		if t != "" && (t[0] == 'e' || t[0] == 'E') {
			t = t[1:]
			eneg := strings.HasPrefix(t, "-")
			if eneg || strings.HasPrefix(t, "+") {
				t = t[1:]
			}
			es, ok := digits(false)
			if !ok {
				return bad()
			}
			e, _ := new(big.Int).SetString(es, 10)
			if !e.IsInt64() || e.Int64() > maxStrDigits*10 {
				return nil, th.Unsupported("a Fraction literal with an exponent of more than %d digits", maxStrDigits*10)
			}
			p := new(big.Int).Exp(big.NewInt(10), e, nil)
			if eneg {
				d.Mul(d, p)
			} else {
				n.Mul(n, p)
			}
		}
		if t != "" {
			return bad()
		}
	}
	if neg {
		n.Neg(n)
	}
	return th.makeFrac(n, d)
}

func (f *frac) TypeName() string { return "Fraction" }

func (f *frac) Repr(th *Thread) (string, error) {
	return "Fraction(" + f.r.Num().String() + ", " + f.r.Denom().String() + ")", nil
}

func (f *frac) Str(th *Thread) (string, error) {
	if f.r.IsInt() {
		return f.r.Num().String(), nil
	}
	return f.r.String(), nil
}

func (f *frac) Truth(th *Thread) (bool, error) { return f.r.Sign() != 0, nil }

// toFloat is float(f): numerator / denominator, correctly rounded.
func (f *frac) toFloat(th *Thread) (float64, error) {
	x, _ := f.r.Float64()
	if math.IsInf(x, 0) {
		return 0, th.Raise(OverflowError, "integer division result too large for a float")
	}
	return x, nil
}

func (f *frac) toInt(th *Thread) (Value, error) { return f.floorCeil(th, roundDown) }

// floorCeil is math.floor, math.ceil and math.trunc (Decimal's rounding names).
func (f *frac) floorCeil(th *Thread, mode string) (Value, error) {
	q, m := new(big.Int).DivMod(f.r.Num(), f.r.Denom(), new(big.Int))
	if m.Sign() != 0 && (mode == roundCeiling || mode == roundDown && f.r.Sign() < 0) {
		q.Add(q, big.NewInt(1))
	}
	return normInt(q), nil
}

func (f *frac) abs(th *Thread) (Value, error) { return ratFrac(new(big.Rat).Abs(&f.r)), nil }

// pyRound is round(f) (an int, half to even) and round(f, n) (a Fraction).
func (f *frac) pyRound(th *Thread, nd Value) (Value, error) {
	if nd == nil {
		return normInt(roundHalfEvenRat(&f.r)), nil
	}
	k := bigOf(nd)
	if !k.IsInt64() {
		return nil, th.checkBits(math.MaxInt64)
	} else if err := th.checkBits(abs64(k.Int64()) * 4); err != nil {
		return nil, err
	}
	shift := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), new(big.Int).Abs(k), nil))
	if k.Sign() > 0 {
		return newFrac(roundHalfEvenRat(new(big.Rat).Mul(&f.r, shift)), shift.Num()), nil
	}
	r := roundHalfEvenRat(new(big.Rat).Quo(&f.r, shift))
	return newFrac(r.Mul(r, shift.Num()), big.NewInt(1)), nil
}

func roundHalfEvenRat(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	if c := new(big.Int).Lsh(m, 1).Cmp(r.Denom()); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// hash is Fraction.__hash__: |n| times the inverse of d modulo 2**61 - 1.
func (f *frac) hash() int64 {
	const mod = 1<<61 - 1
	m := big.NewInt(mod)
	var h int64 = 314159
	if inv := new(big.Int).ModInverse(f.r.Denom(), m); inv != nil {
		n := new(big.Int).Abs(f.r.Num())
		h = n.Mul(n.Mod(n, m), inv).Mod(n, m).Int64()
	}
	if f.r.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

// hashKey is f's dict key: an equal int's, float's or Decimal's key when
// there is one.
func (f *frac) hashKey(th *Thread) (any, error) {
	d := new(big.Int).Set(f.r.Denom())
	k := 0
	for _, p := range []int64{2, 5} {
		for j := 0; new(big.Int).Mod(d, big.NewInt(p)).Sign() == 0; j++ {
			d.Quo(d, big.NewInt(p))
			k = max(k, j+1)
		}
	}
	if d.Cmp(big.NewInt(1)) != 0 {
		return "fraction:" + f.r.String(), nil
	}
	n := new(big.Rat).Mul(&f.r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)))
	digits := new(big.Int).Abs(n.Num()).String()
	return decTriple(f.r.Sign() < 0, digits, int64(-k)).hashKey(th)
}

func (f *frac) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "numerator":
		return normInt(f.r.Num()), true, nil
	case "denominator":
		return normInt(f.r.Denom()), true, nil
	case "real":
		return f, true, nil
	case "imag":
		return int64(0), true, nil
	case "conjugate":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return f, argN(th, c, name, 0, 0) }), true, nil
	case "as_integer_ratio":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			return Tuple{normInt(f.r.Num()), normInt(f.r.Denom())}, argN(th, c, name, 0, 0)
		}), true, nil
	case "limit_denominator":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "max_denominator")
			if err != nil {
				return nil, err
			}
			if a[0] == nil {
				a[0] = int64(1000000)
			}
			if !isInt(a[0]) {
				return nil, th.Unsupported("limit_denominator() with a max_denominator of type %s", typeName(a[0]))
			}
			return th.limitDenominator(f, bigOf(a[0]))
		}), true, nil
	case "from_float", "from_decimal":
		return typeFraction.Attr(th, name)
	}
	return nil, false, nil
}

// limitDenominator is the closest Fraction with a denominator at most max,
// from the continued fraction's convergents and the best semiconvergent.
func (th *Thread) limitDenominator(f *frac, max *big.Int) (Value, error) {
	if max.Sign() < 1 {
		return nil, th.Raise(ValueError, "max_denominator should be at least 1")
	}
	if f.r.Denom().Cmp(max) <= 0 {
		return f, nil
	}
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(f.r.Num()), new(big.Int).Set(f.r.Denom())
	for {
		a := new(big.Int).Div(n, d)
		q2 := new(big.Int).Add(q0, new(big.Int).Mul(a, q1))
		if q2.Cmp(max) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, new(big.Int).Mul(a, p1)), q2
		n, d = d, new(big.Int).Sub(n, new(big.Int).Mul(a, d))
	}
	k := new(big.Int).Div(new(big.Int).Sub(max, q0), q1)
	b1 := newFrac(new(big.Int).Add(p0, new(big.Int).Mul(k, p1)), new(big.Int).Add(q0, new(big.Int).Mul(k, q1)))
	b2 := newFrac(p1, q1)
	dist := func(b *frac) *big.Rat { r := new(big.Rat).Sub(&b.r, &f.r); return r.Abs(r) }
	if dist(b2).Cmp(dist(b1)) <= 0 {
		return b2, nil
	}
	return b1, nil
}

func (f *frac) Unary(th *Thread, op py.Op) (Value, bool, error) {
	switch op {
	case py.USub:
		return ratFrac(new(big.Rat).Neg(&f.r)), true, nil
	case py.UAdd:
		return f, true, nil
	}
	return nil, false, nil
}

func (f *frac) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if isCompare(op) {
		return f.compare(th, op, other, right)
	}
	if op == py.Pow && right && isInt(other) && f.r.IsInt() && f.r.Sign() >= 0 {
		r, err := th.binaryOp(op, other, normInt(f.r.Num())) // int ** a whole Fraction is an int
		return r, true, err
	}
	o := th.rational(other)
	if z, ok := other.(cplx); ok { // complex(a) op b, both ways
		x, err := f.toFloat(th)
		if err != nil {
			return nil, true, err
		}
		a, b := Value(cplx(complex(x, 0))), Value(z)
		if right {
			a, b = b, a
		}
		r, err := th.binaryOp(op, a, b)
		return r, true, err
	}
	if o == nil {
		switch other.(type) {
		case float64:
			x, err := f.toFloat(th)
			if err != nil {
				return nil, true, err
			}
			var a Value = x
			if right {
				if op == py.Pow && !f.r.IsInt() {
					r, err := th.binaryOp(op, other, x)
					return r, true, err
				} else if op == py.Pow {
					r, err := th.binaryOp(op, other, normInt(f.r.Num()))
					return r, true, err
				}
				r, err := th.binaryOp(op, other, a)
				return r, true, err
			}
			r, err := th.binaryOp(op, a, other)
			return r, true, err
		}
		return th.foreignOperand(op, f, other, right)
	}
	a, b := &f.r, o
	if right {
		a, b = b, a
	}
	switch op {
	case py.Add:
		return ratFrac(new(big.Rat).Add(a, b)), true, nil
	case py.Sub:
		return ratFrac(new(big.Rat).Sub(a, b)), true, nil
	case py.Mult:
		return ratFrac(new(big.Rat).Mul(a, b)), true, nil
	case py.Div:
		if b.Sign() == 0 {
			return nil, true, th.Raise(ZeroDivisionError, "Fraction(%d, 0)", a.Sign())
		}
		return ratFrac(new(big.Rat).Quo(a, b)), true, nil
	case py.FloorDiv, py.Mod:
		// (na*db) // (da*nb) and Fraction((na*db) % (nb*da), da*db)
		x := new(big.Int).Mul(a.Num(), b.Denom())
		y := new(big.Int).Mul(a.Denom(), b.Num())
		if y.Sign() == 0 {
			msg := "integer division or modulo by zero"
			if op == py.Mod {
				msg = "integer modulo by zero"
			}
			return nil, true, th.Raise(ZeroDivisionError, "%s", msg)
		}
		q, err := th.intArith(op, normInt(x), normInt(y))
		if err != nil || op == py.FloorDiv {
			return q, true, err
		}
		return newFrac(bigOf(q), new(big.Int).Mul(a.Denom(), b.Denom())), true, nil
	case py.Pow:
		r, err := th.fracPow(a, b)
		return r, true, err
	}
	return th.foreignOperand(op, f, other, right)
}

// fracPow is a ** b for rationals: exact for an integral b, a float otherwise.
func (th *Thread) fracPow(a, b *big.Rat) (Value, error) {
	if !b.IsInt() {
		x, _ := a.Float64()
		y, _ := b.Float64()
		return th.binaryOp(py.Pow, x, y)
	}
	if !b.Num().IsInt64() {
		return nil, th.checkBits(math.MaxInt64)
	}
	p := b.Num().Int64()
	n, d := a.Num(), a.Denom()
	if p < 0 {
		n, d, p = d, n, -p
		if d.Sign() < 0 {
			n, d = new(big.Int).Neg(n), new(big.Int).Neg(d)
		}
	}
	if err := th.checkBits(int64(max(n.BitLen(), d.BitLen())) * p); err != nil {
		return nil, err
	}
	e := big.NewInt(p)
	return th.makeFrac(new(big.Int).Exp(n, e, nil), new(big.Int).Exp(d, e, nil))
}

// compare is Fraction's comparisons with ints, Fractions and floats (a NaN
// or an infinity compares as 0.0 does) and its equality with a complex.
func (f *frac) compare(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if z, ok := other.(cplx); ok && (op == py.Eq || op == py.NotEq) {
		if imag(z) != 0 {
			return op == py.NotEq, true, nil
		}
		other = real(z)
	}
	o := th.rational(other)
	if x, ok := other.(float64); ok {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			r, err := th.binaryOp(op, 0.0, x)
			if right {
				r, err = th.binaryOp(op, x, 0.0)
			}
			return r, true, err
		}
		o = new(big.Rat).SetFloat64(x)
	}
	if o == nil {
		if _, isDec := other.(*dec); isDec {
			return nil, false, nil // Decimal compares with a Rational
		}
		return th.foreignOperand(op, f, other, right)
	}
	c := f.r.Cmp(o)
	if right {
		c = -c
	}
	return cmpResult(op, c, false), true, nil
}

// realNum is a library's real number (Decimal, Fraction) as the built-ins
// see it: int(), float(), abs(), round(), math.floor/ceil/trunc, dict keys.
type realNum interface {
	toInt(th *Thread) (Value, error)
	toFloat(th *Thread) (float64, error)
	abs(th *Thread) (Value, error)
	pyRound(th *Thread, nd Value) (Value, error)
	floorCeil(th *Thread, mode string) (Value, error)
	hashKey(th *Thread) (any, error)
}
