package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// The arithmetic of decimal.Decimal, as the General Decimal Arithmetic
// specification and CPython's decimal module (_pydecimal, whose algorithms
// these follow) define it: exact operands, one correct rounding to the
// context's precision, and the signals an operation raises.

// dec is a Decimal: (-1)**neg * digits * 10**exp, or a special value.
type dec struct {
	neg bool
	// digits is the coefficient without leading zeros ("0" for zero); a
	// NaN's diagnostic payload ("" when it has none).
	digits string
	exp    int64
	kind   byte // decFinite, decInf, decNaN, decSNaN
}

const (
	decFinite byte = iota
	decInf
	decNaN
	decSNaN
)

// The conditions an operation can signal. The first five are
// InvalidOperation's (its subclasses in CPython's C module); a context's
// flags and traps keep the nine public signals.
const (
	sigInvalid uint32 = 1 << iota
	sigConversion
	sigDivImpossible
	sigDivUndefined
	sigInvalidContext
	sigFloat
	sigDivZero
	sigOverflow
	sigUnderflow
	sigSubnormal
	sigInexact
	sigRounded
	sigClamped

	sigInvalidAny = sigInvalid | sigConversion | sigDivImpossible | sigDivUndefined | sigInvalidContext
)

// decSignals are the public signals in the C module's order (its flags,
// traps and error lists print in it).
var decSignals = []struct {
	bit  uint32
	name string
}{
	{sigInvalid, "InvalidOperation"}, {sigFloat, "FloatOperation"}, {sigDivZero, "DivisionByZero"},
	{sigOverflow, "Overflow"}, {sigUnderflow, "Underflow"}, {sigSubnormal, "Subnormal"},
	{sigInexact, "Inexact"}, {sigRounded, "Rounded"}, {sigClamped, "Clamped"},
}

// decConditions are InvalidOperation's particular conditions.
var decConditions = []struct {
	bit  uint32
	name string
}{
	{sigConversion, "ConversionSyntax"}, {sigDivImpossible, "DivisionImpossible"},
	{sigDivUndefined, "DivisionUndefined"}, {sigInvalidContext, "InvalidContext"},
}

// The rounding modes, by their names in the module.
const (
	roundHalfEven = "ROUND_HALF_EVEN"
	roundHalfUp   = "ROUND_HALF_UP"
	roundHalfDown = "ROUND_HALF_DOWN"
	roundUp       = "ROUND_UP"
	roundDown     = "ROUND_DOWN"
	roundCeiling  = "ROUND_CEILING"
	roundFloor    = "ROUND_FLOOR"
	round05Up     = "ROUND_05UP"
)

var decRoundings = []string{roundCeiling, roundDown, roundFloor, roundHalfDown, roundHalfEven, roundHalfUp, roundUp, round05Up}

// decCalc is one operation under a context: its settings and the
// conditions it raised.
type decCalc struct {
	prec, emin, emax int64
	rounding         string
	clamp            int64
	status           uint32
}

func (c *decCalc) etiny() int64 { return c.emin - c.prec + 1 }
func (c *decCalc) etop() int64  { return c.emax - c.prec + 1 }

// invalid signals an InvalidOperation condition and gives its quiet NaN.
func (c *decCalc) invalid(cond uint32) *dec {
	c.status |= cond
	return &dec{kind: decNaN}
}

func decTriple(neg bool, digits string, exp int64) *dec {
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		digits = "0"
	}
	return &dec{neg: neg, digits: digits, exp: exp}
}

func decBig(neg bool, n *big.Int, exp int64) *dec {
	if n.Sign() < 0 {
		neg = !neg
		n = new(big.Int).Neg(n)
	}
	return &dec{neg: neg, digits: n.String(), exp: exp}
}

func decInfinity(neg bool) *dec { return &dec{neg: neg, kind: decInf} }

func (d *dec) special() bool   { return d.kind != decFinite }
func (d *dec) isNaN() bool     { return d.kind == decNaN || d.kind == decSNaN }
func (d *dec) isZero() bool    { return d.kind == decFinite && d.digits == "0" }
func (d *dec) adjusted() int64 { return d.exp + int64(len(d.digits)) - 1 }

func (d *dec) coef() *big.Int {
	n, _ := new(big.Int).SetString(d.digits, 10)
	return n
}

func pow10(n int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil)
}

