package interp

import (
	"cascadelab/engine/internal/libm"
	"cascadelab/engine/internal/py"
	"math"
	"math/big"
)

// mathModule is CPython's math: floats in, floats out, ValueError "math
// domain error" outside a function's domain, exact ints where CPython
// keeps them (floor, gcd, factorial, comb, isqrt, prod).
func mathModule(th *Thread) *Module {
	fns := []*Builtin{
		fn("floor", mathRound("floor", math.Floor)), fn("ceil", mathRound("ceil", math.Ceil)),
		fn("trunc", mathRound("trunc", math.Trunc)),
		fn("gcd", mathGcd(false)), fn("lcm", mathGcd(true)),
		fn("factorial", mathFactorial), fn("comb", mathComb(true)), fn("perm", mathComb(false)),
		fn("isqrt", mathIsqrt), fn("prod", mathProd), fn("fsum", mathFsum),
		fn("isclose", mathIsclose), fn("log", mathLog), fn("log2", mathLogFn("log2", math.Log2)), fn("log10", mathLogFn("log10", libm.Log10)),
		fn("gamma", mathErrno("gamma", libm.Gamma)), fn("lgamma", mathErrno("lgamma", libm.Lgamma)), fn("pow", mathPow), fn("hypot", mathHypot),
		fn("dist", mathDist), fn("modf", mathModf), fn("frexp", mathFrexp), fn("ldexp", mathLdexp),
	}
	// The functions of one float, checked as CPython's math_1 checks the C
	// library's result: a NaN from a number is a domain error, an infinity
	// from a finite number an overflow where the function can overflow and a
	// domain error (a pole) where it cannot.
	unary := []struct {
		name     string
		f        func(float64) float64
		overflow bool
	}{
		{"sqrt", math.Sqrt, false}, {"exp", libm.Exp, true}, {"expm1", libm.Expm1, true},
		{"erf", libm.Erf, false}, {"erfc", libm.Erfc, false}, {"log1p", libm.Log1p, false},
		{"sin", math.Sin, false}, {"cos", math.Cos, false}, {"tan", math.Tan, false},
		{"asin", math.Asin, false}, {"acos", math.Acos, false}, {"atan", math.Atan, false},
		{"sinh", libm.Sinh, true}, {"cosh", libm.Cosh, true}, {"tanh", libm.Tanh, false},
		{"asinh", libm.Asinh, false}, {"acosh", libm.Acosh, false}, {"atanh", libm.Atanh, false},
	}
	for _, u := range unary {
		u := u
		fns = append(fns, fn(u.name, func(th *Thread, c *Call) (Value, error) {
			x, err := mathFloats(th, c, u.name, 1)
			if err != nil {
				return nil, err
			}
			r := u.f(x[0])
			switch {
			case math.IsNaN(r) && !math.IsNaN(x[0]):
				return nil, th.Raise(ValueError, "math domain error")
			case math.IsInf(r, 0) && finite(x[0]) && u.overflow:
				return nil, th.Raise(OverflowError, "math range error")
			case math.IsInf(r, 0) && finite(x[0]):
				return nil, th.Raise(ValueError, "math domain error")
			}
			return r, nil
		}))
	}
	// These are plain arithmetic in CPython: no error check.
	for _, u := range []struct {
		name string
		f    func(float64) float64
	}{
		{"fabs", math.Abs}, {"ulp", mathUlp},
		{"degrees", func(x float64) float64 { return x * (180 / math.Pi) }},
		{"radians", func(x float64) float64 { return x * (math.Pi / 180) }},
	} {
		u := u
		fns = append(fns, fn(u.name, func(th *Thread, c *Call) (Value, error) {
			x, err := mathFloats(th, c, u.name, 1)
			if err != nil {
				return nil, err
			}
			return u.f(x[0]), nil
		}))
	}
	binary := []struct {
		name string
		f    func(x, y float64) float64
	}{{"atan2", math.Atan2}, {"copysign", math.Copysign}, {"fmod", math.Mod}, {"remainder", math.Remainder}, {"nextafter", math.Nextafter}}
	for _, b := range binary {
		b := b
		fns = append(fns, fn(b.name, func(th *Thread, c *Call) (Value, error) {
			x, err := mathFloats(th, c, b.name, 2)
			if err != nil {
				return nil, err
			}
			if (b.name == "fmod" || b.name == "remainder") && (x[1] == 0 && !math.IsNaN(x[0]) || math.IsInf(x[0], 0)) {
				return nil, th.Raise(ValueError, "math domain error")
			}
			return b.f(x[0], x[1]), nil
		}))
	}
	preds := []struct {
		name string
		f    func(float64) bool
	}{{"isnan", math.IsNaN}, {"isinf", func(x float64) bool { return math.IsInf(x, 0) }}, {"isfinite", finite}}
	for _, p := range preds {
		p := p
		fns = append(fns, fn(p.name, func(th *Thread, c *Call) (Value, error) {
			x, err := mathFloats(th, c, p.name, 1)
			if err != nil {
				return nil, err
			}
			return p.f(x[0]), nil
		}))
	}
	return newModule("math", fns, map[string]Value{
		"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi, "inf": math.Inf(1), "nan": math.NaN(),
	})
}

