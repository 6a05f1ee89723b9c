package interp

import (
	"math/big"
	"strings"

	"cascadelab/engine/internal/py"
)

// statistics is CPython 3.11's statistics module without NormalDist: the
// means, medians, modes, quantiles and spreads with its algorithms (exact
// sums of Fractions, converted to the data's type by its coercion rules;
// the float-based fmean, geometric mean, covariance, correlation and
// regression through fsum).

var statisticsError = func() *Class {
	k := newExceptionClass("StatisticsError", ValueError)
	k.module = "statistics"
	return k
}()

// statKind is a data value's type for _sum's coercion.
type statKind int

const (
	kInt statKind = iota
	kBool
	kFloat
	kFrac
	kDec
)

var statKindNames = []string{"int", "bool", "float", "Fraction", "Decimal"}

func statisticsModule(th *Thread) *Module {
	lr, _ := namedtuple(th, &Call{Args: []Value{"LinearRegression", "slope intercept"}, Kw: []KV{{"module", "statistics"}}})
	one := func(name string, f func(th *Thread, data []Value, arg Value) (Value, error), params ...string) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, append([]string{"data"}, params...)...)
			if err != nil {
				return nil, err
			}
			if len(c.Args) == 0 && a[0] == nil {
				return nil, th.Raise(TypeError, "%s() missing 1 required positional argument: 'data'", name)
			}
			data, err := th.iterate(a[0])
			if err != nil {
				return nil, err
			}
			var arg Value
			if len(a) > 1 {
				arg = a[1]
			}
			return f(th, data, arg)
		})
	}
	spread := func(name string, sample, root bool) *Builtin {
		param := map[bool]string{true: "xbar", false: "mu"}[sample]
		return one(name, func(th *Thread, data []Value, c Value) (Value, error) {
			return th.statSpread(name, data, c, sample, root)
		}, param)
	}
	return newModule("statistics", []*Builtin{
		one("mean", func(th *Thread, data []Value, _ Value) (Value, error) {
			k, total, n, err := th.statSum(data)
			if err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, th.Raise(statisticsError, "mean requires at least one data point")
			}
			return th.statConvert(th.statDiv(total, int64(n)), k)
		}),
		fn("fmean", statFmean),
		one("geometric_mean", statGeometric),
		fn("harmonic_mean", statHarmonic),
		one("median", func(th *Thread, data []Value, _ Value) (Value, error) {
			return th.median(data, 0)
		}),
		one("median_low", func(th *Thread, data []Value, _ Value) (Value, error) {
			return th.median(data, -1)
		}),
		one("median_high", func(th *Thread, data []Value, _ Value) (Value, error) {
			return th.median(data, 1)
		}),
		one("median_grouped", statGrouped, "interval"),
		one("mode", func(th *Thread, data []Value, _ Value) (Value, error) {
			modes, err := th.modes(data)
			if err != nil || len(modes) > 0 {
				return first(modes, err)
			}
			return nil, th.Raise(statisticsError, "no mode for empty data")
		}),
		one("multimode", func(th *Thread, data []Value, _ Value) (Value, error) {
			modes, err := th.modes(data)
			return &List{Items: modes}, err
		}),
		fn("quantiles", statQuantiles),
		spread("variance", true, false), spread("pvariance", false, false),
		spread("stdev", true, true), spread("pstdev", false, true),
		fn("covariance", statPairs("covariance")), fn("correlation", statPairs("correlation")),
		fn("linear_regression", statPairs("linear regression", lr)),
	}, map[string]Value{"StatisticsError": statisticsError, "LinearRegression": lr})
}

