package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"cascadelab/engine/internal/py"
)

// decimalModule is decimal as CPython 3.11's C module: Decimal with its
// arithmetic, comparisons, hashing, formatting and the methods scripts use,
// contexts (getcontext, setcontext, localcontext, Context) with their
// precision, rounding, flags and traps, and the signals as exceptions. The
// transcendental functions (exp, ln, log10, a non-integral power) and the
// logical and context-method families are refused.
func decimalModule(th *Thread) *Module {
	values := map[string]Value{
		"Decimal": typeDecimal, "Context": typeContext, "DecimalTuple": typeDecimalTuple,
		"getcontext": fn("getcontext", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "getcontext", 0, 0); err != nil {
				return nil, err
			}
			return th.decContext(), nil
		}),
		"setcontext": fn("setcontext", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "setcontext", 1, 1); err != nil {
				return nil, err
			}
			ctx, ok := c.Args[0].(*decContext)
			if !ok {
				return nil, th.Raise(TypeError, "argument must be a context")
			}
			if ctx == defaultContext || ctx == basicContext || ctx == extendedContext {
				ctx = ctx.copy() // the templates are never made current
			}
			th.decCtx = ctx
			return nil, nil
		}),
		"localcontext":    fn("localcontext", newLocalContext),
		"DefaultContext":  defaultContext,
		"BasicContext":    basicContext,
		"ExtendedContext": extendedContext,
		"MAX_PREC":        int64(999999999999999999), "MAX_EMAX": int64(999999999999999999),
		"MIN_EMIN": int64(-999999999999999999), "MIN_ETINY": int64(-1999999999999999997),
		"HAVE_THREADS": true, "HAVE_CONTEXTVAR": true,
	}
	for _, r := range decRoundings {
		values[r] = r
	}
	for name, k := range decClasses {
		values[name] = k
	}
	return newModule("decimal", nil, values)
}

// The module's exception classes, as the C module derives them.
var decClasses = func() map[string]*Class {
	m := map[string]*Class{}
	mk := func(name string, bases ...*Class) *Class {
		k := newExceptionClass(name, bases...)
		k.module = "decimal"
		m[name] = k
		return k
	}
	base := mk("DecimalException", ArithmeticError)
	mk("Clamped", base)
	invalid := mk("InvalidOperation", base)
	mk("ConversionSyntax", invalid)
	mk("DivisionImpossible", invalid)
	mk("DivisionUndefined", invalid, ZeroDivisionError)
	mk("InvalidContext", invalid)
	mk("DivisionByZero", base, ZeroDivisionError)
	inexact := mk("Inexact", base)
	rounded := mk("Rounded", base)
	subnormal := mk("Subnormal", base)
	mk("Overflow", inexact, rounded)
	mk("Underflow", inexact, rounded, subnormal)
	mk("FloatOperation", base, TypeError)
	return m
}()

// decContext is a decimal.Context.
type decContext struct {
	prec, emin, emax, capitals, clamp int64
	rounding                          string
	flags, traps                      uint32
}

var (
	defaultContext  = &decContext{prec: 28, rounding: roundHalfEven, emin: -999999, emax: 999999, capitals: 1, traps: sigInvalid | sigDivZero | sigOverflow}
	basicContext    = &decContext{prec: 9, rounding: roundHalfUp, emin: -999999, emax: 999999, capitals: 1, traps: sigInvalid | sigDivZero | sigOverflow | sigUnderflow | sigClamped}
	extendedContext = &decContext{prec: 9, rounding: roundHalfEven, emin: -999999, emax: 999999, capitals: 1}
)

func (x *decContext) copy() *decContext { c := *x; return &c }

// decContext is the run's current context (getcontext()).
func (th *Thread) decContext() *decContext {
	if th.decCtx == nil {
		th.decCtx = defaultContext.copy()
	}
	return th.decCtx
}

func (x *decContext) calc() *decCalc {
	return &decCalc{prec: x.prec, emin: x.emin, emax: x.emax, rounding: x.rounding, clamp: x.clamp}
}

// signal records what an operation raised in the context's flags, and
// raises the first trapped signal as the C module does: its class, with
// the list of the trapped conditions as its argument.
func (th *Thread) decSignal(x *decContext, status uint32) error {
	public := status &^ sigInvalidAny
	if status&sigInvalidAny != 0 {
		public |= sigInvalid
	}
	x.flags |= public
	trapped := public & x.traps
	if trapped == 0 {
		return nil
	}
	var first *Class
	var list []Value
	if trapped&sigInvalid != 0 {
		for _, c := range decConditions {
			if status&c.bit != 0 {
				list = append(list, decClasses[c.name])
			}
		}
		if status&sigInvalid != 0 {
			list = append(list, decClasses["InvalidOperation"])
		}
	}
	for _, s := range decSignals {
		if trapped&s.bit == 0 {
			continue
		}
		if first == nil {
			first = decClasses[s.name]
		}
		if s.bit != sigInvalid {
			list = append(list, decClasses[s.name])
		}
	}
	e := th.Raise(first, "")
	e.Args = []Value{&List{Items: list}}
	e.msg = nil
	return e
}