func positive(x float64) bool { return x > 0 || math.IsNaN(x) }
func finite(x float64) bool   { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// mathFloats converts exactly n positional arguments to floats.
func mathFloats(th *Thread, c *Call, name string, n int) ([]float64, error) {
	if len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(c.Args) != n {
		if n == 1 {
			return nil, th.Raise(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(c.Args))
		}
		return nil, th.Raise(TypeError, "%s expected %d arguments, got %d", name, n, len(c.Args))
	}
	out := make([]float64, n)
	for i, a := range c.Args {
		f, err := mathFloat(th, a)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

func mathFloat(th *Thread, v Value) (float64, error) {
	if d, ok := v.(realNum); ok {
		return d.toFloat(th)
	}
	if !isNumber(v) {
		return 0, th.Raise(TypeError, "must be real number, not %s", typeName(v))
	}
	return th.toFloat(v)
}

// mathInt is an int argument (CPython refuses floats here).
func mathInt(th *Thread, v Value) (*big.Int, error) {
	if !isInt(v) {
		return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	return bigOf(v), nil
}

// mathRound is floor/ceil/trunc: an int stays itself, a float becomes an int.
func mathRound(name string, f func(float64) float64) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(c.Args))
		}
		switch x := c.Args[0].(type) {
		case bool:
			return normInt(bigOf(x)), nil
		case int64, *big.Int:
			return x, nil
		case float64:
			return th.floatToInt(f(x))
		case realNum:
			return x.floorCeil(th, map[string]string{"floor": roundFloor, "ceil": roundCeiling, "trunc": roundDown}[name])
		}
		return nil, th.Raise(TypeError, "must be real number, not %s", typeName(c.Args[0]))
	}
}

func mathGcd(lcm bool) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for _, a := range c.Args {
			x, err := mathInt(th, a)
			if err != nil {
				return nil, err
			}
			ax := new(big.Int).Abs(x)
			switch {
			case !lcm:
				acc.GCD(nil, nil, acc, ax)
			case ax.Sign() == 0 || acc.Sign() == 0:
				acc.SetInt64(0)
			default:
				g := new(big.Int).GCD(nil, nil, acc, ax)
				acc.Mul(acc.Quo(acc, g), ax)
			}
		}
		return normInt(acc), nil
	}
}