func first(vs []Value, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// statKindOf is a value's kind; ok is false for a type _sum cannot coerce.
func (th *Thread) statKindOf(v Value) (statKind, error) {
	switch v.(type) {
	case bool:
		return kBool, nil
	case int64, *big.Int:
		return kInt, nil
	case float64:
		return kFloat, nil
	case *frac:
		return kFrac, nil
	case *dec:
		return kDec, nil
	case *Instance:
		return 0, th.Unsupported("statistics on values of type %s", typeName(v))
	}
	return 0, th.Raise(TypeError, "can't convert type '%s' to numerator/denominator", typeName(v))
}

// statCoerce is _coerce over the kinds seen, in the order seen.
func (th *Thread) statCoerce(kinds []statKind) (statKind, error) {
	t := kInt
	for _, s := range kinds {
		switch {
		case t == s || s == kInt || s == kBool:
		case t == kInt:
			t = s
		case t == kFrac && s == kFloat:
			t = s
		case t == kFloat && s == kFrac:
		default:
			return 0, th.Raise(TypeError, "don't know how to coerce %s and %s", statKindNames[t], statKindNames[s])
		}
	}
	return t, nil
}

// statRatio is _exact_ratio: a value exactly, or (special) the value itself
// when it is a NaN or an infinity.
func (th *Thread) statRatio(v Value) (r *big.Rat, special bool, err error) {
	f, err := th.fracOf(v)
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class == ValueError || e.Class == OverflowError) {
			return nil, true, nil
		}
		return nil, false, err
	}
	return &f.r, false, nil
}

// statScan reads data as _sum and _ss do: the coerced kind, the exact sum
// of the values and of their squares, and the sum of the NaNs and
// infinities met (nil when none).
func (th *Thread) statScan(data []Value) (k statKind, sx, sxx *big.Rat, special Value, err error) {
	var kinds []statKind
	seen := map[statKind]bool{}
	sx, sxx = new(big.Rat), new(big.Rat)
	for _, v := range data {
		kind, err := th.statKindOf(v)
		if err != nil {
			return 0, nil, nil, nil, err
		}
		if !seen[kind] {
			seen[kind] = true
			kinds = append(kinds, kind)
		}
		r, sp, err := th.statRatio(v)
		if err != nil {
			return 0, nil, nil, nil, err
		}
		if sp {
			if special == nil {
				special = int64(0)
			}
			if special, err = th.binaryOp(py.Add, special, v); err != nil {
				return 0, nil, nil, nil, err
			}
			continue
		}
		sx.Add(sx, r)
		sxx.Add(sxx, new(big.Rat).Mul(r, r))
	}
	k, err = th.statCoerce(kinds)
	return k, sx, sxx, special, err
}

// statSum is _sum: the kind, the exact total (a Fraction, or the sum of
// the NaNs and infinities) and the count.
func (th *Thread) statSum(data []Value) (statKind, Value, int, error) {
	k, sx, _, special, err := th.statScan(data)
	if err != nil || special != nil {
		return k, special, len(data), err
	}
	return k, ratFrac(sx), len(data), nil
}

// statDiv is a _sum total divided by a count.
func (th *Thread) statDiv(total Value, n int64) Value {
	if f, ok := total.(*frac); ok {
		return ratFrac(new(big.Rat).Quo(&f.r, new(big.Rat).SetInt64(n)))
	}
	r, _ := th.binaryOp(py.Div, total, n) // a float or Decimal NaN or infinity
	return r
}

// statConvert is _convert: an exact result as the data's type (an int
// only when whole, else a float; a Decimal by dividing its numerator).
func (th *Thread) statConvert(v Value, k statKind) (Value, error) {
	f, ok := v.(*frac)
	if !ok {
		return v, nil
	}
	switch k {
	case kFrac:
		return f, nil
	case kDec:
		n, d := decBig(false, f.r.Num(), 0), decBig(false, f.r.Denom(), 0)
		return th.decRun(func(c *decCalc) *dec { return c.div(n, d) })
	case kInt:
		if f.r.IsInt() {
			return normInt(f.r.Num()), nil
		}
	}
	return f.toFloat(th)
}

// statSS is _ss: the kind, the exact sum of squared deviations from the
// mean (or from c when given) and the count.
func (th *Thread) statSS(data []Value, c Value) (statKind, Value, int, error) {
	if c != nil {
		sq := make([]Value, len(data))
		for i, x := range data {
			d, err := th.binaryOp(py.Sub, x, c)
			if err != nil {
				return 0, nil, 0, err
			}
			if sq[i], err = th.binaryOp(py.Mult, d, d); err != nil {
				return 0, nil, 0, err
			}
		}
		return th.statSum(sq)
	}
	k, sx, sxx, special, err := th.statScan(data)
	if err != nil || special != nil {
		return k, special, len(data), err
	}
	if len(data) == 0 {
		return k, ratFrac(sx), 0, nil
	}
	n := new(big.Rat).SetInt64(int64(len(data)))
	ss := new(big.Rat).Mul(n, sxx)
	ss.Sub(ss, sx.Mul(sx, sx)).Quo(ss, n)
	return k, ratFrac(ss), len(data), nil
}