// run applies an operation under the current context.
func (th *Thread) decRun(op func(c *decCalc) *dec) (*dec, error) {
	x := th.decContext()
	c := x.calc()
	r := op(c)
	return r, th.decSignal(x, c.status)
}

// decType is the Decimal class.
type decType struct{}

var typeDecimal = &decType{}

// TypeDecimal is decimal.Decimal, for hosts reading annotations (Mapped[Decimal]).
var TypeDecimal Value = typeDecimal

func (t *decType) TypeName() string                { return "type" }
func (t *decType) Repr(th *Thread) (string, error) { return "<class 'decimal.Decimal'>", nil }
func (t *decType) IsInstance(th *Thread, v Value) (bool, error) {
	_, ok := v.(*dec)
	return ok, nil
}

func (t *decType) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__name__", "__qualname__":
		return "Decimal", true, nil
	case "__module__":
		return "decimal", true, nil
	}
	if name == "from_float" {
		return fn("from_float", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "from_float", 1, 1); err != nil {
				return nil, err
			}
			switch x := c.Args[0].(type) {
			case float64:
				return decFromFloat(x), nil
			case bool, int64, *big.Int:
				return decBig(false, bigOf(x), 0), nil
			}
			return nil, th.Raise(TypeError, "argument must be int or float")
		}), true, nil
	}
	return nil, false, nil
}

// CallHost is Decimal(value="0", context=None): exact, never rounded.
func (t *decType) CallHost(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "Decimal", "value", "context")
	if err != nil {
		return nil, err
	}
	x := th.decContext()
	if ctx, ok := a[1].(*decContext); ok {
		x = ctx
	} else if a[1] != nil {
		return nil, th.Raise(TypeError, "optional argument must be a context")
	}
	switch v := a[0].(type) {
	case nil:
		if len(c.Args) == 0 && len(c.Kw) == 0 {
			return &dec{digits: "0"}, nil
		}
	case *dec:
		return v, nil
	case bool, int64, *big.Int:
		return decBig(false, bigOf(v), 0), nil
	case float64:
		return decFromFloat(v), th.decSignal(x, sigFloat)
	case string:
		d, ok := parseDec(v)
		if !ok {
			return &dec{kind: decNaN}, th.decSignal(x, sigConversion)
		}
		return d, nil
	case Tuple, *List:
		return th.decFromTuple(v)
	}
	return nil, th.Raise(TypeError, "conversion from %s to Decimal is not supported", typeName(a[0]))
}

// decFromTuple is Decimal((sign, digits, exponent)).
func (th *Thread) decFromTuple(v Value) (Value, error) {
	items, _ := th.iterate(v)
	if len(items) != 3 {
		return nil, th.Raise(ValueError, "argument must be a sequence of length 3")
	}
	sign, ok := smallInt(items[0])
	if !ok || sign != 0 && sign != 1 {
		return nil, th.Raise(ValueError, "sign must be an integer with the value 0 or 1")
	}
	digits, err := th.iterate(items[1])
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, d := range digits {
		n, ok := smallInt(d)
		if !ok || n < 0 || n > 9 {
			return nil, th.Raise(ValueError, "coefficient must be a tuple of digits")
		}
		b.WriteByte(byte('0' + n))
	}
	switch e := items[2].(type) {
	case string:
		kinds := map[string]byte{"F": decInf, "n": decNaN, "N": decSNaN}
		k, ok := kinds[e]
		if !ok {
			return nil, th.Raise(ValueError, "string argument in the third position must be 'F', 'n' or 'N'")
		}
		d := &dec{neg: sign == 1, kind: k}
		if k != decInf {
			d.digits = strings.TrimLeft(b.String(), "0")
		}
		return d, nil
	case int64:
		return decTriple(sign == 1, b.String(), e), nil
	}
	return nil, th.Raise(ValueError, "exponent must be an integer")
}

func (d *dec) TypeName() string { return "Decimal" }
func (d *dec) qualName() string { return "decimal.Decimal" }

func (d *dec) Str(th *Thread) (string, error) {
	return d.str(th.decContext().capitals == 1, false), nil
}

func (d *dec) Repr(th *Thread) (string, error) {
	return "Decimal('" + d.str(th.decContext().capitals == 1, false) + "')", nil
}

func (d *dec) Truth(th *Thread) (bool, error) { return !d.isZero(), nil }

// decOperand is an operand of arithmetic with a Decimal: a Decimal or an
// int, exactly; ok is false for anything else (a float among them).
func decOperand(v Value) (*dec, bool) {
	switch x := v.(type) {
	case *dec:
		return x, true
	case bool, int64, *big.Int:
		return decBig(false, bigOf(x), 0), true
	}
	return nil, false
}