func mathFactorial(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "factorial", 1, 1); err != nil {
		return nil, err
	}
	n, err := mathInt(th, c.Args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, th.Raise(ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return nil, th.Unsupported("math.factorial of a number above 100000")
	}
	return normInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// mathComb is comb(n, k) (choose) or perm(n, k).
func mathComb(choose bool) func(th *Thread, c *Call) (Value, error) {
	name := map[bool]string{true: "comb", false: "perm"}[choose]
	return func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, name, 1+boolInt(choose), 2); err != nil {
			return nil, err
		}
		n, err := mathInt(th, c.Args[0])
		if err != nil {
			return nil, err
		}
		k := n
		if len(c.Args) == 2 && c.Args[1] != nil {
			if k, err = mathInt(th, c.Args[1]); err != nil {
				return nil, err
			}
		}
		if n.Sign() < 0 || k.Sign() < 0 {
			which := "n"
			if k.Sign() < 0 {
				which = "k"
			}
			return nil, th.Raise(ValueError, "%s must be a non-negative integer", which)
		}
		if k.Cmp(n) > 0 {
			return int64(0), nil
		}
		if !n.IsInt64() || n.Int64() > 100000 {
			return nil, th.Unsupported("math.%s of a number above 100000", name)
		}
		if choose {
			return normInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
		}
		if k.Sign() == 0 {
			return int64(1), nil
		}
		return normInt(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func mathIsqrt(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "isqrt", 1, 1); err != nil {
		return nil, err
	}
	n, err := mathInt(th, c.Args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, th.Raise(ValueError, "isqrt() argument must be nonnegative")
	}
	return normInt(new(big.Int).Sqrt(n)), nil
}

// mathProd multiplies with the * operator, start=1.
func mathProd(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "prod", 1, 1); err != nil {
		return nil, err
	}
	var acc Value = int64(1)
	if s, ok := kwArg(c, "start"); ok {
		acc = s
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		if acc, err = th.binaryOp(py.Mult, acc, x); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

// mathFsum is CPython's fsum: Shewchuk's partials, exact until a partial
// overflows (an OverflowError, where the exact sum might still fit), then
// rounded once, half to even across the partials.
func mathFsum(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "fsum", 1, 1); err != nil {
		return nil, err
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	var p []float64
	special, inf := 0.0, 0.0
	for _, it := range items {
		x, err := mathFloat(th, it)
		if err != nil {
			return nil, err
		}
		xsave, i := x, 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			if lo := y - (hi - x); lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		switch {
		case x == 0:
		case !finite(x):
			if finite(xsave) {
				return nil, th.Raise(OverflowError, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				inf += xsave // nan only when infinities of both signs meet
			}
			special += xsave
			p = p[:0]
		default:
			p = append(p, x)
		}
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(inf) {
			return nil, th.Raise(ValueError, "-inf + inf in fsum")
		}
		return special, nil
	}
	hi, lo, n := 0.0, 0.0, len(p)
	if n > 0 {
		n--
		hi = p[n]
		for n > 0 { // from the top, until the sum is inexact
			x := hi
			n--
			y := p[n]
			hi = x + y
			if lo = y - (hi - x); lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			if x := hi + y; x-hi == y {
				hi = x
			}
		}
	}
	return hi, nil
}

func mathIsclose(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "isclose", "a", "b", "rel_tol", "abs_tol")
	if err != nil {
		return nil, err
	}
	if len(c.Args) > 2 {
		return nil, th.Raise(TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(c.Args))
	}
	tol := []float64{0, 0, 1e-09, 0}
	for i, v := range a {
		if v == nil && i >= 2 {
			continue
		}
		if tol[i], err = mathFloat(th, v); err != nil {
			return nil, err
		}
	}
	x, y, rel, abs := tol[0], tol[1], tol[2], tol[3]
	if rel < 0 || abs < 0 {
		return nil, th.Raise(ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return true, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return false, nil
	}
	d := math.Abs(y - x)
	return d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs, nil
}

// mathLog is log(x[, base]).
func mathLog(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "log", 1, 2); err != nil {
		return nil, err
	}
	r, err := mathLogOf(th, c.Args[0], libm.Log)
	if err != nil || len(c.Args) == 1 {
		return r, err
	}
	d, err := mathLogOf(th, c.Args[1], libm.Log)
	if err != nil {
		return nil, err
	}
	if d == 0 {
		return nil, th.Raise(ZeroDivisionError, "float division by zero")
	}
	return r / d, nil
}

// mathErrno is a function of one float that reports its error as C's
// math functions do (errno): EDOM is a ValueError, ERANGE an OverflowError
// unless the result is small (an underflow).
func mathErrno(name string, f func(float64) (float64, libm.Errno)) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		x, err := mathFloats(th, c, name, 1)
		if err != nil {
			return nil, err
		}
		r, e := f(x[0])
		switch {
		case e == libm.Domain:
			return nil, th.Raise(ValueError, "math domain error")
		case e == libm.Range && math.Abs(r) >= 1.5:
			return nil, th.Raise(OverflowError, "math range error")
		}
		return r, nil
	}
}

// mathLogFn is log2 or log10, of one argument.
func mathLogFn(name string, f func(float64) float64) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(c.Args))
		}
		r, err := mathLogOf(th, c.Args[0], f)
		if err != nil {
			return nil, err
		}
		return r, nil
	}
}

// mathLogOf is CPython's loghelper: an int too big for a float is taken as
// m*2**e (m rounded to 53 bits, 0.5 <= m < 1) and its log is f(m) + f(2)*e.
func mathLogOf(th *Thread, v Value, f func(float64) float64) (float64, error) {
	if isInt(v) && bigOf(v).Sign() <= 0 {
		return 0, th.Raise(ValueError, "math domain error")
	}
	if b, ok := v.(*big.Int); ok {
		if x, _ := new(big.Float).SetInt(b).Float64(); math.IsInf(x, 1) {
			// the top 64 bits, the rest folded into a sticky bit, round once
			s := b.BitLen() - 64
			top := new(big.Int).Rsh(b, uint(s))
			if new(big.Int).Lsh(top, uint(s)).Cmp(b) != 0 {
				top.SetBit(top, 0, 1)
			}
			m, _ := new(big.Float).SetInt(top).Float64()
			m, e := m/0x1p64, s+64
			if m == 1 { // rounding carried
				m, e = 0.5, e+1
			}
			return f(m) + float64(f(2)*float64(e)), nil
		}
	}
	x, err := mathFloat(th, v)
	if err != nil {
		return 0, err
	}
	if !positive(x) {
		return 0, th.Raise(ValueError, "math domain error")
	}
	return f(x), nil
}