// statSpread is variance, pvariance, stdev and pstdev.
func (th *Thread) statSpread(name string, data []Value, c Value, sample, root bool) (Value, error) {
	k, ss, n, err := th.statSS(data, c)
	if err != nil {
		return nil, err
	}
	min, what := 1, "one data point"
	if sample {
		min, what = 2, "two data points"
	}
	if n < min {
		return nil, th.Raise(statisticsError, "%s requires at least %s", name, what)
	}
	ms := th.statDiv(ss, int64(n-min+1))
	if !root {
		return th.statConvert(ms, k)
	}
	f, ok := ms.(*frac)
	if !ok {
		return nil, th.Raise(AttributeError, "'%s' object has no attribute 'numerator'", tpName(ms))
	}
	if k == kDec {
		return th.decSqrtOfFrac(&f.r)
	}
	return floatSqrtOfFrac(f.r.Num(), f.r.Denom()), nil
}

// floatSqrtOfFrac is _float_sqrt_of_frac: sqrt(n/m) correctly rounded, from
// an integer square root rounded to odd with 2*53+3 bits.
func floatSqrtOfFrac(n, m *big.Int) float64 {
	rto := func(n, m *big.Int) *big.Int {
		a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
		sq := new(big.Int).Mul(a, a)
		if sq.Mul(sq, m).Cmp(n) != 0 {
			a.SetBit(a, 0, 1)
		}
		return a
	}
	q := n.BitLen() - m.BitLen() - (2*53 + 3)
	q >>= 1 // floor division
	if q >= 0 {
		r := rto(n, new(big.Int).Lsh(m, uint(2*q)))
		f, _ := new(big.Float).SetInt(r.Lsh(r, uint(q))).Float64()
		return f
	}
	r := rto(new(big.Int).Lsh(n, uint(-2*q)), m)
	f, _ := new(big.Rat).SetFrac(r, new(big.Int).Lsh(big.NewInt(1), uint(-q))).Float64()
	return f
}

// decSqrtOfFrac is _decimal_sqrt_of_frac: the Decimal square root of
// n/m, corrected by one unit in the last place when the true root is
// nearer the neighbour (the quotient was rounded before the root).
func (th *Thread) decSqrtOfFrac(r *big.Rat) (Value, error) {
	if r.Sign() == 0 {
		return &dec{digits: "0", exp: -1}, nil
	}
	n, m := decBig(false, r.Num(), 0), decBig(false, r.Denom(), 0)
	root, err := th.decRun(func(c *decCalc) *dec { return c.sqrt(c.div(n, m)) })
	if err != nil || root.special() {
		return root, err
	}
	prec := th.decContext().prec
	scratch := &decCalc{prec: prec, emin: -999999999999999999, emax: 999999999999999999, rounding: roundHalfEven}
	ulp := root.adjusted() - prec + 1
	// the neighbours: next_plus and next_minus (one place lower below a power of ten)
	plus := scratch.add(root, &dec{digits: "1", exp: ulp})
	down := ulp
	if strings.TrimRight(root.digits, "0") == "1" {
		down--
	}
	minus := scratch.add(root, &dec{digits: "1", exp: down, neg: true})
	mid := func(a, b *dec) *big.Rat {
		s := new(big.Rat).Add(a.rat(), b.rat())
		s.Quo(s, big.NewRat(2, 1))
		return s.Mul(s, s)
	}
	if r.Cmp(mid(root, plus)) > 0 {
		return plus, nil
	}
	if r.Cmp(mid(root, minus)) < 0 {
		return minus, nil
	}
	return root, nil
}

// median is median (side 0), median_low (-1) and median_high (1).
func (th *Thread) median(data []Value, side int) (Value, error) {
	if err := th.sortValues(data, nil, false); err != nil {
		return nil, err
	}
	n := len(data)
	if n == 0 {
		return nil, th.Raise(statisticsError, "no median for empty data")
	}
	if n%2 == 1 || side == 1 {
		return data[n/2], nil
	}
	if side == -1 {
		return data[n/2-1], nil
	}
	s, err := th.binaryOp(py.Add, data[n/2-1], data[n/2])
	if err != nil {
		return nil, err
	}
	return th.binaryOp(py.Div, s, int64(2))
}