func (d *dec) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if isCompare(op) {
		return d.compare(th, op, other, right)
	}
	o, ok := decOperand(other)
	if !ok {
		return th.foreignOperand(op, d, other, right)
	}
	a, b := d, o
	if right {
		a, b = o, d
	}
	var r *dec
	var err error
	switch op {
	case py.Add:
		r, err = th.decRun(func(c *decCalc) *dec { return c.add(a, b) })
	case py.Sub:
		r, err = th.decRun(func(c *decCalc) *dec { return c.add(a, b.withSign(!b.neg)) })
	case py.Mult:
		r, err = th.decRun(func(c *decCalc) *dec { return c.mul(a, b) })
	case py.Div:
		r, err = th.decRun(func(c *decCalc) *dec { return c.div(a, b) })
	case py.FloorDiv:
		r, err = th.decRun(func(c *decCalc) *dec { return c.floorDiv(a, b) })
	case py.Mod:
		r, err = th.decRun(func(c *decCalc) *dec { return c.mod(a, b) })
	case py.Pow:
		return th.decPow(a, b)
	default:
		return th.foreignOperand(op, d, other, right)
	}
	if err != nil {
		return nil, true, err
	}
	return r, true, nil
}

func (th *Thread) decPow(a, b *dec) (Value, bool, error) {
	n, ok := b.integral()
	if !ok {
		if b.isNaN() || a.isNaN() {
			r, err := th.decRun(func(c *decCalc) *dec { return c.nans(a, b) })
			return r, true, err
		}
		return nil, true, th.Unsupported("Decimal ** with a non-integral exponent (%s)", b.str(true, false))
	}
	if a.kind == decFinite && a.digits != "0" && float64(len(a.digits)+1)*math.Abs(float64(n)) > 1e5 {
		return nil, true, th.Unsupported("Decimal ** with a result of more than 100000 digits before rounding")
	}
	r, err := th.decRun(func(c *decCalc) *dec { return c.pow(a, n) })
	return r, true, err
}

// integral is a finite integral d as an int64.
func (d *dec) integral() (int64, bool) {
	if d.special() {
		return 0, false
	}
	if d.exp < 0 && strings.Trim(d.digits[max(0, int64(len(d.digits))+d.exp):], "0") != "" {
		return 0, false
	}
	if d.adjusted() > 18 {
		return 0, false
	}
	n := d.toBig()
	return n.Int64(), n.IsInt64()
}

// compare is ==, !=, <, <=, > and >= with a Decimal, an int or a float
// (exactly; an ordering with a float signals FloatOperation, one with a
// NaN InvalidOperation).
func (d *dec) compare(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	o, ok := decOperand(other)
	x := th.decContext()
	if f, isF := other.(float64); isF {
		o, ok = decFromFloat(f), true
		if op != py.Eq && op != py.NotEq {
			if err := th.decSignal(x, sigFloat); err != nil {
				return nil, true, err
			}
		}
	}
	f, isFrac := other.(*frac)
	if !ok && !isFrac {
		return th.foreignOperand(op, d, other, right)
	}
	a, b := d, o
	if right {
		a, b = o, d
	}
	if isFrac && !d.isNaN() { // exactly, as the C module compares a Rational
		c := map[bool]int{false: 1, true: -1}[d.neg]
		if d.kind != decInf {
			c = d.rat().Cmp(&f.r)
		}
		if right {
			c = -c
		}
		return cmpResult(op, c, false), true, nil
	}
	if d.isNaN() && isFrac {
		a, b = d, d
	}
	if a.isNaN() || b.isNaN() {
		if op == py.Eq || op == py.NotEq {
			if a.kind == decSNaN || b.kind == decSNaN {
				return nil, true, th.decSignal(x, sigInvalid)
			}
			return op == py.NotEq, true, nil
		}
		return nil, true, th.decSignal(x, sigInvalid)
	}
	return cmpResult(op, a.cmp(b), false), true, nil
}

func (d *dec) Unary(th *Thread, op py.Op) (Value, bool, error) {
	switch op {
	case py.USub, py.UAdd:
		r, err := th.decRun(func(c *decCalc) *dec { return c.neg(d, op == py.USub) })
		return r, true, err
	}
	return nil, false, nil
}

// abs is abs(d).
func (d *dec) abs(th *Thread) (Value, error) {
	return th.decRun(func(c *decCalc) *dec { return c.neg(d, d.neg) })
}

// toInt is int(d): truncated toward zero.
func (d *dec) toInt(th *Thread) (Value, error) {
	switch d.kind {
	case decNaN, decSNaN:
		return nil, th.Raise(ValueError, "cannot convert NaN to integer")
	case decInf:
		return nil, th.Raise(OverflowError, "cannot convert Infinity to integer")
	}
	if d.exp > 0 {
		if err := th.checkBits(int64(float64(d.exp+int64(len(d.digits))) * 3.33)); err != nil {
			return nil, err
		}
	}
	return normInt(d.toBig()), nil
}

// toFloat is float(d).
func (d *dec) toFloat(th *Thread) (float64, error) {
	switch d.kind {
	case decSNaN:
		return 0, th.Raise(ValueError, "cannot convert signaling NaN to float")
	case decNaN:
		if d.neg {
			return math.Copysign(math.NaN(), -1), nil
		}
		return math.NaN(), nil
	}
	f, _ := strconv.ParseFloat(d.str(true, false), 64)
	return f, nil
}

