package interp

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/libm"
	"cascadelab/engine/internal/py"
)

// Python ints never overflow. An int is an int64 while it fits and a
// *big.Int past 64 bits: normInt keeps a *big.Int out of int64's range, so
// the int64 arithmetic stays the fast path and a *big.Int is always big.

// maxIntBits bounds a computed int (a 2**10**9 would take the machine's memory).
const maxIntBits = 1 << 24

// maxStrDigits is CPython's default sys.get_int_max_str_digits().
const maxStrDigits = 4300

func isInt(v Value) bool {
	switch v.(type) {
	case bool, int64, *big.Int:
		return true
	}
	return false
}

// isNumber reports whether v is a bool, int or float.
func isNumber(v Value) bool {
	_, isF := v.(float64)
	return isF || isInt(v)
}

// smallInt is v as an int64 when v is a bool or an int64.
func smallInt(v Value) (int64, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case int64:
		return x, true
	case *Instance: // an int subclass's instance indexes as its int
		if x.Base != nil {
			if _, isBool := x.Base.(bool); !isBool {
				return smallInt(x.Base)
			}
		}
	}
	return 0, false
}

// bigOf is an int as a *big.Int (the caller does not modify it).
func bigOf(v Value) *big.Int {
	if b, ok := v.(*big.Int); ok {
		return b
	}
	i, _ := smallInt(v)
	return big.NewInt(i)
}

func normInt(b *big.Int) Value {
	if b.IsInt64() {
		return b.Int64()
	}
	return b
}

// checkBits refuses an int too large to compute.
func (th *Thread) checkBits(n int64) error {
	if n > maxIntBits {
		return th.overBudget(budget.Memory, MemoryError, "the script built an integer of more than %d bits", maxIntBits)
	}
	return nil
}