func statGrouped(th *Thread, data []Value, interval Value) (Value, error) {
	if err := th.sortValues(data, nil, false); err != nil {
		return nil, err
	}
	n := len(data)
	if n == 0 {
		return nil, th.Raise(statisticsError, "no median for empty data")
	}
	x := data[n/2]
	i, j := n/2, n/2
	for i > 0 {
		if lt, err := th.less(data[i-1], x); err != nil || lt {
			if err != nil {
				return nil, err
			}
			break
		}
		i--
	}
	for j < n {
		if lt, err := th.less(x, data[j]); err != nil || lt {
			if err != nil {
				return nil, err
			}
			break
		}
		j++
	}
	if interval == nil {
		interval = 1.0
	}
	var fs [2]float64
	for k, v := range []Value{interval, x} {
		f, err := callFloat(th, &Call{Args: []Value{v}})
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == ValueError {
				return nil, th.Raise(TypeError, "Value cannot be converted to a float")
			}
			return nil, err
		}
		fs[k] = f.(float64)
	}
	w, xf := fs[0], fs[1]
	return xf - w/2.0 + w*(float64(n)/2-float64(i))/float64(j-i), nil
}

// modes are the values of the highest count, in first-seen order (Counter).
func (th *Thread) modes(data []Value) ([]Value, error) {
	counts := NewDict()
	best := int64(0)
	for _, v := range data {
		c, _, err := counts.Get(th, v)
		if err != nil {
			return nil, err
		}
		n, _ := c.(int64)
		if err := counts.Set(th, v, n+1); err != nil {
			return nil, err
		}
		best = max(best, n+1)
	}
	var out []Value
	for _, k := range counts.Keys() {
		if c, _, _ := counts.Get(th, k); c == best {
			out = append(out, k)
		}
	}
	return out, nil
}

func statQuantiles(th *Thread, c *Call) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "quantiles() takes 1 positional argument but %d were given", len(c.Args))
	}
	a, err := th.args(&Call{Kw: c.Kw}, "quantiles", "n", "method")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		a[0] = int64(4)
	}
	if a[1] == nil {
		a[1] = "exclusive"
	}
	n, ok := smallInt(a[0])
	if !ok {
		return nil, th.Unsupported("quantiles() with n of type %s", typeName(a[0]))
	}
	if n < 1 {
		return nil, th.Raise(statisticsError, "n must be at least 1")
	}
	data, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	if err := th.sortValues(data, nil, false); err != nil {
		return nil, err
	}
	ld := int64(len(data))
	if ld < 2 {
		return nil, th.Raise(statisticsError, "must have at least two data points")
	}
	method := a[1]
	if method != "inclusive" && method != "exclusive" {
		r, _ := th.repr(method)
		return nil, th.Raise(ValueError, "Unknown method: %s", r)
	}
	out := &List{}
	for i := int64(1); i < n; i++ {
		var j, delta int64
		if method == "inclusive" {
			j, delta = i*(ld-1)/n, i*(ld-1)%n
		} else {
			m := ld + 1
			j = min(max(i*m/n, 1), ld-1)
			delta = i*m - j*n
			j--
		}
		lo, err := th.binaryOp(py.Mult, data[j], n-delta)
		if err != nil {
			return nil, err
		}
		hi, err := th.binaryOp(py.Mult, data[j+1], delta)
		if err != nil {
			return nil, err
		}
		s, err := th.binaryOp(py.Add, lo, hi)
		if err != nil {
			return nil, err
		}
		q, err := th.binaryOp(py.Div, s, n)
		if err != nil {
			return nil, err
		}
		out.Items = append(out.Items, q)
	}
	return out, nil
}

// mathCall calls one of the math module's functions.
func (th *Thread) mathCall(name string, args ...Value) (Value, error) {
	f, _ := th.lib("math").Attrs.GetStr(name)
	return th.Call(f, args, nil)
}

// sized is len(v), ok false when v has none.
func (th *Thread) sized(v Value) (int64, bool) {
	n, err := builtinLen(th, &Call{Args: []Value{v}})
	if err != nil {
		return 0, false
	}
	return n.(int64), true
}