// pyRound is round(d) (an int, half to even) and round(d, n) (a Decimal
// quantized to n places under the context).
func (d *dec) pyRound(th *Thread, nd Value) (Value, error) {
	if nd == nil {
		if d.special() {
			return d.toInt(th)
		}
		return d.rescale(0, roundHalfEven).toInt(th)
	}
	n, ok := smallInt(nd)
	if !ok {
		return nil, th.Raise(TypeError, "optional arg must be an integer")
	}
	return th.decRun(func(c *decCalc) *dec { return c.quantize(d, &dec{digits: "1", exp: -n}, c.rounding) })
}

// floorCeil is math.floor(d) and math.ceil(d).
func (d *dec) floorCeil(th *Thread, mode string) (Value, error) {
	if d.special() {
		return d.toInt(th)
	}
	return d.rescale(0, mode).toInt(th)
}

// hashKey is d's dict key, equal to the key of an equal int or float.
func (d *dec) hashKey(th *Thread) (any, error) {
	switch {
	case d.kind == decSNaN:
		return nil, th.Raise(TypeError, "Cannot hash a signaling NaN value.")
	case d.isNaN():
		return d, nil
	case d.kind == decInf:
		return math.Inf(map[bool]int{false: 1, true: -1}[d.neg]), nil
	}
	if _, ok := d.integral(); ok || d.exp >= 0 {
		return hashKey(th, normInt(d.toBig()))
	}
	if f, err := strconv.ParseFloat(d.str(true, false), 64); err == nil && decFromFloat(f).cmp(d) == 0 {
		return f, nil
	}
	n := (&decCalc{prec: 1 << 40, emin: math.MinInt32, emax: math.MaxInt32}).normalize(d)
	return "decimal:" + n.str(true, false), nil
}

func (d *dec) hash() int64 {
	switch {
	case d.kind == decInf && d.neg:
		return -314159
	case d.kind == decInf:
		return 314159
	}
	return decHash(d)
}