func mathPow(th *Thread, c *Call) (Value, error) {
	x, err := mathFloats(th, c, "pow", 2)
	if err != nil {
		return nil, err
	}
	if x[0] == 0 && x[1] < 0 || x[0] < 0 && x[1] != math.Trunc(x[1]) && finite(x[1]) {
		return nil, th.Raise(ValueError, "math domain error")
	}
	r := libm.Pow(x[0], x[1])
	if math.IsInf(r, 0) && finite(x[0]) && finite(x[1]) {
		return nil, th.Raise(OverflowError, "math range error")
	}
	return r, nil
}

func mathHypot(th *Thread, c *Call) (Value, error) {
	xs := make([]float64, len(c.Args))
	for i, a := range c.Args {
		f, err := mathFloat(th, a)
		if err != nil {
			return nil, err
		}
		xs[i] = f
	}
	return hypot(xs), nil
}

// hypot is CPython's vector_norm: the square root of the sum of squares,
// each square split exactly in two (Dekker), summed with compensation, then
// one Newton step; nearly always correctly rounded.
func hypot(xs []float64) float64 {
	max, nan := 0.0, false
	vec := make([]float64, len(xs))
	for i, x := range xs {
		vec[i] = math.Abs(x)
		nan = nan || math.IsNaN(x)
		if vec[i] > max {
			max = vec[i]
		}
	}
	switch {
	case math.IsInf(max, 1):
		return max
	case nan:
		return math.NaN()
	case max == 0 || len(vec) <= 1:
		return max
	}
	_, e := math.Frexp(max)
	if e < -1023 { // ldexp(1, -e) would overflow: divide by the largest instead
		csum, frac := 1.0, 0.0
		for _, x := range vec {
			x /= max
			x = float64(x * x)
			old := csum
			csum += x
			frac += (old - csum) + x
		}
		return max * math.Sqrt(csum-1+frac)
	}
	const t27 = 134217729.0 // 2**27 + 1
	scale := math.Ldexp(1, -e)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	add := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += (old - csum) + x
	}
	split := func(x float64) (hi, lo float64) {
		t := float64(x * t27)
		hi = t - (t - x)
		return hi, x - hi
	}
	for _, x := range vec {
		hi, lo := split(x * scale)
		add(float64(hi*hi), &frac1)
		add(float64(2*hi*lo), &frac2)
		frac3 += float64(lo * lo)
	}
	h := math.Sqrt(csum - 1 + (frac1 + frac2 + frac3))
	hi, lo := split(h)
	add(float64(-hi*hi), &frac1)
	add(float64(-2*hi*lo), &frac2)
	add(float64(-lo*lo), &frac3)
	x := csum - 1 + (frac1 + frac2 + frac3)
	return (h + x/(2*h)) / scale
}

func mathDist(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "dist", 2, 2); err != nil {
		return nil, err
	}
	p, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	q, err := th.iterate(c.Args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, th.Raise(ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		a, err := mathFloat(th, p[i])
		if err != nil {
			return nil, err
		}
		b, err := mathFloat(th, q[i])
		if err != nil {
			return nil, err
		}
		d[i] = a - b
	}
	return hypot(d), nil
}

func mathModf(th *Thread, c *Call) (Value, error) {
	x, err := mathFloats(th, c, "modf", 1)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x[0], 0) { // CPython's special case: C's modf may not agree
		return Tuple{math.Copysign(0, x[0]), x[0]}, nil
	}
	i, f := math.Modf(x[0])
	return Tuple{f, i}, nil
}

func mathFrexp(th *Thread, c *Call) (Value, error) {
	x, err := mathFloats(th, c, "frexp", 1)
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x[0])
	return Tuple{m, int64(e)}, nil
}

func mathLdexp(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "ldexp", 2, 2); err != nil {
		return nil, err
	}
	x, err := mathFloat(th, c.Args[0])
	if err != nil {
		return nil, err
	}
	e, err := mathInt(th, c.Args[1])
	if err != nil {
		return nil, err
	}
	if !e.IsInt64() || e.Int64() > 1<<20 || e.Int64() < -(1<<20) {
		return nil, th.Raise(OverflowError, "math range error")
	}
	r := math.Ldexp(x, int(e.Int64()))
	if math.IsInf(r, 0) && finite(x) {
		return nil, th.Raise(OverflowError, "math range error")
	}
	return r, nil
}

// mathUlp is math.ulp: the distance from |x| to the next float away from zero.
func mathUlp(x float64) float64 {
	x = math.Abs(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	if next := math.Nextafter(x, math.Inf(1)); !math.IsInf(next, 0) {
		return next - x
	}
	return x - math.Nextafter(x, math.Inf(-1))
}