func statFmean(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "fmean", "data", "weights")
	if err != nil {
		return nil, err
	}
	n, hasLen := th.sized(a[0])
	data, err := th.iterate(a[0])
	if err != nil {
		return nil, err
	}
	if !hasLen {
		n = int64(len(data))
	}
	if a[1] == nil {
		total, err := th.mathCall("fsum", &List{Items: data})
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, th.Raise(statisticsError, "fmean requires at least one data point")
		}
		return total.(float64) / float64(n), nil
	}
	weights, err := th.iterate(a[1])
	if err != nil {
		return nil, err
	}
	prods, err := th.products(data, weights, nil, nil)
	if err != nil {
		return nil, err
	}
	num, err := th.mathCall("fsum", &List{Items: prods})
	if err != nil {
		return nil, err
	}
	if n != int64(len(weights)) {
		return nil, th.Raise(statisticsError, "data and weights must be the same length")
	}
	den, err := th.mathCall("fsum", &List{Items: weights})
	if err != nil {
		return nil, err
	}
	if den.(float64) == 0 {
		return nil, th.Raise(statisticsError, "sum of weights must be non-zero")
	}
	return num.(float64) / den.(float64), nil
}

// products are (x - dx) * (y - dy) over the pairs of xs and ys (a nil
// shift subtracts nothing), as far as the shorter goes.
func (th *Thread) products(xs, ys []Value, dx, dy Value) ([]Value, error) {
	out := make([]Value, min(len(xs), len(ys)))
	for i := range out {
		x, y := xs[i], ys[i]
		var err error
		if dx != nil {
			if x, err = th.binaryOp(py.Sub, x, dx); err != nil {
				return nil, err
			}
			if y, err = th.binaryOp(py.Sub, y, dy); err != nil {
				return nil, err
			}
		}
		if out[i], err = th.binaryOp(py.Mult, x, y); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func statGeometric(th *Thread, data []Value, _ Value) (Value, error) {
	logs := make([]Value, len(data))
	fail := func(err error) (Value, error) {
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(ValueError) {
			return nil, th.Raise(statisticsError, "geometric mean requires a non-empty dataset containing positive numbers")
		}
		return nil, err
	}
	for i, x := range data {
		var err error
		if logs[i], err = th.mathCall("log", x); err != nil {
			return fail(err)
		}
	}
	m, err := statFmean(th, &Call{Args: []Value{&List{Items: logs}}})
	if err != nil {
		return fail(err)
	}
	return th.mathCall("exp", m)
}

func statHarmonic(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "harmonic_mean", "data", "weights")
	if err != nil {
		return nil, err
	}
	data, err := th.iterate(a[0])
	if err != nil {
		return nil, err
	}
	const negative = "harmonic mean does not support negative values"
	n := len(data)
	if n < 1 {
		return nil, th.Raise(statisticsError, "harmonic_mean requires at least one data point")
	}
	failNeg := func(x Value) error {
		neg, err := th.binaryOp(py.Lt, x, int64(0))
		if err != nil {
			return err
		}
		if t, err := th.truth(neg); err != nil || t {
			if err == nil {
				err = th.Raise(statisticsError, negative)
			}
			return err
		}
		return nil
	}
	if n == 1 && a[1] == nil {
		if _, err := th.statKindOf(data[0]); err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeError {
				err = th.Raise(TypeError, "unsupported type")
			}
			return nil, err
		}
		return data[0], failNeg(data[0])
	}
	var sumWeights Value = int64(n)
	weights := make([]Value, n)
	for i := range weights {
		weights[i] = int64(1)
	}
	if a[1] != nil {
		if weights, err = th.iterate(a[1]); err != nil {
			return nil, err
		}
		if len(weights) != n {
			return nil, th.Raise(statisticsError, "Number of weights does not match data size")
		}
		for _, w := range weights {
			if err := failNeg(w); err != nil {
				return nil, err
			}
		}
		if _, sumWeights, _, err = th.statSum(weights); err != nil {
			return nil, err
		}
	}
	terms := make([]Value, n)
	for i, x := range data {
		if err := failNeg(x); err != nil {
			return nil, err
		}
		terms[i] = int64(0)
		if t, err := th.truth(weights[i]); err != nil {
			return nil, err
		} else if t {
			if terms[i], err = th.binaryOp(py.Div, weights[i], x); err != nil {
				if e, ok := err.(*Exception); ok && e.Class.IsSubclass(ZeroDivisionError) {
					return int64(0), nil
				}
				return nil, err
			}
		}
	}
	k, total, _, err := th.statSum(terms)
	if err != nil {
		return nil, err
	}
	if pos, err := th.binaryOp(py.LtE, total, int64(0)); err != nil {
		return nil, err
	} else if t, _ := th.truth(pos); t {
		return nil, th.Raise(statisticsError, "Weighted sum must be positive")
	}
	q, err := th.binaryOp(py.Div, sumWeights, total)
	if err != nil {
		return nil, err
	}
	return th.statConvert(q, k)
}