func (d *dec) Attr(th *Thread, name string) (Value, bool, error) {
	method := func(f func(th *Thread, c *Call) (Value, error)) (Value, bool, error) {
		return fn(name, f), true, nil
	}
	pred := func(v bool) (Value, bool, error) {
		return method(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
	value := func(f func() *dec) (Value, bool, error) {
		return method(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return f(), nil
		})
	}
	// ctxOp is a method taking (other, context=None) or (context=None).
	ctxOp := func(names []string, f func(c *decCalc, args []*dec, mode string) *dec) (Value, bool, error) {
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, names...)
			if err != nil {
				return nil, err
			}
			x := th.decContext()
			mode := x.rounding
			var ops []*dec
			for i, n := range names {
				switch n {
				case "context":
					if a[i] != nil {
						ctx, ok := a[i].(*decContext)
						if !ok {
							return nil, th.Raise(TypeError, "optional argument must be a context")
						}
						x = ctx
					}
				case "rounding":
					if a[i] != nil {
						r, ok := a[i].(string)
						if !ok || !decRounding(r) {
							return nil, th.Raise(TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
						}
						mode = r
					}
				default:
					o, ok := decOperand(a[i])
					if !ok {
						if a[i] == nil {
							return nil, th.Raise(TypeError, "%s() missing required argument '%s' (pos 1)", name, n)
						}
						return nil, th.Raise(TypeError, "conversion from %s to Decimal is not supported", typeName(a[i]))
					}
					ops = append(ops, o)
				}
			}
			if a[len(a)-1] == nil && names[len(names)-1] == "context" {
				x = th.decContext()
			}
			calc := x.calc()
			if mode == "" {
				mode = x.rounding
			}
			r := f(calc, ops, mode)
			return r, th.decSignal(x, calc.status)
		})
	}
	switch name {
	case "real":
		return d, true, nil
	case "imag":
		return &dec{digits: "0"}, true, nil
	case "adjusted":
		return method(func(th *Thread, c *Call) (Value, error) {
			if d.special() {
				return int64(0), nil
			}
			return d.adjusted(), nil
		})
	case "as_tuple":
		return method(func(th *Thread, c *Call) (Value, error) {
			digits := Tuple{}
			ds := d.digits
			if d.kind == decInf {
				ds = "0"
			}
			for _, ch := range ds {
				digits = append(digits, int64(ch-'0'))
			}
			var exp Value = d.exp
			switch d.kind {
			case decInf:
				exp = "F"
			case decNaN:
				exp = "n"
			case decSNaN:
				exp = "N"
			}
			sign := int64(0)
			if d.neg {
				sign = 1
			}
			return &decTuple{Tuple{sign, digits, exp}}, nil
		})
	case "as_integer_ratio":
		return method(func(th *Thread, c *Call) (Value, error) {
			switch d.kind {
			case decNaN, decSNaN:
				return nil, th.Raise(ValueError, "cannot convert NaN to integer ratio")
			case decInf:
				return nil, th.Raise(OverflowError, "cannot convert Infinity to integer ratio")
			}
			n, den := d.coef(), big.NewInt(1)
			if d.exp >= 0 {
				n.Mul(n, pow10(d.exp))
			} else {
				den = pow10(-d.exp)
			}
			g := new(big.Int).GCD(nil, nil, n, den)
			if g.Sign() != 0 {
				n.Quo(n, g)
				den.Quo(den, g)
			}
			if d.neg {
				n.Neg(n)
			}
			return Tuple{normInt(n), normInt(den)}, nil
		})
	case "is_nan":
		return pred(d.isNaN())
	case "is_qnan":
		return pred(d.kind == decNaN)
	case "is_snan":
		return pred(d.kind == decSNaN)
	case "is_infinite":
		return pred(d.kind == decInf)
	case "is_finite":
		return pred(d.kind == decFinite)
	case "is_zero":
		return pred(d.isZero())
	case "is_signed":
		return pred(d.neg)
	case "is_canonical":
		return pred(true)
	case "canonical", "conjugate":
		return value(func() *dec { return d })
	case "copy_abs":
		return value(func() *dec { return d.withSign(false) })
	case "copy_negate":
		return value(func() *dec { return d.withSign(!d.neg) })
	case "radix":
		return value(func() *dec { return &dec{digits: "10"} })
	case "copy_sign":
		return ctxOp([]string{"other", "context"}, func(c *decCalc, o []*dec, _ string) *dec { return d.withSign(o[0].neg) })
	case "same_quantum":
		return method(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "other", "context")
			if err != nil {
				return nil, err
			}
			o, ok := decOperand(a[0])
			if !ok {
				return nil, th.Raise(TypeError, "conversion from %s to Decimal is not supported", typeName(a[0]))
			}
			if d.special() || o.special() {
				return d.isNaN() && o.isNaN() || d.kind == decInf && o.kind == decInf, nil
			}
			return d.exp == o.exp, nil
		})
	case "quantize":
		return ctxOp([]string{"exp", "rounding", "context"}, func(c *decCalc, o []*dec, mode string) *dec { return c.quantize(d, o[0], mode) })
	case "sqrt":
		return ctxOp([]string{"context"}, func(c *decCalc, _ []*dec, _ string) *dec { return c.sqrt(d) })
	case "normalize":
		return ctxOp([]string{"context"}, func(c *decCalc, _ []*dec, _ string) *dec { return c.normalize(d) })
	case "to_integral", "to_integral_value", "to_integral_exact":
		return ctxOp([]string{"rounding", "context"}, func(c *decCalc, _ []*dec, mode string) *dec {
			return c.toIntegral(d, mode, name == "to_integral_exact")
		})
	case "compare":
		return ctxOp([]string{"other", "context"}, func(c *decCalc, o []*dec, _ string) *dec {
			if n := c.nans(d, o[0]); n != nil {
				return n
			}
			return decBig(false, big.NewInt(int64(d.cmp(o[0]))), 0)
		})
	case "max", "min":
		return ctxOp([]string{"other", "context"}, func(c *decCalc, o []*dec, _ string) *dec {
			b := o[0]
			switch {
			case d.kind == decSNaN || b.kind == decSNaN:
				return c.nans(d, b)
			case d.isNaN() && b.isNaN():
				return c.nans(d, b)
			case d.isNaN():
				return c.fix(b)
			case b.isNaN():
				return c.fix(d)
			}
			r := d.cmp(b)
			if r == 0 { // the one with the smaller exponent (or sign) counts as smaller
				r = cmp64(d.exp, b.exp)
				if d.neg != b.neg {
					r = map[bool]int{true: -1, false: 1}[d.neg]
				} else if d.neg {
					r = -r
				}
			}
			if (r >= 0) == (name == "max") {
				return c.fix(d)
			}
			return c.fix(b)
		})
	case "to_eng_string":
		return method(func(th *Thread, c *Call) (Value, error) {
			return d.str(th.decContext().capitals == 1, true), nil
		})
	case "number_class":
		return method(func(th *Thread, c *Call) (Value, error) {
			sign := "+"
			if d.neg {
				sign = "-"
			}
			switch {
			case d.kind == decSNaN:
				return "sNaN", nil
			case d.kind == decNaN:
				return "NaN", nil
			case d.kind == decInf:
				return sign + "Infinity", nil
			case d.isZero():
				return sign + "Zero", nil
			case d.adjusted() < th.decContext().emin:
				return sign + "Subnormal", nil
			}
			return sign + "Normal", nil
		})
	}
	return nil, false, nil
}

func decRounding(r string) bool {
	for _, x := range decRoundings {
		if x == r {
			return true
		}
	}
	return false
}