// toFloat is float(v) for a bool, int or float.
func (th *Thread) toFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case float64:
		return x, nil
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		if math.IsInf(f, 0) {
			return 0, th.Raise(OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	i, _ := smallInt(v)
	return float64(i), nil
}

// numCompare compares two numbers exactly, as CPython does (2**53 + 1 !=
// float(2**53 + 1)); ok is false when either is not a number, nan when
// either is a NaN (then only != holds).
func numCompare(a, b Value) (c int, nan, ok bool) {
	if !isNumber(a) || !isNumber(b) {
		return 0, false, false
	}
	x, xs := smallInt(a)
	y, ys := smallInt(b)
	if xs && ys {
		return cmp64(x, y), false, true
	}
	af, aF := a.(float64)
	bf, bF := b.(float64)
	if (aF && math.IsNaN(af)) || (bF && math.IsNaN(bf)) {
		return 0, true, true
	}
	if aF && bF {
		switch {
		case af < bf:
			return -1, false, true
		case af > bf:
			return 1, false, true
		}
		return 0, false, true
	}
	return exactNum(a).Cmp(exactNum(b)), false, true
}

func cmp64(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// exactNum is a number as an exact big.Float (infinities included).
func exactNum(v Value) *big.Float {
	if f, ok := v.(float64); ok {
		return new(big.Float).SetFloat64(f)
	}
	return new(big.Float).SetInt(bigOf(v))
}

func cmpResult(op py.Op, c int, nan bool) bool {
	if nan {
		return op == py.NotEq
	}
	switch op {
	case py.Lt:
		return c < 0
	case py.LtE:
		return c <= 0
	case py.Gt:
		return c > 0
	case py.GtE:
		return c >= 0
	case py.Eq:
		return c == 0
	}
	return c != 0
}

func isCompare(op py.Op) bool {
	switch op {
	case py.Lt, py.LtE, py.Gt, py.GtE, py.Eq, py.NotEq:
		return true
	}
	return false
}

// intArith is op on two ints (bools included).
func (th *Thread) intArith(op py.Op, a, b Value) (Value, error) {
	if isCompare(op) {
		c, nan, _ := numCompare(a, b)
		return cmpResult(op, c, nan), nil
	}
	x, xs := smallInt(a)
	y, ys := smallInt(b)
	if xs && ys {
		if r, ok, err := th.smallArith(op, x, y); ok || err != nil {
			return r, err
		}
	}
	return th.bigArith(op, bigOf(a), bigOf(b))
}

// smallArith is the int64 fast path; ok is false when the result needs big.
func (th *Thread) smallArith(op py.Op, x, y int64) (Value, bool, error) {
	switch op {
	case py.Add:
		r := x + y
		return r, (r > x) == (y > 0) || y == 0, nil
	case py.Sub:
		r := x - y
		return r, (r < x) == (y > 0) || y == 0, nil
	case py.Mult:
		hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
		if hi != 0 || lo > math.MaxInt64 || x == math.MinInt64 || y == math.MinInt64 {
			return nil, false, nil
		}
		return x * y, true, nil
	case py.Div:
		if y == 0 {
			return nil, true, th.Raise(ZeroDivisionError, "division by zero")
		}
		if abs64(x) <= 1<<53 && abs64(y) <= 1<<53 {
			return float64(x) / float64(y), true, nil
		}
		return nil, false, nil
	case py.FloorDiv, py.Mod:
		if y == 0 {
			return nil, true, th.intZero(op)
		}
		if x == math.MinInt64 && y == -1 {
			return nil, false, nil
		}
		q, m := x/y, x%y
		if m != 0 && (m < 0) != (y < 0) {
			q--
			m += y
		}
		if op == py.FloorDiv {
			return q, true, nil
		}
		return m, true, nil
	case py.Pow:
		if y < 0 {
			return nil, false, nil
		}
		r, base := int64(1), x
		for e := y; e > 0; e >>= 1 {
			if e&1 == 1 {
				v, ok, _ := th.smallArith(py.Mult, r, base)
				if !ok {
					return nil, false, nil
				}
				r = v.(int64)
			}
			if e > 1 {
				v, ok, _ := th.smallArith(py.Mult, base, base)
				if !ok {
					return nil, false, nil
				}
				base = v.(int64)
			}
		}
		return r, true, nil
	case py.BitAnd:
		return x & y, true, nil
	case py.BitOr:
		return x | y, true, nil
	case py.BitXor:
		return x ^ y, true, nil
	case py.LShift:
		if y < 0 {
			return nil, true, th.Raise(ValueError, "negative shift count")
		}
		if y < 63 && (x<<y)>>y == x {
			return x << y, true, nil
		}
		return nil, false, nil
	case py.RShift:
		if y < 0 {
			return nil, true, th.Raise(ValueError, "negative shift count")
		}
		return x >> min(y, 63), true, nil
	}
	return nil, false, nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func (th *Thread) intZero(op py.Op) error {
	if op == py.Mod {
		return th.Raise(ZeroDivisionError, "integer modulo by zero")
	}
	return th.Raise(ZeroDivisionError, "integer division or modulo by zero")
}

// floorDivMod is Python's // and % on big ints (floor, not truncation).
func floorDivMod(x, y *big.Int) (q, m *big.Int) {
	q, m = new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func (th *Thread) bigArith(op py.Op, x, y *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case py.Add:
		r.Add(x, y)
	case py.Sub:
		r.Sub(x, y)
	case py.Mult:
		if err := th.checkBits(int64(x.BitLen()) + int64(y.BitLen())); err != nil {
			return nil, err
		}
		r.Mul(x, y)
	case py.Div:
		if y.Sign() == 0 {
			return nil, th.Raise(ZeroDivisionError, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return nil, th.Raise(OverflowError, "integer division result too large for a float")
		}
		return f, nil
	case py.FloorDiv, py.Mod:
		if y.Sign() == 0 {
			return nil, th.intZero(op)
		}
		q, m := floorDivMod(x, y)
		if op == py.Mod {
			return normInt(m), nil
		}
		r = q
	case py.Pow:
		if y.Sign() < 0 {
			if x.Sign() == 0 {
				return nil, th.Raise(ZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			xf, err := th.toFloat(normInt(x))
			if err != nil {
				return nil, err
			}
			yf, err := th.toFloat(normInt(y))
			if err != nil {
				return nil, err
			}
			return th.floatPow(xf, yf)
		}
		if x.CmpAbs(big.NewInt(1)) <= 0 {
			if x.Sign() < 0 && y.Bit(0) == 0 {
				return int64(1), nil
			}
			return normInt(x), nil
		}
		if !y.IsInt64() {
			return nil, th.checkBits(math.MaxInt64)
		}
		if err := th.checkBits(int64(x.BitLen()) * y.Int64()); err != nil {
			return nil, err
		}
		r.Exp(x, y, nil)
	case py.BitAnd:
		r.And(x, y)
	case py.BitOr:
		r.Or(x, y)
	case py.BitXor:
		r.Xor(x, y)
	case py.LShift, py.RShift:
		if y.Sign() < 0 {
			return nil, th.Raise(ValueError, "negative shift count")
		}
		if op == py.RShift {
			if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
				if x.Sign() < 0 {
					return int64(-1), nil
				}
				return int64(0), nil
			}
			r.Rsh(x, uint(y.Int64()))
			break
		}
		if x.Sign() == 0 {
			return int64(0), nil
		}
		if !y.IsInt64() {
			return nil, th.checkBits(math.MaxInt64)
		}
		if err := th.checkBits(int64(x.BitLen()) + y.Int64()); err != nil {
			return nil, err
		}
		r.Lsh(x, uint(y.Int64()))
	default:
		return nil, th.Raise(TypeError, "unsupported operand type(s) for %s: 'int' and 'int'", opSymbol(op))
	}
	if err := th.checkBits(int64(r.BitLen())); err != nil {
		return nil, err
	}
	return normInt(r), nil
}

// floatArith is op on two floats; ok is false when op has no float meaning
// (bit operations), for the caller's TypeError.
func (th *Thread) floatArith(op py.Op, x, y float64) (Value, bool, error) {
	r, ok, err := th.floatOp(op, x, y)
	if f, isFloat := r.(float64); isFloat && math.IsNaN(f) {
		r = th.newNaN(f)
	}
	return r, ok, err
}

// newNaN is a NaN float object made by the run. Floats are Go values, so a
// float's identity is its bits; NaN is the one float whose identity shows
// (n is n, n in [n], {n: 1}[n] hold; float("nan") in [float("nan")] does
// not), so each NaN made gets its own payload, apart from math.nan's (1).
func (th *Thread) newNaN(like float64) float64 {
	th.nans++
	bits := math.Float64bits(like)&(1<<63) | 0x7ffc<<48 | th.nans&(1<<50-1)
	return math.Float64frombits(bits)
}

func (th *Thread) floatOp(op py.Op, x, y float64) (Value, bool, error) {
	switch op {
	case py.Add:
		return x + y, true, nil
	case py.Sub:
		return x - y, true, nil
	case py.Mult:
		return x * y, true, nil
	case py.Div:
		if y == 0 {
			return nil, true, th.Raise(ZeroDivisionError, "float division by zero")
		}
		return x / y, true, nil
	case py.FloorDiv:
		if y == 0 {
			return nil, true, th.Raise(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return q, true, nil
	case py.Mod:
		if y == 0 {
			return nil, true, th.Raise(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivMod(x, y)
		return m, true, nil
	case py.Pow:
		r, err := th.floatPow(x, y)
		return r, true, err
	}
	if isCompare(op) {
		c, nan, _ := numCompare(x, y)
		return cmpResult(op, c, nan), true, nil
	}
	return nil, false, nil
}

// floatDivMod is CPython's float_divmod.
func floatDivMod(x, y float64) (q, m float64) {
	m = math.Mod(x, y)
	div := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			div -= 1
		}
	} else {
		m = math.Copysign(0, y)
	}
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q++
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, m
}

func (th *Thread) floatPow(x, y float64) (Value, error) {
	if x == 0 && y < 0 {
		return nil, th.Raise(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
		return th.floatPowComplex(x, y)
	}
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, th.Raise(OverflowError, "(34, 'Numerical result out of range')")
	}
	return r, nil
}

// numArith is op on two numbers, at least one a float: the int is
// converted (comparisons stay exact).
func (th *Thread) numArith(op py.Op, a, b Value) (Value, bool, error) {
	if isCompare(op) {
		c, nan, _ := numCompare(a, b)
		return cmpResult(op, c, nan), true, nil
	}
	switch op {
	case py.BitAnd, py.BitOr, py.BitXor, py.LShift, py.RShift:
		return nil, false, nil
	}
	x, err := th.toFloat(a)
	if err != nil {
		return nil, true, err
	}
	y, err := th.toFloat(b)
	if err != nil {
		return nil, true, err
	}
	return th.floatArith(op, x, y)
}

// intHash is CPython's hash of an int: n modulo 2**61 - 1, keeping the sign,
// with -1 reserved.
func intHash(v Value) int64 {
	const mod = 1<<61 - 1
	var h int64
	if i, ok := smallInt(v); ok {
		h = abs64(i) % mod
		if i == math.MinInt64 {
			h = new(big.Int).Mod(new(big.Int).Neg(big.NewInt(i)), big.NewInt(mod)).Int64()
		}
		if i < 0 {
			h = -h
		}
	} else {
		b := bigOf(v)
		h = new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(mod)).Int64()
		if b.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		return -2
	}
	return h
}

// intText is an int in base 10 under CPython's digit limit.
func (th *Thread) intText(v Value) (string, error) {
	b, ok := v.(*big.Int)
	if !ok {
		i, _ := smallInt(v)
		return big.NewInt(i).String(), nil
	}
	s := b.String()
	if n := len(s); n > maxStrDigits && (b.Sign() >= 0 || n-1 > maxStrDigits) {
		return "", th.Raise(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
	}
	return s, nil
}

// intMethod returns the bound int method name of v, or nil.
func intMethod(v Value, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	n := bigOf(v)
	noArgs := func(f func() Value) Value {
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return f(), nil
		})
	}
	switch name {
	case "real", "numerator":
		return normInt(n)
	case "imag":
		return int64(0)
	case "denominator":
		return int64(1)
	case "bit_length":
		return noArgs(func() Value { return int64(n.BitLen()) })
	case "bit_count":
		return noArgs(func() Value {
			c := 0
			for _, w := range new(big.Int).Abs(n).Bits() {
				c += bits.OnesCount(uint(w))
			}
			return int64(c)
		})
	case "__index__", "__int__", "conjugate", "__trunc__", "__floor__", "__ceil__":
		return noArgs(func() Value { return normInt(n) })
	case "as_integer_ratio":
		return noArgs(func() Value { return Tuple{normInt(n), int64(1)} })
	case "to_bytes":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "to_bytes", "length", "byteorder", "signed")
			if err != nil {
				return nil, err
			}
			length, err := th.intArg(a[0], 1)
			if err != nil {
				return nil, err
			}
			little, signed, err := th.byteOrder(a[1], a[2])
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 && !signed {
				return nil, th.Raise(OverflowError, "can't convert negative int to unsigned")
			}
			if length < 0 {
				return nil, th.Raise(ValueError, "length argument must be non-negative")
			}
			if length > maxItems {
				return nil, th.tooLong()
			}
			x := new(big.Int).Set(n)
			limit := new(big.Int).Lsh(big.NewInt(1), uint(length*8))
			if signed {
				half := new(big.Int).Rsh(limit, 1)
				if x.Cmp(half) >= 0 || x.Cmp(new(big.Int).Neg(half)) < 0 {
					return nil, th.Raise(OverflowError, "int too big to convert")
				}
				if x.Sign() < 0 {
					x.Add(x, limit)
				}
			} else if x.Cmp(limit) >= 0 {
				return nil, th.Raise(OverflowError, "int too big to convert")
			}
			out := x.FillBytes(make([]byte, length))
			if little {
				reverse(out)
			}
			return Bytes(out), nil
		})
	}
	return nil
}

// byteOrder reads to_bytes' and from_bytes' byteorder and signed arguments.
func (th *Thread) byteOrder(order, signed Value) (little, sign bool, err error) {
	if order != nil && order != "big" && order != "little" {
		return false, false, th.Raise(ValueError, "byteorder must be either 'little' or 'big'")
	}
	sign, err = th.truth(signed)
	return order == "little", sign, err
}

// intFromBytes is int.from_bytes.
func intFromBytes(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "from_bytes", "bytes", "byteorder", "signed")
	if err != nil {
		return nil, err
	}
	src, err := callBytes(th, &Call{Args: a[:1]})
	if err != nil {
		return nil, err
	}
	b := []byte(src.(Bytes))
	little, signed, err := th.byteOrder(a[1], a[2])
	if err != nil {
		return nil, err
	}
	if little {
		b = append([]byte(nil), b...)
		reverse(b)
	}
	n := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0] >= 128 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(len(b)*8)))
	}
	return normInt(n), nil
}