func (d *dec) withSign(neg bool) *dec {
	r := *d
	r.neg = neg
	return &r
}

// parseDec reads a Decimal from a string as Decimal(str) does.
func parseDec(s string) (*dec, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	d := &dec{}
	if s != "" && (s[0] == '+' || s[0] == '-') {
		d.neg = s[0] == '-'
		s = s[1:]
	}
	low := strings.ToLower(s)
	switch {
	case low == "inf" || low == "infinity":
		d.kind = decInf
		return d, true
	case strings.HasPrefix(low, "nan") || strings.HasPrefix(low, "snan"):
		d.kind = decNaN
		if low[0] == 's' {
			d.kind, low = decSNaN, low[1:]
		}
		payload := low[3:]
		if !allDigits(payload) {
			return nil, false
		}
		d.digits = strings.TrimLeft(payload, "0")
		return d, true
	}
	mant, expText := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expText = s[:i], s[i+1:]
		if expText == "" {
			return nil, false
		}
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart+frac == "" || !allDigits(intPart) || !allDigits(frac) {
		return nil, false
	}
	if expText != "" {
		e, err := strconv.ParseInt(expText, 10, 64)
		if err != nil || expText[0] != '+' && expText[0] != '-' && !allDigits(expText) || !allDigits(strings.TrimLeft(expText, "+-")) || strings.Count(expText, "+")+strings.Count(expText, "-") > 1 {
			return nil, false
		}
		d.exp = e
	}
	d.exp -= int64(len(frac))
	d.digits = strings.TrimLeft(intPart+frac, "0")
	if d.digits == "" {
		d.digits = "0"
	}
	return d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// decFromFloat is Decimal(f): exact, every binary fraction being a finite
// decimal one.
func decFromFloat(f float64) *dec {
	switch {
	case math.IsNaN(f):
		return &dec{kind: decNaN, neg: math.Signbit(f)}
	case math.IsInf(f, 0):
		return decInfinity(f < 0)
	}
	neg := math.Signbit(f)
	if f == 0 {
		return &dec{neg: neg, digits: "0"}
	}
	frac, e2 := math.Frexp(math.Abs(f))
	mant := int64(frac * (1 << 53))
	e2 -= 53
	for mant != 0 && mant&1 == 0 && e2 < 0 {
		mant >>= 1
		e2++
	}
	n := big.NewInt(mant)
	if e2 >= 0 {
		return decBig(neg, n.Lsh(n, uint(e2)), 0)
	}
	k := int64(-e2)
	n.Mul(n, new(big.Int).Exp(big.NewInt(5), big.NewInt(k), nil))
	return decBig(neg, n, -k)
}

// str is the to-scientific-string conversion (to-engineering with eng).
func (d *dec) str(capitals, eng bool) string {
	sign := ""
	if d.neg {
		sign = "-"
	}
	switch d.kind {
	case decInf:
		return sign + "Infinity"
	case decNaN:
		return sign + "NaN" + d.digits
	case decSNaN:
		return sign + "sNaN" + d.digits
	}
	left := d.exp + int64(len(d.digits))
	var dot int64
	switch {
	case d.exp <= 0 && left > -6:
		dot = left
	case !eng:
		dot = 1
	case d.digits == "0":
		dot = (left+1)%3 - 1
		if dot < -1 {
			dot += 3
		}
	default:
		dot = (left-1)%3 + 1
		if dot <= 0 {
			dot += 3
		}
	}
	var intPart, fracPart string
	n := int64(len(d.digits))
	switch {
	case dot <= 0:
		intPart, fracPart = "0", "."+strings.Repeat("0", int(-dot))+d.digits
	case dot >= n:
		intPart = d.digits + strings.Repeat("0", int(dot-n))
	default:
		intPart, fracPart = d.digits[:dot], "."+d.digits[dot:]
	}
	exp := ""
	if left != dot {
		e := "e"
		if capitals {
			e = "E"
		}
		exp = e + strconv.FormatInt(left-dot, 10)
		if left-dot >= 0 {
			exp = e + "+" + strconv.FormatInt(left-dot, 10)
		}
	}
	return sign + intPart + fracPart + exp
}

// roundDigits says how keeping the first n digits of d rounds: 1 up, 0
// exact, -1 down (the digits dropped were not all zeros).
func (d *dec) roundDigits(n int64, mode string) int {
	ds := d.digits
	allZeros := strings.Trim(ds[n:], "0") == ""
	down := func() int {
		if allZeros {
			return 0
		}
		return -1
	}
	halfUp := func() int {
		if ds[n] >= '5' {
			return 1
		}
		return down()
	}
	exactHalf := ds[n] == '5' && strings.Trim(ds[n+1:], "0") == ""
	switch mode {
	case roundDown:
		return down()
	case roundUp:
		return -down()
	case roundHalfUp:
		return halfUp()
	case roundHalfDown:
		if exactHalf {
			return -1
		}
		return halfUp()
	case roundHalfEven:
		if exactHalf && (n == 0 || strings.IndexByte("02468", ds[n-1]) >= 0) {
			return -1
		}
		return halfUp()
	case roundCeiling:
		if d.neg {
			return down()
		}
		return -down()
	case roundFloor:
		if !d.neg {
			return down()
		}
		return -down()
	}
	// ROUND_05UP
	if n > 0 && ds[n-1] != '0' && ds[n-1] != '5' {
		return down()
	}
	return -down()
}

// roundTo keeps the digits that make the exponent exp, rounding by mode;
// changed is roundDigits' answer.
func (d *dec) roundTo(exp int64, mode string) (r *dec, changed int) {
	digits := int64(len(d.digits)) + d.exp - exp
	src := d
	if digits < 0 {
		src = &dec{neg: d.neg, digits: "1", exp: exp - 1}
		digits = 0
	}
	changed = src.roundDigits(digits, mode)
	coeff := src.digits[:digits]
	if changed > 0 {
		n := new(big.Int)
		n.SetString("0"+coeff, 10)
		coeff = n.Add(n, big.NewInt(1)).String()
	}
	return decTriple(d.neg, coeff, exp), changed
}

// rescale is _rescale: d at exponent exp, rounded by mode (no signals).
func (d *dec) rescale(exp int64, mode string) *dec {
	switch {
	case d.special():
		return d
	case d.digits == "0":
		return &dec{neg: d.neg, digits: "0", exp: exp}
	case d.exp >= exp:
		return &dec{neg: d.neg, digits: d.digits + strings.Repeat("0", int(d.exp-exp)), exp: exp}
	}
	r, _ := d.roundTo(exp, mode)
	return r
}

// round is _round: d to places significant digits.
func (d *dec) round(places int64, mode string) *dec {
	if d.special() || d.digits == "0" {
		return d
	}
	r := d.rescale(d.adjusted()+1-places, mode)
	if r.adjusted() != d.adjusted() {
		r = r.rescale(r.adjusted()+1-places, mode)
	}
	return r
}

// overflow is the result of an operation above Emax (Overflow.handle).
func (c *decCalc) overflow(neg bool) *dec {
	c.status |= sigOverflow | sigInexact | sigRounded
	switch c.rounding {
	case roundHalfUp, roundHalfEven, roundHalfDown, roundUp:
		return decInfinity(neg)
	case roundCeiling:
		if !neg {
			return decInfinity(neg)
		}
	case roundFloor:
		if neg {
			return decInfinity(neg)
		}
	}
	return &dec{neg: neg, digits: strings.Repeat("9", int(c.prec)), exp: c.emax - c.prec + 1}
}

// fix is _fix: d rounded to the context, with its signals.
func (c *decCalc) fix(d *dec) *dec {
	if d.isNaN() {
		if max := c.prec - c.clamp; int64(len(d.digits)) > max {
			r := *d
			r.digits = strings.TrimLeft(d.digits[int64(len(d.digits))-max:], "0")
			return &r
		}
		return d
	}
	if d.special() {
		return d
	}
	etiny, etop := c.etiny(), c.etop()
	if d.digits == "0" {
		expMax := c.emax
		if c.clamp == 1 {
			expMax = etop
		}
		newExp := min(max(d.exp, etiny), expMax)
		if newExp != d.exp {
			c.status |= sigClamped
			return &dec{neg: d.neg, digits: "0", exp: newExp}
		}
		return d
	}
	expMin := int64(len(d.digits)) + d.exp - c.prec
	if expMin > etop {
		return c.overflow(d.neg)
	}
	subnormal := expMin < etiny
	if subnormal {
		expMin = etiny
	}
	if d.exp < expMin {
		r, changed := d.roundTo(expMin, c.rounding)
		if int64(len(r.digits)) > c.prec {
			r = &dec{neg: r.neg, digits: r.digits[:len(r.digits)-1], exp: r.exp + 1}
		}
		if r.exp > etop {
			return c.overflow(d.neg)
		}
		if changed != 0 && subnormal {
			c.status |= sigUnderflow | sigSubnormal
		} else if subnormal {
			c.status |= sigSubnormal
		}
		if changed != 0 {
			c.status |= sigInexact
		}
		c.status |= sigRounded
		if r.digits == "0" {
			c.status |= sigClamped
		}
		return r
	}
	if subnormal {
		c.status |= sigSubnormal
	}
	if c.clamp == 1 && d.exp > etop {
		c.status |= sigClamped
		return &dec{neg: d.neg, digits: d.digits + strings.Repeat("0", int(d.exp-etop)), exp: etop}
	}
	return d
}

// nans is _check_nans: the NaN an operation on a NaN gives, or nil.
func (c *decCalc) nans(a, b *dec) *dec {
	for _, x := range []*dec{a, b} {
		if x != nil && x.kind == decSNaN {
			c.status |= sigInvalid
			q := *x
			q.kind = decNaN
			return c.fix(&q)
		}
	}
	for _, x := range []*dec{a, b} {
		if x != nil && x.kind == decNaN {
			return c.fix(x)
		}
	}
	return nil
}

// cmp compares two non-NaN values: -1, 0 or 1.
func (a *dec) cmp(b *dec) int {
	sgn := func(d *dec) int {
		if d.neg {
			return -1
		}
		return 1
	}
	if a.kind == decInf || b.kind == decInf {
		ai, bi := 0, 0
		if a.kind == decInf {
			ai = sgn(a)
		}
		if b.kind == decInf {
			bi = sgn(b)
		}
		return cmp64(int64(ai), int64(bi))
	}
	az, bz := a.digits == "0", b.digits == "0"
	switch {
	case az && bz:
		return 0
	case az:
		return -sgn(b)
	case bz:
		return sgn(a)
	case a.neg != b.neg:
		return sgn(a)
	}
	aa, ba := a.adjusted(), b.adjusted()
	if aa != ba {
		if aa > ba {
			return sgn(a)
		}
		return -sgn(a)
	}
	ap := a.digits + strings.Repeat("0", int(max(a.exp-b.exp, 0)))
	bp := b.digits + strings.Repeat("0", int(max(b.exp-a.exp, 0)))
	return strings.Compare(ap, bp) * sgn(a)
}

// add is a + b (b negated for a - b).
func (c *decCalc) add(a, b *dec) *dec {
	if a.special() || b.special() {
		if r := c.nans(a, b); r != nil {
			return r
		}
		if a.kind == decInf {
			if b.kind == decInf && a.neg != b.neg {
				return c.invalid(sigInvalid)
			}
			return a
		}
		return b
	}
	exp := min(a.exp, b.exp)
	negZero := c.rounding == roundFloor && a.neg != b.neg
	if a.digits == "0" && b.digits == "0" {
		return c.fix(&dec{neg: a.neg && b.neg || negZero, digits: "0", exp: exp})
	}
	if a.digits == "0" {
		return c.fix(b.rescale(max(exp, b.exp-c.prec-1), c.rounding))
	}
	if b.digits == "0" {
		return c.fix(a.rescale(max(exp, a.exp-c.prec-1), c.rounding))
	}
	x, y := decNormalize(a, b, c.prec)
	if x.neg != y.neg {
		if x.n.Cmp(y.n) == 0 {
			return c.fix(&dec{neg: negZero, digits: "0", exp: exp})
		}
		if x.n.Cmp(y.n) < 0 {
			x, y = y, x
		}
		return c.fix(decBig(x.neg, new(big.Int).Sub(x.n, y.n), x.exp))
	}
	return c.fix(decBig(x.neg, new(big.Int).Add(x.n, y.n), x.exp))
}

// workRep is an operand as an integer coefficient (_WorkRep).
type workRep struct {
	neg bool
	n   *big.Int
	exp int64
}

// decNormalize brings two operands to one exponent, replacing one far
// below the other's precision by a single digit there (_normalize).
func decNormalize(a, b *dec, prec int64) (workRep, workRep) {
	x := workRep{a.neg, a.coef(), a.exp}
	y := workRep{b.neg, b.coef(), b.exp}
	tmp, other := &x, &y
	if x.exp < y.exp {
		tmp, other = &y, &x
	}
	tmpLen, otherLen := int64(len(tmp.n.String())), int64(len(other.n.String()))
	exp := tmp.exp + min(-1, tmpLen-prec-2)
	if otherLen+other.exp-1 < exp {
		other.n, other.exp = big.NewInt(1), exp
	}
	tmp.n.Mul(tmp.n, pow10(tmp.exp-other.exp))
	tmp.exp = other.exp
	return x, y
}

func (c *decCalc) mul(a, b *dec) *dec {
	neg := a.neg != b.neg
	if a.special() || b.special() {
		if r := c.nans(a, b); r != nil {
			return r
		}
		if a.kind == decInf && b.isZero() || b.kind == decInf && a.isZero() {
			return c.invalid(sigInvalid)
		}
		return decInfinity(neg)
	}
	return c.fix(decBig(neg, new(big.Int).Mul(a.coef(), b.coef()), a.exp+b.exp))
}

func (c *decCalc) div(a, b *dec) *dec {
	neg := a.neg != b.neg
	if a.special() || b.special() {
		if r := c.nans(a, b); r != nil {
			return r
		}
		if a.kind == decInf && b.kind == decInf {
			return c.invalid(sigInvalid)
		}
		if a.kind == decInf {
			return decInfinity(neg)
		}
		c.status |= sigClamped
		return &dec{neg: neg, digits: "0", exp: c.etiny()}
	}
	if b.digits == "0" {
		if a.digits == "0" {
			return c.invalid(sigDivUndefined)
		}
		c.status |= sigDivZero
		return decInfinity(neg)
	}
	if a.digits == "0" {
		return c.fix(&dec{neg: neg, digits: "0", exp: a.exp - b.exp})
	}
	shift := int64(len(b.digits)) - int64(len(a.digits)) + c.prec + 1
	exp := a.exp - b.exp - shift
	x, y := a.coef(), b.coef()
	if shift >= 0 {
		x.Mul(x, pow10(shift))
	} else {
		y.Mul(y, pow10(-shift))
	}
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	ten, five := big.NewInt(10), big.NewInt(5)
	if r.Sign() != 0 {
		if new(big.Int).Rem(q, five).Sign() == 0 {
			q.Add(q, big.NewInt(1))
		}
	} else {
		ideal := a.exp - b.exp
		m := new(big.Int)
		for exp < ideal {
			if m.Rem(q, ten).Sign() != 0 {
				break
			}
			q.Quo(q, ten)
			exp++
		}
	}
	return c.fix(decBig(neg, q, exp))
}

// divide is _divide: the integer quotient and the remainder of two finite
// values, b nonzero; nil when the quotient needs more than prec digits.
func (c *decCalc) divide(a, b *dec) (q, r *dec) {
	neg := a.neg != b.neg
	ideal := min(a.exp, b.exp)
	if b.kind == decInf {
		ideal = a.exp
	}
	expdiff := a.adjusted() - b.adjusted()
	if a.digits == "0" || b.kind == decInf || expdiff <= -2 {
		return &dec{neg: neg, digits: "0"}, a.rescale(ideal, c.rounding)
	}
	if expdiff <= c.prec {
		x, y := a.coef(), b.coef()
		if a.exp >= b.exp {
			x.Mul(x, pow10(a.exp-b.exp))
		} else {
			y.Mul(y, pow10(b.exp-a.exp))
		}
		qn, rn := new(big.Int).QuoRem(x, y, new(big.Int))
		if qn.Cmp(pow10(c.prec)) < 0 {
			return decBig(neg, qn, 0), decBig(a.neg, rn, ideal)
		}
	}
	return nil, nil
}

// floorDiv is a // b (which truncates: Decimal's // is not floor's).
func (c *decCalc) floorDiv(a, b *dec) *dec {
	if a.special() || b.special() {
		if n := c.nans(a, b); n != nil {
			return n
		}
		if a.kind == decInf {
			if b.kind == decInf {
				return c.invalid(sigInvalid)
			}
			return decInfinity(a.neg != b.neg)
		}
	}
	if b.isZero() {
		if a.isZero() {
			return c.invalid(sigDivUndefined)
		}
		c.status |= sigDivZero
		return decInfinity(a.neg != b.neg)
	}
	q, _ := c.divide(a, b)
	if q == nil {
		return c.invalid(sigDivImpossible)
	}
	return c.fix(q)
}

// mod is a % b, whose sign is a's.
func (c *decCalc) mod(a, b *dec) *dec {
	if a.special() || b.special() {
		if n := c.nans(a, b); n != nil {
			return n
		}
		if a.kind == decInf {
			return c.invalid(sigInvalid)
		}
	}
	if b.isZero() {
		if a.isZero() {
			return c.invalid(sigDivUndefined)
		}
		return c.invalid(sigInvalid)
	}
	_, r := c.divide(a, b)
	if r == nil {
		return c.invalid(sigDivImpossible)
	}
	return c.fix(r)
}

// divmod is divmod(a, b).
func (c *decCalc) divmod(a, b *dec) (q, r *dec) {
	neg := a.neg != b.neg
	if a.special() || b.special() {
		if n := c.nans(a, b); n != nil {
			return n, n
		}
		if a.kind == decInf {
			if b.kind == decInf {
				n := c.invalid(sigInvalid)
				return n, n
			}
			return decInfinity(neg), c.invalid(sigInvalid)
		}
	}
	if b.isZero() {
		if a.isZero() {
			n := c.invalid(sigDivUndefined)
			return n, n
		}
		c.status |= sigDivZero
		return decInfinity(neg), c.invalid(sigInvalid)
	}
	q, r = c.divide(a, b)
	if q == nil {
		n := c.invalid(sigDivImpossible)
		return n, n
	}
	return c.fix(q), c.fix(r)
}

// pow is a ** b for an integral b: the exact power rounded once.
func (c *decCalc) pow(a *dec, b int64) *dec {
	if a.isNaN() {
		return c.nans(a, nil)
	}
	neg := a.neg && b%2 != 0
	if a.kind == decInf {
		switch {
		case b > 0:
			return decInfinity(neg)
		case b == 0:
			return &dec{digits: "1"}
		}
		return &dec{neg: neg, digits: "0"}
	}
	if a.digits == "0" {
		switch {
		case b == 0:
			return c.invalid(sigInvalid)
		case b > 0:
			return &dec{neg: neg, digits: "0"}
		}
		return decInfinity(neg)
	}
	if b == 0 {
		return c.fix(&dec{digits: "1"})
	}
	k := b
	if k < 0 {
		k = -k
	}
	p := decBig(neg, new(big.Int).Exp(a.coef(), big.NewInt(k), nil), a.exp*k)
	if b > 0 {
		return c.fix(p)
	}
	return c.div(&dec{digits: "1"}, p)
}

func (c *decCalc) sqrt(a *dec) *dec {
	if a.special() {
		if r := c.nans(a, nil); r != nil {
			return r
		}
		if !a.neg {
			return a
		}
	}
	if a.isZero() {
		return c.fix(&dec{neg: a.neg, digits: "0", exp: floorDiv2(a.exp)})
	}
	if a.neg {
		return c.invalid(sigInvalid)
	}
	prec := c.prec + 1
	n := a.coef()
	e := floorDiv2(a.exp)
	var l int64
	if a.exp&1 != 0 {
		n.Mul(n, big.NewInt(10))
		l = int64(len(a.digits))>>1 + 1
	} else {
		l = (int64(len(a.digits)) + 1) >> 1
	}
	shift := prec - l
	exact := true
	hundred := big.NewInt(100)
	if shift >= 0 {
		n.Mul(n, new(big.Int).Exp(hundred, big.NewInt(shift), nil))
	} else {
		rem := new(big.Int)
		n.QuoRem(n, new(big.Int).Exp(hundred, big.NewInt(-shift), nil), rem)
		exact = rem.Sign() == 0
	}
	e -= shift
	root := new(big.Int).Sqrt(n)
	exact = exact && new(big.Int).Mul(root, root).Cmp(n) == 0
	if exact {
		if shift >= 0 {
			root.Quo(root, pow10(shift))
		} else {
			root.Mul(root, pow10(-shift))
		}
		e += shift
	} else if new(big.Int).Rem(root, big.NewInt(5)).Sign() == 0 {
		root.Add(root, big.NewInt(1))
	}
	hc := *c
	hc.rounding = roundHalfEven
	r := hc.fix(decBig(false, root, e))
	c.status |= hc.status
	return r
}

func floorDiv2(n int64) int64 {
	if n < 0 && n%2 != 0 {
		return n/2 - 1
	}
	return n / 2
}

// quantize is a.quantize(b, rounding).
func (c *decCalc) quantize(a, b *dec, mode string) *dec {
	if a.special() || b.special() {
		if r := c.nans(a, b); r != nil {
			return r
		}
		if a.kind == decInf && b.kind == decInf {
			return a
		}
		return c.invalid(sigInvalid)
	}
	if b.exp < c.etiny() || b.exp > c.emax {
		return c.invalid(sigInvalid)
	}
	if a.digits == "0" {
		return c.fix(&dec{neg: a.neg, digits: "0", exp: b.exp})
	}
	if a.adjusted() > c.emax || a.adjusted()-b.exp+1 > c.prec {
		return c.invalid(sigInvalid)
	}
	r := a.rescale(b.exp, mode)
	if r.adjusted() > c.emax || int64(len(r.digits)) > c.prec {
		return c.invalid(sigInvalid)
	}
	if r.digits != "0" && r.adjusted() < c.emin {
		c.status |= sigSubnormal
	}
	if r.exp > a.exp {
		if r.cmp(a) != 0 {
			c.status |= sigInexact
		}
		c.status |= sigRounded
	}
	return c.fix(r)
}

func (c *decCalc) normalize(a *dec) *dec {
	if a.special() {
		if r := c.nans(a, nil); r != nil {
			return r
		}
		return a
	}
	d := c.fix(a)
	if d.kind == decInf {
		return d
	}
	if d.digits == "0" {
		return &dec{neg: d.neg, digits: "0"}
	}
	expMax := c.emax
	if c.clamp == 1 {
		expMax = c.etop()
	}
	end, exp := len(d.digits), d.exp
	for d.digits[end-1] == '0' && exp < expMax {
		exp++
		end--
	}
	return &dec{neg: d.neg, digits: d.digits[:end], exp: exp}
}

// neg is -a (plus, +a, when !negate): rounded, a zero losing its sign
// except when rounding toward -Infinity.
func (c *decCalc) neg(a *dec, negate bool) *dec {
	if a.special() {
		if r := c.nans(a, nil); r != nil {
			return r
		}
	}
	r := a
	switch {
	case a.isZero() && c.rounding != roundFloor:
		r = a.withSign(false)
	case negate:
		r = a.withSign(!a.neg)
	}
	return c.fix(r)
}

// toIntegral is to_integral_value (exact: to_integral_exact's signals).
func (c *decCalc) toIntegral(a *dec, mode string, exact bool) *dec {
	if a.special() {
		if r := c.nans(a, nil); r != nil {
			return r
		}
		return a
	}
	if a.exp >= 0 {
		return a
	}
	if a.digits == "0" {
		return &dec{neg: a.neg, digits: "0"}
	}
	r, changed := a.roundTo(0, mode)
	if exact {
		if changed != 0 {
			c.status |= sigInexact
		}
		c.status |= sigRounded
	}
	return r
}

// toBig is the integer part of a finite d.
func (d *dec) toBig() *big.Int {
	n := d.coef()
	if d.exp >= 0 {
		n.Mul(n, pow10(d.exp))
	} else if -d.exp >= int64(len(d.digits)) {
		n.SetInt64(0)
	} else {
		n.Quo(n, pow10(-d.exp))
	}
	if d.neg {
		n.Neg(n)
	}
	return n
}

// decHash is hash(d) for a finite d: its value modulo 2**61 - 1, as a
// float's and an int's, so that equal numbers hash alike.
func decHash(d *dec) int64 {
	p := new(big.Int).SetUint64(1<<61 - 1)
	var eh *big.Int
	if d.exp >= 0 {
		eh = new(big.Int).Exp(big.NewInt(10), big.NewInt(d.exp), p)
	} else {
		inv := new(big.Int).Exp(big.NewInt(10), new(big.Int).Sub(p, big.NewInt(2)), p)
		eh = new(big.Int).Exp(inv, big.NewInt(-d.exp), p)
	}
	h := eh.Mul(eh, d.coef()).Mod(eh, p).Int64()
	if d.neg {
		h = -h
	}
	return fixHash(h)
}