// Format is format(d, spec): the format mini-language on the exact value,
// rounded under the context's rounding (never through a float).
func (d *dec) Format(th *Thread, spec string) (string, error) {
	f, err := th.parseSpec(spec, "decimal.Decimal")
	if err != nil {
		return "", err
	}
	x := th.decContext()
	typ := f.typ
	if typ != 0 && strings.IndexByte("eEfFgGn%", typ) < 0 {
		return "", th.Raise(ValueError, "invalid format string")
	}
	if f.group == ',' && typ == 'n' || f.group == '_' || f.alt {
		return "", th.Raise(ValueError, "invalid format string")
	}
	sign := func(neg bool) string {
		switch {
		case neg:
			return "-"
		case f.sign == '+' || f.sign == ' ':
			return string(f.sign)
		}
		return ""
	}
	if d.special() {
		body := d.withSign(false).str(x.capitals == 1, false)
		if typ == '%' {
			body += "%"
		}
		return decAlign(&f, sign(d.neg), body), nil
	}
	if typ == 0 || typ == 'n' {
		typ = 'g'
		if x.capitals == 1 && f.typ == 0 {
			typ = 'G'
		}
	}
	v := d
	if typ == '%' {
		v = &dec{neg: d.neg, digits: d.digits, exp: d.exp + 2}
	}
	if f.prec >= 0 {
		switch typ {
		case 'e', 'E':
			v = v.round(int64(f.prec)+1, x.rounding)
		case 'f', 'F', '%':
			v = v.rescale(-int64(f.prec), x.rounding)
		case 'g', 'G':
			if int64(len(v.digits)) > int64(f.prec) {
				v = v.round(max(int64(f.prec), 1), x.rounding)
			}
		}
	}
	if v.digits == "0" && v.exp > 0 && strings.IndexByte("fF%", typ) >= 0 {
		v = v.rescale(0, x.rounding)
	}
	neg := v.neg && !(v.digits == "0" && f.z)
	left := v.exp + int64(len(v.digits))
	var dot int64
	switch typ {
	case 'e', 'E':
		dot = 1
		if v.digits == "0" && f.prec >= 0 {
			dot = 1 - int64(f.prec)
		}
	case 'f', 'F', '%':
		dot = left
	default:
		dot = 1
		if v.exp <= 0 && left > -6 {
			dot = left
		}
	}
	var intPart, frac string
	n := int64(len(v.digits))
	switch {
	case dot < 0:
		intPart, frac = "0", strings.Repeat("0", int(-dot))+v.digits
	case dot > n:
		intPart = v.digits + strings.Repeat("0", int(dot-n))
	default:
		intPart, frac = v.digits[:dot], v.digits[dot:]
		if intPart == "" {
			intPart = "0"
		}
	}
	exp := left - dot
	s := sign(neg)
	if frac != "" || f.alt {
		frac = "." + frac
	}
	if exp != 0 || typ == 'e' || typ == 'E' {
		echar := "e"
		if typ == 'E' || typ == 'G' {
			echar = "E"
		}
		frac += echar + map[bool]string{true: "+", false: "-"}[exp >= 0] + strconv.FormatInt(abs64(exp), 10)
	}
	if typ == '%' {
		frac += "%"
	}
	minWidth := 0
	if f.zero {
		minWidth = f.width - len(frac) - len(s)
	}
	intPart = decGroup(intPart, f.group, minWidth)
	return decAlign(&f, s, intPart+frac), nil
}

// decGroup inserts the thousands separator, zero-padding to minWidth.
func decGroup(digits string, sep byte, minWidth int) string {
	sepText := ""
	if sep != 0 {
		sepText = string(sep)
	}
	var groups []string
	for {
		l := min(max(len(digits), minWidth, 1), 3)
		groups = append(groups, strings.Repeat("0", max(l-len(digits), 0))+digits[max(len(digits)-l, 0):])
		digits = digits[:max(len(digits)-l, 0)]
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth -= len(sepText)
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sepText)
}

func decAlign(f *fmtSpec, sign, body string) string {
	fill, align := f.fill, f.align
	if align == 0 {
		align = '>'
	}
	pad := strings.Repeat(string(fill), max(f.width-len([]rune(sign+body)), 0))
	switch align {
	case '<':
		return sign + body + pad
	case '=':
		return sign + pad + body
	case '^':
		half := len([]rune(pad)) / 2
		r := []rune(pad)
		return string(r[:half]) + sign + body + string(r[half:])
	}
	return pad + sign + body
}

// decTuple is DecimalTuple(sign, digits, exponent).
type decTuple struct{ Tuple }

type decTupleType struct{}

var typeDecimalTuple = &decTupleType{}

func (t *decTupleType) TypeName() string                { return "type" }
func (t *decTupleType) Repr(th *Thread) (string, error) { return "<class 'decimal.DecimalTuple'>", nil }

func (t *decTuple) TypeName() string                           { return "DecimalTuple" }
func (t *decTuple) Iterate(th *Thread) ([]Value, error)        { return t.Tuple, nil }
func (t *decTuple) Len(th *Thread) (int, error)                { return 3, nil }
func (t *decTuple) GetItem(th *Thread, k Value) (Value, error) { return th.getItem(t.Tuple, k) }

// Slice implements Slicer: a named tuple's slice is a plain tuple.
func (t *decTuple) Slice(th *Thread, lo, hi, st Value) (Value, error) {
	return th.slice(t.Tuple, lo, hi, st)
}
func (t *decTuple) Repr(th *Thread) (string, error) {
	digits, err := th.repr(t.Tuple[1])
	if err != nil {
		return "", err
	}
	exp, err := th.repr(t.Tuple[2])
	if err != nil {
		return "", err
	}
	return "DecimalTuple(sign=" + strconv.FormatInt(t.Tuple[0].(int64), 10) + ", digits=" + digits + ", exponent=" + exp + ")", nil
}