// floatMethod returns the bound float method name of f, or nil.
func floatMethod(f float64, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	switch name {
	case "is_integer":
		return m(func(th *Thread, c *Call) (Value, error) { return f == math.Trunc(f) && !math.IsInf(f, 0), nil })
	case "as_integer_ratio":
		return m(func(th *Thread, c *Call) (Value, error) {
			if math.IsInf(f, 0) {
				return nil, th.Raise(OverflowError, "cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(f) {
				return nil, th.Raise(ValueError, "cannot convert NaN to integer ratio")
			}
			r := new(big.Rat).SetFloat64(f)
			return Tuple{normInt(r.Num()), normInt(r.Denom())}, nil
		})
	case "hex":
		return m(func(th *Thread, c *Call) (Value, error) { return floatHex(f), nil })
	case "conjugate", "__float__":
		return m(func(th *Thread, c *Call) (Value, error) { return f, nil })
	case "real":
		return f
	case "imag":
		return 0.0
	case "__trunc__", "__floor__", "__ceil__":
		round := map[string]func(float64) float64{"__trunc__": math.Trunc, "__floor__": math.Floor, "__ceil__": math.Ceil}[name]
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return th.floatToInt(round(f))
		})
	}
	return nil
}

// floatHex is float.hex: 13 hex digits of mantissa, subnormals as 0x0.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign, f = "-", -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, 1
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + fmt.Sprintf("%013x", mant) + "p" + fmt.Sprintf("%+d", exp-1023)
}

// floatFromhex is float.fromhex.
func floatFromhex(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "fromhex", 1, 1); err != nil {
		return nil, err
	}
	s, ok := c.Args[0].(string)
	if !ok {
		return nil, th.Raise(TypeError, "must be str, not %s", typeName(c.Args[0]))
	}
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	if strings.Contains(low, "0x") && !strings.Contains(low, "p") {
		t += "p0"
	} else if !strings.Contains(low, "0x") && !strings.Contains(low, "inf") && !strings.Contains(low, "nan") {
		body := strings.TrimLeft(t, "+-")
		t = t[:len(t)-len(body)] + "0x" + body
		if !strings.Contains(low, "p") {
			t += "p0"
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return nil, th.Raise(ValueError, "invalid hexadecimal floating-point string")
	}
	if math.IsInf(f, 0) && !strings.Contains(low, "inf") {
		return nil, th.Raise(OverflowError, "hexadecimal value too large to represent as a float")
	}
	return f, nil
}