// statPairs is covariance, correlation and linear_regression (lr is the
// LinearRegression class), in floats through fsum.
func statPairs(what string, lr ...Value) func(th *Thread, c *Call) (Value, error) {
	name := map[string]string{"linear regression": "linear_regression"}[what]
	if name == "" {
		name = what
	}
	return func(th *Thread, c *Call) (Value, error) {
		params := []string{"x", "y"}
		if lr != nil {
			params = append(params, "proportional")
		}
		a, err := th.args(c, name, params...)
		if err != nil {
			return nil, err
		}
		if len(c.Args) != 2 {
			var kw []string
			for _, k := range c.Kw {
				if k.Name == "x" || k.Name == "y" {
					kw = append(kw, k.Name)
				}
			}
			if len(kw) > 0 && len(c.Args)+len(kw) >= 2 {
				return nil, th.Raise(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(kw, ", "))
			}
			return nil, th.Raise(TypeError, "%s() missing %d required positional argument%s: %s", name, 2-len(c.Args), plural(2-len(c.Args)), map[int]string{0: "'x' and 'y'", 1: "'y'"}[len(c.Args)])
		}
		n, err := builtinLen(th, &Call{Args: []Value{a[0]}})
		if err != nil {
			return nil, err
		}
		m, err := builtinLen(th, &Call{Args: []Value{a[1]}})
		if err != nil {
			return nil, err
		}
		if m != n {
			return nil, th.Raise(statisticsError, "%s requires that both inputs have same number of data points", what)
		}
		if n.(int64) < 2 {
			return nil, th.Raise(statisticsError, "%s requires at least two data points", what)
		}
		xs, err := th.iterate(a[0])
		if err != nil {
			return nil, err
		}
		ys, err := th.iterate(a[1])
		if err != nil {
			return nil, err
		}
		fsum := func(vs []Value) (float64, error) {
			r, err := th.mathCall("fsum", &List{Items: vs})
			if err != nil {
				return 0, err
			}
			return r.(float64), nil
		}
		proportional := false
		if len(a) > 2 && a[2] != nil {
			if proportional, err = th.truth(a[2]); err != nil {
				return nil, err
			}
		}
		var xbar, ybar Value
		if !proportional {
			sx, err := fsum(xs)
			if err != nil {
				return nil, err
			}
			sy, err := fsum(ys)
			if err != nil {
				return nil, err
			}
			xbar, ybar = sx/float64(n.(int64)), sy/float64(n.(int64))
		}
		// sum is fsum((a - da) * (b - db)) over the pairs
		sum := func(as, bs []Value, da, db Value) (float64, error) {
			p, err := th.products(as, bs, da, db)
			if err != nil {
				return 0, err
			}
			return fsum(p)
		}
		sxy, err := sum(xs, ys, xbar, ybar)
		if err != nil || what == "covariance" {
			return sxy / float64(n.(int64)-1), err
		}
		sxx, err := sum(xs, xs, xbar, xbar)
		if err != nil {
			return nil, err
		}
		if what == "correlation" {
			syy, err := sum(ys, ys, ybar, ybar)
			if err != nil {
				return nil, err
			}
			r, err := th.mathCall("sqrt", sxx*syy)
			if err != nil {
				return nil, err
			}
			if r.(float64) == 0 {
				return nil, th.Raise(statisticsError, "at least one of the inputs is constant")
			}
			return sxy / r.(float64), nil
		}
		if sxx == 0 {
			return nil, th.Raise(statisticsError, "x is constant")
		}
		slope, intercept := sxy/sxx, 0.0
		if !proportional {
			intercept = ybar.(float64) - slope*xbar.(float64)
		}
		return th.Call(lr[0], nil, []KV{{"slope", slope}, {"intercept", intercept}})
	}
}