func (t *decTuple) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "sign":
		return t.Tuple[0], true, nil
	case "digits":
		return t.Tuple[1], true, nil
	case "exponent":
		return t.Tuple[2], true, nil
	}
	return nil, false, nil
}

// contextType is the Context class.
type contextType struct{}

var typeContext = &contextType{}

func (t *contextType) TypeName() string                { return "type" }
func (t *contextType) Repr(th *Thread) (string, error) { return "<class 'decimal.Context'>", nil }
func (t *contextType) IsInstance(th *Thread, v Value) (bool, error) {
	_, ok := v.(*decContext)
	return ok, nil
}

// CallHost is Context(prec=None, rounding=None, Emin=None, Emax=None,
// capitals=None, clamp=None, flags=None, traps=None): DefaultContext's
// values for the ones not given.
func (t *contextType) CallHost(th *Thread, c *Call) (Value, error) {
	x := defaultContext.copy()
	x.flags = 0
	names := []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}
	a, err := th.args(c, "Context", names...)
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		if a[i] == nil {
			continue
		}
		if n == "flags" || n == "traps" {
			bits, err := th.decSignalSet(a[i])
			if err != nil {
				return nil, err
			}
			if n == "flags" {
				x.flags = bits
			} else {
				x.traps = bits
			}
			continue
		}
		if err := x.SetAttr(th, n, a[i]); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// decSignalSet reads flags= or traps=: a list of signals or a dict of them
// to truth values.
func (th *Thread) decSignalSet(v Value) (uint32, error) {
	var bits uint32
	add := func(k Value, on bool) error {
		b, ok := decSignalBit(k)
		if !ok {
			return th.Raise(KeyError, "invalid signal dict")
		}
		if on {
			bits |= b
		}
		return nil
	}
	if d, ok := v.(*Dict); ok {
		for i, k := range d.keys {
			on, err := th.truth(d.vals[i])
			if err != nil {
				return 0, err
			}
			if err := add(k, on); err != nil {
				return 0, err
			}
		}
		return bits, nil
	}
	if sd, ok := v.(*decSignalDict); ok {
		return *sd.bits, nil
	}
	items, err := th.iterate(v)
	if err != nil {
		return 0, err
	}
	for _, k := range items {
		if err := add(k, true); err != nil {
			return 0, err
		}
	}
	return bits, nil
}

func decSignalBit(k Value) (uint32, bool) {
	for _, s := range decSignals {
		if k == decClasses[s.name] {
			return s.bit, true
		}
	}
	return 0, false
}

func (x *decContext) TypeName() string { return "Context" }
func (x *decContext) qualName() string { return "decimal.Context" }

func decSignalNames(bits uint32) string {
	var names []string
	for _, s := range decSignals {
		if bits&s.bit != 0 {
			names = append(names, s.name)
		}
	}
	return "[" + strings.Join(names, ", ") + "]"
}

func (x *decContext) Repr(th *Thread) (string, error) {
	return "Context(prec=" + strconv.FormatInt(x.prec, 10) + ", rounding=" + x.rounding +
		", Emin=" + strconv.FormatInt(x.emin, 10) + ", Emax=" + strconv.FormatInt(x.emax, 10) +
		", capitals=" + strconv.FormatInt(x.capitals, 10) + ", clamp=" + strconv.FormatInt(x.clamp, 10) +
		", flags=" + decSignalNames(x.flags) + ", traps=" + decSignalNames(x.traps) + ")", nil
}

func (x *decContext) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "prec":
		return x.prec, true, nil
	case "rounding":
		return x.rounding, true, nil
	case "Emin":
		return x.emin, true, nil
	case "Emax":
		return x.emax, true, nil
	case "capitals":
		return x.capitals, true, nil
	case "clamp":
		return x.clamp, true, nil
	case "flags":
		return &decSignalDict{&x.flags}, true, nil
	case "traps":
		return &decSignalDict{&x.traps}, true, nil
	case "copy":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return x.copy(), argN(th, c, name, 0, 0) }), true, nil
	case "clear_flags":
		return fn(name, func(th *Thread, c *Call) (Value, error) { x.flags = 0; return nil, argN(th, c, name, 0, 0) }), true, nil
	case "clear_traps":
		return fn(name, func(th *Thread, c *Call) (Value, error) { x.traps = 0; return nil, argN(th, c, name, 0, 0) }), true, nil
	case "Etiny":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return x.calc().etiny(), argN(th, c, name, 0, 0) }), true, nil
	case "Etop":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return x.calc().etop(), argN(th, c, name, 0, 0) }), true, nil
	case "create_decimal":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			v, err := typeDecimal.CallHost(th, &Call{Args: c.Args, Span: c.Span})
			if err != nil {
				return nil, err
			}
			calc := x.calc()
			r := calc.fix(v.(*dec))
			return r, th.decSignal(x, calc.status)
		}), true, nil
	}
	return nil, false, nil
}

func (x *decContext) SetAttr(th *Thread, name string, v Value) error {
	n, isInt := smallInt(v)
	intAttr := func(p *int64, lo, hi int64, what string) error {
		if !isInt {
			return th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		if n < lo || n > hi {
			return th.Raise(ValueError, "%s", what)
		}
		*p = n
		return nil
	}
	switch name {
	case "prec":
		return intAttr(&x.prec, 1, 999999999999999999, "valid range for prec is [1, MAX_PREC]")
	case "Emin":
		return intAttr(&x.emin, -999999999999999999, 0, "valid range for Emin is [MIN_EMIN, 0]")
	case "Emax":
		return intAttr(&x.emax, 0, 999999999999999999, "valid range for Emax is [0, MAX_EMAX]")
	case "capitals":
		return intAttr(&x.capitals, 0, 1, "valid values for capitals are 0 or 1")
	case "clamp":
		return intAttr(&x.clamp, 0, 1, "valid values for clamp are 0 or 1")
	case "rounding":
		r, ok := v.(string)
		if !ok || !decRounding(r) {
			return th.Raise(TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
		}
		x.rounding = r
		return nil
	case "flags", "traps":
		d, isDict := v.(*Dict)
		if _, isSD := v.(*decSignalDict); !isSD && !isDict {
			return th.Raise(TypeError, "argument must be a signal dict")
		}
		if isDict && len(d.keys) != len(decSignals) {
			return th.Raise(KeyError, "invalid signal dict")
		}
		bits, err := th.decSignalSet(v)
		if err != nil {
			return err
		}
		if name == "flags" {
			x.flags = bits
		} else {
			x.traps = bits
		}
		return nil
	}
	return th.Raise(AttributeError, "'decimal.Context' object has no attribute '%s'", name)
}

// decSignalDict is a context's flags or traps: signals to booleans.
type decSignalDict struct{ bits *uint32 }

func (s *decSignalDict) TypeName() string { return "SignalDict" }

func (s *decSignalDict) GetItem(th *Thread, k Value) (Value, error) {
	b, ok := decSignalBit(k)
	if !ok {
		return nil, th.Raise(KeyError, "invalid signal dict")
	}
	return *s.bits&b != 0, nil
}

func (s *decSignalDict) SetItem(th *Thread, k, v Value) error {
	b, ok := decSignalBit(k)
	if !ok {
		return th.Raise(KeyError, "invalid signal dict")
	}
	on, err := th.truth(v)
	if err != nil {
		return err
	}
	if on {
		*s.bits |= b
	} else {
		*s.bits &^= b
	}
	return nil
}

func (s *decSignalDict) Repr(th *Thread) (string, error) {
	parts := make([]string, len(decSignals))
	for i, sig := range decSignals {
		parts[i] = "<class 'decimal." + sig.name + "'>:" + map[bool]string{true: "True", false: "False"}[*s.bits&sig.bit != 0]
	}
	return "{" + strings.Join(parts, ", ") + "}", nil
}

// localcontext(ctx=None, **kwargs): a copy of ctx (or of the current
// context) with the keywords set, current inside the with block.
func newLocalContext(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "localcontext() takes at most 1 argument (%d given)", len(c.Args))
	}
	base := th.decContext()
	if len(c.Args) == 1 && c.Args[0] != nil {
		ctx, ok := c.Args[0].(*decContext)
		if !ok {
			return nil, th.Raise(TypeError, "optional argument must be a context")
		}
		base = ctx
	}
	x := base.copy()
	for _, k := range c.Kw {
		if k.Name == "ctx" {
			ctx, ok := k.Value.(*decContext)
			if !ok {
				return nil, th.Raise(TypeError, "optional argument must be a context")
			}
			nx := ctx.copy()
			*x = *nx
			continue
		}
		if err := x.SetAttr(th, k.Name, k.Value); err != nil {
			if e, ok := err.(*Exception); ok && e.Class == AttributeError {
				return nil, th.Raise(TypeError, "'%s' is an invalid keyword argument for this function", k.Name)
			}
			return nil, err
		}
	}
	return &decLocal{ctx: x}, nil
}

type decLocal struct {
	ctx, saved *decContext
}

func (l *decLocal) TypeName() string { return "ContextManager" }

func (l *decLocal) Enter(th *Thread) (Value, error) {
	l.saved = th.decContext()
	th.decCtx = l.ctx
	return l.ctx, nil
}

func (l *decLocal) Exit(th *Thread, e *Exception) (bool, error) {
	th.decCtx = l.saved
	return false, nil
}

// NewDecimal is Decimal(text), for hosts loading a NUMERIC column's value.
func NewDecimal(text string) (Value, bool) {
	d, ok := parseDec(text)
	return d, ok
}

// DecimalText is str(v) of a Decimal other than a signaling NaN (which no
// float can stand for), for hosts storing it; ok is false for anything else.
func DecimalText(v Value) (string, bool) {
	d, ok := v.(*dec)
	if !ok || d.kind == decSNaN {
		return "", false
	}
	return d.str(true, false), true
}
